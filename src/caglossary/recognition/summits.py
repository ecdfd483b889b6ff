"""Numbered and city-named summits of an organisation (``5. Zirve``, ``OTS Samarkand Summit``).

Which concepts are summits, and whose, comes from the data: a concept linked
(``see_also``) to an organisation, one of whose forms is that organisation's
name followed by a summit word (``TDT Zirvesi``, ``SCO summit``). The rest of
such forms (``Liderler Zirvesi``, ``Devlet Başkanları Konseyi``, ``Informal
Summit``) are the heads a summit name ends in, pooled over all organisations.

A summit name the matcher cannot list holds a free word: an ordinal or a
city. It is read as ``[organisation] [ordinal] [City] head [of the
organisation]`` with at least the ordinal or the city. Where no organisation
is named in it, the organisation last mentioned before it, by its own name or
a body's, decides (or, with none before, the first after it in the same
paragraph); with neither, it is not a mention. A found summit wins over the
shorter mentions inside it and never over a mention the matcher found with the
same or a longer span.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import cached_property
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from ..text.turkish import APOSTROPHES, fold, tr_upper
from .regexcache import compile_long
from .summitwords import (CAPITAL_CITY, CITY, NOT_CITIES, ORDINALS, SUFFIX, SUMMIT_WORDS,
                          city_named, may_name_a_summit, qualified_head, summit_word_spans)
from .termforms import collapse, spelling_twins
from .trie import trie_alternation

if TYPE_CHECKING:
    from ..termbase.model import Concept
    from ..text.keys import KeyedText
    from .terms import TermMention

__all__ = ["SummitReader", "may_name_a_summit", "summit_word_spans"]

# Characters a summit name may run before and after its summit word: the longest
# organisation name with an ordinal and a city, and "summit of the" + that name.
_BEFORE, _AFTER = 160, 120
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
# A year in the words before a summit named from context, in its own sentence
# ("2017'de Kazakistan'da düzenlenen Astana Zirvesi", "the 2019 Bishkek summit").
_DATE_REACH = 120
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


class _Family(NamedTuple):
    summit: str
    organisation: str
    term: str  # the summit concept's term in this language, as a mention's form


def _alternation(words: Iterable[str]) -> str:
    # Factored like the scanner's trie: sixty names tried one by one at every word
    # start cost more than the rest of the recogniser.
    return "(?:" + trie_alternation(words) + ")"


class SummitReader:
    """Finds summit names with a free word, for the organisations the data gives summits."""

    def __init__(self, concepts: Iterable[Concept],
                 mention: Callable[..., TermMention]) -> None:
        from .derived import org_links  # the wording rules: only where a summit word occurs

        self._make = mention  # the matcher's mention type (it imports this module)
        by_id = {c.id: c for c in concepts}
        self._abbreviations = {a for c in by_id.values() for side in (c.tr, c.en)
                               for a in side.abbr}
        self._family: dict[tuple[str, str], _Family] = {}  # (lang, org name) → family
        self._summit_of: dict[str, str] = {}  # organisation or summit id → summit id
        self._terms: dict[tuple[str, str], str] = {}  # (lang, summit id) → its term
        heads: dict[str, set[str]] = {"tr": set(), "en": set()}
        links = org_links(by_id.values())
        for link in links:
            word = SUMMIT_WORDS[link.lang]
            rests = [collapse(r.partition("|")[0]) for r in link.rests]
            if not any(word in r.casefold() for r in rests):
                continue
            heads[link.lang].update(rests)
            if link.lang == "en":  # "Summit of Heads of State", the article left out
                heads["en"].update(r.replace(" of the ", " of ") for r in rests)
            org = by_id[link.organisation].side(link.lang)
            family = _Family(link.concept, link.organisation, by_id[link.concept].side(link.lang).term)
            for name in (org.term, *org.variants, *org.abbr):
                # the spellings the matcher reads the name in ("Shanghai İşbirliği Örgütü")
                for spelling in spelling_twins(name) if link.lang == "tr" else (name,):
                    self._family.setdefault((link.lang, spelling), family)
            self._summit_of.update({link.organisation: link.concept, link.concept: link.concept})
            self._terms[link.lang, link.concept] = family.term
        # A body's name ("Council of Foreign Ministers of the OTS") names its
        # organisation too, so it sets the context for the summits after it.
        for link in links:
            if link.organisation in self._summit_of:
                self._summit_of.setdefault(link.concept, self._summit_of[link.organisation])
        self._add_series(by_id.values(), {link.concept for link in links}, heads)
        self._regexes = {lang: self._regex(lang, hs) for lang, hs in heads.items() if hs}
        # a predecessor's summits → its successor's, and the year the successor took over
        self._later: dict[str, tuple[str, int]] = {
            self._summit_of[c.id]: (self._summit_of[c.successor[0]], c.successor[1])
            for c in by_id.values() if c.successor and c.id in self._summit_of
            and c.successor[0] in self._summit_of}

    def _add_series(self, concepts: Iterable[Concept], linked: set[str],
                    heads: dict[str, set[str]]) -> None:
        """Summit series named without an organisation (``Türk Dili Konuşan Ülkeler
        Devlet Başkanları Zirvesi``): the name before the summit word takes an ordinal
        or a city as an organisation's name does (``… Devlet Başkanları 10. Zirvesi``).

        A series named in full also sets the context for a summit named by its city
        alone after it, as an organisation does (``the China–Central Asia Summit …
        the Astana summit``); not for a bare numbered one, as a series' numbers may
        have run on under another name.
        """
        for concept, lang, prefix, head in _series_names(concepts, linked):
            heads[lang].add(head)
            term = concept.side(lang).term
            self._family.setdefault((lang, prefix), _Family(concept.id, concept.id, term))
            self._terms.setdefault((lang, concept.id), term)
            self._summit_of.setdefault(concept.id, concept.id)

    def __bool__(self) -> bool:
        return bool(self._regexes)

    def state(self) -> tuple[Any, ...]:
        """What the reader worked out from its concepts, as plain values (for a cache)."""
        return ({key: tuple(family) for key, family in self._family.items()}, self._summit_of,
                self._terms, {lang: regex.pattern for lang, regex in self._regexes.items()},
                self._later)

    @classmethod
    def from_state(cls, state: tuple[Any, ...],
                   mention: Callable[..., TermMention]) -> SummitReader:
        """The reader :meth:`state` describes, without the wording rules or the tries."""
        family, summit_of, terms, patterns, later = state
        reader = cls.__new__(cls)
        reader._make = mention
        reader._abbreviations = set()  # only the patterns, already written, read them
        reader._family = {tuple(key): _Family(*value) for key, value in family.items()}
        reader._summit_of = dict(summit_of)
        reader._terms = {tuple(key): term for key, term in terms.items()}
        reader._regexes = {lang: compile_long(pattern) for lang, pattern in patterns.items()}
        reader._later = {summit: tuple(pair) for summit, pair in later.items()}
        return reader

    def _regex(self, lang: str, heads: set[str]) -> re.Pattern[str]:
        names = _alternation(name for (lg, name) in self._family if lg == lang)
        head_words = {w for h in heads for w in h.split() if w[:1].isupper()}
        words = {*NOT_CITIES[lang].split(), *head_words}
        # the same words in capitals, and every abbreviation of the data ("NATO ZİRVESİ")
        stop = _alternation({*words, *map(tr_upper, words), *self._abbreviations})
        suffix = SUFFIX[lang]
        organisation_after = rf"(?:\s+of\s+the\s+(?P<org2>{names}))?" if lang == "en" else ""
        # the organisation may carry an ending: "TDT'nin 11. Zirvesi", and a genitive
        # written without the apostrophe ("Türk Konseyinin 8. Zirvesi")
        genitive = r"|n?[ıiuü]n" if lang == "tr" else ""
        # a web page may drop the space after an ordinal's full stop ("6.Zirvesi")
        return compile_long(
            rf"(?<!\w)(?:(?P<org>{names})(?:[{APOSTROPHES}]\w+{genitive})?\s+)?"
            rf"(?:(?P<num>{ORDINALS[lang]})(?:\s+|(?<=\d\.)))?"
            # a city starts with a capital: the stop words are tried only before one
            rf"(?:(?P<city>(?=[A-ZÇĞİÖŞÜ])(?!(?:{stop})(?!\w))(?:{CITY}|{CAPITAL_CITY}))\s+)?"
            rf"(?P<head>(?i:{_alternation(heads)})){suffix}"
            rf"(?:\s+(?i:{SUMMIT_WORDS[lang]}){suffix})?{organisation_after}(?!\w)")

    def find(self, text: str, keyed: KeyedText, mentions: list[TermMention]) -> list[TermMention]:
        """*mentions* with the summit names of *text* (whose search key is *keyed*) merged in."""
        windows = _windows(keyed, len(text))
        if not windows:
            return mentions
        found: dict[tuple[int, int], TermMention] = {}
        # positions of the mentions naming a summit's organisation, found once:
        # looking back through every mention for each summit was quadratic
        known = [i for i, m in enumerate(mentions) if m.concept in self._summit_of]
        # a series' numbers ran on under other names ("Türk Dili Konuşan Ülkeler …
        # Zirvesi" became the Turkic Council's): only a city-named summit takes its context
        series = self._series_ids
        organisations = [i for i in known if mentions[i].concept not in series]
        for lang, regex in self._regexes.items():
            for start, end in windows:
                for match in regex.finditer(text, start, end):
                    if (match.group("num") or city_named(text, match, lang)
                            or qualified_head(match, lang)):
                        context = organisations if match.group("num") else known
                        mention = self._mention(text, lang, match, (mentions, context))
                        if mention is not None:
                            found.setdefault((mention.start, mention.end), mention)
        return _merge(mentions, list(found.values())) if found else mentions

    @cached_property
    def _series_ids(self) -> frozenset[str]:
        """The summit series named without an organisation (their family is their own)."""
        return frozenset(f.summit for f in self._family.values() if f.organisation == f.summit)

    def _mention(self, text: str, lang: str, match: re.Match[str],
                 mentions: tuple[list[TermMention], list[int]]) -> TermMention | None:
        name = match.group("org") or (match.groupdict().get("org2") or "")
        family = self._family.get((lang, name)) if name else None
        summit = family.summit if family else self._from_context(text, match.start(), mentions)
        if summit is None:
            return None
        if not family and summit in self._later:
            summit = self._dated(text, match.start(), summit)
        return self._make(match.start(), match.end(), match.group(), summit, lang,
                          self._terms.get((lang, summit), summit))

    def _dated(self, text: str, start: int, summit: str) -> str:
        """*summit*, or its successor's where the sentence dates the summit named from
        context in or after the year the successor took over ("2017'de … Astana
        Zirvesi", with only the Shanghai Five named before it: the SCO's summit)."""
        successor, year = self._later[summit]
        sentence = text[max(0, start - _DATE_REACH):start]
        ends = [m.end() for m in _SENTENCE_END.finditer(sentence)]
        years = _YEAR.findall(sentence[ends[-1] if ends else 0:])
        return successor if years and int(years[-1]) >= year else summit

    def _from_context(self, text: str, start: int,
                      found: tuple[list[TermMention], list[int]]) -> str | None:
        """The summit of the nearest organisation mentioned before *start*, else later
        in its paragraph (*found*: the mentions and the positions of organisations)."""
        mentions, known = found
        index = bisect_left(mentions, start, key=_end)  # mentions ending after *start*
        nearest = bisect_left(known, index)  # the first organisation at or after it
        if nearest:
            return self._summit_of[mentions[known[nearest - 1]].concept]
        paragraph_end = _PARAGRAPH_BREAK.search(text, start)
        limit = paragraph_end.start() if paragraph_end else len(text)
        if nearest < len(known) and mentions[known[nearest]].start < limit:
            return self._summit_of[mentions[known[nearest]].concept]
        return None


def _series_names(concepts: Iterable[Concept],
                  linked: set[str]) -> Iterable[tuple[Concept, str, str, str]]:
    """(concept, language, name before the summit word, summit word) for each proper
    name of an event that ends in a summit word and names no organisation."""
    for concept in concepts:
        if concept.category != "event" or concept.id in linked:
            continue
        for lang in ("tr", "en"):
            side = concept.side(lang)
            for form in (side.marked_forms if lang == "tr" else (side.term, *side.variants)):
                prefix, _, last = collapse(form).rpartition(" ")
                head = last.partition("|")[0]
                if prefix[:1].isupper() and fold(head) == SUMMIT_WORDS[lang]:
                    yield concept, lang, prefix, head


def _windows(keyed: KeyedText, size: int) -> list[tuple[int, int]]:
    """Stretches of the text around each summit word, merged where they overlap.

    The full pattern is slow to try at every character, and every summit name
    holds a summit word.
    """
    found = []
    for word in SUMMIT_WORDS.values():
        at = keyed.key.find(word)
        while at >= 0:
            found.append(at)
            at = keyed.key.find(word, at + 1)
    merged: list[tuple[int, int]] = []
    for at in sorted(keyed.to_sources(found)):
        start, end = max(0, at - _BEFORE), min(size, at + _AFTER)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _end(mention: TermMention) -> int:
    return mention.end


def _merge(mentions: list[TermMention], found: list[TermMention]) -> list[TermMention]:
    """Summits replace the shorter mentions they contain; a mention they cut keeps its place."""
    dropped: set[int] = set()
    added: list[TermMention] = []
    for summit in sorted(found):
        first = bisect_right(mentions, summit.start, key=_end)  # the first ending after its start
        last = bisect_left(mentions, summit.end, key=attrgetter("start"))
        inside = range(first, last)
        if all(summit.start <= mentions[i].start and mentions[i].end <= summit.end
               and mentions[i].end - mentions[i].start < summit.end - summit.start
               for i in inside) and not any(a.start < summit.end and summit.start < a.end
                                            for a in added):
            dropped.update(inside)
            added.append(summit)
    kept = [m for i, m in enumerate(mentions) if i not in dropped]
    return sorted(kept + added)
