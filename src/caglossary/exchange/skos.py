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

from ..text.turkish import fold, tr_casefold
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


def _case_keys(form: str) -> set[str]:
    # Turkish and plain case folding both: a checker may use either.
    return {tr_casefold(form), form.casefold()}


def _labels(concept: Concept, lang: str) -> list[tuple[str, Literal]]:
    """Preferred, alternative and hidden labels; a form that differs from an earlier
    one only in case (``INTERPOL`` after ``Interpol``) is left out, since SKOS
    checkers report such pairs and no search needs both."""
    forms = [form for form, _ in labelled_forms(concept.side(lang))]
    candidates = [*forms, *(ascii_spelling(form) for form in forms)]
    labels: list[tuple[str, Literal]] = []
    seen: set[str] = set()
    for index, form in enumerate(candidates):
        keys = _case_keys(form)
        if keys & seen:
            continue
        seen |= keys
        kind = ("skos:prefLabel" if index == 0 else "skos:altLabel" if index < len(forms)
                else "skos:hiddenLabel")
        labels.append((kind, Literal(form, lang)))
    return labels


def _related(glossary: Glossary) -> dict[str, list[str]]:
    """``see_also`` made symmetric: SKOS defines ``skos:related`` as a symmetric property,
    and tools that do not infer it would otherwise see one direction only."""
    concepts = concepts_in_order(glossary)
    related = {c.id: [o for o in c.see_also if o in glossary and o != c.id] for c in concepts}
    for concept in concepts:  # the concept's own links first, then those pointing at it
        for other in related[concept.id]:
            if concept.id not in related[other]:
                related[other].append(concept.id)
    return related


def _concept(concept: Concept, base: str, related: list[str]) -> Resource:
    props: list[tuple[str, IRI | Literal]] = [("skos:inScheme", IRI(base)),
                                              ("skos:topConceptOf", IRI(base)),
                                              ("skos:notation", Literal(concept.id))]
    for lang in ("tr", "en"):
        props += _labels(concept, lang)
    for lang in ("tr", "en"):
        if concept.side(lang).definition.strip():
            props.append(("skos:definition", Literal(concept.side(lang).definition, lang)))
    props += [("skos:related", IRI(base + other)) for other in related]
    return Resource(base + concept.id, ("skos:Concept",), tuple(props))


def scheme_resources(glossary: Glossary, base_iri: str = DEFAULT_BASE_IRI) -> list[Resource]:
    """The scheme, its concepts (Turkish order) and one collection per category."""
    base = check_base_iri(base_iri)
    concepts = concepts_in_order(glossary)
    titles = (Literal("caglossary: Orta Asya ve Türk dış politikası terimleri", "tr"),
              Literal("caglossary: Central Asia and Turkish foreign policy terms", "en"))
    scheme = Resource(base, ("skos:ConceptScheme",), (
        *(("skos:prefLabel", title) for title in titles),
        *(("dct:title", title) for title in titles),
        *(("skos:hasTopConcept", IRI(base + c.id)) for c in concepts)))
    members: dict[str, list[str]] = {}
    for concept in concepts:
        members.setdefault(concept.category, []).append(concept.id)
    collections = [Resource(f"{base}category/{name}", ("skos:Collection",), (
        ("skos:prefLabel", Literal(name, "en")),
        *(("skos:member", IRI(base + cid)) for cid in members[name])))
        for name in sorted(members)]  # category names are ASCII slugs
    related = _related(glossary)
    return [scheme, *(_concept(c, base, related[c.id]) for c in concepts), *collections]


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
