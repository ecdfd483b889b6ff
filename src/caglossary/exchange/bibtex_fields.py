"""The fields a BibTeX or biblatex consumer needs, made from a record's own fields.

Nothing here invents a fact: every value written is the record's own, moved
to where the dialect looks for it.

* Dates: BibTeX reads ``year`` and a ``month`` macro (``jul``, never the
  string ``{jul}``) and knows no ``date``; biblatex reads ``date`` and warns
  when ``year``/``month`` repeat it. Each dialect gets exactly one form. An
  unknown date is ``year = {n.d.}`` in BibTeX (biblatex prints "n.d." itself).
* Author-less and corporate records: natbib labels an entry without author
  from ``key`` (or else from the first letters of the citation key, "sco");
  biblatex labels and sorts from ``shortauthor`` and ``sortname``. They get
  the name the record is cited by: its first alias, its organisation, its
  title or the host of its URL.
* Required fields: an entry type whose required venue field is unknown (a
  report without institution, a web page without URL) becomes ``misc``.
* Stubs carry a visible ``note`` saying what is unknown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..bib.completeness import incomplete_note, is_stub
from .bibtex_titles import protect_title

if TYPE_CHECKING:
    from ..bib.library import Reference

__all__ = ["MONTH_MACROS", "NO_DATE", "cited_name", "consumer_fields"]

Fields = list[tuple[str, str]]

MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                "dec")
# natbib's author-year styles warn "empty year" and print "(Name, )"; the usual
# designation of an unknown date says the same thing visibly.
NO_DATE = "n.d."
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_PROTECTED_FIELDS = ("title", "booktitle")
# Venue fields without which an entry type is the wrong type, per dialect.
_REQUIRED = {
    "bibtex": {"article": ("journal",), "book": ("publisher",), "techreport": ("institution",),
               "inproceedings": ("booktitle",), "incollection": ("booktitle", "publisher"),
               "phdthesis": ("school",), "mastersthesis": ("school",)},
    "biblatex": {"article": ("journaltitle",), "online": ("url",),
                 "report": ("institution", "type"), "thesis": ("institution", "type"),
                 "inproceedings": ("booktitle",), "incollection": ("booktitle",)},
}


def _get(fields: Fields, name: str) -> str:
    return next((value for key, value in fields if key == name), "")


def _without(fields: Fields, *names: str) -> Fields:
    return [(k, v) for k, v in fields if k not in names]


def _month_macro(value: str) -> str:
    """``7``, ``07``, ``July``, ``jul`` → ``jul``; "" when it is no month."""
    text = value.strip().lower()
    if text.isdigit() and 1 <= int(text) <= 12:
        return MONTH_MACROS[int(text) - 1]
    return text[:3] if text[:3] in MONTH_MACROS else ""


def _replace_dates(fields: Fields, dates: Fields) -> Fields:
    """*fields* with every date field gone and *dates* where the first one was."""
    names = ("date", "year", "month")
    at = next((i for i, (k, _) in enumerate(fields) if k in names), len(fields))
    before = _without(fields[:at], *names)
    return before + dates + _without(fields[at:], *names)


def _bibtex_dates(fields: Fields) -> Fields:
    match = _ISO_DATE.match(_get(fields, "date").strip())
    year, month = _get(fields, "year"), _month_macro(_get(fields, "month"))
    if match:
        year = year or match.group(1)
        month = month or (_month_macro(match.group(2)) if match.group(2) else "")
    elif _get(fields, "date"):
        return fields  # not an ISO date: left for validate to report
    return _replace_dates(fields, [("year", year or NO_DATE)] + ([("month", month)] if month
                                                                 else []))


def _biblatex_dates(fields: Fields) -> Fields:
    if _get(fields, "date"):
        return _without(fields, "year", "month")
    year, month = _get(fields, "year"), _month_macro(_get(fields, "month"))
    if not re.fullmatch(r"\d{4}", year):
        return fields
    date = f"{year}-{MONTH_MACROS.index(month) + 1:02d}" if month else year
    return _replace_dates(fields, [("date", date)])


def cited_name(ref: Reference) -> str:
    """The name an author-less or corporate record is cited by."""
    if ref.aliases:
        return ref.aliases[0]
    corporate = [p.family for p in ref.authors if p.corporate]
    for value in (*corporate, ref.field("organization"), ref.field("institution"), ref.title):
        if value:
            return value
    return urlsplit(ref.field("url")).hostname or ref.key


def _name_fields(ref: Reference, dialect: str, fields: Fields) -> Fields:
    people = ref.authors or ref.editors
    if people and not all(p.corporate for p in people):
        return fields
    name = cited_name(ref)
    if dialect == "bibtex":
        return _without(fields, "key", "sortkey") + [("key", name), ("sortkey", name)]
    group = "{" + name + "}"
    return _without(fields, "shortauthor", "sortname") + [("shortauthor", group),
                                                          ("sortname", group)]


def _fitting_type(entry_type: str, dialect: str, fields: Fields) -> str:
    required = _REQUIRED[dialect].get(entry_type, ())
    return "misc" if any(not _get(fields, name) for name in required) else entry_type


def _with_note(ref: Reference, fields: Fields) -> Fields:
    note = incomplete_note(ref)
    old = _get(fields, "note")
    value = f"{note} {old}" if old else note
    return _without(fields, "note") + [("note", value)]


def consumer_fields(ref: Reference, dialect: str, entry_type: str,
                    fields: Fields) -> tuple[str, Fields]:
    """*entry_type* and *fields* (already named for *dialect*) ready for its tools."""
    fields = [(k, protect_title(v) if k in _PROTECTED_FIELDS else v) for k, v in fields]
    fields = _bibtex_dates(fields) if dialect == "bibtex" else _biblatex_dates(fields)
    fields = _name_fields(ref, dialect, fields)
    if is_stub(ref):
        fields = _with_note(ref, fields)
    return _fitting_type(entry_type, dialect, fields), fields
