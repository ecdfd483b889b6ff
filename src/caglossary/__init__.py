"""caglossary: a Turkish–English glossary and citation toolkit for Central Asia research.

``import caglossary`` stays light: names below are imported on first use
(PEP 562), data loads on first call, and neither Sphinx nor bibtexparser is
imported until a feature needs it.
"""

from __future__ import annotations

from importlib import import_module

TYPE_CHECKING = False  # avoids importing typing at run time; checkers see the names
if TYPE_CHECKING:
    from typing import Any

    from .bib.library import Bibliography
    from .recognition.citations import CitationMention
    from .errors import CaglossaryError, ConceptNotFound, DataFileError, Problem, ReferenceNotFound
    from .recognition.glossary import Glossary, load_glossary
    from .termbase.model import Concept, LangSide, Source
    from .recognition.terms import TermMention

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
    "find_citations",
    "find_terms",
    "glossary",
    "load_glossary",
    "setup",
]

__version__ = "0.1.0"

_LAZY = {
    "CaglossaryError": "errors",
    "ConceptNotFound": "errors",
    "DataFileError": "errors",
    "Problem": "errors",
    "ReferenceNotFound": "errors",
    "Glossary": "recognition.glossary",
    "load_glossary": "recognition.glossary",
    "Concept": "termbase.model",
    "LangSide": "termbase.model",
    "Source": "termbase.model",
}
_builtin: list[Glossary] = []


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'caglossary' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def glossary() -> Glossary:
    """The built-in glossary, loaded on first call and cached."""
    if not _builtin:
        from .recognition.glossary import load_glossary

        _builtin.append(load_glossary(strict=True))
    return _builtin[0]


def find_terms(text: str, *, ocr: bool = False, pdf_text: bool = False,
               anaphora: bool = False) -> list[TermMention]:
    """Mentions of built-in glossary concepts in *text*, with exact offsets.

    *ocr* tolerates scanning damage, *pdf_text* Turkish letters lost in PDF text
    extraction; both are opt-in, for documents known to need them.
    ``anaphora=True`` adds definite class nouns resolved to the concept they
    refer back to ("Örgüt" → the SCO), with ``kind="anaphor"``.
    """
    return glossary().find_terms(text, ocr=ocr, pdf_text=pdf_text, anaphora=anaphora)


def find_citations(text: str, *, ocr: bool = False,
                   bibliography: Bibliography | str | list[str] | None = None
                   ) -> list[CitationMention]:
    """Author-year citations in *text*, resolved against *bibliography*.

    *bibliography* is a loaded :class:`~caglossary.bib.library.Bibliography`,
    or the path (or paths) of your own BibTeX files, whose records join the
    bundled ones; by default the bundled bibliography alone.
    """
    from .recognition.citations import find_citations as find

    if isinstance(bibliography, (str, list)):
        from .bib.library import load_bibliography

        paths = [bibliography] if isinstance(bibliography, str) else bibliography
        bibliography = load_bibliography(paths)
    return find(text, ocr=ocr, bibliography=bibliography)


def setup(app: Any) -> dict[str, Any]:
    """Sphinx entry point: ``extensions = ["caglossary"]``."""
    from . import codebundle, regexbundle

    # before the extension's modules compile their patterns and define their
    # records: both come compiled from an earlier build (see regexbundle and
    # codebundle: compiling the records' methods cost a one-page rebuild of a
    # 300-page project about 80 M instructions, an eighth of the extension's share)
    regexbundle.preload()
    codebundle.preload()
    from .sphinxext import setup as sphinx_setup

    app.connect("build-finished", _keep_bundles)
    return sphinx_setup(app)


def _keep_bundles(app: Any, error: BaseException | None) -> None:
    from . import codebundle, regexbundle

    regexbundle.keep()
    codebundle.keep()
