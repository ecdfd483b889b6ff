"""One text in, every mention out: glossary terms and citations together.

This is the only entry point the command line and the Sphinx transform use,
so both apply the same rule where a term and a citation overlap: the citation
wins (``(CICA, 2021)`` cites a record; it does not also mention the concept).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, islice
from operator import attrgetter, le, sub
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from .anaphora import AnaphoraResolver
    from .localabbr import LocalAbbreviations
    from ..bib.library import Bibliography
    from .glossary import Glossary
    from .citations import CitationMention
    from .terms import TermMention

__all__ = ["Annotation", "Span", "annotate", "annotate_each", "may_cite", "outside"]


@dataclass(frozen=True, slots=True)
class Annotation:
    """The term mentions and citations of one text, each list in text order."""

    terms: list[TermMention]
    citations: list[CitationMention]


def may_cite(text: str) -> bool:
    """Whether *text* can hold a citation: the finder reads only groups in round or
    square brackets.

    Callers use it to skip loading a bibliography no text of theirs needs.
    """
    return "(" in text or "[" in text


def annotate(text: str, glossary: Glossary, bibliography: Bibliography | None, *,
             ocr: bool = False, terms: bool = True, citations: bool = True,
             pdf_text: bool = False, anaphora: AnaphoraResolver | None = None,
             abbreviations: LocalAbbreviations | None = None) -> Annotation:
    """Terms of *glossary* and citations of *bibliography* in *text*.

    With no *bibliography* no citation is looked for. A term inside a
    citation's span is dropped: citations win overlaps. *pdf_text* reads terms
    through Turkish letters lost in PDF extraction (citations as in clean text).
    An acronym *text* defines for itself ("Central Asia (CA)") is read in the
    rest of it; with an *abbreviations* learner (one per document, fed its texts
    in reading order) also in the texts after it. With an *anaphora* resolver
    (likewise one per document) class nouns that refer back to a concept join
    the terms, with ``kind="anaphor"``.
    """
    found_cites: list[CitationMention] = []
    if citations and bibliography is not None and may_cite(text):
        from .citations import find_citations

        found_cites = find_citations(text, ocr=ocr, bibliography=bibliography)
    found_terms = glossary.find_terms(text, ocr=ocr, pdf_text=pdf_text) if terms else []
    if found_cites and found_terms:
        found_cites = _not_terms(found_cites, found_terms)
        found_terms = outside(found_terms, found_cites)
    if abbreviations is not None and terms:
        found_terms = _with_defined_acronyms(text, found_terms, found_cites, abbreviations)
    if anaphora is not None and terms:
        anaphors = anaphora.feed(text, found_terms)
        found_terms = sorted(found_terms + (outside(anaphors, found_cites) if found_cites
                                            else anaphors))
    return Annotation(found_terms, found_cites)


# Joins texts for one scan: neither a letter nor a line break (a hyphen at a line
# end joins words), and a gap character for the scanner, like a text's start or end.
_SEPARATOR = "\u2029"
# A call of annotate() costs about what scanning ~150 characters does: the joined
# scan pays off only where texts are shorter than that on average (inline markup
# cuts Sphinx's own docs into nodes of ~40 characters; prose paragraphs run longer
# and name something in most nodes, so there it would only add a scan).
_SHORT_TEXT = 100


def annotate_each(texts: Sequence[str], glossary: Glossary, bibliography: Bibliography | None,
                  *, ocr: bool = False, terms: bool = True, citations: bool = True,
                  pdf_text: bool = False, screen: bool | None = None,
                  abbreviations: LocalAbbreviations | None = None) -> list[Annotation]:
    """:func:`annotate` of every text of *texts*: the same results, for many short texts.

    A Sphinx page can be thousands of text nodes, most naming nothing; one scan
    of them all, joined, finds the few a mention could be in, and only those are
    read one by one (anaphora need every text in order: use :func:`annotate`).
    *screen* forces that scan on or off; by default it runs where texts are short.
    An *abbreviations* learner is fed every text in order afterwards, as
    :func:`annotate` would feed it, so acronyms one text defines reach the next.
    """
    if screen is None:
        screen = sum(map(len, texts)) < _SHORT_TEXT * len(texts)
    if not terms:
        worth_reading = [False] * len(texts)
    elif screen:
        worth_reading = _texts_to_read(texts, glossary, ocr=ocr, pdf_text=pdf_text)
    else:
        worth_reading = [True] * len(texts)
    found = [annotate(text, glossary, bibliography, ocr=ocr, terms=terms, citations=citations,
                      pdf_text=pdf_text)
             if worth_reading[index] or (citations and may_cite(text)) else Annotation([], [])
             for index, text in enumerate(texts)]
    if abbreviations is None or not terms:
        return found
    return [Annotation(_with_defined_acronyms(text, each.terms, each.citations, abbreviations),
                       each.citations) for text, each in zip(texts, found)]


def _with_defined_acronyms(text: str, found_terms: list[TermMention],
                           found_cites: list[CitationMention],
                           abbreviations: LocalAbbreviations) -> list[TermMention]:
    """*found_terms* plus the uses of the document's own acronyms outside *found_cites*."""
    uses = abbreviations.feed(text, found_terms)
    found_terms = abbreviations.kept(found_terms)
    if not uses:
        return found_terms
    return sorted(found_terms + (outside(uses, found_cites) if found_cites else uses))


def _texts_to_read(texts: Sequence[str], glossary: Glossary, *, ocr: bool,
                   pdf_text: bool) -> list[bool]:
    """For each text, whether the matcher could find a mention in it alone."""
    joined = _SEPARATOR.join(texts)
    # where each text starts in *joined*; a separator counts as the end of the text before it
    starts = [0, *accumulate(len(text) + len(_SEPARATOR) for text in texts[:-1])]
    marked = [False] * len(texts)
    matcher = glossary.matcher(ocr=ocr, pdf_text=pdf_text)
    for start, end in matcher.spans_to_read(joined):
        first = bisect_right(starts, start) - 1
        last = bisect_right(starts, max(start, end - 1)) - 1
        marked[first:last + 1] = [True] * (last + 1 - first)
    return marked


def _not_terms(cites: list[CitationMention], mentions: list[TermMention]
               ) -> list[CitationMention]:
    """*cites* without the unknown narrative ones whose "author" is a glossary term.

    ``Kazakistan (1991)`` or ``ŞİÖ (2001)`` have the shape of a narrative
    citation, but a place or an organisation of the glossary is not a
    misspelt author: reporting them would be a false alarm.
    """
    term_starts = {mention.start for mention in mentions}
    return [c for c in cites if c.keys or not c.narrative or c.start not in term_starts]


class Span(Protocol):
    """Anything with a start and an end offset into a text."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


SpanT = TypeVar("SpanT", bound=Span)


def outside(spans: list[SpanT], others: Sequence[Span]) -> list[SpanT]:
    """*spans* that share no character with any of *others* (both sorted, *others* disjoint)."""
    if not spans or not others:
        return list(spans)
    starts = list(map(_START, spans))
    if len(others) >= len(spans) or not all(map(le, starts, islice(starts, 1, None))):
        return _outside_each(spans, others)
    # Each of *others* (the citations: a few per page) looks up the spans (the terms: a
    # hundred thousand in a long text) that can reach into it; the rest are kept by
    # compress() in C, with no Python step per span.
    ends = list(map(_END, spans))
    reach = max(map(sub, ends, starts))  # a span starting further back ends before
    kept = [True] * len(spans)
    for other in others:
        first = bisect_left(starts, other.start - reach)
        for index in range(first, bisect_left(starts, other.end, first)):
            if ends[index] > other.start:  # it starts before the other's end
                kept[index] = False
    return list(compress(spans, kept))


def _outside_each(spans: list[SpanT], others: Sequence[Span]) -> list[SpanT]:
    """:func:`outside` a span at a time (few spans, or spans out of order)."""
    starts = [other.start for other in others]
    kept = []
    for span in spans:
        # the last of *others* starting before the span ends is the only one it can touch
        index = bisect_right(starts, span.end - 1) - 1
        if index < 0 or others[index].end <= span.start:
            kept.append(span)
    return kept


_START, _END = attrgetter("start"), attrgetter("end")
