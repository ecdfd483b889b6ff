"""Citation text for the extension: in-text labels, full entries, tooltips.

Delegates to :mod:`caglossary.render` when it offers the house author–year
style; the small renderer below covers the same needs from the record's own
fields (nothing is ever filled in that the record does not hold).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .i18n import translator

__all__ = ["full_text", "in_text"]


def _render_module() -> Any | None:
    try:
        from .. import render
    except ImportError:
        return None
    return render


def _names(reference: Any, lang: str) -> str:
    from ..authoryear import cited_names

    names, etal = cited_names(reference)
    _ = translator(lang)
    if not names:
        return reference.title or reference.key
    shown = f" {_('and')} ".join(names)
    return f"{shown} {_('et al.')}" if etal else shown


def _label(reference: Any, bibliography: Any, lang: str) -> str:
    year = ""
    if bibliography is not None and reference.key in bibliography:
        year = bibliography.label(reference.key)
    return year or reference.year or translator(lang)("n.d.")


def in_text(references: Sequence[Any], locators: Sequence[str], bibliography: Any,
            lang: str) -> str:
    """``(Cooley, 2012:79; Peyrouse, 2008)`` for the given references and locators."""
    render = _render_module()
    if render is not None and hasattr(render, "in_text"):
        return render.in_text(list(references), list(locators), lang=lang,
                              bibliography=bibliography)
    parts = []
    for index, reference in enumerate(references):
        locator = locators[index] if index < len(locators) else ""
        label = f"{_names(reference, lang)}, {_label(reference, bibliography, lang)}"
        parts.append(f"{label}:{locator}" if locator else label)
    return f"({'; '.join(parts)})"


def _people(reference: Any) -> str:
    people = reference.authors or reference.editors
    return ", ".join(person.inverted() for person in people)


def full_text(reference: Any, lang: str, bibliography: Any = None) -> str:
    """One reference-list entry as plain text (also used as a link tooltip)."""
    render = _render_module()
    if render is not None and hasattr(render, "full_text"):
        return render.full_text(reference, lang=lang, bibliography=bibliography)
    year = _label(reference, bibliography, lang)
    who = _people(reference) or (reference.aliases[0] if reference.aliases else reference.key)
    pieces = [f"{who} ({year})."]
    if reference.title:
        pieces.append(f"{reference.title}.")
    container = reference.field("journal") or reference.field("booktitle") \
        or reference.field("publisher") or reference.field("institution")
    if container:
        volume = reference.field("volume")
        number = reference.field("number")
        issue = f", {volume}" if volume else ""
        issue += f"({number})" if volume and number else ""
        pages = reference.field("pages").replace("--", "–")
        pieces.append(f"{container}{issue}{', ' + pages if pages else ''}.")
    doi = reference.field("doi")
    url = f"https://doi.org/{doi}" if doi else reference.field("url")
    if url:
        pieces.append(url)
    return " ".join(p.strip() for p in pieces if p.strip())
