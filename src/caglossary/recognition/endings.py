"""How a candidate word ends, and whether the source writes it as its form does.

A term's last word is its stem plus whatever the text glues on: a Turkish
ending, an apostrophe and an ending, in PDF-text mode an ending the extraction
set apart, in OCR mode an ending a scan damaged. :func:`tail_regex` says how far
that tail may reach, :func:`accepting_forms` which of a key's forms the suffix
grammar lets end that way. The other half of a match is letter case, read on
the source's own letters: :func:`capitalised` for a proper name,
:func:`case_ok` for an acronym or a garble, :func:`camel_join` for a heading
glued on. :mod:`caglossary.recognition.terms` calls these per candidate.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat

from ..text.keys import WRONG_TABLE_SH, KeyedText
from ..text.turkish import APOSTROPHES
from .suffixes import archiphonemes
from .termforms import Form, collapse
from .trie import REPLACEMENT_CHARACTER

__all__ = ["FOLDED_AWAY", "accepting_forms", "camel_join", "capitalised", "case_ok",
           "ending_spelled", "first_apostrophe", "tail_regex", "turkish_names_only"]

_STRIP_APOSTROPHES = str.maketrans("", "", APOSTROPHES + " ")
# Bounded: no ending is longer than ~25 characters, and an unbounded tail made
# "ŞİÖ'ŞİÖ'ŞİÖ'…" quadratic (every start re-scanned the rest of the "word").
_MARK = f"[{APOSTROPHES}]"
_TAIL = re.compile(rf"(?:\w|{_MARK}(?=\w)){{0,64}}")
_OCR_TAIL = re.compile(rf"(?:\w|{_MARK} ?(?=\w)){{0,64}}")
# PDF-text mode: a case ending the extraction set apart where it lost the apostrophe
# ("Çin in", "Rusya ya", "Birliği nin"), folded as the key spells it. Not the
# locative da/de/ta/te nor ne, which are words of their own ("Rusya da", "ne").
_DETACHED_ENDINGS = ("nin|nun|in|un|ya|ye|a|e|ni|nu|na|nda|nde|dan|den|tan|ten|ndan|nden"
                     "|yla|yle|la|le")
_PDF_TAIL = re.compile(rf"(?:\w|{_MARK}(?=\w)){{0,64}}(?: (?:{_DETACHED_ENDINGS})(?!\w))?")
# In a text holding U+FFFD the replacement character stands for a letter.
_REPLACED_TAIL = re.compile(rf"(?:[\w\ufffd]|{_MARK}(?=[\w\ufffd])){{0,64}}")
_REPLACED_OCR_TAIL = re.compile(rf"(?:[\w\ufffd]|{_MARK} ?(?=[\w\ufffd])){{0,64}}")
# What a replacement character in an ending can be (folded): a vowel or a consonant
# of the suffix grammar that is also a Turkish letter.
_REPLACED_ENDING_LETTERS = ("i", "u", "o", "c", "s", "g")
_VOWEL_INITIAL = frozenset("AIo")  # archiphoneme spellings of a suffix-initial vowel
_OCR_FINAL_I = frozenset("Dsylr")  # archiphoneme D stands for t
#: No ending of the suffix grammar is spelled with ğ, nor with ş except in the
#: evidential -mIş; the fold hides both ("DOĞUŞU" folds like "Doğusu", "Batışı" like
#: "Batısı"), so an ending holding one is another word, read on the source letters.
FOLDED_AWAY = frozenset("sg")
# A stem softened before a vowel (jeopolitik → jeopolitiğ-i) never ends a word: where
# one does, a heading or a line lost its last letter ("Avrasya Jeopolitiğ").
_SOFTENED_K = ("g", "ğ")
_NOT_AN_ENDING = re.compile(r"[ğĞ]|(?<![mM][ıiuüIİUÜ])[şŞ]")
# a later word of a name that starts with a capital: "second Nagorno-Karabakh war"
_INNER_CAPITAL = re.compile(r"[\s\-\u2010-\u2014][A-ZÇĞİÖŞÜĠġ]")


def tail_regex(*, ocr: bool, pdf_text: bool, replaced: bool) -> re.Pattern[str]:
    """What may follow a stem in this mode and still belong to its word."""
    if replaced:
        return _REPLACED_OCR_TAIL if ocr else _REPLACED_TAIL
    return _OCR_TAIL if ocr else _PDF_TAIL if pdf_text else _TAIL


def detaches_endings(tail: re.Pattern[str]) -> bool:
    """Whether *tail* reads an ending set apart by a space (PDF-text mode)."""
    return tail is _PDF_TAIL


def accepting_forms(forms: list[Form], raw_tail: str, *, ocr: bool,
                    replaced: bool) -> tuple[Form, ...]:
    """The forms whose grammar accepts *raw_tail*; in a matcher for texts holding U+FFFD
    each replacement character may be a letter (two at most)."""
    if replaced and REPLACEMENT_CHARACTER in raw_tail:
        if raw_tail.count(REPLACEMENT_CHARACTER) > 2:
            return ()
        tails = [raw_tail]
        while REPLACEMENT_CHARACTER in tails[0]:
            tails = [t.replace(REPLACEMENT_CHARACTER, letter, 1)
                     for t in tails for letter in _REPLACED_ENDING_LETTERS]
        return next((found for found in (_accepting(forms, t, ocr) for t in tails) if found), ())
    return _accepting(forms, raw_tail, ocr)


def _accepting(forms: list[Form], raw_tail: str, ocr: bool) -> tuple[Form, ...]:
    tail = raw_tail.translate(_STRIP_APOSTROPHES) if raw_tail else ""
    literal = archiphonemes(tail) if tail else ""
    readings = _readings(literal, ocr)
    quoted = raw_tail[:1] in APOSTROPHES or " " in raw_tail  # or a detached ending
    accepting = []
    for form in forms:
        for ending in (readings if form.kind in ("plain", "proper") else (literal,)):
            if (ending in form.endings or (quoted and ending in form.after_apostrophe)) and (
                    not form.needs_vowel or ending[:1] in _VOWEL_INITIAL
                    or (not ending and form.stem[-1:] in _SOFTENED_K)):
                accepting.append(form)
                break
    return tuple(accepting)


def _readings(ending: str, ocr: bool) -> tuple[str, ...]:
    """The ending as read; in OCR mode also with a damaged final ı restored.

    Scans turn a word-final ı into t, s, y, l or r (``olmast``, ``ortags``).
    """
    if ocr and ending[-1:] in _OCR_FINAL_I:
        return ending, ending[:-1] + "I"
    return (ending,)


def ending_spelled(keyed: KeyedText, start: int, stem_length: int, length: int) -> bool:
    """Whether the source spells the ending after the stem with letters an ending has."""
    ending = keyed.cased[start + stem_length:start + length]
    return ending.isascii() or _NOT_AN_ENDING.search(ending) is None


def case_ok(form: Form, keyed: KeyedText, text: str, start: int, stem_end: int) -> bool:
    """Whether the source writes an acronym's capitals, or a garble exactly, as *form*."""
    # The source's own letters: an OCR repair merges two letters into one (Uı → u),
    # and a lower-case letter merged away must still fail an acronym.
    if keyed.is_identity:
        written = text[start:stem_end]
    else:
        src_start, src_end = keyed.span(start, stem_end)
        written = text[src_start:src_end]
    if form.kind == "ocr":  # data-level garbles must be spelled exactly as in the data
        return collapse(written) == form.written
    return _capitals_kept(written, form.written)


@lru_cache(maxsize=4096)
def _capitals_kept(written: str, form: str) -> bool:
    """Whether *written* has a capital (or a non-letter) wherever *form* has a capital
    (a wrong font table's ġ is the capital Ş: "ġĠÖ")."""
    return all(w.isupper() or not w.isalpha() or w == WRONG_TABLE_SH
               for w, f in zip(written, form) if f.isupper())


def camel_join(cased: str, at: int) -> bool:
    """Whether a capitalised word is glued on at *at*: lower case, then a capital and
    lower case again ("OyunGiriş"), which no ending spells and no acronym ("TürkPA") shows."""
    return (cased[at].isupper() and cased[at - 1].islower()
            and cased[at + 1:at + 2].islower())


def capitalised(cased: str, start: int, end: int) -> bool:
    """Whether a proper name's words at *start*..*end* are written as a name: its first
    letter a capital (or lost, U+FFFD), or a later word's, as running prose lowers an
    ordinal or a common noun of a name ("ikinci Karabağ Savaşı", "second Nagorno-Karabakh
    war") but keeps its proper noun."""
    first = cased[start]  # ġ: the capital Ş from a wrong font table ("ġanghay")
    return (first.isupper() or first == "\ufffd" or first == WRONG_TABLE_SH
            or _INNER_CAPITAL.search(cased, start, end) is not None)


def turkish_names_only(accepting: tuple[Form, ...], spelled_alike: list[Form]
                       ) -> tuple[Form, ...]:
    """*accepting* if a detached ending may follow: Turkish forms only, of a spelling
    no English form shares ("BRICS in Asia" is English, "Çin in" is not)."""
    if any(form.lang != "tr" for form in spelled_alike):
        return ()
    return accepting


def first_apostrophe(word: str, start: int, end: int) -> int:
    """The offset of the first apostrophe in ``word[start:end]``, or -1."""
    found = [i for i in map(word.find, APOSTROPHES, repeat(start), repeat(end)) if i >= 0]
    return min(found, default=-1)
