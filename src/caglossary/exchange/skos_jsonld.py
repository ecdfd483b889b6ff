"""SKOS concept scheme in JSON-LD: the same statements as the Turtle export."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .skos import DEFAULT_BASE_IRI, IRI, PREFIXES, Literal, Resource, scheme_resources

if TYPE_CHECKING:
    from ..recognition.glossary import Glossary

__all__ = ["write_jsonld"]


def _value(obj: IRI | Literal) -> dict[str, str]:
    if isinstance(obj, IRI):
        return {"@id": obj.value}
    return {"@value": obj.value, "@language": obj.lang} if obj.lang else {"@value": obj.value}


def _node(resource: Resource) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": resource.iri, "@type": list(resource.types)}
    for predicate, obj in resource.properties:
        node.setdefault(predicate, []).append(_value(obj))
    return node


def write_jsonld(glossary: Glossary, *, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """The glossary as a SKOS concept scheme in JSON-LD (compact IRIs, a ``@graph``)."""
    graph = [_node(r) for r in scheme_resources(glossary, base_iri)]
    document = {"@context": dict(PREFIXES), "@graph": graph}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
