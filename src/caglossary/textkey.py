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
    """A search key and the anchors mapping its offsets back to the source text."""

    __slots__ = ("key", "_key_anchors", "_src_anchors", "_src_ends", "_parent")

    def __init__(self, key: str, edits: Iterable[tuple[int, int, int, int]] = (),
                 parent: KeyedText | None = None) -> None:
        self.key = key
        self._key_anchors: list[int] = []
        self._src_anchors: list[int] = []
        self._src_ends: list[int] = []
        self._parent = parent
        for key_start, key_end, src_start, src_end in edits:
            self._key_anchors += [key_start, key_end]
            self._src_anchors += [src_start, src_end]
            self._src_ends += [src_end, -1]

    def _local(self, offset: int, at_end: bool) -> int:
        slot = bisect_right(self._key_anchors, offset) - 1
        if slot < 0:
            return offset
        anchor, source = self._key_anchors[slot], self._src_anchors[slot]
        replaced_end = self._src_ends[slot]
        if replaced_end >= 0 and offset > anchor:  # inside an edited stretch
            return replaced_end if at_end else source
        return source + (offset - anchor)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of the key span ``[start, end)``."""
        if self._parent is not None:
            return self.to_source(start), self.to_source(end, at_end=True)
        anchors = self._key_anchors
        if not anchors:
            return start, end
        slot = bisect_right(anchors, start)
        if slot == len(anchors) or anchors[slot] > end:  # no edit inside the span
            source = self._local(start, False)
            return source, source + (end - start)
        return self._local(start, False), self._local(end, True)

    def to_source(self, offset: int, *, at_end: bool = False) -> int:
        """The source offset of key *offset* (an end offset maps past edited text)."""
        if not self._key_anchors:
            return self._parent.to_source(offset, at_end=at_end) if self._parent else offset
        local = self._local(offset, at_end)
        return self._parent.to_source(local, at_end=at_end) if self._parent else local


def _apply(text: str, pattern: re.Pattern[str], replace: Callable[[str], str],
           parent: KeyedText | None, transform: Callable[[str], str]) -> KeyedText:
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    done = key_len = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        pieces.append(text[done:start])
        key_len += start - done
        new = replace(match.group())
        pieces.append(new)
        edits.append((key_len, key_len + len(new), start, end))
        key_len += len(new)
        done = end
    pieces.append(text[done:])
    return KeyedText(transform("".join(pieces)), edits, parent)


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
        return KeyedText(fold_key(text))
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
    return KeyedText(fold_key("".join(pieces)), edits)


def ocr_key_text(text: str) -> KeyedText:
    """The OCR-mode key: the clean key, repaired and with confusable letters merged."""
    clean = key_text(text)
    return _apply(clean.key, _OCR_EDITS, lambda s: _OCR_REPLACEMENT.get(s, s[:1]),
                  clean, ocr_fold_key)
