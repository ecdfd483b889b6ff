"""TBX-Basic termbase: the 2008 layout (``martif``, the default) or ISO 30042:2019 (``tbx``).

One concept entry per concept, with its id and the category as subject
field; a language section for Turkish and English with the definition; one
term section per term, variant and abbreviation carrying part of speech, term
type and administrative status (the term is preferred, the rest admitted).
The 2008 layout (``martif/termEntry/langSet/tig``) is the default because it
is what CAT tools read today (translate-toolkit, OmegaT 3.6 and later, and
the TBX import of most others); neither reads the 2019 ``tbx`` root. The
2019 layout has the same content, for tools that follow the current standard.

A 2008 document declares what TBX 2008 (ISO 30042:2008) asks of an instance:
the core-structure DTD by its public identifier (which the TBX Checker
resolves from its own copy, so no DTD has to travel with the file) and the
TBX-Basic XCS in ``encodingDesc``. Without them the TBX Checker refuses the
file as "not minimally TBX valid"; translate-toolkit and OmegaT read it
either way, as neither fetches the DTD.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .common import ExportError, concepts_in_order, is_acronym, labelled_forms, one_line

if TYPE_CHECKING:
    from ..recognition.glossary import Glossary
    from ..termbase.model import Concept, LangSide

__all__ = ["TBX_NAMESPACE", "write_tbx", "xml_id"]

TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_STATUS = {"term": "preferredTerm-admn-sts"}
_ADMITTED = "admittedTerm-admn-sts"
_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
_DOCTYPE_2008 = ('<!DOCTYPE martif PUBLIC "ISO 30042:2008A//DTD TBX core//EN" '
                 '"TBXcoreStructV02.dtd">\n')
_XCS_2008 = "TBXBasicXCSV02.xcs"


@dataclass(frozen=True, slots=True)
class _Layout:
    """Element names of one TBX edition."""

    root: str
    header: str
    entry: str
    language: str
    term: str


_LAYOUTS = {
    "2019": _Layout("tbx", "tbxHeader", "conceptEntry", "langSec", "termSec"),
    "2008": _Layout("martif", "martifHeader", "termEntry", "langSet", "tig"),
}


def xml_id(concept_id: str) -> str:
    """An ``xml:id``-safe form of a concept id: ids may start with a digit, NCNames may not."""
    return concept_id if concept_id[:1].isalpha() else f"_{concept_id}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = one_line(text)
    return element


def _term_type(form: str, kind: str) -> str:
    if kind == "abbreviation":
        return "acronym" if is_acronym(form) else "abbreviation"
    return "fullForm" if kind == "term" else "variant"


def _language(entry: ET.Element, layout: _Layout, lang: str, side: LangSide) -> None:
    section = _sub(entry, layout.language)
    section.set(_XML_LANG, lang)
    if side.definition.strip():
        _sub(section, "descrip", side.definition, type="definition")
    for form, kind in labelled_forms(side):
        term = _sub(section, layout.term)
        _sub(term, "term", form)
        _sub(term, "termNote", "noun", type="partOfSpeech")
        _sub(term, "termNote", _term_type(form, kind), type="termType")
        _sub(term, "termNote", _STATUS.get(kind, _ADMITTED), type="administrativeStatus")


def _entry(body: ET.Element, layout: _Layout, concept: Concept, glossary: Glossary) -> None:
    entry = _sub(body, layout.entry, id=xml_id(concept.id))
    _sub(entry, "descrip", concept.category, type="subjectField")
    for other in concept.see_also:
        if other in glossary:  # a dangling see_also is validate's business, not a broken IDREF
            _sub(entry, "ref", glossary[other].tr.term, type="crossReference",
                 target=xml_id(other))
    for lang in ("tr", "en"):
        _language(entry, layout, lang, concept.side(lang))


def _root(layout: _Layout, version: str) -> ET.Element:
    if version == "2019":
        return ET.Element(layout.root, {"type": "TBX-Basic", "style": "dca",
                                        _XML_LANG: "tr", "xmlns": TBX_NAMESPACE})
    return ET.Element(layout.root, {"type": "TBX-Basic", _XML_LANG: "tr"})


def write_tbx(glossary: Glossary, *, version: str = "2008") -> str:
    """The glossary as a TBX-Basic document; *version* is ``"2008"`` or ``"2019"``."""
    layout = _LAYOUTS.get(str(version))
    if layout is None:
        raise ExportError(str(version), f"unknown TBX version {version!r}: use 2019 or 2008")
    root = _root(layout, str(version))
    _header(root, layout, len(glossary))
    body = _sub(_sub(root, "text"), "body")
    for concept in concepts_in_order(glossary):
        _entry(body, layout, concept, glossary)
    ET.indent(root, space="  ")
    prolog = _XML_DECLARATION + (_DOCTYPE_2008 if layout.root == "martif" else "")
    return prolog + ET.tostring(root, encoding="unicode") + "\n"


def _header(root: ET.Element, layout: _Layout, concepts: int) -> None:
    header = _sub(root, layout.header)
    description = _sub(_sub(header, "fileDesc"), "sourceDesc")
    _sub(description, "p", f"caglossary Turkish–English glossary: {concepts} concepts, "
         "Turkish (tr) and English (en).")
    if layout.root == "martif":  # the 2019 edition names its dialect on the root instead
        _sub(_sub(header, "encodingDesc"), "p", _XCS_2008, type="XCSURI")
