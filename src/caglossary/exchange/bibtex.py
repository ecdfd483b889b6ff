"""BibTeX and biblatex output of bibliography records.

Values are kept decoded in memory, so each is encoded exactly once here and
nothing is ever double-escaped. UTF-8 output (the default) keeps Turkish
letters as they are and escapes only ``% & # _ $``; ``latex=True`` also writes
every letter that has a LaTeX accent form as one (``{\\c{S}}``, ``{\\u{g}}``,
``{\\.I}``, ``{\\i}``). URL-like fields are verbatim and never escaped. The
output parses back to the same fields (tested with bibtexparser and pybtex).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..bib.latex import VERBATIM_FIELDS, encode_latex, escape_specials
from .bibtex_fields import MONTH_MACROS, consumer_fields

if TYPE_CHECKING:
    from ..bib.library import Reference

__all__ = ["DIALECTS", "dialect_fields", "entry_to_bibtex", "to_bibtex"]

DIALECTS = ("bibtex", "biblatex")

# biblatex types that classic BibTeX styles do not know, and their nearest type.
_BIBTEX_TYPES = {
    "online": "misc", "electronic": "misc", "www": "misc", "report": "techreport",
    "thesis": "phdthesis", "mvbook": "book", "collection": "book", "mvcollection": "book",
    "reference": "book", "mvreference": "book", "bookinbook": "inbook", "suppbook": "inbook",
    "inreference": "incollection", "suppcollection": "incollection",
    "mvproceedings": "proceedings", "dataset": "misc", "software": "misc",
    "periodical": "misc", "patent": "misc", "set": "misc", "xdata": "misc",
}
_BIBLATEX_TYPES = {"techreport": "report", "phdthesis": "thesis", "mastersthesis": "thesis",
                   "conference": "inproceedings", "electronic": "online", "www": "online"}
_BIBTEX_FIELDS = {"journaltitle": "journal", "location": "address"}
_BIBLATEX_FIELDS = {"journal": "journaltitle", "address": "location"}


def dialect_fields(ref: Reference, dialect: str = "bibtex",
                   private: bool = True) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The entry type and fields as written for *dialect*: names mapped, order kept,
    then made ready for the dialect's tools (:mod:`.bibtex_fields`); private last."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}: use one of {', '.join(DIALECTS)}")
    types, renames = ((_BIBTEX_TYPES, _BIBTEX_FIELDS) if dialect == "bibtex"
                      else (_BIBLATEX_TYPES, _BIBLATEX_FIELDS))
    present = {name for name, _ in ref.fields}
    fields = []
    for name, value in ref.fields:
        if name.startswith("x-") and not private:
            continue
        target = renames.get(name, name)
        fields.append((name if target in present and target != name else target, value))
    entry_type, fields = consumer_fields(ref, dialect, types.get(ref.entry_type, ref.entry_type),
                                         fields)
    public = [(k, v) for k, v in fields if not k.startswith("x-")]
    return entry_type, tuple(public + [(k, v) for k, v in fields if k.startswith("x-")])


def _encode(name: str, value: str, latex: bool) -> str:
    if name in VERBATIM_FIELDS:
        return value
    return encode_latex(value) if latex else escape_specials(value)


def _value(name: str, value: str, latex: bool) -> str:
    if name == "month" and value in MONTH_MACROS:
        return value  # the macro, which styles translate; "{jul}" would print as is
    return "{" + _encode(name, value, latex) + "}"


def entry_to_bibtex(ref: Reference, *, dialect: str = "bibtex", latex: bool = False,
                    private: bool = True) -> str:
    """One entry; ``private=False`` leaves out the ``x-*`` fields."""
    entry_type, fields = dialect_fields(ref, dialect, private)
    width = max((len(name) for name, _ in fields), default=0)
    lines = [f"  {name.ljust(width)} = {_value(name, value, latex)}" for name, value in fields]
    return f"@{entry_type}{{{ref.key},\n" + ",\n".join(lines) + "\n}\n"


def to_bibtex(refs: Iterable[Reference], *, dialect: str = "bibtex", latex: bool = False,
              private: bool = True) -> str:
    """A whole ``.bib`` file of *refs*, entries separated by a blank line."""
    return "\n".join(entry_to_bibtex(r, dialect=dialect, latex=latex, private=private)
                     for r in refs)
