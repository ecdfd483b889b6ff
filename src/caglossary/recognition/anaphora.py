"""Anaphora: a definite class noun ("Örgüt", "the organization") resolved to its concept.

A concept declares the nouns of its class per language (``class_nouns``:
``örgüt|``/``organization`` for the SCO, ``zirve|``/``summit`` for a summit).
Those nouns are found by the term matcher itself, so Turkish endings and OCR
damage (``6rgiitiin``) are read exactly as for terms. Each noun used
definitely is then resolved to the compatible concept the text last
mentioned (see :class:`AnaphoraResolver` for the rules); anything else — an
indefinite or plural use, a noun inside a name, a noun with no compatible
mention before it — is left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..termbase.model import Concept, LangSide, strip_marker
from ..text.keys import key_text, ocr_key_text
from ..text.turkish import APOSTROPHES, fold
from .terms import TermMatcher, TermMention

__all__ = ["AnaphoraResolver", "ClassNouns", "WINDOW"]

#: How far back (in characters) a compatible mention may be. Measured on the
#: annotated set (benchmarks/anaphora.py): recall climbs until about 3,000
#: characters and precision holds; a page of prose is about that long.
WINDOW = 3000
_DEFINITE_EN = frozenset({"the", "this", "that"})
_INDEFINITE_TR = "bir"
_PLURAL_TR = ("ler", "lar")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w" + APOSTROPHES + r"]*)(\s*)$")
_TOKEN_BEFORE = re.compile(r"(\S+)[ \t]*\n?[ \t]*$")
#: words that introduce a name ("… isimli belge", "… adlı örgüt"): what follows is named, not referred back to
_NAMING_TR = frozenset({"isimli", "adli", "adini", "adindaki", "ismindeki", "olarak"})


@dataclass(frozen=True, slots=True)
class ClassNouns:
    """The class nouns of a set of concepts, compiled for finding them in text."""

    matcher: TermMatcher
    #: noun id (``tr:örgüt``) → the concepts that declare it, in data order
    declared_by: dict[str, tuple[str, ...]]
    #: concept id → (its successor, year) and successor → (predecessor, year)
    successors: dict[str, tuple[str, int]]
    predecessors: dict[str, tuple[str, int]]
    #: concept id → the concepts it names in ``see_also`` ("the summit" of the SCO)
    related: dict[str, tuple[str, ...]]

    @classmethod
    def of(cls, concepts: Iterable[Concept], *, ocr: bool = False) -> ClassNouns | None:
        """The table for *concepts*, or None when none declares a class noun."""
        declared: dict[str, list[str]] = {}
        marked: dict[str, str] = {}
        successors: dict[str, tuple[str, int]] = {}
        related: dict[str, tuple[str, ...]] = {}
        for concept in concepts:
            for lang in ("tr", "en"):
                for noun in concept.side(lang).class_nouns:
                    noun_id = f"{lang}:{strip_marker(noun)}"
                    declared.setdefault(noun_id, []).append(concept.id)
                    marked[noun_id] = noun
                    related[concept.id] = concept.see_also
            if concept.successor:
                successors[concept.id] = concept.successor
        if not declared:
            return None
        nouns = [_noun_concept(noun_id, form) for noun_id, form in marked.items()]
        predecessors = {succ: (pred, year) for pred, (succ, year) in successors.items()}
        return cls(TermMatcher(nouns, ocr=ocr), {k: tuple(v) for k, v in declared.items()},
                   successors, predecessors, related)


def _noun_concept(noun_id: str, marked: str) -> Concept:
    """A stand-in concept whose only form is one class noun in its own language."""
    lang, _, written = noun_id.partition(":")
    side = LangSide(written, "", marked_forms=(marked,))
    empty = LangSide("", "")
    return Concept(noun_id, "concept", side if lang == "tr" else empty,
                   side if lang == "en" else empty)


class AnaphoraResolver:
    """Resolves the class nouns of one document, fed in reading order.

    A Sphinx document arrives one text node at a time, so the resolver keeps
    what it has seen: every term mention and every resolved anaphor, as
    offsets in the document's running text.

    Rules, in order:

    - a noun inside a term mention, a plural, a Turkish noun after ``bir``
      or right after a capitalised word (part of a name: *Dünya Ticaret
      Örgütü*), and an English noun not right after *the*/*this*/*that* are
      not anaphors;
    - the compatible concepts are those that declare the noun; the ones
      mentioned within :data:`WINDOW` characters before it are candidates;
    - the document's main subject (the compatible concept with the most term
      mentions) wins among the candidates; otherwise the most recent does;
    - a year in the same sentence picks between a concept and its successor:
      before the successor's year the predecessor, from it on the successor.
    """

    def __init__(self, nouns: ClassNouns, *, ocr: bool = False, window: int = WINDOW,
                 prefer_main_subject: bool = True) -> None:
        self.nouns, self.ocr, self.window = nouns, ocr, window
        self.prefer_main_subject = prefer_main_subject
        self._offsets: list[int] = []  # of every mention seen, ascending
        self._concepts: list[str] = []
        self._term_counts: Counter[str] = Counter()
        self._base = 0  # where the next fed text starts in the running document

    def count_terms(self, mentions: Iterable[TermMention]) -> None:
        """Count the document's term mentions in advance (they decide its main subject)."""
        self._term_counts.update(m.concept for m in mentions)

    def feed(self, text: str, terms: Sequence[TermMention]) -> list[TermMention]:
        """The anaphors of *text* (the next part of the document), given its term mentions."""
        found = [m for m in self.nouns.matcher.find(text) if self._definite(text, m, terms)]
        anaphors: list[TermMention] = []
        events = sorted([(m.start, 0, m) for m in terms] + [(m.start, 1, m) for m in found],
                        key=lambda event: (event[0], event[1]))
        for start, is_noun, mention in events:
            if not is_noun:
                self._remember(self._base + start, mention.concept)
                continue
            concept = self._antecedent(text, mention)
            if concept is not None:
                anaphors.append(mention._replace(concept=concept, kind="anaphor"))
                self._remember(self._base + start, concept)
        self._base += len(text) + 1
        return anaphors

    def _remember(self, offset: int, concept: str) -> None:
        self._offsets.append(offset)
        self._concepts.append(concept)

    def _definite(self, text: str, mention: TermMention, terms: Sequence[TermMention]) -> bool:
        if any(t.start < mention.end and mention.start < t.end for t in terms):
            return False
        lang, _, noun = mention.concept.partition(":")
        before = _WORD_BEFORE.search(text, 0, mention.start)
        previous = fold(before.group(1)) if before else ""
        if lang == "en":
            plural = mention.surface[-1:] in "sS" and mention.surface[-2:-1] not in APOSTROPHES
            return not plural and previous in _DEFINITE_EN
        if _ending(mention.surface, noun, self.ocr).startswith(_PLURAL_TR):
            return False
        if _inside_name(text, mention.start) or previous in _NAMING_TR:
            return False
        return _INDEFINITE_TR not in fold(text[max(0, mention.start - 24):mention.start]).split()

    def _antecedent(self, text: str, mention: TermMention) -> str | None:
        compatible = self.nouns.declared_by.get(mention.concept, ())
        here = self._base + mention.start
        first = bisect_left(self._offsets, here - self.window)
        recent = [c for c in self._concepts[first:] if c in compatible]
        if not recent:
            return self._through_related(compatible, self._concepts[first:])
        chosen = recent[-1]
        if self.prefer_main_subject:
            main = max(compatible, key=lambda c: self._term_counts[c])
            if main in recent and self._term_counts[main]:
                chosen = main
        return self._by_year(text, mention, chosen, compatible)

    def _through_related(self, compatible: Sequence[str], window: Sequence[str]) -> str | None:
        """A compatible concept linked to the latest mention ("the summit" after "the SCO")."""
        for mentioned in reversed(window):
            linked = [c for c in compatible if mentioned in self.nouns.related.get(c, ())]
            if linked:
                return linked[0] if len(linked) == 1 else None
        return None

    def _by_year(self, text: str, mention: TermMention, chosen: str,
                 compatible: Sequence[str]) -> str:
        later = self.nouns.successors.get(chosen)
        earlier = self.nouns.predecessors.get(chosen)
        if later is None and earlier is None:
            return chosen
        years = [int(y) for y in _YEAR.findall(_sentence(text, mention.start))]
        if not years:
            return chosen
        if later is not None and later[0] in compatible and min(years) >= later[1]:
            return later[0]
        if earlier is not None and earlier[0] in compatible and max(years) < earlier[1]:
            return earlier[0]
        return chosen


def _ending(surface: str, noun: str, ocr: bool) -> str:
    """What follows the noun's stem in *surface*, as a folded search key."""
    key = (ocr_key_text(surface) if ocr else key_text(surface)).key
    return key[len(key_text(noun).key):]


def _sentence(text: str, offset: int) -> str:
    # a sentence is looked for in a bounded stretch, so long texts stay linear
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, offset - 600), offset)]
    start = starts[-1] if starts else max(0, offset - 600)
    end_match = _SENTENCE_END.search(text, offset)
    return text[start:end_match.start() if end_match else len(text)]


def _inside_name(text: str, start: int) -> bool:
    """Whether the word before *start* (same line or the one above) is part of a name.

    A capital or a digit in it (``Ticaret``, ``C5+1``, ``ŞİÖ``) makes the class
    noun a part of a name: ``Dünya Ticaret Örgütü``, ``C5+1 platformu``.
    """
    token = _TOKEN_BEFORE.search(text, max(0, start - 80), start)
    if token is None:
        return False
    word = token.group(1)
    if word[-1:] in ".,;:!?)]\"”’'»":
        return False  # punctuation ends the phrase before the noun
    return any(ch.isupper() or ch.isdigit() for ch in word)
