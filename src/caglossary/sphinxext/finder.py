"""What to link in a page's texts: the recogniser's mentions as spans of each text.

The finder of one document calls :func:`~caglossary.recognition.annotate.annotate`
(or, for all of a page's text nodes at once, ``annotate_each``) and turns its
term mentions and citations into :class:`Span` records the auto-linker places.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..recognition.annotate import Annotation, annotate, annotate_each
from .data import ProjectData

if TYPE_CHECKING:
    from ..recognition.citations import CitationMention

__all__ = ["Finder", "Span", "make_finder"]


@dataclass(frozen=True, slots=True)
class Span:
    """One mention to link: a concept (``term``) or bib keys (``cite``)."""

    start: int
    end: int
    kind: str
    target: str  # concept id, or the first bib key
    keys: tuple[str, ...] = ()
    locators: tuple[str, ...] = ()
    lang: str = ""
    problems: tuple[str, ...] = ()  # why a citation cannot be linked (warned, not linked)
    problem_codes: tuple[str, ...] = ()  # the stable code of each problem
    anaphor: bool = False  # a class noun resolved to the concept ("Örgüt" → the SCO)


def _cite_spans(found_cites: list[CitationMention]) -> list[Span]:
    """One span per citation, or in a group one per work, each with its own locator."""
    spans = []
    for found in found_cites:
        if len(found.works) < 2:
            spans.append(Span(found.start, found.end, "cite", found.keys[0] if found.keys else "",
                              found.keys, found.locators, problems=found.problems,
                              problem_codes=found.problem_codes))
            continue
        if found.problems:  # warned once, linked nowhere
            spans.append(Span(found.start, found.start, "cite", "", problems=found.problems,
                              problem_codes=found.problem_codes))
        spans += [Span(w.start, w.end, "cite", w.key, (w.key,), (w.locator,))
                  for w in found.works]
    return spans


class Finder:
    """The spans to link in one document's texts, fed in reading order.

    :func:`annotate`'s overlap rule applies; with *anaphora* one resolver reads
    the whole document, so "Örgüt" can refer to the SCO named paragraphs before,
    and one abbreviation learner does, so "CA" means the Central Asia a
    paragraph before defined it for.
    """

    def __init__(self, data: ProjectData, *, ocr: bool, terms: bool, citations: bool,
                 pdf_text: bool = False, anaphora: bool = False) -> None:
        self._data = data
        self._modes = {"ocr": ocr, "terms": terms, "citations": citations, "pdf_text": pdf_text}
        self._resolver = (data.glossary.anaphora_resolver(ocr=ocr) if anaphora and terms
                          else None)
        # an acronym a page defines ("Central Asia (CA)") is read in the rest of the page
        self._abbreviations = (data.glossary.abbreviation_learner(ocr=ocr, pdf_text=pdf_text)
                               if terms else None)

    def __call__(self, text: str) -> list[Span]:
        if _too_short(text):
            return []
        data = self._data
        return _spans(annotate(text, data.glossary, data.bibliography, **self._modes,
                               anaphora=self._resolver, abbreviations=self._abbreviations))

    def each(self, texts: Sequence[str]) -> list[list[Span]]:
        """The spans of every text (what calling the finder on each gives)."""
        if self._resolver is not None:  # it must read every text, in order
            return [self(text) for text in texts]
        data = self._data
        found = annotate_each(texts, data.glossary, data.bibliography, **self._modes,
                              abbreviations=self._abbreviations)
        return [[] if _too_short(text) else _spans(annotation)
                for text, annotation in zip(texts, found)]


def _too_short(text: str) -> bool:
    return len(text) < 2 or text.isspace()


def _spans(found: Annotation) -> list[Span]:
    if not found.terms and not found.citations:
        return []
    spans = _cite_spans(found.citations)
    spans += [Span(m.start, m.end, "term", m.concept, lang=m.lang,
                   anaphor=m.kind == "anaphor") for m in found.terms]
    return sorted(spans, key=lambda s: s.start)


def make_finder(data: ProjectData, *, ocr: bool, terms: bool, citations: bool,
                pdf_text: bool = False, anaphora: bool = False) -> Finder:
    """The finder of one document (see :class:`Finder`)."""
    return Finder(data, ocr=ocr, terms=terms, citations=citations, pdf_text=pdf_text,
                  anaphora=anaphora)
