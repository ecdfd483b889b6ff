"""CSL-JSON output of bibliography records (for citeproc, Zotero, Pandoc).

CSL types replace BibTeX types; people become ``family``/``given`` (an
organisation is a ``literal``); dates become ``issued.date-parts``. Values are
plain text: grouping braces go and TeX dashes become Unicode. Only fields the
record has are written; nothing is filled in. Private ``x-*`` fields go to the
CSL ``custom`` object unless ``private=False``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..bib.completeness import incomplete_note, is_stub
from ..bib.names import Person, strip_braces

if TYPE_CHECKING:
    from ..bib.library import Reference

__all__ = ["CSL_TYPES", "reference_to_csl", "to_csl_json"]

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
_LANGUAGES = {"turkish": "tr", "english": "en", "russian": "ru", "german": "de",
              "french": "fr", "chinese": "zh", "kazakh": "kk", "uzbek": "uz"}
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
# CSL variable ← the first BibTeX field the record has.
_TEXT_VARIABLES = (
    ("title", ("title",)), ("container-title", ("journaltitle", "journal", "booktitle")),
    ("collection-title", ("series",)), ("volume", ("volume",)), ("issue", ("number", "issue")),
    ("edition", ("edition",)),
    ("publisher", ("publisher", "institution", "organization", "school")),
    ("publisher-place", ("location", "address")), ("note", ("note",)),
    ("ISBN", ("isbn",)), ("ISSN", ("issn",)), ("abstract", ("abstract",)),
)


def _text(value: str) -> str:
    return strip_braces(value).replace("---", "—").replace("--", "–")


def _name(person: Person) -> dict[str, str]:
    if person.corporate:
        return {"literal": person.family}
    name = {"family": person.family}
    if person.given:
        name["given"] = person.given
    if person.prefix:
        name["non-dropping-particle"] = person.prefix
    if person.suffix:
        name["suffix"] = person.suffix
    return name


def _issued(ref: Reference) -> dict[str, Any] | None:
    match = _DATE.match(ref.field("date"))
    if match:
        return {"date-parts": [[int(p) for p in match.groups() if p]]}
    if not ref.year:
        return None
    parts = [int(ref.year)]
    month = ref.field("month").strip().lower()[:3]
    if month in _MONTHS or month.isdigit():
        parts.append(_MONTHS.get(month) or int(month))
    return {"date-parts": [parts]}


def reference_to_csl(ref: Reference, *, private: bool = True) -> dict[str, Any]:
    """One CSL-JSON item."""
    item: dict[str, Any] = {"id": ref.key, "type": CSL_TYPES.get(ref.entry_type, "document")}
    if ref.authors:
        item["author"] = [_name(p) for p in ref.authors]
    if ref.editors:
        item["editor"] = [_name(p) for p in ref.editors]
    for variable, fields in _TEXT_VARIABLES:
        value = next((ref.field(f) for f in fields if ref.field(f)), "")
        if value:
            item[variable] = _text(value)
    if is_stub(ref):  # readers must see that the reference is not usable as it stands
        item["note"] = " ".join(filter(None, (incomplete_note(ref), item.get("note"))))
    issued = _issued(ref)
    if issued:
        item["issued"] = issued
    if ref.field("pages"):
        item["page"] = re.sub(r"\s*-+\s*", "-", strip_braces(ref.field("pages")))
    for variable, field in (("DOI", "doi"), ("URL", "url")):
        if ref.field(field):
            item[variable] = ref.field(field)
    language = ref.field("langid") or ref.field("language")
    if language:
        item["language"] = _LANGUAGES.get(language.lower(), language)
    private_fields = {k: v for k, v in ref.fields if k.startswith("x-")}
    if private and private_fields:
        item["custom"] = private_fields
    return item


def to_csl_json(refs: Iterable[Reference], *, private: bool = True) -> str:
    """A CSL-JSON array of *refs* (UTF-8 text, two-space indent, trailing newline)."""
    items = [reference_to_csl(r, private=private) for r in refs]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
