"""JSON export: the array ``caglossary list --json`` prints, in Turkish order."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .common import concepts_in_order

if TYPE_CHECKING:
    from ..recognition.glossary import Glossary

__all__ = ["write_json"]


def write_json(glossary: Glossary) -> str:
    """An array of ``Concept.as_json()`` objects, UTF-8 text, two-space indent."""
    concepts = [concept.as_json() for concept in concepts_in_order(glossary)]
    return json.dumps(concepts, ensure_ascii=False, indent=2) + "\n"
