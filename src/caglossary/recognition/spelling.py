"""How the scanner spells a form: its pattern word, its plain key and its skeleton.

The plain key (folded, a hyphen read as a space, single spaces) is what forms
are filed under. The pattern word is the key with marks the trie renders as
small regular expressions: a word gap of a common-noun form where one
insertable word may stand (``daimi bir üye``), and, in PDF-text mode, the
Turkish letters that PDF extraction drops or turns into a space (``ğ ı İ ş``:
the Latin Extended-A letters many embedded fonts lack, while ``ç ö ü`` of
Latin-1 survive). For a text holding U+FFFD (the replacement character a lost
encoding leaves), every Turkish letter of a form (``ç ğ ı İ ö ş ü``) is a mark
that reads its letter or ``�``. A text matched through such marks no longer
spells its key; its skeleton (the letters no mark touches) finds the few keys
it can be.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .termforms import collapse
from .trie import (APOSTROPHE_OR_SPACE, DASHES, DASHES_AS_SPACES, FRAGILE_LETTERS, INSERT_SLOT, INSERTABLE_WORDS,
                   REPLACEABLE_LETTERS, REPLACEMENT_CHARACTER)
from ..text.turkish import APOSTROPHES
from ..text.keys import PDF_FRAGILE_LETTERS, fold_key, ocr_fold_key, ocr_key_text

if TYPE_CHECKING:
    from .termforms import Form

__all__ = ["pattern_word", "plain_key", "skeleton"]

# Each source letter PDF extraction loses, to the mark of its folded letter.
_MARK_OF = {letter: mark for mark, letter in FRAGILE_LETTERS.items()}
_TO_MARKS = str.maketrans({**{ch: _MARK_OF[fold_key(ch)] for ch in PDF_FRAGILE_LETTERS},
                           "'": APOSTROPHE_OR_SPACE})
_REPLACEABLE_MARK_OF = {letter: mark for mark, letter in REPLACEABLE_LETTERS.items()}
_TO_REPLACEABLE = str.maketrans({ch: _REPLACEABLE_MARK_OF[fold_key(ch)]
                                 for ch in "çÇğĞıİöÖşŞüÜ"})
_FROM_MARKS = str.maketrans({**FRAGILE_LETTERS, **REPLACEABLE_LETTERS, INSERT_SLOT: " ",
                             APOSTROPHE_OR_SPACE: "'"})
# (U+FFFD counts as a letter: "Konu�an" holds no inserted "an")
_INSERTED = re.compile(r"(?<![\w\ufffd])(?:" + "|".join(INSERTABLE_WORDS) + r")(?![\w\ufffd])")
# What a skeleton keeps: letters marks never stand for, and no gaps.
_NOT_SKELETON = str.maketrans("", "", "sgicou \t\n\r" + APOSTROPHES + DASHES
                              + REPLACEMENT_CHARACTER
                              + "".join(FRAGILE_LETTERS) + "".join(REPLACEABLE_LETTERS)
                              + APOSTROPHE_OR_SPACE)


def pattern_word(form: Form, *, ocr: bool, pdf_text: bool, replaced: bool = False) -> str:
    """The form's key with the trie's marks; "" for a form that spells nothing.

    *replaced*: the patterns for a text holding U+FFFD.
    """
    if form.kind == "ocr":
        return _normal(ocr_key_text(form.written).key)
    stem = form.stem.translate(_TO_MARKS) if pdf_text and form.kind != "abbr" else form.stem
    if replaced and form.kind != "abbr":  # "���" would be any three damaged letters
        stem = stem.translate(_TO_REPLACEABLE)
    key = fold_key(stem)
    word = _normal(ocr_fold_key(key) if ocr else key)
    if form.kind == "plain" and form.written[:1].islower() and " " in word:
        # Only common-noun forms: "tam bir üye", never "Türk bir Devletleri".
        word = word.replace(" ", INSERT_SLOT)
    return word


def plain_key(word: str) -> str:
    """The key a pattern word is filed under: marks read as their letters or a space."""
    return word.translate(_FROM_MARKS)


def skeleton(text: str) -> str:
    """The letters of a matched text (or a key) that no mark can change."""
    return _INSERTED.sub("", text).translate(_NOT_SKELETON)


def _normal(key: str) -> str:
    return collapse(key.translate(DASHES_AS_SPACES))
