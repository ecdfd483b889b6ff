"""What a word the scanner meets can mean, worked out once per matcher.

The scanner of :mod:`caglossary.recognition.terms` stops at a gap character
and a word that starts like a term. That key text alone decides which patterns
the word can be read as, where each reading's ending stops and which forms the
ending allows; only the capital-letter rule needs the text around it. So the
answer is worked out here the first time a word is met and looked up after.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from ..text.turkish import APOSTROPHES
from .endings import (FOLDED_AWAY, accepting_forms, detaches_endings, first_apostrophe,
                      turkish_names_only)
from .spelling import skeleton
from .termforms import Form, collapse
from .trie import DASHES_AS_SPACES, pattern_regex, plain_match_end, plain_pattern

if TYPE_CHECKING:
    from .matchertables import MatcherTables

__all__ = ["Candidate", "CandidateReader", "Reading"]

_STRAIGHT_APOSTROPHES = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
_NON_WORD = re.compile(r"\W")
_pattern_regex = lru_cache(maxsize=4096)(pattern_regex)


class Reading(NamedTuple):
    """One way to read a candidate word: a pattern of this length, an ending, its forms."""

    stem_length: int
    length: int  # stem plus the accepted ending
    forms: tuple[Form, ...]


class Candidate(NamedTuple):
    """What a candidate word can mean, whatever the text around it."""

    settled: Form | None  # the answer unless a capital-letter rule says otherwise
    length: int  # of the settled reading
    capital: bool  # the settled form is a proper noun: its first letter must be a capital
    readings: tuple[Reading, ...]
    inner_gap: bool  # whether another term could start inside the word
    # Where a capital after the stem would start another word glued on ("Büyük
    # OyunGiriş": extraction lost the break before a heading); 0 when no stem is there.
    glued_at: int = 0


class CandidateReader:
    """Reads candidate words against one matcher's tables and remembers the answers.

    :attr:`known` maps a gap character and candidate word (key text from the
    term's start to the end of its ending) to what it can mean.
    """

    def __init__(self, tables: MatcherTables, scan: re.Pattern[str], tail: re.Pattern[str],
                 *, ocr: bool, replaced: bool, case_sensitive: bool) -> None:
        self.known: dict[str, Candidate] = {}
        self.ocr = ocr
        self.replaced = replaced
        self.case_sensitive = case_sensitive
        self._scan = scan
        self._tail = tail
        self._by_key = tables.by_key
        self._words = tables.words
        self._loose = tables.loose
        self._skeletons = tables.skeletons
        self._shorter = tables.shorter

    def read(self, gap_and_word: str) -> Candidate:
        """What a candidate word can mean, worked out once per matcher."""
        gap, word = gap_and_word[0], gap_and_word[1:]
        if gap.isalnum() or gap in "_\ufffd":  # a letter the scanner's ASCII class let through
            return self._remember(gap_and_word, Candidate(None, 0, False, (), True))
        # Each match below cannot fail: the scanner found exactly this text.
        matched: str | None = _matched(self._scan, gap_and_word).group(1)
        if matched not in self._by_key:  # whitespace runs, another apostrophe, or none at all
            matched = self._key_of(matched or "")
            if matched is None:
                return self._remember(gap_and_word, Candidate(None, 0, False, (), True))
        readings, glued_at = [], 0
        for pattern in (matched, *self._shorter.get(matched, ())):
            stem_end = _stem_end(self._words.get(pattern, pattern), word)
            if stem_end is None:  # a shorter pattern the text spells only through another's marks
                continue
            tail_end, forms = self._ending(pattern, word, stem_end)
            if forms:
                readings.append(Reading(stem_end, tail_end, forms))
            elif word[stem_end:stem_end + 1].isalpha():
                glued_at = max(glued_at, stem_end)
        first = readings[0].forms[0] if readings else None
        capital = self.case_sensitive and first is not None and first.kind == "proper"
        if first is not None and self.case_sensitive and first.kind not in ("plain", "proper"):
            # an acronym's capitals are checked letter by letter in TermMatcher._choose
            first = None
        if first is not None and FOLDED_AWAY.intersection(word[readings[0].stem_length:
                                                                readings[0].length]):
            first = None  # an s or g of the ending may be ş or ğ: TermMatcher._choose reads it
        return self._remember(gap_and_word, Candidate(
            first, readings[0].length if readings else 0, capital, tuple(readings),
            _NON_WORD.search(word) is not None, 0 if readings else glued_at))

    def _key_of(self, matched: str) -> str | None:
        """The key a matched pattern text was filed under (None if it reads as none)."""
        # any apostrophe as the data writes it: "Xi’an Declaration" is the key "xi'an declaration"
        spelled = collapse(matched.translate(DASHES_AS_SPACES)).translate(_STRAIGHT_APOSTROPHES)
        if spelled in self._by_key:
            return spelled
        loose = spelled.replace("'", "")
        if loose in self._loose:
            return self._loose[loose]
        # Read through marks (an inserted word, a dropped letter): few keys share a skeleton.
        for key in self._skeletons.get(skeleton(matched), ()):
            if _pattern_regex(self._words[key]).fullmatch(matched):
                return key
        return None

    def _ending(self, pattern: str, word: str, stem_end: int) -> tuple[int, tuple[Form, ...]]:
        """Where the word's ending stops after *pattern*'s stem, and the forms it allows."""
        tail_end = _matched(self._tail, word, stem_end).end()
        forms = self._accepting(pattern, word[stem_end:tail_end])
        space = word.find(" ", stem_end, tail_end) if detaches_endings(self._tail) else -1
        if space >= 0:  # a detached ending (PDF-text mode)
            forms = turkish_names_only(forms, self._by_key[pattern])
            if not forms:  # "Turkey in", "Birliği ne": the word ends before the space
                tail_end = space
                forms = self._accepting(pattern, word[stem_end:space])
        quote = first_apostrophe(word, stem_end, tail_end) if self.ocr and not forms else -1
        if quote >= 0:
            # OCR mode reads "’ nin" as a split suffix; where what follows is no
            # ending, the mark closed a quotation ("Beşlisi’ dedi"): the name stands bare.
            tail_end = quote
            forms = self._accepting(pattern, word[stem_end:quote])
        return tail_end, forms

    def _remember(self, gap_and_word: str, candidate: Candidate) -> Candidate:
        if len(self.known) > 50_000:  # a bound for texts with endless odd endings
            self.known.clear()
        self.known[gap_and_word] = candidate
        return candidate

    def _accepting(self, pattern: str, raw_tail: str) -> tuple[Form, ...]:
        """The forms of *pattern*'s key whose grammar accepts *raw_tail*."""
        return accepting_forms(self._by_key[pattern], raw_tail, ocr=self.ocr,
                               replaced=self.replaced)


def _stem_end(pattern: str, word: str) -> int | None:
    """Where *pattern* (spelled as the trie spells it) matches at the start of *word*."""
    # compiling a regex per pattern cost more than reading the candidate in a short run
    if plain_pattern(pattern):
        return plain_match_end(pattern, word)
    stem = _pattern_regex(pattern).match(word)
    return stem.end() if stem is not None else None


def _matched(regex: re.Pattern[str] | None, text: str, pos: int = 0) -> re.Match[str]:
    """The match of *regex* at *pos*, where the caller knows it matches."""
    match = regex.match(text, pos) if regex is not None else None
    if match is None:
        raise AssertionError(f"no match at {pos} in {text!r}")
    return match
