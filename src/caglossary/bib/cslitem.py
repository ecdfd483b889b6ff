"""A reference as the CSL-JSON item a CSL engine renders.

Only fields the record has are passed on; nothing is filled in. A thesis type
is the record's own ``type`` field (``Doktora tezi``), handed to the style as
CSL ``genre``; the access date of a web page is its ``urldate``. Year letters
(``2012a``) come from the project's author–year index.
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING, Any

from .names import Person, display_text

if TYPE_CHECKING:
    from .library import Bibliography, Reference

__all__ = ["csl_item"]

_TYPES = {
    "article": "article-journal", "book": "book", "mvbook": "book", "inbook": "chapter",
    "incollection": "chapter", "inproceedings": "paper-conference", "proceedings": "book",
    "collection": "book", "online": "webpage", "www": "webpage", "report": "report",
    "techreport": "report", "thesis": "thesis", "phdthesis": "thesis",
    "mastersthesis": "thesis", "unpublished": "manuscript", "misc": "document",
}
# CSL variable ← the first BibTeX field the record has.
_TEXT = (
    ("title", ("title",)), ("container-title", ("journaltitle", "journal", "booktitle")),
    ("collection-title", ("series",)), ("volume", ("volume",)), ("issue", ("number", "issue")),
    ("edition", ("edition",)), ("genre", ("type",)),
    ("publisher", ("publisher", "institution", "school", "organization")),
    ("publisher-place", ("location", "address")), ("DOI", ("doi",)), ("URL", ("url",)),
)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _text(value: str) -> str:
    # citeproc-py's HTML formatter copies data into its markup unescaped: a
    # title holding "<script>" or "&" is escaped here, and decoded again by
    # whoever turns the engine's HTML into text or document nodes.
    return escape(display_text(value).replace("---", "—").replace("--", "–"), quote=False)


def _name(person: Person) -> dict[str, str]:
    if person.corporate:
        return {"literal": _text(person.family)}
    name = {"family": _text(person.family)}
    if person.given:
        name["given"] = _text(person.given)
    if person.prefix:
        name["non-dropping-particle"] = _text(person.prefix)
    if person.suffix:
        name["suffix"] = _text(person.suffix)
    return name


def _date(value: str) -> dict[str, Any] | None:
    match = _DATE.match(value.strip())
    return {"date-parts": [[int(p) for p in match.groups() if p]]} if match else None


def _issued(ref: Reference, label: str, in_text: bool) -> dict[str, Any] | None:
    if in_text and label and label != ref.year:
        # Some styles (ISNAD) print no year-suffix variable; a literal date
        # carries the letter into every style's citation.
        return {"literal": label}
    return _date(ref.field("date")) or ({"date-parts": [[int(ref.year)]]} if ref.year else None)


def csl_item(ref: Reference, bibliography: Bibliography | None = None, *,
             in_text: bool = False) -> dict[str, Any]:
    """The CSL-JSON item of *ref* (``id`` is the key in lower case, as citeproc-py keys it)."""
    item: dict[str, Any] = {"id": ref.key.lower(),
                            "type": _TYPES.get(ref.entry_type, "document")}
    if ref.authors:
        item["author"] = [_name(p) for p in ref.authors]
    if ref.editors:
        item["editor"] = [_name(p) for p in ref.editors]
    for variable, fields in _TEXT:
        value = next((ref.field(f) for f in fields if ref.field(f)), "")
        if value:
            item[variable] = escape(value.strip(), quote=False) if variable in ("DOI", "URL") \
                else _text(value)
    if ref.field("pages"):
        item["page"] = re.sub(r"\s*-+\s*", "-", display_text(ref.field("pages")))
    label = bibliography.index.year_label(ref) if bibliography is not None \
        and ref.key in bibliography else ref.year
    issued = _issued(ref, label, in_text)
    if issued:
        item["issued"] = issued
    if label and label != ref.year and not in_text:
        item["year-suffix"] = label[len(ref.year):]
    if not _english(ref):
        _keep_case(item)
    accessed = _date(ref.field("urldate"))
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
