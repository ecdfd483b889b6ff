"""The fast spellings in text.keys read text exactly as their plain versions do."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from caglossary.text.keys import _OCR_EDITS, _initial_spans, fold_key, key_text
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
