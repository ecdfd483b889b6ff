"""One text in, every mention out: glossary terms and citations together.

This is the only entry point the command line and the Sphinx transform use,
so both apply the same rule where a term and a citation overlap: the citation
wins (``(CICA, 2021)`` cites a record; it does not also mention the concept).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .anaphora import AnaphoraResolver
    from ..bib.library import Bibliography
    from .glossary import Glossary
    from .citations import CitationMention
    from .terms import TermMention

__all__ = ["Annotation", "annotate", "may_cite"]


@dataclass(frozen=True, slots=True)
class Annotation:
    """The term mentions and citations of one text, each list in text order."""

    terms: list[TermMention]
    citations: list[CitationMention]


def may_cite(text: str) -> bool:
    """Whether *text* can hold a citation: the finder reads only parenthesised groups.

    Callers use it to skip loading a bibliography no text of theirs needs.
    """
    return "(" in text


def annotate(text: str, glossary: Glossary, bibliography: Bibliography | None, *,
             ocr: bool = False, terms: bool = True, citations: bool = True,
             pdf_text: bool = False, anaphora: AnaphoraResolver | None = None) -> Annotation:
    """Terms of *glossary* and citations of *bibliography* in *text*.

    With no *bibliography* no citation is looked for. A term inside a
    citation's span is dropped: citations win overlaps. *pdf_text* reads terms
    through Turkish letters lost in PDF extraction (citations as in clean text).
    With an *anaphora* resolver (one per document, fed its texts in reading
    order) class nouns that refer back to a concept join the terms, with
    ``kind="anaphor"``.
    """
    found_cites: list[CitationMention] = []
    if citations and bibliography is not None and may_cite(text):
        from .citations import find_citations

        found_cites = find_citations(text, ocr=ocr, bibliography=bibliography)
    found_terms = glossary.find_terms(text, ocr=ocr, pdf_text=pdf_text) if terms else []
    if found_cites and found_terms:
        found_cites = _not_terms(found_cites, found_terms)
        found_terms = _outside(found_terms, found_cites)
    if anaphora is not None and terms:
        anaphors = anaphora.feed(text, found_terms)
        found_terms = sorted(found_terms + (_outside(anaphors, found_cites) if found_cites
                                            else anaphors))
    return Annotation(found_terms, found_cites)


def _not_terms(cites: list[CitationMention], mentions: list[TermMention]
               ) -> list[CitationMention]:
    """*cites* without the unknown narrative ones whose "author" is a glossary term.

    ``Kazakistan (1991)`` or ``ŞİÖ (2001)`` have the shape of a narrative
    citation, but a place or an organisation of the glossary is not a
    misspelt author: reporting them would be a false alarm.
    """
    term_starts = {mention.start for mention in mentions}
    return [c for c in cites if c.keys or not c.narrative or c.start not in term_starts]


def _outside(mentions: list[TermMention], cites: list[CitationMention]) -> list[TermMention]:
    """*mentions* that share no character with any of *cites* (both sorted, disjoint)."""
    starts = [c.start for c in cites]
    kept = []
    for mention in mentions:
        # the last citation starting before the mention ends is the only one it can touch
        index = bisect_right(starts, mention.end - 1) - 1
        if index < 0 or cites[index].end <= mention.start:
            kept.append(mention)
    return kept
