"""Wordings of an organisation's councils, for :mod:`caglossary.recognition.wordings`.

A council of ministers is also named by its meeting (``Dışişleri Bakanları
Toplantısı``, ``Council of Foreign Ministers meeting``), in English with the
ministers first (``Foreign Ministers' Council``), and in Turkish, after the
organisation's name, by the ministers themselves (``ŞİÖ Dışişleri Bakanları``).
A council of heads of state is also written with the organisation's short name
inside, before the states it heads (``Council of the Heads of SCO Member
States``, ``Council of the heads of OTS states``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["english_council_forms", "turkish_council_forms"]

_MEETING_TR = re.compile(r"Bakanları Konsey\|?i$")
_MEETING_EN = re.compile(r"^(.*)Council of (\w+) Ministers$")
# An organisation's short name before its council of heads of state ("OTS Council of …").
_HEADS_COUNCIL_EN = re.compile(r"^([A-Z][\w+]*) Council of Heads of State$")


def turkish_council_forms(marked: str) -> Iterator[str]:
    """``X Dışişleri Bakanları Konseyi`` as its meeting and, after a name, its ministers."""
    council = _MEETING_TR.search(marked)
    if council is None:
        return
    yield _MEETING_TR.sub("Bakanları Toplantı|sı", marked)
    if " " in marked[:council.start()].strip():  # "ŞİÖ Dışişleri Bakanları", never bare
        yield _MEETING_TR.sub("Bakanlar|ı", marked)


def english_council_forms(form: str) -> Iterator[str]:
    """The other English names of a council of ministers or of heads of state."""
    yield from _council_names(form)
    yield from _heads_of_member_states(form)


def _council_names(form: str) -> Iterator[str]:
    """``X Council of Foreign Ministers`` as ``X Foreign Ministers' Council`` and its meeting."""
    council = _MEETING_EN.match(form)
    if council is None:
        return
    prefix, ministers = council.group(1), f"{council.group(2)} Ministers"
    yield f"{form} meeting"
    for possessive in ("'", ""):
        yield f"{prefix}{ministers}{possessive} Council"
        yield f"{prefix}{ministers}{possessive} meeting"


def _heads_of_member_states(form: str) -> Iterator[str]:
    """``SCO Council of Heads of State`` as ``Council of (the) Heads of (the) SCO (Member)
    States``."""
    council = _HEADS_COUNCIL_EN.match(form)
    if council is None:
        return
    name = council.group(1)
    for article, the in (("", ""), ("the ", ""), ("", "the "), ("the ", "the ")):
        for member in ("", "Member "):
            if the and not member:
                continue  # "Heads of the SCO States" is no one's wording
            yield f"Council of {article}Heads of {the}{name} {member}States"
