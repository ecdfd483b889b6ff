"""Find glossary terms in Turkish and English text, with exact offsets.

Term-driven matching: every word of a form but the last must match exactly on
the folded key; the last word matches its stem followed by an ending from the
closed suffix grammar in :mod:`caglossary.recognition.suffixes`. Candidates come from one
trie-shaped regular expression over the folded key; where the longest
candidate fails its checks, shorter forms that start at the same place are
tried, so a failed long form never hides a valid short one.

A candidate's key text — the pattern plus the rest of its last word — decides
everything but capitals, so its readings are worked out once per matcher and
looked up afterwards; per mention, only the capital-letter rule and the offset
map remain in Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property, lru_cache
from itertools import repeat
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from ..text.keys import (KeyedText, fold_key, join_split_initials, key_text, ocr_fold_key,
                         ocr_key_text)
from .candidates import CandidateReader, Reading
from .endings import camel_join, capitalised, case_ok, ending_spelled, tail_regex
from .innames import (HEAD_OF_A_COMPOUND, absorb_organisations_of_documents,
                      absorb_summits_of_documents, document_ids, drop_compound_heads,
                      drop_honoured, drop_inside_institution_names, drop_name_endings,
                      drop_plus_formats, drop_prefixed, name_part_ids, organisation_ids,
                      status_ids)
from .matchertables import build_tables, matcher_tables
from .ordinals import may_hold_an_ordinal
from .organs import join_organ_acronyms, organ_parents
from .summits import SummitReader, may_name_a_summit, summit_word_spans
from .summitwords import with_meeting_words
from .termforms import Form
from .trie import REPLACEMENT_CHARACTER, scan_regex

if TYPE_CHECKING:
    from ..termbase.model import Concept

__all__ = ["TermMatcher", "TermMention"]


class TermMention(NamedTuple):
    """One mention of a concept: ``text[start:end]`` is exactly ``surface``."""

    start: int
    end: int
    surface: str
    concept: str
    lang: str
    form: str
    #: "term" for a written form of the concept, "anaphor" for a class noun
    #: ("Örgüt", "the organization") resolved to it
    kind: str = "term"

    def as_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.surface,
                "concept": self.concept, "kind": self.kind}


@lru_cache(maxsize=1)
def _own_stamp() -> int:
    from ..termbase.cache import source_stamp

    return source_stamp([__name__])


_GUARD = attrgetter("guard")
# how much of a form's next word tells it apart (its stem may end inside the word)
_PAIR_PREFIX = 4


class TermMatcher:
    """Finds mentions of a set of concepts; build once, call :meth:`find` often.

    ``case_sensitive=False`` drops the capital-letter rules (used by lookup,
    where people type in any case).
    """

    def __init__(self, concepts: Iterable[Concept], *, ocr: bool = False,
                 case_sensitive: bool = True, pdf_text: bool = False,
                 cached: bool = False, replaced: bool = False) -> None:
        """*cached*: keep the tables built from *concepts* in the user's cache folder
        (see :mod:`caglossary.recognition.matchertables`), for matchers built in
        every run from the same glossary. *replaced*: the matcher for texts holding
        U+FFFD, which every matcher hands such a text to (built on first use)."""
        self.ocr = ocr
        self.pdf_text = pdf_text
        self.case_sensitive = case_sensitive
        self.replaced = replaced
        self._cached = cached
        self._concepts = list(concepts)
        self._name_parts = name_part_ids(self._concepts)
        self._organisations = organisation_ids(self._concepts)
        self._statuses = status_ids(self._concepts)
        self._documents = document_ids(self._concepts)
        self._organ_parents = organ_parents(self._concepts)
        tables = (matcher_tables if cached else build_tables)(
            self._concepts, ocr=ocr, pdf_text=pdf_text, replaced=replaced)
        self._guarded = tables.guarded
        self._keys = tables.by_key
        tail = tail_regex(ocr=ocr, pdf_text=pdf_text, replaced=replaced)
        words = [tables.words.get(key, key) for key in tables.by_key]
        # cached tables' key decides the words (with this module, which picks them):
        # the scanner's program is then found without sorting and hashing them all
        known = tables.key and f"{tables.key}:{_own_stamp()}"
        self._scan = scan_regex(words, tail.pattern, known) if words else None
        self._reader = (CandidateReader(tables, self._scan, tail, ocr=ocr, replaced=replaced,
                                        case_sensitive=case_sensitive)
                        if self._scan is not None else None)

    @cached_property
    def _replaced_matcher(self) -> TermMatcher:
        return TermMatcher(self._concepts, ocr=self.ocr, case_sensitive=self.case_sensitive,
                           pdf_text=self.pdf_text, cached=self._cached, replaced=True)

    @cached_property
    def _summits(self) -> SummitReader:
        # built on first use: a matcher whose tables come from the cache never
        # needs the derived concepts (nor imports their wording rules) otherwise,
        # and its summit reader comes from the cache too
        if self._cached:
            from .summitcache import cached_summit_reader

            return cached_summit_reader(self._concepts, TermMention)
        from .derived import derived_concepts

        return SummitReader(derived_concepts(self._concepts), TermMention)

    def find(self, text: str) -> list[TermMention]:
        """Longest-leftmost, non-overlapping mentions in *text* (which is never changed)."""
        mentions = self._find_plain(text)
        if self._scan is not None and may_hold_an_ordinal(text):  # "BM 77. Genel Kurulu"
            from .ordinals import read_across_ordinals

            mentions = read_across_ordinals(text, mentions, self._find_plain, self._joins)
        return mentions

    def _joins(self, word: str, following: str) -> bool:
        """Whether some form has *word* right before a word starting as *following* does."""
        first, second = fold_key(word), fold_key(following)
        if self.ocr:  # the tables' keys merge the letters OCR confuses
            first, second = ocr_fold_key(first), ocr_fold_key(second)
        return (first, second[:_PAIR_PREFIX]) in self._word_pairs

    @cached_property
    def _word_pairs(self) -> frozenset[tuple[str, str]]:
        # built once, and only for a text with an ordinal inside a capitalised run
        return frozenset((words[i], words[i + 1][:_PAIR_PREFIX])
                         for words in map(str.split, self._keys) for i in range(len(words) - 1))

    def _find_plain(self, text: str) -> list[TermMention]:
        """:meth:`find`, but for a name with an ordinal inside."""
        if self._scan is None or not text:
            return []
        if not self.replaced and REPLACEMENT_CHARACTER in text:
            # a lost encoding: only a text that holds the character pays for reading it
            return self._replaced_matcher._find_plain(text)
        keyed = self._key(text)
        # The space stands in for the non-word character every candidate starts with,
        # so scan offsets are key offsets plus one: a match's gap character sits at
        # the key offset where its word starts.
        scan_key = " " + keyed.key
        starts: list[int] = []
        ends: list[int] = []
        forms: list[Form] = []
        pos = 0
        while pos >= 0:
            pos = self._scan_from(scan_key, pos, keyed, text, (starts, ends, forms))
        # the summit reader is built and run only where a summit word occurs
        summits = may_name_a_summit(keyed.key)
        if not forms:  # most text nodes of a Sphinx project mention no term
            return (with_meeting_words(text, self._summits.find(text, keyed, []))
                    if summits and self._summits else [])
        starts, ends = keyed.to_sources(starts), keyed.to_sources(ends)
        # map() and tuple.__new__ (what TermMention._make calls, without its Python
        # frame) keep the per-mention loop in C
        surfaces = map(text.__getitem__, map(slice, starts, ends))
        fields = (map(attrgetter(name), forms) for name in ("concept", "lang", "written"))
        mentions = list(map(tuple.__new__, repeat(TermMention),
                            zip(starts, ends, surfaces, *fields, repeat("term"))))
        mentions = self._in_context(text, mentions, forms)
        if summits and self._summits:
            mentions = with_meeting_words(text, self._summits.find(text, keyed, mentions))
            # only a summit can be absorbed, so only texts with a summit word pay for it
            mentions = absorb_summits_of_documents(text, mentions, self._documents)
        mentions = absorb_organisations_of_documents(text, mentions, self._documents,
                                                     self._organisations)
        return join_organ_acronyms(text, mentions, self._organ_parents)

    def _in_context(self, text: str, mentions: list[TermMention],
                    forms: list[Form]) -> list[TermMention]:
        """*mentions* less those their context makes something else: an unmet guard, a
        part of an institution's name, a prefixed adjective, a plus format, a compound."""
        if self._guarded and any(map(_GUARD, forms)):  # one C-level pass in the common case
            from .guards import drop_unmet

            mentions = drop_unmet(text, mentions, list(map(_GUARD, forms)),
                                  case_sensitive=self.case_sensitive)
        if self._name_parts and any(m.concept in self._name_parts for m in mentions):
            mentions = drop_inside_institution_names(text, mentions, self._name_parts)
            if "of " in text:  # an honour named before the term ("Order of the …")
                mentions = drop_honoured(text, mentions, self._name_parts)
        if self._statuses and any(m.concept in self._statuses for m in mentions):
            mentions = drop_name_endings(text, mentions, self._statuses)
        mentions = drop_prefixed(text, mentions)
        if "+" in text:
            mentions = drop_plus_formats(text, mentions)
        if self._organisations and HEAD_OF_A_COMPOUND.search(text):  # "Rus NATO'su"
            mentions = drop_compound_heads(mentions, self._organisations)
        return mentions

    def spans_to_read(self, text: str) -> list[tuple[int, int]]:
        """Source spans of *text* outside which :meth:`find` reports nothing.

        Every candidate the scanner meets (its gap character included), every
        summit word and, where the text holds U+FFFD, the whole text: a caller
        with many short texts joins them (see :func:`caglossary.recognition.annotate.
        annotate_each`) and reads only those a span touches. More spans than
        mentions; never fewer.
        """
        if self._scan is None or not text:
            return []
        if not self.replaced and REPLACEMENT_CHARACTER in text:
            return [(0, len(text))]
        keyed = self._key(text)
        # scan offset = key offset + 1: a match's gap sits at key offset match.start() - 1
        matches = [(max(m.start() - 1, 0), m.end() - 1)
                   for m in self._scan.finditer(" " + keyed.key)]
        matches += summit_word_spans(keyed.key)
        starts = keyed.to_sources([start for start, _ in matches])
        ends = keyed.to_sources([end for _, end in matches])
        return list(zip(starts, ends))

    def _key(self, text: str) -> KeyedText:
        keyed = ocr_key_text(text) if self.ocr else key_text(text)
        # damaged text only: a drop cap set apart from its word ("S ovyetler")
        return join_split_initials(keyed) if self.ocr or self.pdf_text else keyed

    def _scan_from(self, scan_key: str, pos: int, keyed: KeyedText, text: str,
                   found: tuple[list[int], list[int], list[Form]]) -> int:
        """Record mentions from scan offset *pos* on; where to scan again, or -1 when done.

        The regex's own iteration continues after a candidate's whole word, which
        is right after the common cases: the word was a mention, or it failed and
        holds no gap a term could start from. Otherwise scanning starts over.
        """
        # the caller returns early when there is no pattern, so there is a reader
        assert self._scan is not None and self._reader is not None
        known, read = self._reader.known, self._reader.read
        choose, cased = self._choose, keyed.cased
        starts, ends, forms = found
        add_start, add_end, add_form = starts.append, ends.append, forms.append
        for match in self._scan.finditer(scan_key, pos):
            gap_and_word = match[0]
            # a tuple unpacked, not its fields read by name: this loop runs per candidate
            form, length, capital, readings, inner_gap, glued_at = (known.get(gap_and_word)
                                                                    or read(gap_and_word))
            word_start = match.start()
            if form is None or (capital and not cased[word_start].isupper()):
                chosen = choose(readings, keyed, text, word_start)
                if chosen is None and glued_at and camel_join(cased, word_start + glued_at):
                    cut = gap_and_word[:glued_at + 1]
                    chosen = choose((known.get(cut) or read(cut)).readings, keyed, text,
                                    word_start)
                if chosen is None:
                    if inner_gap:
                        return word_start + 1
                    continue
                form, length = chosen
            add_start(word_start)
            add_end(word_start + length)
            add_form(form)
            if length != len(gap_and_word) - 1:  # a shorter reading: scan the rest again
                return word_start + length + 1
        return -1

    def _choose(self, readings: tuple[Reading, ...], keyed: KeyedText, text: str,
                start: int) -> tuple[Form, int] | None:
        """The first form (and its length) whose capital-letter rule holds at *start*."""
        for reading in readings:
            if not ending_spelled(keyed, start, reading.stem_length, reading.length):
                continue
            for form in reading.forms:
                kind = form.kind
                if kind == "plain" or not self.case_sensitive or (
                        capitalised(keyed.cased, start, start + reading.stem_length)
                        if kind == "proper"
                        else case_ok(form, keyed, text, start, start + reading.stem_length)
                        and not self._glued_capital(keyed, start + reading.stem_length)):
                    return form, reading.length
        return None

    def _glued_capital(self, keyed: KeyedText, stem_end: int) -> bool:
        """Whether a capital is glued to an acronym's end: "TIFA" is another acronym than
        "TIF". Not in OCR mode, where a scan adds stray capitals ("IMFE" for "IMF,")."""
        return not self.ocr and keyed.cased[stem_end:stem_end + 1].isupper()
