"""The words of a summit's name and what may stand around them.

A summit name the matcher cannot list holds a summit word (``Zirve``,
``summit``) and a free word before it: an ordinal or a city. This module holds
those words' patterns and the judgements a match needs: whether the
capitalised word is a city, whether an organisation's name stands before a
qualified summit word, whether a Turkish head carries the compound's
possessive. :mod:`caglossary.recognition.summits` reads the names with them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text.turkish import APOSTROPHES, fold
from .suffixes import starts_with_compound_possessive

if TYPE_CHECKING:
    from .terms import TermMention

__all__ = ["CAPITAL_CITY", "CITY", "NOT_CITIES", "ORDINALS", "SUFFIX", "SUMMIT_WORDS",
           "city_named", "may_name_a_summit", "qualified_head", "summit_word_spans",
           "with_meeting_words"]

SUMMIT_WORDS = {"tr": "zirve", "en": "summit"}
# Turkish news agencies write an ordinal as digits, an apostrophe and the ordinal
# ending ("11'inci Zirvesi", "24'üncü", "3'ncü"), as often as with a full stop.
# The words' first letters are looked ahead at first: one test of a class in any case
# rules out most words, where the engine entered each case-blind word in turn.
# A Roman numeral up to XXXIX, as news releases of the region number summits
# ("VIII Summit of Heads of State"); never empty, and never inside a word.
_ROMAN = r"(?<![\w.])(?=[IVX])X{0,3}(?:IX|IV|VI{0,3}|I{1,3})?(?<=[IVX])(?![\w-])"
ORDINALS = {
    # words in either case: "Sekizinci Zirve" in a title, "sekizinci zirvesinde" in prose
    "tr": rf"\d{{1,2}}(?:\.|[{APOSTROPHES}][ıiuü]?nc[ıiuü])|{_ROMAN}\.?"
          r"|(?=(?i:[abdiosüy]))(?i:(?:on |yirmi )?(?:birinci|ikinci|üçüncü|dördüncü"
          r"|beşinci|altıncı|yedinci|sekizinci|dokuzuncu)|onuncu|yirminci)",
    "en": rf"\d{{1,2}}(?:st|nd|rd|th)|{_ROMAN}"
          r"|(?=(?i:[efnst]))(?i:first|second|third|fourth|fifth|sixth"
          r"|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)",
}
# Capitalised words that stand before a summit word without naming a place.
NOT_CITIES = {
    "tr": "Bu Şu O Son İlk Yeni Bir Her Söz Ortak Olağan Olağanüstü Gayriresmi Tarihi Büyük "
          "Önceki Sonraki Gelecek Dünya Türk Zirve Liderler Devlet Konseyi",
    "en": "The This That These Next Last First Previous Upcoming Annual Historic Informal "
          "Extraordinary Emergency Joint Special World Global Turkic Leaders Heads State "
          "Council Summit Anniversary Jubilee",
}
CITY = r"[A-ZÇĞİÖŞÜ][a-zçğıöşüâîû]+(?:-[A-ZÇĞİÖŞÜ][a-zçğıöşüâîû]+)?"
# A heading set in capitals names its city in capitals too ("TİENCİN ZİRVESİ"); such a
# city counts only before a summit word in capitals (see city_named).
CAPITAL_CITY = r"[A-ZÇĞİÖŞÜ]{3,}(?:-[A-ZÇĞİÖŞÜ]{3,})?"
SUFFIX = {"tr": rf"\w*(?:[{APOSTROPHES}]\w+)?", "en": rf"s?(?:[{APOSTROPHES}]s)?"}
_WORD_REST = re.compile(r"\w*")
# The word after a bare "Zirve" (with its endings and a suffix after an apostrophe).
_NEXT_WORD = re.compile(rf"[ \t]+(\w+)(?:[{APOSTROPHES}]\w+)?")
_PLURAL_POSSESSIVES = ("leri", "lari")
# words that make a summit informal or extraordinary (folded); other longer heads
# ("heads of state summit") name a body, which the data gives per organisation
_QUALIFIERS = frozenset({"gayriresmi", "gayri", "olaganustu", "informal", "extraordinary",
                         "emergency"})


def city_named(text: str, match: re.Match[str], lang: str) -> bool:
    """Whether the capitalised word before the summit word can be a city.

    A sentence's first word is capitalised anyway ("Nitekim zirvenin"): it names
    a city only before a capitalised summit word or together with an organisation.
    A Turkish name is a compound, so its head carries the possessive (``Astana
    zirvesinde``); a bare head follows a subject (``Tokayev zirvede``).
    """
    city = match.group("city")
    if not city:
        return False
    if lang == "tr" and fold(city).endswith(_PLURAL_POSSESSIVES):
        return False  # "Türk Devletleri Zirvesi": a noun of the name, no city ends so
    if city.isupper() and not match.group("head").isupper():
        return False  # a capitalised word in a line of capitals ("NATO zirvesi" stays out)
    if lang == "tr" and not match.group("org") and not _possessed_head(text, match):
        return False
    if match.group("org") or match.groupdict().get("org2") or match.group("head")[:1].isupper():
        return True
    before = text[max(0, match.start() - 80):match.start()].rstrip()
    return bool(before) and before[-1] not in ".!?:\n\"“‘'’"


def qualified_head(match: re.Match[str], lang: str) -> bool:
    """Whether an organisation's name stands before a qualified summit word.

    The heads are pooled over every organisation, so one that has its informal or
    extraordinary summit in the data (``TDT Gayriresmi Zirvesi``, ``OTS Informal
    Summit``) lends the kind to all: ``ŞİÖ Olağanüstü Zirvesi``, ``SCO Informal
    Summit``. No free word is needed then.
    """
    named = match.group("org") or match.groupdict().get("org2")
    return (bool(named) and not match.group("city")  # a city word is city_named's to judge
            and not _QUALIFIERS.isdisjoint(fold(match.group("head")).split()))


def _possessed_head(text: str, match: re.Match[str]) -> bool:
    """Whether a bare summit word's ending starts with the compound's possessive.

    Longer heads (``Devlet Başkanları Konseyi``) already name a body and pass.
    """
    if fold(match.group("head")) != SUMMIT_WORDS["tr"]:
        return True
    ending = _WORD_REST.match(text, match.end("head"))
    return starts_with_compound_possessive(fold(ending.group() if ending else ""))


def may_name_a_summit(key: str) -> bool:
    """Whether a folded search key holds a summit word, without which no summit is named."""
    return any(word in key for word in SUMMIT_WORDS.values())


_ANY_SUMMIT_WORD = re.compile("|".join(SUMMIT_WORDS.values()))


def summit_word_spans(key: str) -> list[tuple[int, int]]:
    """Where a folded search key holds a summit word (what :func:`may_name_a_summit` asks)."""
    return [match.span() for match in _ANY_SUMMIT_WORD.finditer(key)]


def with_meeting_words(text: str, mentions: list[TermMention]) -> list[TermMention]:
    """*mentions* with a summit's ``Zirve`` followed by ``Toplantısı`` read to that word's end.

    Turkish names a summit meeting with the compound ``Zirve Toplantısı`` (``ŞİÖ Zirve
    Toplantısı'nda``): the meeting word belongs to the name, not to the prose after it.
    """
    if "oplant" not in text and "OPLANT" not in text:  # most texts: one C-level pass each
        return mentions
    out = mentions
    for index, mention in enumerate(mentions):
        if mention.surface[-1:] not in "eE" or fold(mention.surface[-5:]) != SUMMIT_WORDS["tr"]:
            continue
        after = _NEXT_WORD.match(text, mention.end)
        if after is None or not fold(after.group(1)).startswith("toplanti"):
            continue
        if out is mentions:
            out = list(mentions)
        out[index] = mention._replace(end=after.end(), surface=text[mention.start:after.end()])
    return out
