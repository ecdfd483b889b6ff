"""The fast spellings in text.keys read text exactly as their plain versions do."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from caglossary.text.keys import (_OCR_EDITS, _OCR_REPLACEMENT, _SPACE_AFTER_AN_INITIAL, KeyedText,
                                  _initial_spans, fold_key, key_text, ocr_fold_key, ocr_key_text)
from caglossary.text.turkish import _strip_marks
from strategies import examples

# The OCR edits as first written: look-behinds first, character classes.
_PLAIN_OCR_EDITS = re.compile(
    r"ii|ui|\{i|(?<![^\W\d_])ti(?=[lrsyz])|(?<=[^\W\d_])1|6(?=[^\W\d_])"
    r"|[\$§](?=[^\W_])|(?<=[^\W\d_])[\$§]|¢|é|\{(?=[^\W\d_])|['’‘ʼ] (?=[a-z])"
)
_OCR_ALPHABET = "iutl16$§¢é{}'’‘ʼ _-aAş9zyrsÇ\n"


@examples(400)
@given(st.text(alphabet=_OCR_ALPHABET, max_size=40))
def test_the_ocr_edits_are_those_of_the_plain_pattern(text):
    assert ([m.span() for m in _OCR_EDITS.finditer(text)]
            == [m.span() for m in _PLAIN_OCR_EDITS.finditer(text)])


# A capital set apart from its word, as first written: the look-behind first.
_PLAIN_SPLIT_INITIAL = re.compile(r"(?<![^\W\d_])[B-HJ-NP-ZÇĞİÖŞÜ] (?=[a-zçğıöşü]{2})")


@examples(400)
@given(st.text(alphabet="SsOoAŞşçx1_ \n-'", max_size=30))
def test_split_initials_are_those_of_the_plain_pattern(text):
    # the initials before a lower-case rest; a run in capitals is the other kind
    before_lower = [span for span in _initial_spans(text) if text[span[1]].islower()]
    assert before_lower == [m.span() for m in _PLAIN_SPLIT_INITIAL.finditer(text)]


# Any split-off capital, as written before session 13: the capital first.
_CAPITAL_FIRST_SPLIT_INITIAL = re.compile(
    r"[A-ZÇĞİÖŞÜ](?<![^\W\d_].) (?=[a-zçğıöşü]{2}|[A-ZÇĞİÖŞÜ]{2})")


@examples(600)
@given(st.text(alphabet="SsOoAŞşçxTD1_ \n\t-'", max_size=30))
def test_the_space_first_pattern_finds_the_capital_first_initials(text):
    found = [(m.start() - 1, m.end()) for m in _SPACE_AFTER_AN_INITIAL.finditer(text)]
    assert found == [m.span() for m in _CAPITAL_FIRST_SPLIT_INITIAL.finditer(text)]


def _slow_fold(text: str) -> str:
    key = text.replace("İ", "i").replace("Ġ", "i").lower()
    for letter, plain in zip("çğıöşüâîûđġþýð“”„", "cgiosuaiuissig\"\"\""):
        key = key.replace(letter, plain)
    return key


@examples(300)
@given(st.one_of(st.text(alphabet=st.characters(max_codepoint=127)), st.text()))
def test_ascii_text_folds_as_any_text(text):
    assert fold_key(text) == _slow_fold(text)
    keyed = key_text(text)
    assert len(keyed.cased) == len(keyed.key)


def test_ascii_names_fold_like_turkish_ones():
    assert fold_key("Cooley, 2012") == "cooley, 2012"
    assert fold_key("IŞİD") == "isid"


@examples(300)
@given(st.lists(st.sampled_from(["A VRASYA", "E KONOMİK", "B İRLİĞİ", "A", "NEW", "ERA", "S ovyet",
                                 "VE", ",", "\n"]), max_size=8))
def test_initials_of_capitals_join_only_in_runs_of_two_or_more(words):
    text = " ".join(words)
    runs = [span for span in _initial_spans(text) if not text[span[1]].islower()]
    for start, _ in runs:  # each joined capital heads a split word next to another
        assert any(abs(start - other) <= 12 for other, _ in runs if other != start)


def _plain_ocr_key_text(text: str) -> KeyedText:
    """The OCR key as first written: one match object per edit, the stretches cut apart."""
    parent = key_text(text)
    key, cased = parent.key, parent.cased
    matches = list(_OCR_EDITS.finditer(key))
    if not matches:
        return KeyedText(ocr_fold_key(key), cased, parent=parent)
    cuts = [0, *(bound for match in matches for bound in match.span()), len(key)]
    kept = [key[start:end] for start, end in zip(cuts[::2], cuts[1::2])]
    kept_cased = [cased[start:end] for start, end in zip(cuts[::2], cuts[1::2])]
    edits = [_OCR_REPLACEMENT[match.group()] for match in matches]
    firsts = [cased[match.start()] for match in matches]
    new_key = "".join(k + e for k, e in zip(kept, edits)) + kept[-1]
    new_cased = "".join(k + f for k, f in zip(kept_cased, firsts)) + kept_cased[-1]
    breaks, shifts, removed = [], [0], 0
    for match in matches:
        removed += len(match.group()) - 1
        breaks.append(match.end() - removed)
        shifts.append(removed)
    return KeyedText(ocr_fold_key(new_key), new_cased, breaks, shifts, parent)


def _layers(keyed: KeyedText | None) -> list[tuple[str, str, list[int]]]:
    found = []
    while keyed is not None:
        found.append((keyed.key, keyed.cased, [keyed.to_source(i) for i in range(len(keyed.key) + 1)]))
        keyed = keyed._parent
    return found


@examples(400)
@given(st.text(alphabet=_OCR_ALPHABET + "İI\u00ad\u0307", max_size=40))
def test_the_ocr_key_is_that_of_one_match_per_edit(text):
    assert _layers(ocr_key_text(text)) == _layers(_plain_ocr_key_text(text))


def _plain_strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@examples(400)
@given(st.one_of(st.text(), st.text(alphabet="aeiouçşğıİI\u0301\u0307\u0308“”’é¢™\u00a0ǅ",
                                    max_size=30)))
def test_marks_are_stripped_as_one_character_at_a_time_would(text):
    assert _strip_marks(text) == _plain_strip_marks(text)
