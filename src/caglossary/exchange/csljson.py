"""CSL-JSON output of bibliography records (for citeproc, Zotero, Pandoc).

CSL types replace BibTeX types; people become ``family``/``given`` (an
organisation is a ``literal``); dates become ``issued.date-parts``. Values are
plain text as a reader sees it (``names.display_text``): grouping braces and
formatting commands go, escaped braces show as braces, TeX dashes become
Unicode. Only fields the record has are written; nothing is filled in.
Private ``x-*`` fields go to the CSL ``custom`` object unless
``private=False``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..bib.completeness import incomplete_note, is_stub
from ..bib.cslitem import CSL_TYPES, TEXT_VARIABLES, csl_base, csl_issued
from ..bib.names import display_text

if TYPE_CHECKING:
    from ..bib.library import Reference

__all__ = ["CSL_TYPES", "reference_to_csl", "to_csl_json"]

_LANGUAGES = {"turkish": "tr", "english": "en", "russian": "ru", "german": "de",
              "french": "fr", "chinese": "zh", "kazakh": "kk", "uzbek": "uz"}
# The engine's text variables, and what only a file for other tools carries.
_EXPORT_VARIABLES = TEXT_VARIABLES + (
    ("note", ("note",)), ("ISBN", ("isbn",)), ("ISSN", ("issn",)), ("abstract", ("abstract",)),
)


def _text(value: str) -> str:
    # Plain text, not the engine's escaped HTML: JSON needs no escaping.
    return display_text(value).replace("---", "—").replace("--", "–")


def reference_to_csl(ref: Reference, *, private: bool = True) -> dict[str, Any]:
    """One CSL-JSON item."""
    item: dict[str, Any] = {"id": ref.key, **csl_base(ref, _text, _EXPORT_VARIABLES)}
    if is_stub(ref):  # readers must see that the reference is not usable as it stands
        item["note"] = " ".join(filter(None, (incomplete_note(ref), item.get("note"))))
    issued = csl_issued(ref)
    if issued:
        item["issued"] = issued
    if ref.field("pages"):
        item["page"] = re.sub(r"\s*-+\s*", "-", display_text(ref.field("pages")))
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
