"""caglossary: a Turkish–English glossary and citation toolkit for Central Asia research.

``import caglossary`` stays light: data loads on first use, and neither Sphinx
nor bibtexparser is imported until a feature needs it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .errors import CaglossaryError, ConceptNotFound, DataFileError, Problem, ReferenceNotFound
from .glossary import Glossary, load_glossary
from .model import Concept, LangSide, Source

if TYPE_CHECKING:
    from .recognise import TermMention

__all__ = [
    "CaglossaryError",
    "Concept",
    "ConceptNotFound",
    "DataFileError",
    "Glossary",
    "LangSide",
    "Problem",
    "ReferenceNotFound",
    "Source",
    "__version__",
    "find_terms",
    "glossary",
    "load_glossary",
    "setup",
]

__version__ = "0.1.0"


@lru_cache(maxsize=1)
def glossary() -> Glossary:
    """The built-in glossary, loaded on first call and cached."""
    return load_glossary(strict=True)


def find_terms(text: str, *, ocr: bool = False) -> list[TermMention]:
    """Mentions of built-in glossary concepts in *text*, with exact offsets."""
    return glossary().find_terms(text, ocr=ocr)


def setup(app: Any) -> dict[str, Any]:
    """Sphinx entry point: ``extensions = ["caglossary"]``."""
    from .sphinxext import setup as sphinx_setup

    return sphinx_setup(app)
