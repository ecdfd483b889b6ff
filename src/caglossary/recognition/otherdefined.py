"""Acronyms a text defines as another name than the glossary's.

``The Caspian Policy Center (CPC) is a think tank … CPC aims at …``: the
glossary reads ``CPC`` as the Caspian Pipeline Consortium, but this text has
said what it means by the letters, and it is another name. An acronym in
brackets right after a capitalised name whose initials it spells (or a name in
brackets right after the acronym: ``CPC (Caspian Policy Center)``) takes the
acronym away from the concept the glossary reads it as, for the whole text:
uses before the definition (a title) mean the same thing.

The name must be another one: where the glossary reads the name itself as the
same concept, or the name shares half its words or more with one of the
concept's terms, counting ``Asian`` as ``Asia`` (a wording the glossary lacks:
``Central Asian Nuclear Weapons Free Zone (CANWFZ)``), the bracket confirms the
reading instead.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from operator import attrgetter
from typing import TYPE_CHECKING

from ..text.turkish import fold, tr_lower
from .initials import ACRONYM_LETTERS, FUNCTION_WORDS, acronym_fits, initials_in

if TYPE_CHECKING:
    from .terms import TermMention

__all__ = ["acronyms_taken", "without_taken"]

# a bracket and what it holds: "(CPC)", "[Caspian Policy Center]", matched where
# an opening bracket stands
_BRACKET = re.compile(r"[(\[]([^()\[\]\n]{2,90})[)\]]")
_ACRONYM = re.compile(ACRONYM_LETTERS)
# the acronym right before a bracket: "CPC (Caspian Policy Center)"
_ACRONYM_BEFORE = re.compile(rf"(?:^|[^\w\-])({ACRONYM_LETTERS})[ \t]*$")
_WORD = re.compile(r"[^\W\d_][\w\-’'.]*")
# longer than any mention a name could start inside of (a term of many words)
_LONGEST_MENTION = 200
_FORM, _CONCEPT = attrgetter("form"), attrgetter("concept")
# joining words a name may hold between its capitalised words
_JOINERS = FUNCTION_WORDS | {"&"}


def acronyms_taken(text: str, mentions: Sequence[TermMention],
                   names_of: Mapping[str, tuple[str, ...]],
                   reading_of: Callable[[str], str | None]) -> dict[str, str]:
    """The acronyms *text* defines as another name: acronym → the concept it is not.

    The concept is the one the text's *mentions* read the acronym as, else the
    one *reading_of* gives for the acronym alone (None: none). A name that
    *mentions* read as the same concept confirms the reading.
    """
    read_as: dict[str, str] = {}

    def reading(acronym: str) -> str | None:
        if not read_as:  # the first reading of each form, gathered once, when first asked
            # (from the last mention back, so the first one's concept is the one kept)
            read_as.update(zip(map(_FORM, reversed(mentions)), map(_CONCEPT, reversed(mentions))))
        return read_as.get(acronym) or reading_of(acronym)

    definitions = list(_definitions(text, reading))
    if not definitions:
        return {}
    ordered = sorted(mentions, key=attrgetter("start"))  # by offset, for the overlap search
    starts = [m.start for m in ordered]
    return {acronym: concept for acronym, concept, name in definitions
            if not _names_the_concept(name, concept, ordered, starts, names_of)}


def without_taken(mentions: list[TermMention], taken: Mapping[str, str]) -> list[TermMention]:
    """*mentions* less the readings of acronyms the text gave to another name."""
    if not taken:
        return mentions
    return [m for m in mentions if taken.get(m.form) != m.concept]


def _definitions(text: str, reading: Callable[[str], str | None]
                 ) -> Iterator[tuple[str, str, tuple[int, str]]]:
    """Each acronym the glossary reads (*reading* gives its concept) that *text* spells
    out, with that concept and the name (and where it starts)."""
    for bracket in filter(None, map(partial(_BRACKET.match, text), _openings(text))):
        held, opening = bracket[1].strip(" \t"), bracket.start()
        if _ACRONYM.fullmatch(held):  # "The Caspian Policy Center (CPC)"
            concept = reading(held)
            if concept is None:
                continue
            line_start = text.rfind("\n", 0, opening) + 1
            window_start = max(line_start, opening - 160)
            found = _name_ending_here(text[window_start:opening], held)
            if found is not None:
                yield held, concept, (window_start + found[0], found[1])
            continue
        before = _ACRONYM_BEFORE.search(text, max(0, opening - 12), opening)
        if before is None:
            continue
        concept = reading(before[1])  # "CPC (Caspian Policy Center)"
        if concept is not None and _is_name(held.split()) and acronym_fits(before[1], held):
            yield before[1], concept, (bracket.start(1) + bracket[1].index(held), held)


def _openings(text: str) -> Iterator[int]:
    """Where each ``(`` and ``[`` of *text* stands (found by ``str.find``, in C at
    memory speed: a pattern's scan for either character is several times slower)."""
    for opening in "([":
        at = text.find(opening)
        while at >= 0:
            yield at
            at = text.find(opening, at + 1)


def _name_ending_here(window: str, acronym: str) -> tuple[int, str] | None:
    """The capitalised name at the end of *window* whose initials *acronym* spells."""
    words = list(_WORD.finditer(window))
    if not words or window[words[-1].end():].strip():
        return None  # the bracket does not follow a word directly
    letters = len(acronym)
    pieces = content = 0  # the initials the chosen words give, all and without joiners
    for size in range(1, min(len(words), 2 * letters + 2) + 1):
        word = words[-size][0]
        joiner = _is_joiner(word)
        if not (word[:1].isupper() or joiner):
            return None  # a lower-case word ends the name
        given = initials_in(word)
        pieces += given
        content += 0 if joiner else given
        if content > letters:
            return None  # more initials than letters, and more words only add some
        if pieces >= letters and not joiner and acronym_fits(acronym, _joined(words, size)):
            return words[-size].start(), _joined(words, size)
    return None


def _joined(words: Sequence[re.Match[str]], size: int) -> str:
    return " ".join(w[0] for w in words[-size:])


def _is_joiner(word: str) -> bool:
    return tr_lower(word) in _JOINERS


def _is_name(words: Sequence[str]) -> bool:
    """Capitalised words, with joining words only inside."""
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or _is_joiner(w) for w in words)


def _names_the_concept(name: tuple[int, str], concept: str, mentions: Sequence[TermMention],
                       starts: list[int], names_of: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the defining name is a name of the concept the acronym is read as."""
    start, written = name
    end = start + len(written)
    # mentions in order of their starts: those that overlap the name start before its end
    # and, being at most a few words long, not far before its start
    first = bisect_left(starts, start - _LONGEST_MENTION)
    if any(m.concept == concept and m.end > start
           for m in mentions[first:bisect_left(starts, end)]):
        return True
    words = _content_words(written)
    known = set().union(*map(_content_words, names_of.get(concept, ())))
    shared = sum(1 for word in words if any(_same_word(word, other) for other in known))
    return shared * 2 >= len(words)


def _content_words(name: str) -> set[str]:
    return {fold(w) for w in _WORD.findall(name.replace("-", " ")) if not _is_joiner(w)}


def _same_word(one: str, other: str) -> bool:
    """Equal, or one an inflected form of the other (``Asia``/``Asian``, ``weapon(s)``)."""
    short, long = (one, other) if len(one) <= len(other) else (other, one)
    return long.startswith(short) and (len(short) >= 4 or short == long)
