"""SKOS concept scheme, written as Turtle (see :mod:`.skos_jsonld` for JSON-LD).

Each concept becomes ``<base><id>`` with ``prefLabel`` (one per language),
``altLabel`` (abbreviations and variants), ``hiddenLabel`` (the spelling
without Turkish letters, when it differs: ``Sanghay Beslisi``), ``definition``,
``notation`` (the id), ``related`` (from see_also) and ``inScheme``. The
scheme's IRI is the base IRI itself; each category is a ``skos:Collection``
at ``<base>category/<name>``. The Turtle is written by hand so that rdflib
stays a test-only dependency.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..text.turkish import fold
from .common import ExportError, concepts_in_order, labelled_forms

if TYPE_CHECKING:
    from ..recognition.glossary import Glossary
    from ..termbase.model import Concept

__all__ = ["DEFAULT_BASE_IRI", "IRI", "Literal", "Resource", "ascii_spelling", "check_base_iri",
           "scheme_resources", "turtle_string", "write_turtle"]

DEFAULT_BASE_IRI = "https://w3id.org/caglossary/"
PREFIXES = {
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dct": "http://purl.org/dc/terms/",
}
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LOCAL_NAME = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")
# Folding works letter by letter on lower case; this restores ASCII capitals.
_ASCII_UPPER = str.maketrans(string.ascii_lowercase, string.ascii_uppercase)
_TURTLE_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
                   "\b": "\\b", "\f": "\\f"}


@dataclass(frozen=True, slots=True)
class IRI:
    value: str


@dataclass(frozen=True, slots=True)
class Literal:
    value: str
    lang: str = ""


@dataclass(frozen=True, slots=True)
class Resource:
    """A subject with its types and ``(predicate, object)`` pairs, in output order."""

    iri: str
    types: tuple[str, ...]
    properties: tuple[tuple[str, IRI | Literal], ...]


def check_base_iri(base_iri: str) -> str:
    """An absolute IRI usable as a namespace: ends in ``/`` or ``#`` (``/`` is added)."""
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", base_iri) or _IRI_FORBIDDEN.search(base_iri):
        raise ExportError(base_iri, f"base IRI {base_iri!r} is not an absolute IRI without "
                          "spaces or <>\"{}|^`\\; give one such as " + DEFAULT_BASE_IRI)
    return base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"


def ascii_spelling(text: str) -> str:
    """*text* without Turkish letters or accents, case kept: ``Şanghay İşbirliği`` → ``Sanghay Isbirligi``."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        plain = fold(ch) if ch.isalpha() else ch
        out.append(plain.translate(_ASCII_UPPER) if ch.isupper() else plain)
    return "".join(out)


def _labels(concept: Concept, lang: str) -> list[tuple[str, Literal]]:
    forms = [form for form, _ in labelled_forms(concept.side(lang))]
    labels = [("skos:prefLabel", Literal(forms[0], lang))]
    labels += [("skos:altLabel", Literal(form, lang)) for form in forms[1:]]
    hidden = [ascii_spelling(form) for form in forms]
    for form in dict.fromkeys(hidden):
        if form not in forms:
            labels.append(("skos:hiddenLabel", Literal(form, lang)))
    return labels


def _concept(concept: Concept, base: str, glossary: Glossary) -> Resource:
    props: list[tuple[str, IRI | Literal]] = [("skos:inScheme", IRI(base)),
                                              ("skos:topConceptOf", IRI(base)),
                                              ("skos:notation", Literal(concept.id))]
    for lang in ("tr", "en"):
        props += _labels(concept, lang)
    for lang in ("tr", "en"):
        if concept.side(lang).definition.strip():
            props.append(("skos:definition", Literal(concept.side(lang).definition, lang)))
    props += [("skos:related", IRI(base + other))
              for other in concept.see_also if other in glossary]
    return Resource(base + concept.id, ("skos:Concept",), tuple(props))


def scheme_resources(glossary: Glossary, base_iri: str = DEFAULT_BASE_IRI) -> list[Resource]:
    """The scheme, its concepts (Turkish order) and one collection per category."""
    base = check_base_iri(base_iri)
    concepts = concepts_in_order(glossary)
    scheme = Resource(base, ("skos:ConceptScheme",), (
        ("dct:title", Literal("caglossary: Orta Asya ve Türk dış politikası terimleri", "tr")),
        ("dct:title", Literal("caglossary: Central Asia and Turkish foreign policy terms", "en")),
        *(("skos:hasTopConcept", IRI(base + c.id)) for c in concepts)))
    members: dict[str, list[str]] = {}
    for concept in concepts:
        members.setdefault(concept.category, []).append(concept.id)
    collections = [Resource(f"{base}category/{name}", ("skos:Collection",), (
        ("skos:prefLabel", Literal(name, "en")),
        *(("skos:member", IRI(base + cid)) for cid in members[name])))
        for name in sorted(members)]  # category names are ASCII slugs
    return [scheme, *(_concept(c, base, glossary) for c in concepts), *collections]


def turtle_string(text: str) -> str:
    """*text* as a Turtle ``"…"`` string, with quotes, backslashes and controls escaped."""
    out = []
    for ch in text:
        if ch in _TURTLE_ESCAPES:
            out.append(_TURTLE_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _term(node: IRI | Literal | str, base: str) -> str:
    if isinstance(node, Literal):
        return turtle_string(node.value) + (f"@{node.lang}" if node.lang else "")
    iri = node.value if isinstance(node, IRI) else node
    local = iri[len(base):] if iri.startswith(base) else None
    if local is not None and (local == "" or _LOCAL_NAME.match(local)):
        return f"cag:{local}"
    return f"<{iri}>"


def _turtle_block(resource: Resource, base: str) -> str:
    lines = [f"{_term(resource.iri, base)} a {', '.join(resource.types)}"]
    grouped: dict[str, list[str]] = {}
    for predicate, obj in resource.properties:
        grouped.setdefault(predicate, []).append(_term(obj, base))
    for predicate, objects in grouped.items():
        lines.append(f"    {predicate} " + (",\n        ".join(objects)))
    return " ;\n".join(lines) + " .\n"


def write_turtle(glossary: Glossary, *, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """The glossary as a SKOS concept scheme in Turtle."""
    base = check_base_iri(base_iri)
    head = [f"@prefix {name}: <{iri}> ." for name, iri in PREFIXES.items()]
    head.append(f"@prefix cag: <{base}> .")
    blocks = [_turtle_block(r, base) for r in scheme_resources(glossary, base)]
    return "\n".join(head) + "\n\n" + "\n".join(blocks)
