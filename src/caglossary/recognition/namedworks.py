"""Names of works and places (dams, corridors, railways, pipelines, canals, ports, rivers,
valleys) with any head noun of their kind, in either language and romanisation.

A work is named by a proper name and a head saying what it is: ``Rogun HPP``,
``Zengezur Koridoru``. Writers of the field keep the name and vary the head:
a Tajik news site writes ``Rogun hydropower project``, a Turkish one that
follows an English source ``Zangezur Koridoru``, and a plant is a *HES*, a
*Barajı* or a *Hidroelektrik Santrali* in the same article. So a concept with
a form ``NAME HEAD`` (HEAD a head of one of the kinds below) is also written
with every NAME its forms give for that kind and every head of that kind.

The names come from Russian, Tajik and Uzbek through English or Turkish,
whose romanisations differ in one regular way that matters here: the Tajik
and Uzbek ``ғ``/``g'`` is ``gh`` in one source and ``g`` in another
(``Roghun``/``Rogun``, ``Ferghana``/``Fergana``). A name's ``g`` before a
vowel is therefore also written ``gh``, and ``gh`` also ``g``. A name of two
short words, as the region's place names often are, is also written as one
(``Kuş Tepe``/``Kuştepe``, ``Qosh Tepa``/``Qoshtepa``). Only a name followed
by a head gets these spellings: a bare name is too often a town or a person.

A made form that is another concept's form is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..text.turkish import fold, tr_lower

if TYPE_CHECKING:
    from ..termbase.model import Concept

__all__ = ["work_forms"]

# Heads of each kind of work: (Turkish heads with their ending marks, English heads).
# Both languages' heads follow every name of the kind, since a name crosses languages.
_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "plant": (("Hidroelektrik Santral|i", "HES", "Baraj|ı"),
              ("Hydropower Plant", "HPP", "Dam", "hydroelectric power station",
               "hydroelectric power plant", "hydropower station", "hydropower project",
               "hydroelectric plant")),
    "corridor": (("Koridor|u",), ("Corridor",)),
    "railway": (("Demiryol|u", "Demir Yol|u", "Demiryolu Hatt|ı", "Demir Yolu Hatt|ı"),
                ("railway", "railroad", "railway line")),
    "pipeline": (("Boru Hatt|ı", "Doğal Gaz Boru Hatt|ı", "Doğalgaz Boru Hatt|ı",
                  "Gaz Boru Hatt|ı"),
                 ("pipeline", "gas pipeline", "natural gas pipeline")),
    "canal": (("Kanal|ı", "Sulama Kanal|ı", "Su Kanal|ı"), ("Canal", "irrigation canal")),
    "river": (("Nehr|i", "Irmağ|ı"), ("River",)),
    "port": (("Liman|ı",), ("Port", "seaport")),
    "valley": (("Vadi|si",), ("Valley",)),
}
# Each kind's heads as folded endings, the longest first so that "Doğal Gaz Boru Hattı"
# leaves the name "TAPI", not "TAPI Doğal Gaz".
_ENDINGS = sorted(((fold(head.replace("|", "")), kind)
                   for kind, (tr, en) in _KINDS.items() for head in (*tr, *en)),
                  key=lambda pair: -len(pair[0]))
_G_BEFORE_VOWEL = re.compile(r"(?<=[a-zçğışöü])g(?=[aeıioöuü])")
_NAME_WORD = re.compile(r"[A-ZÇĞİÖŞÜ0-9]")
_SHORT = 5  # letters in each word of a name that is also written as one word


def work_forms(concept: Concept, taken: frozenset[str]) -> tuple[list[str], list[str]]:
    """The Turkish (marked) and English forms the rule makes for *concept*, none of them
    in *taken* (the folded forms of every concept) or already its own."""
    names = _names_by_kind((*concept.tr.marked_forms, concept.en.term, *concept.en.variants))
    tr_forms: list[str] = []
    en_forms: list[str] = []
    for kind, kind_names in names.items():
        tr_heads, en_heads = _KINDS[kind]
        for name in _spellings(kind_names):
            tr_forms.extend(f"{name} {head}" for head in tr_heads)
            en_forms.extend(f"{name} {head}" for head in en_heads)
    return _untaken(tr_forms, taken), _untaken(en_forms, taken)


def _names_by_kind(forms: Iterable[str]) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for form in forms:
        words = form.replace("|", "").split()
        folded = fold(" ".join(words))
        for ending, kind in _ENDINGS:
            if folded.endswith(" " + ending):
                name = " ".join(words[:-(ending.count(" ") + 1)])
                if _is_proper(name) and name not in names.setdefault(kind, []):
                    names[kind].append(name)
                break
    return names


def _is_proper(name: str) -> bool:
    """Whether every word of *name* starts with a capital or a digit (``Bakü-Tiflis-Kars``,
    ``Kambarata-1``): a lower-case word makes it a description, not a name."""
    return bool(name) and all(_NAME_WORD.match(word) for word in name.split())


def _spellings(names: list[str]) -> Iterator[str]:
    """Each name, its other romanisation of ``ғ`` and, if short, its closed spelling."""
    seen: set[str] = set()
    for name in names:
        other = name.replace("gh", "g") if "gh" in name else _G_BEFORE_VOWEL.sub("gh", name)
        for spelling in (name, other, _closed(name)):
            if spelling and spelling not in seen:
                seen.add(spelling)
                yield spelling


def _closed(name: str) -> str:
    """``Kuş Tepe`` as ``Kuştepe``; empty for any other name."""
    words = name.split(" ")
    if len(words) != 2 or not all(word.isalpha() and len(word) <= _SHORT for word in words):
        return ""
    return words[0] + tr_lower(words[1])


def _untaken(forms: list[str], taken: frozenset[str]) -> list[str]:
    return [form for form in dict.fromkeys(forms) if fold(form.replace("|", "")) not in taken]
