"""Folded search keys of a text, with a map back to the caller's offsets.

The key is built with C-speed string operations and stays the same length as
the text (``str.lower()`` changes the length only for U+0130, which is replaced
first). Only rare edits — a hyphenated line break inside a word, combining
marks from NFD input, OCR repairs — change lengths; they are recorded as
anchors so every key offset maps back to an exact offset of the original text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, chain, repeat
from operator import itemgetter, sub

from .shifts import shifted

__all__ = ["CURLY_DOUBLE_QUOTES", "PDF_FRAGILE_LETTERS", "KeyedText", "WRONG_TABLE_SH", "fold_key",
           "join_split_initials", "key_text", "ocr_fold_key", "ocr_key_text",
           "strip_pdf_fragile"]

# Turkish letters lose their marks; curly double quotes (Sphinx's smart quotes)
# become straight ones, as data files write them. Đ reads as İ (its lower case đ,
# what the fold meets after lower(), as i): Turkish PDFs whose font maps the dotted
# capital to the wrong glyph give "ŞANGHAY ĐŞBĐRLĐĞĐ ÖRGÜTÜ", "ŞĐÖ". The letter itself
# (Croatian, Serbian, Vietnamese) spells no term of the field; see docs/recognition.rst.
# Ġ and ġ (G with a dot above) are İ and Ş from another such font table: "ġanghay
# Ġşbirliği Örgütü", "ĠSTANBUL", "ġEHĠR"; the letters (Maltese) spell no term of the
# field either. lower() makes both ġ, so Ġ is read as İ before it and ġ folds to s
# afterwards (the capital-letter rules of recognition.terms read ġ as the capital it
# stands for).
# Þ þ Ý ý Ð ð are the Turkish Ş ş İ ı Ğ ğ of a page stored in the Turkish code page
# (Windows-1254, ISO 8859-9) and read as the Western one (Windows-1252, Latin-1):
# "Þanghay Ýþbirliði Örgütü", "ÞÝÖ'nün". The two code pages differ in those six
# places only, one character for one, so the fold reads them as the Turkish letters
# (after lower(): þ ý ð) and offsets stay the source's; the letters are Icelandic and
# spell no term of the field. Their capitals are capitals for the capital-letter rules.
# (U+201F, the reversed double comma, is no quote here: conversions write it for the
# apostrophe, see turkish.APOSTROPHES.)
CURLY_DOUBLE_QUOTES = "\u201c\u201d\u201e"
_LATIN1_READ_TURKISH = "þýð"
_FOLDS = tuple(zip("çğıöşüâîûđġ" + _LATIN1_READ_TURKISH + CURLY_DOUBLE_QUOTES,
                   "cgiosuaiuis" + "sig" + '"' * 3))
WRONG_TABLE_SH = "ġ"
_FOLD_PIECE = 1 << 17  # characters

# Joined: a hyphen at a line end followed by a lower-case continuation (Kazakis-\ntan).
_HYPHEN_BREAK = re.compile(r"-[ \t]*\r?\n[ \t]*(?=[^\W\d_])(?!\w*[A-ZÇĞİÖŞÜ])")
# Invisible characters that split a word: combining marks (NFD input), soft hyphen,
# zero-width spaces and joiners, BOM.
_INVISIBLE = re.compile(r"[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]+")
_INVISIBLE_SINGLES = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# OCR damage catalogued in the scanned seed (see docs on recognition), as read:
#   ii|ui|{i|(?<![^\W\d_])ti(?=[lrsyz])|(?<=[^\W\d_])1|6(?=[^\W\d_])
#   |[$§](?=[^\W_])|(?<=[^\W\d_])[$§]|¢|é|{(?=[^\W\d_])|['’‘ʼ] (?=[a-z])
# Written so every branch starts with a literal character (look-behinds after it,
# classes spelt out): the engine then skips in C to the few places where a branch
# can start, instead of trying every branch at every character (six times faster;
# tests/text checks both spellings find the same edits).
_LETTER = r"[^\W\d_]"
_OCR_EDITS = re.compile(
    rf"ii|ui|\{{i|ti(?<!{_LETTER}ti)(?=[lrsyz])|1(?<={_LETTER}1)|6(?={_LETTER})"
    rf"|\$(?=[^\W_])|§(?=[^\W_])|\$(?<={_LETTER}\$)|§(?<={_LETTER}§)|¢|é|\{{(?={_LETTER})"
    r"|' (?=[a-z])|’ (?=[a-z])|‘ (?=[a-z])|ʼ (?=[a-z])"
)
_OCR_EDIT_PIECES = re.compile(f"({_OCR_EDITS.pattern})")


class _Replacements(dict[str, str]):
    """What each OCR edit becomes; an edit not listed keeps its first character."""

    def __missing__(self, edit: str) -> str:
        return edit[:1]


_OCR_REPLACEMENT = _Replacements({"ii": "u", "ui": "u", "{i": "u", "ti": "u", "1": "i", "6": "o",
                                  "$": "s", "§": "s", "¢": "c", "é": "o", "{": "i"})
_OCR_MERGES = (("c", "s"), ("g", "s"))  # ş, ç and ğ are read as s, c or g
# Letters PDF text extraction drops or turns into a space: the Turkish letters of
# Latin Extended-A, which many embedded fonts lack (ç ö ü of Latin-1 survive).
PDF_FRAGILE_LETTERS = "şŞğĞıİ"
_DROP_PDF_FRAGILE = str.maketrans("", "", PDF_FRAGILE_LETTERS)


def strip_pdf_fragile(text: str) -> str:
    """*text* as a PDF extraction that drops the fragile letters gives it: ŞİÖ → Ö."""
    return text.translate(_DROP_PDF_FRAGILE)


def _fold(text: str) -> str:
    if text.isascii():  # a flag of the string, not a scan: names, keys, English prose
        return text.lower()  # no Turkish letter, İ or curly quote to fold
    key = text.replace("İ", "i").replace("Ġ", "i").lower()
    for letter, plain in _FOLDS:
        key = key.replace(letter, plain)
    return key


def fold_key(text: str) -> str:
    """Length-preserving fold: lower case, Turkish letters without diacritics."""
    if len(text) <= _FOLD_PIECE:
        return _fold(text)
    # Ten passes over a text larger than the CPU cache cost more than ten passes over
    # pieces that fit. Pieces end at line breaks, where no letter's lower case
    # depends on its neighbour (str.lower's final sigma looks at adjacent letters).
    pieces, start, size = [], 0, len(text)
    while start < size:
        end = text.find("\n", start + _FOLD_PIECE)
        end = size if end < 0 else end + 1
        pieces.append(_fold(text[start:end]))
        start = end
    return "".join(pieces)


def ocr_fold_key(key: str) -> str:
    """Merge letters that OCR confuses, on an already folded key."""
    for letter, merged in _OCR_MERGES:
        key = key.replace(letter, merged)
    return key


class KeyedText:
    """A search key and what maps its offsets back to the source text.

    Every edit deletes text or replaces a stretch by one character, so a key
    offset maps back by adding what the edits before it removed: ``_breaks``
    holds the key offset where each edit ends, ``_shifts`` the source-minus-key
    difference from there on. An offset where text was deleted maps past it.

    ``cased`` has the key's length and the source's capitals: matching runs on
    the key, while capital-letter rules read ``cased`` at the same offsets
    without mapping every candidate back to the source.
    """

    __slots__ = ("key", "cased", "_breaks", "_shifts", "_parent")

    def __init__(self, key: str, cased: str | None = None, breaks: Sequence[int] = (),
                 shifts: Sequence[int] = (0,), parent: KeyedText | None = None) -> None:
        self.key = key
        self.cased = key if cased is None else cased
        self._breaks = breaks
        self._shifts = shifts
        self._parent = parent

    @property
    def is_identity(self) -> bool:
        """True when key offsets are source offsets (nothing was inserted or removed)."""
        return not self._breaks and (self._parent is None or self._parent.is_identity)

    def to_source(self, offset: int) -> int:
        """The source offset of key *offset*."""
        if self._breaks:
            offset += self._shifts[bisect_right(self._breaks, offset)]
        return self._parent.to_source(offset) if self._parent else offset

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of the key span ``[start, end)``."""
        return self.to_source(start), self.to_source(end)

    def to_sources(self, offsets: list[int]) -> list[int]:
        """Source offsets of many key offsets at once (what :meth:`to_source` gives each)."""
        if self._breaks:  # map() keeps the per-offset loop in C
            offsets = shifted(offsets, self._breaks, self._shifts)
        return self._parent.to_sources(offsets) if self._parent else offsets


# The per-edit steps below are map() chains: an OCR scan has an edit every
# sixty characters, and a Python expression per edit cost more than finding them.
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def _offset_map(spans: list[tuple[int, int]], new_length: int) -> tuple[list[int], list[int]]:
    """Breaks and shifts for edits replacing each span by *new_length* characters."""
    ends = list(map(_SECOND, spans))
    removed = list(accumulate(map(sub, map(sub, ends, map(_FIRST, spans)),
                                  repeat(new_length))))
    return list(map(sub, ends, removed)), [0, *removed]


def _kept(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The stretches of *text* around the (sorted, disjoint) spans."""
    cuts = [0, *chain.from_iterable(spans), len(text)]
    return list(map(text.__getitem__, map(slice, cuts[::2], cuts[1::2])))


def _interleave(kept: list[str], new: list[str]) -> str:
    return "".join(chain.from_iterable(zip(kept, new))) + kept[-1]


def _may_hold_invisibles(text: str) -> bool:
    # A full character-class scan costs more than the rest of the key; NFD input is
    # caught by the C-speed normalisation check, the rest by plain substring tests.
    # ASCII text holds neither combining marks nor invisible characters
    return not text.isascii() and (not unicodedata.is_normalized("NFC", text)
                                   or any(ch in text for ch in _INVISIBLE_SINGLES))


def _deletions(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _HYPHEN_BREAK.finditer(text)] if "\n" in text else []
    if not _may_hold_invisibles(text):
        return spans
    disjoint: list[tuple[int, int]] = []
    for span in sorted(spans + [m.span() for m in _INVISIBLE.finditer(text)]):
        if not disjoint or span[0] >= disjoint[-1][1]:  # a mark inside a line-end break
            disjoint.append(span)
    return disjoint


def key_text(text: str) -> KeyedText:
    """The clean-mode key of *text*."""
    spans = _deletions(text)
    if not spans:
        return KeyedText(fold_key(text), text)
    joined = "".join(_kept(text, spans))
    return KeyedText(fold_key(joined), joined, *_offset_map(spans, 0))


def ocr_key_text(text: str) -> KeyedText:
    """The OCR-mode key: the clean key, repaired and with confusable letters merged."""
    parent = key_text(text)
    key, cased = parent.key, parent.cased
    # split() with the edits in a group hands back the kept stretches and the edits
    # themselves from C, with no match object per edit (an OCR scan has one every
    # sixty characters): [kept, edit, kept, edit, …, kept]
    pieces = _OCR_EDIT_PIECES.split(key)
    if len(pieces) == 1:
        return KeyedText(ocr_fold_key(key), cased, parent=parent)
    edits = pieces[1::2]
    bounds = [0, *accumulate(map(len, pieces))]  # 0, start, end, start, end, …, len
    starts, ends = bounds[1:-1:2], bounds[2::2]
    # a dict lookup (its __missing__ only for the apostrophes) is no Python call per edit
    pieces[1::2] = map(_OCR_REPLACEMENT.__getitem__, edits)
    kept_cased = list(map(cased.__getitem__, map(slice, bounds[::2], bounds[1::2])))
    new_cased = _interleave(kept_cased, list(map(cased.__getitem__, starts)))
    # every edit becomes one character: it removes its length less one
    removed = list(accumulate(map(sub, map(len, edits), repeat(1))))
    breaks = list(map(sub, ends, removed))
    return KeyedText(ocr_fold_key("".join(pieces)), new_cased, breaks, [0, *removed], parent)


# The space after the capital, found first: the engine skips to a literal character
# in C, faster than to a class (the capital and the letter before it are looked back at).
_SPACE_AFTER_AN_INITIAL = re.compile(
    r" (?<=[A-ZÇĞİÖŞÜ] )(?<![^\W\d_]..)(?=[a-zçğıöşü]{2}|[A-ZÇĞİÖŞÜ]{2})")
_CAPITAL_WORD = re.compile(r"[A-ZÇĞİÖŞÜ]+(?![^\W\d_])")
_WORD_GAP = frozenset(" \t")


def _initial_spans(cased: str) -> list[tuple[int, int]]:
    """Spans (capital and space) of the initials to join: before a lower-case rest of a
    word (not A, I, O: words of their own), or in a letter-spaced run in capitals."""
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []  # the capitals' initials of the current run
    run_end = -1  # where the current run's last word ends
    for found in _SPACE_AFTER_AN_INITIAL.finditer(cased):
        start, end = found.start() - 1, found.end()
        if cased[end].islower():
            if cased[start] not in "AIO":
                spans.append((start, end))
            continue
        word = _CAPITAL_WORD.match(cased, end)
        if word is None:
            continue
        if not (run and run_end <= start and _WORD_GAP.issuperset(cased[run_end:start])):
            spans.extend(run if len(run) > 1 else ())
            run = []
        run.append((start, end))
        run_end = word.end()
    spans.extend(run if len(run) > 1 else ())
    return sorted(spans)


def join_split_initials(keyed: KeyedText) -> KeyedText:
    """*keyed* with the space after a split-off capital removed (PDF-text and OCR modes).

    Clean text never sets a lone capital before the lower-case rest of a word, but
    the join is no default: it is one more way for ordinary words to spell a term.
    """
    cased = keyed.cased
    spans = _initial_spans(cased)
    if not spans:
        return keyed
    starts = list(map(_FIRST, spans))
    key = _interleave(_kept(keyed.key, spans), list(map(keyed.key.__getitem__, starts)))
    joined_cased = _interleave(_kept(cased, spans), list(map(cased.__getitem__, starts)))
    return KeyedText(key, joined_cased, *_offset_map(spans, 1), keyed)
