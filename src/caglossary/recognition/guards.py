"""Context conditions of guarded forms: drop the mentions whose conditions fail.

A guarded form (``daimi üye``, ``Batı``, ``Washington summit``) also means
something else in the field's ordinary writing, so the glossary says where it
counts (see "Review rules" in the curation guide). The matcher finds it like
any variant; this module then looks at the text around each such mention.
It runs only for texts where a guarded form matched, so the common case pays
nothing.

Phrases are compared folded (no case, diacritics or apostrophes) and
whitespace-normalised; the last word of a phrase may carry a Turkish or
English ending in the text, so ``Güvenlik Konseyi`` also stops
``Güvenlik Konseyi'nin daimi üyeleri``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter
from typing import TYPE_CHECKING

from .suffixes import archiphonemes, english_endings, turkish_endings
from ..text.turkish import fold

if TYPE_CHECKING:
    from ..termbase.model import Guard
    from .terms import TermMention

__all__ = ["drop_unmet"]

_REACH = 200  # characters looked at either side: far more than the longest phrase
_LONGEST_ENDING = 12  # letters a phrase's last word may run on by
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
# The next word on the same line or the line after, never across a blank line.
_NEXT_WORD = re.compile(r"[^\S\n]*\n?[^\S\n]*(\w)")


def drop_unmet(text: str, mentions: Sequence[TermMention], guards: Sequence[Guard | None],
               *, case_sensitive: bool = True) -> list[TermMention]:
    """*mentions* without those whose guard's conditions fail in *text*.

    ``guards[i]`` is the guard of the form that matched ``mentions[i]``, or
    None for an ordinary form. *case_sensitive* False (lookup, where people type
    in any case) ignores ``cased``.
    """
    context = _Context(text, mentions, guards, case_sensitive)
    return [mention for mention, guard in zip(mentions, guards)
            if guard is None or context.holds(guard, mention)]


class _Context:
    """The text and its mentions, with paragraph facts worked out only when asked."""

    def __init__(self, text: str, mentions: Sequence[TermMention],
                 guards: Sequence[Guard | None], case_sensitive: bool) -> None:
        self.text, self.mentions, self.guards = text, mentions, guards
        self.case_sensitive = case_sensitive
        self._breaks: list[int] | None = None
        self._ordinary: dict[str, list[int]] | None = None  # concept → starts, in order
        self._concepts: list[str] = []  # each mention's, once an ordinary form is asked for

    def holds(self, guard: Guard, mention: TermMention) -> bool:
        """Whether every condition of *guard* holds for *mention*; cheapest checks first."""
        text = self.text
        if guard.cased and self.case_sensitive and not mention.surface[:1].isupper():
            return False
        if guard.not_before_name and _before_name(text, mention.end):
            return False
        if guard.no_possessive and _possessed(guard, mention):
            return False
        if guard.apostrophe_only and _glued_ending(guard, mention):
            return False
        if guard.not_before and _starts_with_any(_words_after(text, mention.end),
                                                 guard.not_before):
            return False
        if guard.not_after and _ends_with_any(_words_before(text, mention.start),
                                              guard.not_after):
            return False
        return not guard.near or self._near(mention, guard.near)

    def _acronym_holds(self, guard: Guard, mention: TermMention) -> bool:
        return (not guard.near and guard.written.isupper()
                and mention.surface.startswith(guard.written) and self.holds(guard, mention))

    def _near(self, mention: TermMention, concepts: tuple[str, ...]) -> bool:
        """Whether an ordinary form of one of *concepts* is in *mention*'s paragraph.

        An acronym whose guard asks only about its own words (``NATO`` not after
        ``Russian``) is ordinary where that guard holds: it names its concept as
        surely as an unguarded acronym. A guarded word (``Caspian``) never
        vouches for another concept, nor does a form that needs one nearby.
        """
        if self._breaks is None:
            # Sorted positions, so a long text with many guarded mentions stays linear-ish.
            self._breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(self.text)]
        breaks = self._breaks
        paragraph = bisect_right(breaks, mention.start)
        start = breaks[paragraph - 1] if paragraph else 0
        end = breaks[paragraph] if paragraph < len(breaks) else len(self.text)
        for concept in concepts:
            starts = self._ordinary_starts(concept)
            first = bisect_left(starts, start)
            if first < len(starts) and starts[first] < end:
                return True
        return False

    def _ordinary_starts(self, concept: str) -> list[int]:
        """Where the ordinary mentions of *concept* start, in order; worked out for the
        concepts a guard asks about only, and once each."""
        if self._ordinary is None:
            self._ordinary, self._concepts = {}, list(map(_CONCEPT, self.mentions))
        starts = self._ordinary.get(concept)
        if starts is None:
            # the concept's mentions found in C: a long text holds tens of thousands
            places = compress(count(), map(concept.__eq__, self._concepts))
            mentions, guards = self.mentions, self.guards
            starts = self._ordinary[concept] = [
                mentions[i].start for i in places
                if (guard := guards[i]) is None or self._acronym_holds(guard, mentions[i])]
        return starts


_CONCEPT = attrgetter("concept")


def _before_name(text: str, end: int) -> bool:
    """Whether a capitalised word directly follows *end* ("Batı Trakya", "the West Bank")."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1).isupper()


def _possessed(guard: Guard, mention: TermMention) -> bool:
    """Whether the mention's ending starts with a third-person possessive (batı-sı-nda).

    Only vowel-final forms are read: after a consonant the possessive -I is
    also the accusative, which the text does not tell apart.
    """
    form = fold(guard.written)
    ending = archiphonemes(fold(mention.surface)[len(form):].lstrip("'"))
    return form[-1:] in "aeiou" and ending.startswith(("sI", "lArI"))


def _glued_ending(guard: Guard, mention: TermMention) -> bool:
    """Whether an ending follows the form without an apostrophe (Hazarlar, not Hazar'ın).

    A proper name takes its own endings after an apostrophe; letters glued
    to it make another word, such as a people's name in the plural.
    """
    return mention.surface[len(guard.written):][:1].isalpha()


def _words_before(text: str, start: int) -> str:
    """The folded, whitespace-normalised words before *start* in the same sentence."""
    window = text[max(0, start - _REACH):start]
    window = _PARAGRAPH_BREAK.split(window)[-1]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    return " ".join(fold(window[ends[-1] if ends else 0:]).split())


def _words_after(text: str, end: int) -> str:
    """The folded, whitespace-normalised words after *end* in the same sentence."""
    window = _PARAGRAPH_BREAK.split(text[end:end + _REACH], maxsplit=1)[0]
    stop = _SENTENCE_END.search(window)
    return " ".join(fold(window[:stop.start() if stop else len(window)]).split())


def _ends_with_any(words: str, phrases: tuple[str, ...]) -> bool:
    """Whether *words* end with one of *phrases*, its last word perhaps with an ending."""
    for phrase in phrases:
        tail = _tail_at_end(words, _key(phrase))
        if tail is not None and _is_ending(tail):
            return True
    return False


def _starts_with_any(words: str, phrases: tuple[str, ...]) -> bool:
    """Whether *words* start with one of *phrases*, its last word perhaps with an ending."""
    for phrase in phrases:
        key = _key(phrase)
        if words.startswith(key):
            tail = _word_run(words, len(key))
            if len(tail) <= _LONGEST_ENDING and _is_ending(tail):
                return True
    return False


_WORD_RUN = re.compile(r"\w*")


def _word_run(words: str, at: int) -> str:
    """The word characters (letters, digits, _) from *at* on; "" where none is."""
    found = _WORD_RUN.match(words, at)  # \w* matches wherever it starts: never None
    return found.group() if found else ""


def _tail_at_end(words: str, key: str) -> str | None:
    """The ending after *key* where *key* starts a word and an ending's letters at
    most follow it to the end of *words* (at the leftmost such place), else None.

    What a search for ``(?:^|\\W)key(\\w{0,12})$`` gives, without compiling a
    regular expression for each phrase in every process. The ending is short, so
    *key* starts at most its length before the end.
    """
    at = words.find(key, max(0, len(words) - len(key) - _LONGEST_ENDING))
    while at >= 0:
        tail = _word_run(words, at + len(key))
        # $ also matches before a line break that ends the text
        if ((at == 0 or not _word_run(words, at - 1)) and len(tail) <= _LONGEST_ENDING
                and words[at + len(key) + len(tail):] in ("", "\n")):
            return tail
        at = words.find(key, at + 1)
    return None


@lru_cache(maxsize=1024)
def _key(phrase: str) -> str:
    return " ".join(fold(phrase).split())


def _is_ending(tail: str) -> bool:
    return not tail or archiphonemes(tail) in _endings()


@lru_cache(maxsize=1)
def _endings() -> frozenset[str]:
    """Endings a phrase's last word may carry, either harmony, Turkish or English.

    A phrase's last word is often itself possessive (``Konseyi``), so the
    pronominal n of a third-person possessive may start the ending (``-nin``,
    ``-nde``), which :func:`turkish_endings` only lists after its own suffixes.
    """
    plain = turkish_endings(True) | turkish_endings(False) | english_endings()
    return plain | {"n" + ending for ending in plain if ending[:1] in ("A", "I", "D")}
