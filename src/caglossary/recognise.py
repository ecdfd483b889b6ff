"""Find glossary terms in Turkish and English text, with exact offsets.

Term-driven matching: every word of a form but the last must match exactly on
the folded key; the last word matches its stem followed by an ending from the
closed suffix grammar in :mod:`caglossary.suffixes`. Candidates come from one
trie-shaped regular expression over the folded key; where the longest
candidate fails its checks, shorter forms that start at the same place are
tried, so a failed long form never hides a valid short one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .suffixes import archiphonemes, english_endings, turkish_endings
from .textkey import KeyedText, fold_key, key_text, ocr_fold_key, ocr_key_text
from .trie import pattern_regex, trie_regex

if TYPE_CHECKING:
    from .model import Concept

__all__ = ["TermMatcher", "TermMention"]

_APOSTROPHES = "'\u2019\u2018\u02bc"
_STRIP_APOSTROPHES = str.maketrans("", "", _APOSTROPHES + " ")
# Bounded: no ending is longer than ~25 characters, and an unbounded tail made
# "ŞİÖ'ŞİÖ'ŞİÖ'…" quadratic (every start re-scanned the rest of the "word").
_TAIL = re.compile(r"(?:\w|['\u2019\u2018\u02bc](?=\w)){0,64}")
_OCR_TAIL = re.compile(r"(?:\w|['\u2019\u2018\u02bc] ?(?=\w)){0,64}")
_SOFTENING = {"k": "g", "t": "d", "p": "b", "ç": "c", "ğ": "k"}
_HARDENING = {"b": "p", "d": "t", "c": "ç"}
_VOWELS = set("aeıioöuüâîû")
_VOWEL_INITIAL = frozenset("AIo")  # archiphoneme spellings of a suffix-initial vowel
_OCR_FINAL_I = frozenset("Dsylr")  # archiphoneme D stands for t


class TermMention(NamedTuple):
    """One mention of a concept: ``text[start:end]`` is exactly ``surface``."""

    start: int
    end: int
    surface: str
    concept: str
    lang: str
    form: str

    def as_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.surface,
                "concept": self.concept}


@dataclass(frozen=True, slots=True)
class _Form:
    """One way of writing a concept, compiled for the matcher."""

    concept: str
    lang: str
    written: str  # the form as in the data, without the marker
    stem: str  # what the text must spell before the ending (maybe softened)
    endings: frozenset[str]
    kind: str  # "plain", "proper" (needs a capital), "abbr" (exact capitals) or "ocr"
    needs_vowel: bool  # a softened stem (ortağ-) only before a vowel
    # Endings accepted only after an apostrophe: Turkish suffixes on an English
    # name ("Shanghai Five'ın"), but never "Central Asian" read as Asia + -n.
    after_apostrophe: frozenset[str] = frozenset()


_ONE_APOSTROPHE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_APOSTROPHE_SPACE = re.compile(r"' +")


def _collapse(text: str) -> str:
    """A pattern key: single spaces, one apostrophe character, none followed by space."""
    text = " ".join(text.split()).translate(_ONE_APOSTROPHE)
    return _APOSTROPHE_SPACE.sub("'", text) if "' " in text else text


def _stem_variants(stem: str, ending: str) -> list[tuple[str, bool]]:
    """The stem as written plus its softened/hardened twin; True = vowel ending only."""
    last = stem[-1].lower() if stem else ""
    variants = [(stem, last == "ğ")]
    if last in _SOFTENING and last != "ğ":
        variants.append((stem[:-1] + _SOFTENING[last], True))
    elif last == "ğ":
        variants.append((stem[:-1] + "k", False))
    elif last in _HARDENING and ending[:1].lower() in _VOWELS:
        variants.append((stem[:-1] + _HARDENING[last], False))
    return variants


def _turkish_forms(concept: Concept, marked: str, kind: str) -> Iterable[_Form]:
    stem, _, ending = marked.partition("|")
    stem, written = _collapse(stem), _collapse(marked.replace("|", ""))
    for variant, needs_vowel in _stem_variants(stem, ending):
        folded = fold_key(variant)
        endings = turkish_endings(folded[-1:] in "aeiou")
        yield _Form(concept.id, "tr", written, variant, endings, kind, needs_vowel)


def _english_forms(concept: Concept, form: str, kind: str) -> Iterable[_Form]:
    form = _collapse(form)
    # English spelling says little about the final sound Turkish harmony follows
    # ("Five'ın"), so after an apostrophe both suffix sets are accepted.
    yield _Form(concept.id, "en", form, form, english_endings(), kind, False, _any_ending())
    if len(form) > 2 and form[-1] == "y" and form[-2].lower() not in _VOWELS:
        yield _Form(concept.id, "en", form, form[:-1], frozenset({"IAs"}), kind, False)


_pattern_regex = lru_cache(maxsize=4096)(pattern_regex)


@lru_cache(maxsize=1)
def _any_ending() -> frozenset[str]:
    # Acronyms are read aloud letter by letter or as words (ABD'nin, AGİT'in):
    # either harmony and either buffer letter is right.
    return turkish_endings(True) | turkish_endings(False) | english_endings()


def _acronym_forms(concept: Concept, lang: str, form: str, kind: str) -> _Form:
    form = _collapse(form)
    return _Form(concept.id, lang, form, form, _any_ending(), kind, False)


def _kind(form: str) -> str:
    return "proper" if form[:1].isupper() else "plain"


def compile_forms(concepts: Iterable[Concept], *, ocr: bool) -> list[_Form]:
    """Every matchable form of every concept, in data order."""
    forms: list[_Form] = []
    for concept in concepts:
        for marked in concept.tr.marked_forms:
            forms.extend(_turkish_forms(concept, marked, _kind(marked)))
        for form in (concept.en.term, *concept.en.variants):
            forms.extend(_english_forms(concept, form, _kind(form)))
        for lang in ("tr", "en"):
            side = concept.side(lang)
            forms.extend(_acronym_forms(concept, lang, a, "abbr") for a in side.abbr)
            if ocr:
                forms.extend(_acronym_forms(concept, lang, o, "ocr") for o in side.ocr)
    return forms


class TermMatcher:
    """Finds mentions of a set of concepts; build once, call :meth:`find` often.

    ``case_sensitive=False`` drops the capital-letter rules (used by lookup,
    where people type in any case).
    """

    def __init__(self, concepts: Iterable[Concept], *, ocr: bool = False,
                 case_sensitive: bool = True) -> None:
        self.ocr = ocr
        self.case_sensitive = case_sensitive
        self._by_key: dict[str, list[_Form]] = {}
        for form in compile_forms(concepts, ocr=ocr):
            self._by_key.setdefault(self._pattern_key(form), []).append(form)
        self._by_key.pop("", None)
        self._loose = {key.replace("'", ""): key for key in self._by_key}
        # (forms list id, tail) → forms accepting that tail; the lists live as long as
        # the matcher, so their ids are stable keys.
        self._accepting: dict[tuple[int, str], tuple[_Form, ...]] = {}
        self._shorter = self._prefix_table()
        self._regex = trie_regex(self._by_key) if self._by_key else None
        self._tail = _OCR_TAIL if ocr else _TAIL

    def _pattern_key(self, form: _Form) -> str:
        if form.kind == "ocr":
            key = ocr_key_text(form.written).key
        else:
            key = fold_key(form.stem)
            key = ocr_fold_key(key) if self.ocr else key
        return _collapse(key)

    def _prefix_table(self) -> dict[str, list[str]]:
        """For each pattern, the shorter patterns it starts with, longest first."""
        keys = set(self._by_key)
        return {key: [key[:i] for i in range(len(key) - 1, 0, -1) if key[:i] in keys]
                for key in keys}

    def find(self, text: str) -> list[TermMention]:
        """Longest-leftmost, non-overlapping mentions in *text* (which is never changed)."""
        if self._regex is None or not text:
            return []
        keyed = ocr_key_text(text) if self.ocr else key_text(text)
        key, by_key, search = keyed.key, self._by_key, self._regex.search
        found: list[TermMention] = []
        pos = 0
        while (match := search(key, pos)) is not None:
            start, matched = match.start(), match.group()
            forms = by_key.get(matched)
            if forms is None:  # whitespace runs, another apostrophe, or none at all
                matched = self._loose[_collapse(matched).replace("'", "")]
                forms = by_key[matched]
            hit = self._try(keyed, text, start, match.end(), forms)
            if hit is None:
                hit = self._try_shorter(keyed, text, start, matched)
            if hit is None:
                pos = start + 1
                continue
            found.append(hit)
            pos = hit[-1]
        return [TermMention(*hit[:-1]) for hit in found]

    def _try_shorter(self, keyed: KeyedText, text: str, start: int, matched: str) -> tuple | None:
        for pattern in self._shorter.get(matched, ()):
            stem_end = self._stem_end(keyed.key, start, pattern)
            hit = self._try(keyed, text, start, stem_end, self._by_key[pattern])
            if hit is not None:
                return hit
        return None

    @staticmethod
    def _stem_end(key: str, start: int, pattern: str) -> int:
        """Where *pattern*, known to match at *start*, ends in *key*."""
        return _pattern_regex(pattern).match(key, start).end()

    def _try(self, keyed: KeyedText, text: str, start: int, stem_end: int,
             forms: list[_Form]) -> tuple | None:
        """The first form that accepts the text's ending here, as a mention tuple."""
        key = keyed.key
        tail_end = self._tail.match(key, stem_end).end()
        raw_tail = key[stem_end:tail_end]
        accepting = self._accepting.get((id(forms), raw_tail))
        if accepting is None:
            accepting = self._accepting_forms(forms, raw_tail)
        for form in accepting:
            src_start, src_end = keyed.span(start, tail_end)
            if self.case_sensitive and form.kind != "plain":
                if form.kind == "proper":
                    if not text[src_start].isupper():
                        continue
                elif not self._case_ok(form, text, src_start,
                                       keyed.to_source(stem_end, at_end=True)):
                    continue
            return (src_start, src_end, text[src_start:src_end], form.concept, form.lang,
                    form.written, tail_end)
        return None

    def _accepting_forms(self, forms: list[_Form], raw_tail: str) -> tuple[_Form, ...]:
        """The forms whose grammar accepts *raw_tail*; pure in its inputs, so cached."""
        tail = raw_tail.translate(_STRIP_APOSTROPHES) if raw_tail else ""
        literal = archiphonemes(tail) if tail else ""
        readings = self._readings(literal)
        quoted = raw_tail[:1] in _APOSTROPHES
        accepting = []
        for form in forms:
            for ending in (readings if form.kind in ("plain", "proper") else (literal,)):
                if (ending in form.endings or (quoted and ending in form.after_apostrophe)) and (
                        not form.needs_vowel or ending[:1] in _VOWEL_INITIAL):
                    accepting.append(form)
                    break
        if len(self._accepting) > 50_000:  # a bound for texts with endless odd endings
            self._accepting.clear()
        result = self._accepting[(id(forms), raw_tail)] = tuple(accepting)
        return result

    def _readings(self, ending: str) -> tuple[str, ...]:
        """The ending as read; in OCR mode also with a damaged final ı restored.

        Scans turn a word-final ı into t, s, y, l or r (``olmast``, ``ortags``).
        """
        if self.ocr and ending[-1:] in _OCR_FINAL_I:
            return ending, ending[:-1] + "I"
        return (ending,)

    def _case_ok(self, form: _Form, text: str, start: int, stem_end: int) -> bool:
        written = text[start:stem_end]
        if form.kind == "ocr":
            return _collapse(written) == form.written
        return all(w.isupper() or not w.isalpha()
                   for w, f in zip(written, form.written) if f.isupper())
