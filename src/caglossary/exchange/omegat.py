"""OmegaT glossary: ``source<TAB>target<TAB>comment``, one line per source form.

OmegaT matches glossary entries by exact form, so the term, each variant and
each abbreviation of the source language get a line of their own. Save the
file with the ``.utf8`` extension so OmegaT reads it as UTF-8.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .common import concepts_in_order, direction, equivalent, labelled_forms, one_line

if TYPE_CHECKING:
    from ..recognition.glossary import Glossary
    from ..termbase.model import Concept

__all__ = ["write_omegat"]


def _comment(concept: Concept, form: str, kind: str, source: str, target: str,
             shown: str) -> str:
    """Why the line exists and what else the target language accepts."""
    parts = []
    if kind != "term":
        parts.append(f"{kind} of {concept.side(source).term}")
    others = [f for f, _ in labelled_forms(concept.side(target)) if f != shown]
    if others:
        parts.append("also: " + ", ".join(others))
    parts.append(f"id: {concept.id}")
    return "; ".join(one_line(part) for part in parts)


def _source_cell(form: str) -> str:
    """*form* as the first cell of its line.

    OmegaT skips a line that begins with ``#`` as a comment, so a form such as
    ``#MeToo`` was lost without a word; it trims every cell after that check,
    so a space in front keeps the line and still reads as the form.
    """
    cell = one_line(form)
    return f" {cell}" if cell.startswith("#") else cell


def _lines(concept: Concept, source: str, target: str) -> list[str]:
    lines = []
    for form, kind in labelled_forms(concept.side(source)):
        shown = equivalent(concept, kind, target)
        comment = _comment(concept, form, kind, source, target, shown)
        lines.append(f"{_source_cell(form)}\t{one_line(shown)}\t{comment}\n")
    return lines


def write_omegat(glossary: Glossary, *, source: str = "tr", target: str | None = None) -> str:
    """The glossary as an OmegaT tab-separated file, *source* → *target*."""
    source, target = direction(source, target)
    return "".join(line for concept in concepts_in_order(glossary)
                   for line in _lines(concept, source, target))
