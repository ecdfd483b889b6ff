"""A term inside a longer name, or a longer word, the glossary lacks is no mention.

``Middle East Technical University``, ``Orta Asya Uluslararası Enstitüsü``,
``Eurasian Research Journal``, ``Silk Road Studies Program``, ``Türk Dünyası
İncelemeleri Dergisi``, ``Doğu Türkistan İslami Hareketi``: the term starts a
proper name that the glossary does not hold, and the text speaks of the
university, the journal, the programme or the movement, not of the region or
the idea. The rule holds for regions, concepts, initiatives, events and
doctrines; not for organisations, bodies and institutions, whose own offices
and organs (``OSCE Centre``) are theirs. The name is read forward from the term through
at most a few capitalised words (and the joining words of a title) up to a
head noun that names an institution or a publication. A full stop, a colon, a
line break or a lower-case word ends the reading, so ``Central Asia. University
students …`` keeps its mention; so does a head noun inside another name the
glossary holds: in ``Orta Asya ve Orta Koridor`` the ``ve`` joins two names.

In the same way an English prefix joined by a hyphen makes an adjective of a
name: ``post-Cold War world order``, ``pre-Soviet``, ``ex-Soviet`` speak of a
time or a state, not of the war or the union; ``Pan-Turkic World`` of the idea of
uniting the Turkic peoples, not of the Turkic world.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import compress, count
from operator import attrgetter
from typing import TYPE_CHECKING

from ..text.turkish import APOSTROPHES, fold, tr_lower

if TYPE_CHECKING:
    from ..termbase.model import Concept
    from .terms import TermMention

__all__ = ["HEAD_OF_A_COMPOUND", "drop_compound_heads", "drop_honoured",
           "drop_inside_institution_names", "drop_name_endings", "drop_plus_formats",
           "drop_prefixed", "name_part_ids", "organisation_ids", "status_ids"]

# Folded beginnings of the head nouns, English and Turkish (Üniversitesi, Enstitüsü,
# Dergisi, Fakültesi, Bölümü, Merkezi, Çalıştayı, Hareketi, Vakfı, Derneği, Komisyonu,
# Örgütü, Teşkilatı, Yıllığı, Bülteni, Nişanı, Ödülü, Madalyası, Şirketi with any ending;
# Yearbook, Survey, Series, Analyst, Concept, Network, Award, Company): a school, a
# publication ("Central Asian Survey", "Central Asian Series"), a research body, a
# movement, an organisation named after the term ("İslam Gıda Güvenliği Teşkilatı"), a
# state's document ("Regional Security Concept"), an honour ("Türk Dünyası Ali Nişanı")
# or a company ("TAPI Pipeline Company"). "Nişanı" is matched with its possessive
# ending, as the bare "Nisan" folds to the month's name.
_HEADS = ("universit", "institut", "enstitu", "journal", "dergi", "department", "bolum",
          "facult", "fakulte", "center", "centre", "merkez", "quarterly", "review", "studies",
          "program", "workshop", "calistay", "movement", "hareket", "foundation", "vakf",
          "association", "derne", "society", "commission", "komisyon", "organization",
          "organisation", "orgut", "teskilat", "yearbook", "yillig", "survey", "analyst",
          "bulletin", "bulten", "newsletter", "concept", "network", "nisani", "odul",
          "madalya", "award", "prize", "medal", "company", "sirket", "series")
# A region also names corridors and forums that are not it; an initiative's or an
# idea's dialogue or forum ("Central Asia Plus Japan Dialogue") is most often its own.
_REGION_HEADS = (*_HEADS, "corridor", "koridor", "dialogue", "diyalog", "forum", "conference",
                 "konferans")
# Categories whose names other bodies borrow ("Observer Research Foundation"); an
# organisation's name before a head noun is most often its own organ ("SCO
# Secretariat", "OSCE Centre"), so it stays.
_NAME_PART_CATEGORIES = frozenset({"region", "concept", "initiative", "event", "doctrine",
                                   "status"})
# Words a title joins its capitalised words with.
_JOINERS = frozenset({"and", "of", "for", "&", "ve"})
_WORDS_BEFORE_HEAD = 3
# The next word on the same line, after spaces or a hyphen or dash ("Central Asia-Caucasus");
# a hyphen before lower-case letters is inside the word, as PDF extraction keeps a
# line-end hyphen ("Central Asia-Cau-casus In-stitute").
_NEXT_WORD = re.compile(r"(?:[^\S\n]+|[^\S\n]*[-\u2010-\u2014][^\S\n]*)"
                        rf"([^\W\d_][\w{APOSTROPHES}]*(?:-[a-zçğıöşü][\w{APOSTROPHES}]*)*|&)")


def name_part_ids(concepts: Iterable[Concept]) -> dict[str, tuple[str, ...]]:
    """The concepts the rule applies to, each with the head nouns that end such a name."""
    return {c.id: _REGION_HEADS if c.category == "region" else _HEADS
            for c in concepts if c.category in _NAME_PART_CATEGORIES}


def drop_inside_institution_names(text: str, mentions: Sequence[TermMention],
                                  name_parts: dict[str, tuple[str, ...]]) -> list[TermMention]:
    """*mentions* without the terms that begin an institution's or a publication's name."""
    return [m for m in mentions
            if m.concept not in name_parts or not _may_go_on(text, m.end) or _inflected(m.surface)
            or not _starts_unknown_name(text, m.end, name_parts[m.concept], mentions)]


def _starts_unknown_name(text: str, end: int, heads: tuple[str, ...],
                         mentions: Sequence[TermMention]) -> bool:
    head = _institution_head(text, end, heads)
    if head is None:
        return False
    # "Orta Asya ve Orta Koridor": the head noun ends a name the glossary holds, so
    # "ve" joins two names, not the words of one title
    before = bisect_right(mentions, head, key=_START) - 1
    return before < 0 or mentions[before].end <= head


_START = attrgetter("start")
_GAPS = frozenset(" \t-\u2010\u2011\u2012\u2013\u2014")
_JOINERS_THEN_SPACE = tuple(f"{joiner} " for joiner in _JOINERS)


def _may_go_on(text: str, end: int) -> bool:
    """Whether a name may go on after *end*: most mentions are followed by punctuation
    or a lower-case word, which a look at two characters settles without a regex."""
    if end >= len(text) or text[end] not in _GAPS:
        return False
    following = text[end + 1:end + 2]
    return (following.isupper() or following in _GAPS
            or text.startswith(_JOINERS_THEN_SPACE, end + 1))


def _inflected(surface: str) -> bool:
    # "Orta Koridor’un Kuzey Koridoru’na": a name with a case ending is a possessor
    # or an object, never the first words of another name
    return any(mark in surface for mark in APOSTROPHES)


# "post-", "pre-", "ex-" right before the term, itself not inside a word ("compost-");
# "trans-" makes a route's adjective ("Trans-Eurasian corridors" cross Eurasia);
# "pan-" names the idea of uniting what the name covers ("Pan-Turkic World", "pan-Asian");
# a lone capital makes a brand of the name ("K-Silk Road", Korea's initiative, not
# China's), though not the last letter of an abbreviation ("U.S.-Central Asia")
_ADJECTIVE_PREFIX = re.compile(
    r"(?:(?<![^\W\d_])(?i:post|pre|ex|pan|trans)|(?<![\w.])[A-ZÇĞİÖŞÜ])[-\u2010\u2011]\Z")


_HYPHENS = frozenset("-\u2010\u2011")


# "Supreme Order of the Turkic World", "Medal of Central Asia": an honour named after
# the term, written before it. Only a capitalised head noun counts; "the order of
# Central Asia's states" is a sequence.
_HONOUR_BEFORE = re.compile(r"(?<![^\W\d_])(?:Order|Medal|Prize|Award)[^\S\n]+of[^\S\n]+"
                            r"(?:the[^\S\n]+)?\Z")
# An honour's head noun and its joints fit in the characters before a name.
_HONOUR_REACH = 20


def drop_honoured(text: str, mentions: Sequence[TermMention],
                  name_parts: dict[str, tuple[str, ...]]) -> list[TermMention]:
    """*mentions* without the terms an honour's English name ends with."""
    return [m for m in mentions
            if m.concept not in name_parts or not m.start or text[m.start - 1] != " "
            or _HONOUR_BEFORE.search(text, max(m.start - _HONOUR_REACH, 0), m.start) is None]


def status_ids(concepts: Iterable[Concept]) -> frozenset[str]:
    """The ids of the concepts :func:`drop_name_endings` applies to."""
    return frozenset(c.id for c in concepts if c.category == "status")


# A capitalised word right before, on the same line: "The Gulf Observer", "Pakistan
# Observer" name a newspaper; a status the text speaks of follows a lower-case word
# ("an Observer"), a headline's capitalised small word ("As An Observer Nation") or the
# organisation's own name ("SCO Observer"), which is a mention.
_CAPITALISED_BEFORE = re.compile(r"(?<![\w.])[A-ZÇĞİÖŞÜ][^\W\d_]*[^\S\n]\Z")
_SMALL_WORDS = _JOINERS | frozenset({"a", "an", "as", "the", "to", "its", "their", "with",
                                     "new", "bir", "yeni"})


def drop_name_endings(text: str, mentions: Sequence[TermMention],
                      statuses: frozenset[str]) -> list[TermMention]:
    """*mentions* without a one-word status capitalised as the last word of a name."""
    kept: list[TermMention] = []
    for mention in mentions:
        if (mention.concept in statuses and mention.surface[:1].isupper()
                and " " not in mention.surface):
            word = _CAPITALISED_BEFORE.search(text, max(mention.start - 30, 0), mention.start)
            if (word is not None and (not kept or kept[-1].end <= word.start())
                    and tr_lower(word.group().rstrip()) not in _SMALL_WORDS):
                continue
        kept.append(mention)
    return kept


def drop_prefixed(text: str, mentions: Sequence[TermMention]) -> list[TermMention]:
    """*mentions* without the names an English prefix makes an adjective of, or a lone
    capital letter the name of something else."""
    return [m for m in mentions
            if not (m.start and text[m.start - 1] in _HYPHENS
                    and _ADJECTIVE_PREFIX.search(text, max(m.start - 6, 0), m.start))]


def _institution_head(text: str, end: int, heads: tuple[str, ...]) -> int | None:
    """Where the head noun of a name going on from *end* starts, if one does."""
    position = end
    for _ in range(_WORDS_BEFORE_HEAD + 1):
        found = _NEXT_WORD.match(text, position)
        if found is None:
            return None
        word = found.group(1)
        capitalised = word[:1].isupper()
        if capitalised and fold(word.replace("-", "")).startswith(heads):
            return found.start(1)
        if not capitalised and tr_lower(word) not in _JOINERS:
            return None
        position = found.end()
    return None


# An acronym with the third-person possessive is the head of a compound: "Rus NATO'su",
# "Asya'nın NATO'su" name another body after NATO. Not the privative -sIz ("NATO'suz").
# Written from the "s" (look-behind after it): the engine skips in C to that letter, four
# times as fast as to a capital of the class (callers ask only whether it occurs).
HEAD_OF_A_COMPOUND = re.compile(rf"s(?<=[A-ZÇĞİÖŞÜ][{APOSTROPHES}]s)[ıiuü](?![zZ])")


def organisation_ids(concepts: Iterable[Concept]) -> frozenset[str]:
    """The ids of the concepts :func:`drop_compound_heads` applies to."""
    return frozenset(c.id for c in concepts if c.category == "organisation")


def drop_compound_heads(mentions: Sequence[TermMention],
                        organisations: frozenset[str]) -> list[TermMention]:
    """*mentions* without an organisation's acronym used as a compound's head noun."""
    return [m for m in mentions
            if m.concept not in organisations or HEAD_OF_A_COMPOUND.search(m.surface) is None]


def drop_plus_formats(text: str, mentions: Sequence[TermMention]) -> list[TermMention]:
    """*mentions* without a name that a plus sign right after it extends ("EAEU+").

    ``SCO+``, ``BRICS+``, ``C5+1``: a plus sign glued to a name makes the name of a
    wider format. Where the glossary holds that format it is read whole; where it
    does not, the name before the sign is not the organisation itself.
    """
    return [m for m in mentions
            if text[m.end:m.end + 1] != "+" or text[m.end + 1:m.end + 2].isdigit()]


def document_ids(concepts: Iterable[Concept]) -> frozenset[str]:
    """The ids of the concepts :func:`absorb_summits_of_documents` applies to."""
    return frozenset(c.id for c in concepts if c.category in ("document", "agreement"))


# "… Declaration of the Informal Summit of the Organization of Turkic States": the
# document's full name goes on through "of the" and the summit that adopted it. (A
# capitalised "Of" starts a title, not a joint.)
_OF_THE_SUMMIT = re.compile(r"[^\S\n]+of[^\S\n]+the[^\S\n]+(?=(?:[\w-]+[^\S\n]+){0,3}[Ss]ummit)")


def absorb_summits_of_documents(text: str, mentions: Sequence[TermMention],
                                documents: frozenset[str]) -> list[TermMention]:
    """*mentions* with a summit named after a document (``X Declaration of the … Summit``)
    read as part of the document's name: one mention of the document over both."""
    kept = list(mentions)
    # the documents' places found in C: a long text holds many mentions and few documents
    places = list(compress(count(), map(documents.__contains__,
                                        map(attrgetter("concept"), kept))))
    for index in reversed(places):  # from the end, so earlier indices stay valid
        document = kept[index]
        joined = _OF_THE_SUMMIT.match(text, document.end)
        if joined is None or index + 1 >= len(kept):
            continue
        summit = kept[index + 1]
        if summit.start == joined.end() and "summit" in summit.surface.lower():
            kept[index:index + 2] = [document._replace(
                end=summit.end, surface=text[document.start:summit.end])]
    return kept


def absorb_organisations_of_documents(text: str, mentions: Sequence[TermMention],
                                      documents: frozenset[str],
                                      organisations: frozenset[str]) -> list[TermMention]:
    """*mentions* with an organisation's bare name right before its document's name
    (``TDT Gebele Zirve Bildirisi``, ``SCO Tianjin Declaration``) read as one mention
    of the document: the organisation is part of the document's full name there."""
    kept = list(mentions)
    places = list(compress(count(), map(documents.__contains__,
                                        map(attrgetter("concept"), kept))))
    for index in reversed(places):  # from the end, so earlier indices stay valid
        document, owner = kept[index], kept[index - 1] if index else None
        if (owner is not None and owner.concept in organisations
                and owner.end + 1 == document.start and text[owner.end] == " "
                and owner.surface == owner.form):
            kept[index - 1:index + 1] = [document._replace(
                start=owner.start, surface=text[owner.start:document.end])]
    return kept
