"""A name with the ordinal number of one of its sessions inside it: ``BM 77. Genel Kurulu``.

Turkish numbers a body's sessions and a series' meetings by writing the ordinal
inside the name, right before the noun it counts: ``BM 77. Genel Kurulu'nda``
(the UN's 77th General Assembly), ``AB-Orta Asya Dışişleri Bakanları 18.
Toplantısı``. The glossary lists the name without the number, so the matcher
finds only the parts on either side (``AB``, ``Orta Asya``). Where an ordinal
(digits and a full stop) stands between a capitalised word and a capitalised
one, the name is read again with the ordinal left out; a mention that then
runs across the ordinal's place is one mention of the whole, number included,
and replaces the shorter parts it overlaps. A summit's number is read the same way by
:mod:`.summits`; this rule adds nothing there.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .terms import TermMention

__all__ = ["may_hold_an_ordinal", "read_across_ordinals"]

# the full stop first, so the engine skips to it in C (a pattern led by digits tries
# every character: ten times slower); the digits before it are read after
_ORDINAL = re.compile(r"\.(?<=[0-9]\.)[ \t]+(?=[A-ZÇĞİÖŞÜ])")
_LONGEST_ORDINAL = 3
_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")
_WORD_AFTER = re.compile(r"\w+")
# how far around the ordinal a name is read (a long name of a body and its series)
_REACH = 120


def may_hold_an_ordinal(text: str) -> bool:
    """Whether *text* has a number with a full stop before a capitalised word."""
    return _ORDINAL.search(text) is not None


def read_across_ordinals(text: str, mentions: list[TermMention],
                         find: Callable[[str], list[TermMention]],
                         joins: Callable[[str, str], bool]) -> list[TermMention]:
    """*mentions* with the names *find* reads across an ordinal of *text* once it is left out.

    *joins* tells whether some form has the word before the ordinal right before
    the word after it: only there is the name read again.
    """
    found: list[TermMention] = []
    for ordinal in _ORDINAL.finditer(text):
        start, end = _number_start(text, ordinal.start()), ordinal.end()
        if start and (text[start - 1].isalnum() or text[start - 1] in ".,"):
            continue  # a year, or inside a longer number or a date ("2022.", "12.05.")
        before = _WORD_BEFORE.search(text, max(0, start - 60), start)
        after = _WORD_AFTER.match(text, end)
        if (before is None or after is None or not before[1][:1].isupper()
                or not joins(before[1], after[0])):
            continue  # a name goes on only from a capitalised word, as a form does
        found.extend(_across(text, start, end, find))
    return _merged(mentions, found) if found else mentions


def _number_start(text: str, full_stop: int) -> int:
    """Where the digits before *full_stop* start (at most three of them are read)."""
    start = full_stop
    while start > 0 and full_stop - start < _LONGEST_ORDINAL and text[start - 1].isdigit():
        start -= 1
    return start


def _across(text: str, start: int, end: int,
            find: Callable[[str], list[TermMention]]) -> list[TermMention]:
    """The mentions of the words around the ordinal at *start*–*end* that span its place."""
    left_start = _word_start(text, max(0, start - _REACH), start)
    right_end = _word_end(text, end, min(len(text), end + _REACH))
    left = text[left_start:start]
    cut = len(left)
    spanning = []
    for mention in find(left + text[end:right_end]):
        if mention.start < cut < mention.end:
            first, last = left_start + mention.start, end + mention.end - cut
            spanning.append(mention._replace(start=first, end=last, surface=text[first:last]))
    return spanning


def _word_start(text: str, position: int, limit: int) -> int:
    """*position*, moved on to the start of a word if it falls inside one."""
    if position == 0 or text[position - 1].isspace():
        return position
    gap = re.compile(r"\s").search(text, position, limit)
    return gap.end() if gap else limit


def _word_end(text: str, position: int, limit: int) -> int:
    """*limit*, moved back to the end of a word if it falls inside one."""
    if limit == len(text) or text[limit].isspace():
        return limit
    last_gap = max(text.rfind(" ", position, limit), text.rfind("\n", position, limit))
    return max(position, last_gap)


def _merged(mentions: Sequence[TermMention], found: list[TermMention]) -> list[TermMention]:
    """*mentions* with each found name that is longer than every mention it overlaps in
    place of those (a summit's name read with its number already is longer).

    *mentions* come as the matcher gives them: in order and not overlapping, so those
    a name overlaps sit just before the first that starts after it.
    """
    starts = [m.start for m in mentions]
    dropped: set[int] = set()
    added: dict[tuple[int, int], TermMention] = {}
    for name in found:
        overlapping = []
        index = bisect_left(starts, name.end) - 1
        while index >= 0 and mentions[index].end > name.start:
            overlapping.append(index)
            index -= 1
        length = name.end - name.start
        if all(mentions[i].end - mentions[i].start < length for i in overlapping):
            dropped.update(overlapping)
            added[name.start, name.end] = name
    kept = [m for i, m in enumerate(mentions) if i not in dropped]
    return sorted(kept + list(added.values()))
