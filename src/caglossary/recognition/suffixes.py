"""The closed set of Turkish inflectional suffix sequences, in archiphoneme form.

A term's last word matches when the text continues its stem with one of these
sequences. Comparing archiphonemes (a/e → A; ı/i/u/ü → I; d/t → D) makes vowel
harmony, lost diacritics and most OCR damage irrelevant. Derivational suffixes
(-lIk, -lI, -CI, -CA, -iye …) are deliberately absent: ``ortaklık`` is another
word than ``ortak``.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

__all__ = ["archiphonemes", "english_endings", "starts_with_compound_possessive",
           "turkish_endings"]

# Input to archiphonemes() is already folded: lower case, ç ğ ı ö ş ü → c g i o s u.
_ARCHIPHONEME = str.maketrans({"a": "A", "e": "A", "i": "I", "u": "I", "d": "D", "t": "D"})
_VOWELS = frozenset("aeiouAI")

_PLURAL = ("lAr",)
_POSSESSIVE_AFTER_VOWEL = ("m", "n", "sI", "mIz", "nIz", "lArI")
_POSSESSIVE_AFTER_CONSONANT = ("Im", "In", "I", "ImIz", "InIz", "lArI")
_CASE_AFTER_VOWEL = ("yI", "yA", "DA", "DAn", "nIn", "ylA")
_CASE_AFTER_CONSONANT = ("I", "A", "DA", "DAn", "In", "lA")
# After a third-person possessive the pronominal n appears: Beşlisi-ne, Örgütü-nün.
_CASE_AFTER_THIRD_PERSON = ("nI", "nA", "nDA", "nDAn", "nIn", "ylA")
_RELATIVE = ("kI",)
_COPULA_AFTER_VOWEL = ("DIr", "yDI", "ymIs", "ysA", "ykAn", "DIrlAr")
_COPULA_AFTER_CONSONANT = ("DIr", "DI", "mIs", "sA", "kAn", "DIrlAr")


def archiphonemes(folded: str) -> str:
    """Map a folded suffix string to its archiphoneme spelling."""
    return folded.translate(_ARCHIPHONEME)


def starts_with_compound_possessive(ending: str) -> bool:
    """Whether a (folded) ending starts with the compound's possessive: örgüt-ü, zirve-si.

    ``-ün`` alone is the genitive (``örgütün``), not the possessive; ``-ünün``,
    ``-üne``, ``-ünde`` are the possessive followed by a case.
    """
    if ending.startswith(("si", "su")):
        return True
    return ending in ("i", "u") or (ending[:2] in ("in", "un") and len(ending) > 2)


def _ends_in_vowel(text: str) -> bool:
    return bool(text) and text[-1] in _VOWELS


def _cases_after(chunk: str) -> tuple[str, ...]:
    if chunk.endswith(("sI", "lArI")) or chunk in ("I",):
        return _CASE_AFTER_THIRD_PERSON
    return _CASE_AFTER_VOWEL if _ends_in_vowel(chunk) else _CASE_AFTER_CONSONANT


def _copulas_after(chunk: str, stem_vowel: bool) -> tuple[str, ...]:
    vowel_final = _ends_in_vowel(chunk) if chunk else stem_vowel
    return _COPULA_AFTER_VOWEL if vowel_final else _COPULA_AFTER_CONSONANT


def _nominal_chunks(stem_vowel: bool) -> set[str]:
    """Plural, possessive and case (with -ki) combinations after one stem class."""
    chunks: set[str] = {""}
    possessives = _POSSESSIVE_AFTER_VOWEL if stem_vowel else _POSSESSIVE_AFTER_CONSONANT
    bases = {"", *possessives}
    for plural, poss in product(("", *_PLURAL), ("", *_POSSESSIVE_AFTER_CONSONANT)):
        if plural:
            bases.add(plural + poss)
    for base in bases:
        chunks.add(base)
        vowel_final = _ends_in_vowel(base) if base else stem_vowel
        cases = _cases_after(base) if base else (
            _CASE_AFTER_VOWEL if vowel_final else _CASE_AFTER_CONSONANT)
        for case in cases:
            chunks.add(base + case)
            if case.endswith(("DA", "In")):
                chunks.add(base + case + "kI")
                chunks.update(base + case + "kI" + c for c in _CASE_AFTER_THIRD_PERSON)
    return chunks


@lru_cache(maxsize=4)
def turkish_endings(stem_vowel: bool) -> frozenset[str]:
    """Every accepted ending (archiphonemes) after a vowel- or consonant-final stem."""
    endings: set[str] = set()
    for chunk in _nominal_chunks(stem_vowel):
        endings.add(chunk)
        endings.update(chunk + cop for cop in _copulas_after(chunk, stem_vowel))
    return frozenset(endings)


@lru_cache(maxsize=1)
def english_endings() -> frozenset[str]:
    """English plural and possessive endings once apostrophes are gone: s, es."""
    return frozenset({"", "s", "As"})
