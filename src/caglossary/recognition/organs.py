"""An organ's acronym written beside its organisation's: ``SCO RATS``, ``RATS SCO``.

Texts of the region name a body with its parent's acronym before it, as
English does (``SCO RATS``), or after it, as Russian does and the agencies of
the region translate it (``RATS SCO``, the ``РАТС ШОС``). Either way the two
acronyms are one name, the organ's: the organisation is not mentioned on its
own there. An organ's parents are the organisations its entry links to
(``see_also``) or whose id its own id extends (``sco-secretariat``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import compress, count
from operator import attrgetter
from typing import TYPE_CHECKING

from .initials import ACRONYM_LETTERS

if TYPE_CHECKING:
    from ..termbase.model import Concept
    from .terms import TermMention

__all__ = ["join_organ_acronyms", "organ_parents"]

_ACRONYM = re.compile(ACRONYM_LETTERS)


def organ_parents(concepts: Iterable[Concept]) -> dict[str, frozenset[str]]:
    """Each body with an acronym → the organisations it belongs to."""
    every = list(concepts)
    organisations = {c.id for c in every if c.category == "organisation"}
    parents: dict[str, frozenset[str]] = {}
    for concept in every:
        if concept.category != "body" or not (concept.tr.abbr or concept.en.abbr):
            continue
        linked = {cid for cid in concept.see_also if cid in organisations}
        linked |= {cid for cid in organisations if concept.id.startswith(f"{cid}-")}
        if linked:
            parents[concept.id] = frozenset(linked)
    return parents


def join_organ_acronyms(text: str, mentions: Sequence[TermMention],
                        parents: Mapping[str, frozenset[str]]) -> list[TermMention]:
    """*mentions* with an organ's acronym and its parent's, side by side, read as one
    mention of the organ."""
    kept = list(mentions)
    places = list(compress(count(), map(parents.__contains__,
                                        map(attrgetter("concept"), kept))))
    for index in reversed(places):  # from the end, so earlier indices stay valid
        organ = kept[index]
        owners = parents[organ.concept]
        after = kept[index + 1] if index + 1 < len(kept) else None
        before = kept[index - 1] if index else None
        if after is not None and _side_by_side(text, organ, after, owners, organ_first=True):
            kept[index:index + 2] = [organ._replace(end=after.end,
                                                    surface=text[organ.start:after.end])]
        elif before is not None and _side_by_side(text, before, organ, owners,
                                                  organ_first=False):
            kept[index - 1:index + 1] = [organ._replace(start=before.start,
                                                        surface=text[before.start:organ.end])]
    return kept


def _side_by_side(text: str, first: TermMention, second: TermMention,
                  owners: frozenset[str], *, organ_first: bool) -> bool:
    """Whether two acronyms, the organ's and one of its *owners*', stand one space
    apart; the first carries no ending (an ending closes the name)."""
    organ, parent = (first, second) if organ_first else (second, first)
    return (parent.concept in owners and first.end + 1 == second.start
            and text[first.end] == " " and first.surface == first.form
            and _ACRONYM.fullmatch(organ.form) is not None
            and _ACRONYM.fullmatch(parent.form) is not None)
