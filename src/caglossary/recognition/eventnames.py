"""The end of a state named on its genitive: every owner with every noun of the family.

Writers name the break-up of a state by the state's genitive and one of a small
family of nouns, in any pairing: ``Sovyetler Birliği'nin dağılması``,
``SSCB'nin parçalanması``, ``Sovyetlerin çöküşü``; ``collapse of the USSR``,
``the Soviet Union's breakup``. The data lists some pairings; this rule makes
the rest, so a text that picks an unlisted pair reads the event and not the
state whose name the event contains.

The rule is limited to what the data already declares a family: an *event*
concept whose own forms use at least two nouns of the family. An event named
with one such noun only (``fall of Kabul``) keeps its forms as written, since
one noun says nothing about which others its writers use.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..text.turkish import fold

if TYPE_CHECKING:
    from ..termbase.model import Concept

__all__ = ["event_wordings"]

# Turkish nouns of a state's end, each with its compound marker ("dağılma|sı").
_ENDINGS_TR = {"dağılma": "sı", "parçalanma": "sı", "çöküş": "ü", "yıkılma": "sı",
               "çözülme": "si"}
# English nouns of a state's end; "break-up" is made by the closed-compound rule.
_ENDINGS_EN = ("dissolution", "collapse", "breakup", "disintegration", "fall")
_FOLDED_TR = {fold(noun): noun for noun in _ENDINGS_TR}
_FOLDED_EN = frozenset(_ENDINGS_EN)
_MINIMUM_NOUNS = 2  # one noun alone declares no family


def event_wordings(concept: Concept) -> tuple[list[str], list[str]]:
    """Turkish (``|``-marked) and English forms of the family this event declares."""
    if concept.category != "event":
        return [], []
    return list(_turkish_forms(concept)), list(_english_forms(concept))


def _turkish_forms(concept: Concept) -> Iterator[str]:
    owners: list[str] = []
    nouns: set[str] = set()
    for form in concept.tr.marked_forms:
        owner, _, last = form.rpartition(" ")
        stem = _FOLDED_TR.get(fold(last.partition("|")[0]))
        if owner and stem is not None and last.partition("|")[2]:
            owners.append(owner)
            nouns.add(stem)
    if len(nouns) < _MINIMUM_NOUNS:
        return
    for owner in dict.fromkeys(owners):
        yield from (f"{owner} {noun}|{marker}" for noun, marker in _ENDINGS_TR.items())


def _english_forms(concept: Concept) -> Iterator[str]:
    owners: list[str] = []
    nouns: set[str] = set()
    for form in (concept.en.term, *concept.en.variants):
        noun, of, owner = form.partition(" of ")
        if of and noun.lower() in _FOLDED_EN and owner:
            owners.append(owner)
            nouns.add(noun.lower())
    if len(nouns) < _MINIMUM_NOUNS:
        return
    for owner in dict.fromkeys(owners):
        yield from (f"{noun} of {owner}" for noun in _ENDINGS_EN)
        if owner.startswith("the "):  # "the Soviet Union's breakup"; "the Soviets'" is rare
            named = owner[len("the "):]
            if not named.endswith("s"):
                yield from (f"{named}'s {noun}" for noun in _ENDINGS_EN)
