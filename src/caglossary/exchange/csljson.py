"""CSL-JSON output of bibliography records (for citeproc, Zotero, Pandoc).

CSL types replace BibTeX types; people become ``family``/``given`` (an
organisation is a ``literal``); dates become ``issued.date-parts``. Values are
text as a reader sees it (``names.display_text``): grouping braces go, escaped
braces show as braces, TeX dashes become Unicode. In titles and the other
text variables, LaTeX's italic, bold, small capitals, superscript and
subscript become CSL-JSON's own markup (``<i>``, ``<b>``, ``<span
style="font-variant:small-caps;">``, ``<sup>``, ``<sub>``), which citeproc-js,
pandoc and Zotero render; names stay plain text. Only fields the record has
are written; nothing is filled in.
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


# LaTeX's text formatting → CSL-JSON's rich-text tags (the CSL-JSON schema's
# list; consumers take any other '<' or '&' literally, so nothing is escaped)
_TAGS = {"emph": ("<i>", "</i>"), "textit": ("<i>", "</i>"), "textbf": ("<b>", "</b>"),
         "textsc": ('<span style="font-variant:small-caps;">', "</span>"),
         "textsuperscript": ("<sup>", "</sup>"), "textsubscript": ("<sub>", "</sub>")}
_COMMANDS = tuple(_TAGS)
_FORMATTED = re.compile(r"(?<!\\)\\(" + "|".join(_COMMANDS) + r")\s*\{((?:[^{}]|\{[^{}]*\})*)\}")
# private-use characters stand for the tags while braces and commands are removed
_MARKER_BASE = 0xF0000
_MARKERS = {chr(_MARKER_BASE + 2 * i + side): _TAGS[name][side]
            for i, name in enumerate(_COMMANDS) for side in (0, 1)}


def _text(value: str) -> str:
    # Plain text, not the engine's escaped HTML: JSON needs no escaping.
    return display_text(value).replace("---", "—").replace("--", "–")


def _marked(match: re.Match[str]) -> str:
    index = _COMMANDS.index(match.group(1))
    return chr(_MARKER_BASE + 2 * index) + match.group(2) + chr(_MARKER_BASE + 2 * index + 1)


def _rich_text(value: str) -> str:
    """:func:`_text` with LaTeX's italic, bold … as CSL-JSON markup."""
    if any(ord(char) >= _MARKER_BASE for char in value):
        return _text(value)  # the markers would be ambiguous
    previous = None
    while previous != value:  # innermost first: \emph{a \textbf{b}}
        previous, value = value, _FORMATTED.sub(_marked, value)
    return "".join(_MARKERS.get(char, char) for char in _text(value))


def reference_to_csl(ref: Reference, *, private: bool = True) -> dict[str, Any]:
    """One CSL-JSON item."""
    item: dict[str, Any] = {"id": ref.key, **csl_base(ref, _text, _EXPORT_VARIABLES)}
    for variable, fields in _EXPORT_VARIABLES:  # names stay plain; text keeps its markup
        if variable in item:
            item[variable] = _rich_text(next(ref.field(f) for f in fields if ref.field(f)))
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
