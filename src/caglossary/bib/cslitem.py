"""A reference as a CSL-JSON item: the one mapping from BibTeX fields to CSL.

The engine (:mod:`caglossary.bib.csl`) renders :func:`csl_item`; the CSL-JSON
export (``exchange.csljson``) builds its items from the same types, names,
text variables and dates (:func:`csl_base`, :func:`csl_issued`), adding what
only a file for other tools carries.

Only fields the record has are passed on; nothing is filled in. A thesis type
is the record's own ``type`` field (``Doktora tezi``), handed to the style as
CSL ``genre``; the access date of a web page is its ``urldate``. Year letters
(``2012a``) come from the project's author–year index.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from .names import Person, display_text

if TYPE_CHECKING:
    from .library import Bibliography, Reference

__all__ = ["CSL_TYPES", "TEXT_VARIABLES", "csl_base", "csl_date", "csl_issued", "csl_item",
           "csl_name"]

#: BibTeX/biblatex entry type → CSL type (anything else is a CSL ``document``).
CSL_TYPES = {
    "article": "article-journal", "book": "book", "mvbook": "book", "inbook": "chapter",
    "bookinbook": "chapter", "incollection": "chapter", "inproceedings": "paper-conference",
    "conference": "paper-conference", "proceedings": "book", "collection": "book",
    "online": "webpage", "www": "webpage", "electronic": "webpage", "report": "report",
    "techreport": "report", "manual": "report", "thesis": "thesis", "phdthesis": "thesis",
    "mastersthesis": "thesis", "unpublished": "manuscript", "booklet": "pamphlet",
    "dataset": "dataset", "software": "software", "patent": "patent",
    "periodical": "periodical", "misc": "document",
}
#: CSL variable ← the first BibTeX field the record has (the export adds its own).
TEXT_VARIABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", ("title",)), ("container-title", ("journaltitle", "journal", "booktitle")),
    ("collection-title", ("series",)), ("volume", ("volume",)), ("issue", ("number", "issue")),
    ("edition", ("edition",)),
    ("publisher", ("publisher", "institution", "organization", "school")),
    ("publisher-place", ("location", "address")),
)
# Only the engine needs these: a thesis type, and addresses escaped for its HTML.
_ENGINE_VARIABLES = (("genre", ("type",)),)
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
Text = Callable[[str], str]


def _escaped(value: str) -> str:
    # citeproc-py's HTML formatter copies data into its markup unescaped: a
    # title holding "<script>" or "&" is escaped here, and decoded again by
    # whoever turns the engine's HTML into text or document nodes.
    return escape(display_text(value).replace("---", "—").replace("--", "–"), quote=False)


def csl_name(person: Person, text: Text) -> dict[str, str]:
    """One CSL name (an organisation is a ``literal``), each part passed through *text*."""
    if person.corporate:
        return {"literal": text(person.family)}
    name = {"family": text(person.family)}
    if person.given:
        name["given"] = text(person.given)
    if person.prefix:
        name["non-dropping-particle"] = text(person.prefix)
    if person.suffix:
        name["suffix"] = text(person.suffix)
    return name


def csl_base(ref: Reference, text: Text,
             variables: tuple[tuple[str, tuple[str, ...]], ...] = TEXT_VARIABLES) -> dict[str, Any]:
    """``type``, ``author``, ``editor`` and the text *variables* the record has, in that order."""
    item: dict[str, Any] = {"type": CSL_TYPES.get(ref.entry_type, "document")}
    if ref.authors:
        item["author"] = [csl_name(p, text) for p in ref.authors]
    if ref.editors:
        item["editor"] = [csl_name(p, text) for p in ref.editors]
    for variable, fields in variables:
        value = next((ref.field(f) for f in fields if ref.field(f)), "")
        if value:
            item[variable] = text(value)
    return item


def csl_date(value: str) -> dict[str, Any] | None:
    """``{"date-parts": [[2020, 7, 1]]}`` of an ISO date (year, month and day as given)."""
    match = _DATE.match(value.strip())
    return {"date-parts": [[int(p) for p in match.groups() if p]]} if match else None


def csl_issued(ref: Reference) -> dict[str, Any] | None:
    """The record's ``date``, else its ``year`` with the ``month`` (macro or number) if any."""
    dated = csl_date(ref.field("date"))
    if dated or not ref.year:
        return dated
    parts = [int(ref.year)]
    month = ref.field("month").strip().lower()[:3]
    if month in _MONTHS or month.isdigit():
        parts.append(_MONTHS.get(month) or int(month))
    return {"date-parts": [parts]}


def csl_item(ref: Reference, bibliography: Bibliography | None = None, *,
             in_text: bool = False) -> dict[str, Any]:
    """The CSL-JSON item the engine renders (``id`` is the key in lower case, as citeproc-py keys it)."""
    item = {"id": ref.key.lower(), **csl_base(ref, _escaped, TEXT_VARIABLES + _ENGINE_VARIABLES)}
    for variable, field in (("DOI", "doi"), ("URL", "url")):
        if ref.field(field):
            item[variable] = escape(ref.field(field).strip(), quote=False)
    if ref.field("pages"):
        item["page"] = re.sub(r"\s*-+\s*", "-", display_text(ref.field("pages")))
    label = bibliography.index.year_label(ref) if bibliography is not None \
        and ref.key in bibliography else ref.year
    lettered = bool(label) and label != ref.year
    issued = {"literal": label} if lettered and in_text else csl_issued(ref)
    # Some styles (ISNAD) print no year-suffix in a citation: a literal date
    # carries the letter into every style's citation; the list gets year-suffix.
    if issued:
        item["issued"] = issued
    if lettered and not in_text:
        item["year-suffix"] = label[len(ref.year):]
    if not _english(ref):
        _keep_case(item)
    accessed = csl_date(ref.field("urldate"))
    if accessed:
        item["accessed"] = accessed
    return item


def _english(ref: Reference) -> bool:
    return (ref.field("langid") or ref.field("language") or "english").lower() in (
        "english", "en", "american", "british", "en-us", "en-gb")


def _keep_case(item: dict[str, Any]) -> None:
    """Mark titles of a non-English work as not to be re-cased.

    CSL applies ``text-case="title"`` to English titles only; citeproc-py
    ignores the item's language and would turn ``bölgesel işbirliği`` into
    ``Bölgesel Işbirliği`` (with a dotless I). The CSL-JSON ``nocase`` span
    is the standard way to protect a title, and citeproc-py honours it.
    """
    for variable in ("title", "container-title", "collection-title"):
        if variable in item:
            item[variable] = f'<span class="nocase">{item[variable]}</span>'
