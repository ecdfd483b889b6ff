"""Forms a concept's category implies beyond those its entry writes.

A doctrine is also named with the word doctrine after it (``Yakın Çevre
Doktrini'nin``, ``Near Abroad doctrine``); a meeting's English name, with its
head noun in the plural, names the series (``Consultative Meetings of Central
Asian Heads of State``). The forms come back as marked strings, in the data's
notation, for :mod:`caglossary.recognition.termforms` to compile.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..termbase.model import Concept

__all__ = ["category_forms"]

# The word a doctrine is named with, in each language, marked for Turkish endings.
_DOCTRINE_WORD = {"tr": "doktrin|i", "en": "doctrine"}
# The head noun before a name's first "of", not already plural ("Meeting of" → "Meetings of").
_HEAD_BEFORE_OF = re.compile(r"(?<=[a-z])(?<!s)(?= of )")


def category_forms(concept: Concept) -> Iterator[tuple[str, str]]:
    """(language, marked form) for each form the concept's category implies."""
    if concept.category == "doctrine":
        yield from _doctrine_forms(concept)
    elif concept.category == "event":
        yield from _series_forms(concept)


def _doctrine_forms(concept: Concept) -> Iterator[tuple[str, str]]:
    # The word says which sense is meant, so these forms need no guard even where
    # the bare name has one (``Yakın Çevre`` counts only near the Soviet past). Made
    # from the term as written, its case too; one the data writes is not made twice.
    for lang in ("tr", "en"):
        side = concept.side(lang)
        marked = f"{side.term} {_DOCTRINE_WORD[lang]}"
        if marked.replace("|", "") not in side.variants:
            yield lang, marked


def _series_forms(concept: Concept) -> Iterator[tuple[str, str]]:
    for form in (concept.en.term, *concept.en.variants):
        plural = _HEAD_BEFORE_OF.sub("s", form, count=1)
        if plural != form:
            yield "en", plural
