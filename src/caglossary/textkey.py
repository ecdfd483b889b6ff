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
from collections.abc import Callable, Iterable

__all__ = ["KeyedText", "fold_key", "key_text", "ocr_fold_key", "ocr_key_text"]

_TURKISH_FOLDS = tuple(zip("çğıöşüâîû", "cgiosuaiu"))
_APOSTROPHES = "'\u2019\u2018\u02bc"
# Joined: a hyphen at a line end followed by a lower-case continuation (Kazakis-\ntan).
_HYPHEN_BREAK = re.compile(r"-[ \t]*\r?\n[ \t]*(?=[^\W\d_])(?!\w*[A-ZÇĞİÖŞÜ])")
# Invisible characters that split a word: combining marks (NFD input), soft hyphen,
# zero-width spaces and joiners, BOM.
_INVISIBLE = re.compile(r"[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]+")
_INVISIBLE_SINGLES = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# OCR damage catalogued in the scanned seed (see docs on recognition).
_OCR_EDITS = re.compile(
    r"ii|ui|\{i|(?<![^\W\d_])ti(?=[lrsyz])|(?<=[^\W\d_])1|6(?=[^\W\d_])"
    r"|[\$§](?=[^\W_])|(?<=[^\W\d_])[\$§]|¢|é|\{(?=[^\W\d_])|['’‘ʼ] (?=[a-z])"
)
_OCR_REPLACEMENT = {"ii": "u", "ui": "u", "{i": "u", "ti": "u", "1": "i", "6": "o", "$": "s", "§": "s",
                    "¢": "c", "é": "o", "{": "i"}
_OCR_MERGES = (("c", "s"), ("g", "s"))  # ş, ç and ğ are read as s, c or g


def fold_key(text: str) -> str:
    """Length-preserving fold: lower case, Turkish letters without diacritics."""
    key = text.replace("İ", "i").lower()
    for letter, plain in _TURKISH_FOLDS:
        key = key.replace(letter, plain)
    return key


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

    def __init__(self, key: str, edits: Iterable[tuple[int, int, int, int]] = (),
                 parent: KeyedText | None = None, cased: str | None = None) -> None:
        self.key = key
        self.cased = key if cased is None else cased
        self._parent = parent
        self._breaks: list[int] = []
        self._shifts: list[int] = [0]
        for _key_start, key_end, _src_start, src_end in edits:
            self._breaks.append(key_end)
            self._shifts.append(src_end - key_end)

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

    def spans(self, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Source offsets of many key spans at once (what :meth:`span` gives for each)."""
        if self._breaks:
            breaks, shifts = self._breaks, self._shifts
            pairs = [(start + shifts[bisect_right(breaks, start)],
                      end + shifts[bisect_right(breaks, end)]) for start, end in pairs]
        return self._parent.spans(pairs) if self._parent else pairs


def _apply(parent: KeyedText, pattern: re.Pattern[str], replace: Callable[[str], str],
           transform: Callable[[str], str]) -> KeyedText:
    """Edit *parent*'s key; every replacement is one character, cased from its first."""
    text, cased = parent.key, parent.cased
    pieces: list[str] = []
    cased_pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    done = key_len = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        pieces += (text[done:start], replace(match.group()))
        cased_pieces += (cased[done:start], cased[start])
        key_len += start - done
        edits.append((key_len, key_len + 1, start, end))
        key_len += 1
        done = end
    pieces.append(text[done:])
    cased_pieces.append(cased[done:])
    return KeyedText(transform("".join(pieces)), edits, parent, "".join(cased_pieces))


def _may_hold_invisibles(text: str) -> bool:
    # A full character-class scan costs more than the rest of the key; NFD input is
    # caught by the C-speed normalisation check, the rest by plain substring tests.
    return (not unicodedata.is_normalized("NFC", text)
            or any(ch in text for ch in _INVISIBLE_SINGLES))


def _deletions(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _HYPHEN_BREAK.finditer(text)] if "\n" in text else []
    if _may_hold_invisibles(text):
        spans = sorted(spans + [m.span() for m in _INVISIBLE.finditer(text)])
    return spans


def key_text(text: str) -> KeyedText:
    """The clean-mode key of *text*."""
    spans = _deletions(text)
    if not spans:
        return KeyedText(fold_key(text), cased=text)
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    done = key_len = 0
    for start, end in spans:
        if start < done:  # overlapping spans: a mark right after a line-end hyphen
            continue
        pieces.append(text[done:start])
        key_len += start - done
        edits.append((key_len, key_len, start, end))
        done = end
    pieces.append(text[done:])
    joined = "".join(pieces)
    return KeyedText(fold_key(joined), edits, cased=joined)


def ocr_key_text(text: str) -> KeyedText:
    """The OCR-mode key: the clean key, repaired and with confusable letters merged."""
    return _apply(key_text(text), _OCR_EDITS, lambda s: _OCR_REPLACEMENT.get(s, s[:1]),
                  ocr_fold_key)
