"""Whether an acronym spells a name's initials: ``OTS`` of "Organization of Turkic States".

Shared by the acronyms a text defines for a term (:mod:`.localabbr`) and those
it defines as another name (:mod:`.otherdefined`).
"""

from __future__ import annotations

import re

from ..text.turkish import APOSTROPHES, fold

__all__ = ["ACRONYM_LETTERS", "FUNCTION_WORDS", "acronym_fits", "initials_in"]

# an acronym as the rules that read one take it: a capital, then one to seven
# capitals or digits ("CPC", "RATS", "C5")
ACRONYM_LETTERS = r"[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ0-9]{1,7}"
_WORD_SPLIT = re.compile(r"[\s\-\u2010-\u2014/]+")
# words an acronym may skip or keep ("Organization of Turkic States": OTS)
FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "ve", "ile"})


def initials_in(word: str) -> int:
    """How many initials one written word gives (``Nuclear-Weapon-Free``: three)."""
    return len(_WORD_SPLIT.split(word))


def acronym_fits(acronym: str, name: str) -> bool:
    """Whether *acronym*'s letters are the initials of *name*'s words.

    Function words may be skipped or counted (``OTS`` and ``OOTS`` both fit
    "Organization of Turkic States"); a Turkish ending after an apostrophe is
    no word of the name.
    """
    return fold(acronym) in _initials(name)


def _initials(name: str) -> tuple[str, ...]:
    """The folded initials an acronym of *name* may have (none for a one-word name)."""
    words = [fold(w) for w in _WORD_SPLIT.split(_without_ending(name)) if w]
    if len(words) < 2:
        return ()
    every = "".join(w[:1] for w in words)
    content = "".join(w[:1] for w in words if w not in FUNCTION_WORDS)
    return (every, content)


def _without_ending(name: str) -> str:
    cut = min((i for i in map(name.find, APOSTROPHES) if i >= 0), default=len(name))
    return name[:cut]
