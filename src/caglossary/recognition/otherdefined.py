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
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from ..text.turkish import fold
from .initials import acronym_fits

if TYPE_CHECKING:
    from .terms import TermMention

__all__ = ["acronyms_taken", "without_taken"]

_CAPITALS = "A-ZÇĞİÖŞÜ"
_LETTERS = rf"[{_CAPITALS}][{_CAPITALS}0-9]{{1,7}}"
# a bracket and what it holds: "(CPC)", "[Caspian Policy Center]" (one pass that
# starts at the brackets, so the engine skips to them in C)
_BRACKET = re.compile(r"[(\[][ \t]*([^()\[\]\n]{2,90}?)[ \t]*[)\]]")
_ACRONYM = re.compile(_LETTERS)
# the acronym right before a bracket: "CPC (Caspian Policy Center)"
_ACRONYM_BEFORE = re.compile(rf"(?:^|[^\w\-])({_LETTERS})[ \t]*$")
_WORD = re.compile(r"[^\W\d_][\w\-’'.]*")
# joining words a name may hold between its capitalised words
_JOINERS = frozenset({"of", "the", "and", "for", "on", "in", "ve", "ile", "&"})


def acronyms_taken(text: str, mentions: Sequence[TermMention],
                   names_of: Mapping[str, tuple[str, ...]],
                   reading_of: Callable[[str], str | None]) -> dict[str, str]:
    """The acronyms *text* defines as another name: acronym → the concept it is not.

    The concept is the one the text's *mentions* read the acronym as, else the
    one *reading_of* gives for the acronym alone (None: none). A name that
    *mentions* read as the same concept confirms the reading.
    """
    taken: dict[str, str] = {}
    for acronym, name in _definitions(text):
        concept = next((m.concept for m in mentions if m.form == acronym), None)
        if concept is None:
            concept = reading_of(acronym)
        if concept is not None and not _names_the_concept(name, concept, mentions, names_of):
            taken[acronym] = concept
    return taken


def without_taken(mentions: list[TermMention], taken: Mapping[str, str]) -> list[TermMention]:
    """*mentions* less the readings of acronyms the text gave to another name."""
    if not taken:
        return mentions
    return [m for m in mentions if taken.get(m.form) != m.concept]


def _definitions(text: str) -> Iterator[tuple[str, tuple[int, str]]]:
    """Each acronym *text* spells out, with the name (and where it starts)."""
    for bracket in _BRACKET.finditer(text):
        held, opening = bracket[1], bracket.start()
        if _ACRONYM.fullmatch(held):  # "The Caspian Policy Center (CPC)"
            line_start = text.rfind("\n", 0, opening) + 1
            window_start = max(line_start, opening - 160)
            found = _name_ending_here(text[window_start:opening], held)
            if found is not None:
                yield held, (window_start + found[0], found[1])
            continue
        before = _ACRONYM_BEFORE.search(text, max(0, opening - 12), opening)
        if before is not None and _is_name(held.split()) and acronym_fits(before[1], held):
            yield before[1], (bracket.start(1), held)  # "CPC (Caspian Policy Center)"


def _name_ending_here(window: str, acronym: str) -> tuple[int, str] | None:
    """The capitalised name at the end of *window* whose initials *acronym* spells."""
    words = list(_WORD.finditer(window))
    if not words or window[words[-1].end():].strip():
        return None  # the bracket does not follow a word directly
    longest = min(len(words), 2 * len(acronym) + 2)
    for size in range(1, longest + 1):
        chosen = [w[0] for w in words[-size:]]
        if not _is_name(chosen):
            if not _is_joiner(chosen[0]):
                return None  # a lower-case word ends the name
            continue
        if acronym_fits(acronym, " ".join(chosen)):
            return words[-size].start(), " ".join(chosen)
    return None


def _is_joiner(word: str) -> bool:
    return word.lower() in _JOINERS


def _is_name(words: Sequence[str]) -> bool:
    """Capitalised words, with joining words only inside."""
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or _is_joiner(w) for w in words)


def _names_the_concept(name: tuple[int, str], concept: str,
                       mentions: Sequence[TermMention],
                       names_of: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the defining name is a name of the concept the acronym is read as."""
    start, written = name
    end = start + len(written)
    if any(m.concept == concept and m.start < end and m.end > start for m in mentions):
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
