"""Which mentions a bracketed capital could follow: a screen for the acronym learner.

The learner (:mod:`caglossary.recognition.localabbr`) asks after every mention
whether a bracketed acronym follows it, right away or after one more word
("Central Asia (CA)", "Central Asian republics (CARs)"). Two pattern matches
per mention cost more than the rest of the learner on a long text, where a
bracket followed by a capital is rare. This module finds those brackets once
and keeps, in C, the mentions that end close enough before one; the learner
then reads only those, in their order, and so learns what it learnt before.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import chain, compress, islice, repeat
from operator import attrgetter, le
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .terms import TermMention

__all__ = ["mentions_before_brackets"]

# What every definition the learner reads holds: a bracket, blanks, a capital. One
# pattern per bracket: a pattern that starts with a literal character is skipped to in
# C four times as fast as one that starts with a class.
_BRACKETS_THEN_CAPITAL = tuple(re.compile(rf"\{bracket}(?=[ \t]*[A-ZÇĞİÖŞÜ])")
                               for bracket in "([")
_BLANKS = " \t"
# Blanks, a word and blanks, each as long as it goes (what may stand between a mention
# and the bracket, read backwards from the bracket).
_RUN = re.compile(r"[ \t]*[\w\-]*[ \t]*")
_WINDOW = 64  # characters: longer than nearly every word
_END = attrgetter("end")


def mentions_before_brackets(text: str,
                             mentions: Sequence[TermMention]) -> list[TermMention]:
    """The *mentions*, in order, that end where blanks, or blanks, one word and blanks,
    lead to a bracketed capital: every mention a definition can follow, and a few more."""
    brackets = sorted(chain.from_iterable(map(re.Match.start, pattern.finditer(text))
                                          for pattern in _BRACKETS_THEN_CAPITAL))
    starts = [_reach_back(text, bracket) for bracket in brackets]
    if not brackets:
        return []
    # the stretches [start, bracket] are disjoint and in order (a bracket ends each
    # backward reach); the mentions of a text come in order too, so two binary searches
    # per stretch, in C, find the mentions ending in it
    ends = list(map(_END, mentions))
    if all(map(le, ends, islice(ends, 1, None))):
        firsts = map(bisect_left, repeat(ends), starts)
        lasts = map(bisect_right, repeat(ends), brackets)
        return list(chain.from_iterable(map(mentions.__getitem__, map(slice, firsts, lasts))))
    limits = [-1, *brackets]
    stretch = map(bisect_right, repeat(starts), ends)
    return list(compress(mentions, map(le, ends, map(limits.__getitem__, stretch))))


def _reach_back(text: str, bracket: int) -> int:
    """The earliest offset from which blanks, a word and blanks may run to *bracket*
    (a word as the learner reads one: letters, digits, "_" and "-")."""
    # read backwards: the reversed stretch before the bracket starts with the run, which
    # one greedy match takes whole; a run that fills the stretch may reach further
    window_start = max(0, bracket - _WINDOW)
    found = _RUN.match(text[window_start:bracket][::-1])
    run = found.end() if found else 0  # every stretch matches (each part may be empty)
    if run < bracket - window_start or window_start == 0:
        return bracket - run
    position = _skip_back(text, bracket, _is_blank)
    position = _skip_back(text, position, _is_word_character)
    return _skip_back(text, position, _is_blank)


def _skip_back(text: str, position: int, belongs: Callable[[str], bool]) -> int:
    while position > 0 and belongs(text[position - 1]):
        position -= 1
    return position


def _is_blank(character: str) -> bool:
    return character in _BLANKS


def _is_word_character(character: str) -> bool:
    # what the pattern's [\w\-] reads: str.isalnum() (re's \w) and "_", and "-"
    return character.isalnum() or character in "_-"
