"""fold() replaces the Turkish letters of a non-ASCII text letter by letter, as the
single translate() it used to call did: the same key for every text."""

from __future__ import annotations

import tomllib
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from caglossary.text import turkish
from caglossary.text.turkish import fold
from strategies import examples

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"
_LAST_DEVELOPMENT_ROUND = 34  # later rounds are scored unseen: their texts stay unread


def _plain_fold(text: str) -> str:
    """fold() as first written: one translate() through the quick table."""
    quick = text.replace("İ", "i").lower().translate(turkish._QUICK_FOLD)
    if quick.isascii():
        return quick
    folded = text.translate(turkish._FOLD_LETTERS)
    for _ in range(3):
        step = turkish._strip_marks(turkish.tr_casefold(folded)).translate(turkish._FOLD_LETTERS)
        if step == folded:
            break
        folded = step
    return folded


_LETTERS = "aAçÇğĞıIiİöÖşŞüÜâÂîÎûÛzZ '’‘ʼ‟´`-“”«»–—•·§®°¢€…\u2011\xa0\u0307\u0301\u0327ßΣσĠġK1_\n"


@examples(800)
@given(st.text(alphabet=_LETTERS, max_size=40))
def test_fold_is_the_plain_fold_on_generated_text(text):
    assert fold(text) == _plain_fold(text)


@examples(300)
@given(st.text(max_size=30))
def test_fold_is_the_plain_fold_on_any_characters(text):
    assert fold(text) == _plain_fold(text)


def test_the_punctuation_fold_keeps_is_kept_alone_and_in_a_word():
    for mark in (mark for mark in turkish._ASCII_OR_KEPT if not mark.isascii()):
        assert _plain_fold(mark) == mark
        assert _plain_fold(f"Şİ{mark}ç") == fold(f"Şİ{mark}ç") == f"si{mark}c"


def _development_texts() -> list[str]:
    manifest = tomllib.loads((HELDOUT / "manifest.toml").read_text(encoding="utf-8"))["text"]
    return [(HELDOUT / entry["file"]).read_text(encoding="utf-8") for entry in manifest
            if entry.get("round", 1) <= _LAST_DEVELOPMENT_ROUND]


def test_fold_is_the_plain_fold_on_the_development_texts():
    texts = _development_texts()
    assert len(texts) > 300
    for text in texts:
        assert fold(text) == _plain_fold(text)
        # the windows a guard reads: 200 characters on either side of a place
        for start in range(0, len(text), 97):
            assert fold(text[start:start + 200]) == _plain_fold(text[start:start + 200])
