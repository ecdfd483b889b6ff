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
from .suffixes import starts_with_compound_possessive
from .terms import TermMatcher, TermMention

__all__ = ["AnaphoraResolver", "ClassNouns", "WINDOW"]

#: How far back (in characters) the most recent compatible mention may be.
#: Measured on the annotated set (benchmarks/anaphora.py): 500 misses
#: antecedents a paragraph back, 3,000 and more let an older mention win over
#: the document's main subject; 1,500 (two or three paragraphs) does best.
WINDOW = 1500
_DEFINITE_EN = frozenset({"the", "this", "that"})
_INDEFINITE_TR = "bir"
_PLURAL_TR = ("ler", "lar")
_PLURAL_EN = ("s", "es")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w" + APOSTROPHES + r"]*)")  # a Turkish noun in English prose ("economic platforms")
# A year, not a decade: "2000'li yıllarda" / "the 2000s" name no year before or after 2001.
_YEAR = re.compile(rf"(?<!\d)(1[89]\d\d|20\d\d)(?![\d{APOSTROPHES}]?(?:l[ıiuü]|s\b))")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w" + APOSTROPHES + r"]*)(\s*)$")
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
    - the compatible concepts are those that declare the noun; of the ones
      mentioned within :data:`WINDOW` characters before it, the most recent
      wins;
    - with none in the window, the document's main subject (the compatible
      concept with the most term mentions) is meant, if the document names it
      at all; failing that, a compatible concept linked by ``see_also`` to
      the latest mention ("the summit" after "the SCO");
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

    def feed(self, text: str, terms: Sequence[TermMention]) -> list[TermMention]:
        """The anaphors of *text* (the next part of the document), given its term mentions.

        The term mentions also count towards the document's main subject.
        """
        self._term_counts.update(m.concept for m in terms)
        term_starts = [t.start for t in terms]
        found = [m for m in self.nouns.matcher.find(text)
                 if not _overlaps(m, terms, term_starts) and self._definite(text, m)]
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

    def _definite(self, text: str, mention: TermMention) -> bool:
        lang, _, noun = mention.concept.partition(":")
        before = _WORD_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        previous = fold(before.group(1)) if before else ""
        if lang == "en":
            plural = mention.surface[-1:] in "sS" and mention.surface[-2:-1] not in APOSTROPHES
            return not plural and previous in _DEFINITE_EN
        ending = _ending(mention.surface, noun, self.ocr)
        if ending.startswith(_PLURAL_TR) or ending in _PLURAL_EN:
            return False
        # a name's last noun carries the compound ending (Ticaret Örgüt-ü, Başkanları
        # Zirve-si); a bare one goes on with the name's next word (Strateji Belgesi)
        capitalised = mention.surface[:1].isupper()
        title_word = starts_with_compound_possessive(ending)
        if capitalised and not ending and _name_goes_on(text, mention.end):
            return False
        if _inside_name(text, mention.start, title_word) or previous in _NAMING_TR:
            return False
        return _INDEFINITE_TR not in _phrase_before(text, mention.start)

    def _antecedent(self, text: str, mention: TermMention) -> str | None:
        compatible = self.nouns.declared_by.get(mention.concept, ())
        here = self._base + mention.start
        first = bisect_left(self._offsets, here - self.window)
        recent = [c for c in self._concepts[first:] if c in compatible]
        if recent:
            chosen: str | None = recent[-1]
        else:
            chosen = self._main_subject(compatible) if self.prefer_main_subject else None
            chosen = chosen or self._through_related(compatible, self._concepts[first:])
        return self._by_year(text, mention, chosen, compatible) if chosen else None

    def _main_subject(self, compatible: Sequence[str]) -> str | None:
        """The compatible concept the document mentions most, if it mentions any."""
        main = max(compatible, key=lambda c: self._term_counts[c])
        return main if self._term_counts[main] else None

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


def _inside_name(text: str, start: int, compound: bool) -> bool:
    """Whether the noun ends a name: ``Dünya Ticaret Örgütü``, ``C5+1 diyalog formatı``.

    The word before it, or the one before that when the nearer one is a plain
    lower-case word, is part of a name when it mixes letters with digits or
    signs (``C5+1``), or when it is capitalised and the noun carries the
    compound ending (``Ticaret Örgütü``, ``Orta Asya stratejisi``; but
    ``Türkiye örgütün …`` is a subject and its noun). A suffix after an
    apostrophe (``Pekin'de yapılan zirvede``) or a year alone (``2017
    zirvesinde``) names nothing.
    """
    words = _phrase_before(text, start, keep_case=True)[-2:]
    for word in reversed(words):
        if any(ch in APOSTROPHES for ch in word) or word.isdigit():
            return False
        if not word.isalpha() and any(ch.isalnum() for ch in word):
            return True
        if word[:1].isupper():
            return compound
        if not word.isalpha():
            return False
    return False


_PHRASE_BREAK = re.compile(r"[.,;:!?()\[\]\"“”«»]|\n\s*\n")


def _phrase_before(text: str, start: int, *, keep_case: bool = False) -> list[str]:
    """The last words before *start* in the same phrase (up to punctuation), at most four."""
    window = text[max(0, start - 60):start]
    cut = list(_PHRASE_BREAK.finditer(window))
    words = window[cut[-1].end() if cut else 0:].split()[-4:]
    return words if keep_case else [fold(w) for w in words]


def _overlaps(mention: TermMention, terms: Sequence[TermMention], starts: list[int]) -> bool:
    """Whether *mention* shares a character with one of *terms* (sorted, disjoint)."""
    index = bisect_left(starts, mention.end) - 1
    return index >= 0 and terms[index].end > mention.start


def _name_goes_on(text: str, end: int) -> bool:
    """Whether a capitalised word without a suffix follows at once (``Strateji Belgesi``)."""
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    return word[:1].isupper() and not any(ch in APOSTROPHES for ch in word)
