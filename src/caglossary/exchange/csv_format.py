"""CSV export: one row per concept, with the columns listed in ``COLUMNS``.

Lists (abbreviations, variants, see-also ids, sources) are joined with
``"; "``; a source is its bib key, then a space and its pages when known, or
the address of a web page.
Rows end in CRLF as RFC 4180 asks. The file starts with a UTF-8 byte order
mark: LibreOffice and Excel take a CSV without one for a legacy code page and
garble the Turkish letters. A cell that a spreadsheet would run as a formula
(one starting with ``= + - @``, a tab or a carriage return) gets a leading
apostrophe, the spreadsheets' own mark for "text, not a formula".
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from .common import concepts_in_order, one_line

if TYPE_CHECKING:
    from ..recognition.glossary import Glossary
    from ..termbase.model import Concept

__all__ = ["BOM", "COLUMNS", "LIST_SEPARATOR", "safe_cell", "write_csv"]

BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

COLUMNS = (
    "id", "category",
    "tr_term", "tr_abbr", "tr_variants", "tr_definition",
    "en_term", "en_abbr", "en_variants", "en_definition",
    "see_also", "sources",
)
LIST_SEPARATOR = "; "


def safe_cell(value: str) -> str:
    """*value* as a spreadsheet shows it as text (formula injection neutralised)."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _joined(items: tuple[str, ...]) -> str:
    return LIST_SEPARATOR.join(one_line(item) for item in items)


def _row(concept: Concept) -> list[str]:
    row = [concept.id, concept.category]
    for lang in ("tr", "en"):
        side = concept.side(lang)
        row += [one_line(side.term), _joined(side.abbr), _joined(side.variants),
                one_line(side.definition)]
    sources = tuple(s.label for s in concept.sources)
    return [safe_cell(cell) for cell in (*row, _joined(concept.see_also), _joined(sources))]


def write_csv(glossary: Glossary) -> str:
    """A byte order mark, a header row naming :data:`COLUMNS`, then one row per concept."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(_row(concept) for concept in concepts_in_order(glossary))
    return out.getvalue()
