"""Citation text for the extension, in the house author–year style of :mod:`caglossary.bib.render`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["full_text", "in_text", "split_status_mark"]


def in_text(references: Sequence[Any], locators: Sequence[str], bibliography: Any,
            lang: str) -> str:
    """``(Cooley, 2012:79; Peyrouse, 2008)`` for the given references and locators."""
    from ..bib.render import in_text as render_in_text

    return render_in_text(list(references), list(locators), lang=lang, bibliography=bibliography)


def full_text(reference: Any, lang: str, bibliography: Any = None) -> str:
    """One reference-list entry as plain text (also the tooltip of a citation link)."""
    from ..bib.render import full_text as render_full_text

    return render_full_text(reference, lang=lang, bibliography=bibliography)


def split_status_mark(text: str, status: str, lang: str) -> tuple[str, str]:
    """(entry, mark): the renderer's trailing "[unverified]" mark taken off for styling."""
    from ..bib.render import WORDS

    mark = WORDS.get(lang, {}).get(status, "") if status != "verified" else ""
    if mark and text.endswith(" " + mark):
        return text[: -len(mark) - 1], mark
    return text, mark
