"""CSV export: one row per concept, with the columns listed in ``COLUMNS``.

Lists (abbreviations, variants, see-also ids, sources) are joined with
``"; "``; a source is its bib key, then a space and its pages when known, or
the address of a web page.
Rows end in CRLF as RFC 4180 asks.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from .common import concepts_in_order, one_line

if TYPE_CHECKING:
    from ..recognition.glossary import Glossary
    from ..termbase.model import Concept

__all__ = ["COLUMNS", "LIST_SEPARATOR", "write_csv"]

COLUMNS = (
    "id", "category",
    "tr_term", "tr_abbr", "tr_variants", "tr_definition",
    "en_term", "en_abbr", "en_variants", "en_definition",
    "see_also", "sources",
)
LIST_SEPARATOR = "; "


def _joined(items: tuple[str, ...]) -> str:
    return LIST_SEPARATOR.join(one_line(item) for item in items)


def _row(concept: Concept) -> list[str]:
    row = [concept.id, concept.category]
    for lang in ("tr", "en"):
        side = concept.side(lang)
        row += [one_line(side.term), _joined(side.abbr), _joined(side.variants),
                one_line(side.definition)]
    sources = tuple(s.label for s in concept.sources)
    return [*row, _joined(concept.see_also), _joined(sources)]


def write_csv(glossary: Glossary) -> str:
    """A header row naming :data:`COLUMNS`, then one row per concept."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(_row(concept) for concept in concepts_in_order(glossary))
    return out.getvalue()
