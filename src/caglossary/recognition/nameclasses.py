"""Wording classes of names, added as variants (and guarded variants) for matching.

Companion to :mod:`caglossary.recognition.wordings`, for the classes found on
the field's texts after its rules were written:

- the *Central Asia + X* family: a concept with a form ``<region> plus
  format`` or ``<region>+ format`` is also named with a partner after ``+``
  (``Central Asia + Russia format``, ``CA + 1``, ``Orta Asya artı Japonya``),
  and after a dash only with the word *format* (``"Central Asia – China"
  format``, the closing quote inside the name): a bare ``Central Asia–China`` is
  as often a pipeline or a relationship;
- a war of two parties (``Russia-Ukraine War``) is also named by what one side
  does to the other: ``Russia's war against Ukraine``, ``Rusya'nın Ukrayna'ya
  karşı savaşı``, ``Rusya'nın Ukrayna'yı işgali``;
- a transport route's Turkish name takes any of the words for *transport*
  (*taşımacılık*, *ulaştırma*, *ulaşım*) and *route* (*güzergâh*, *hat*,
  *koridor*, *rota*);
- an organisation's name of three words or more is still its name in lower
  case (``organization of turkic states``) where one of its words is more than
  a word for an organisation (an ``economic cooperation organization`` is any
  such body);
- ``Turkic`` in an English name is often written ``Turkish`` by Turkish writers
  and translators (``Organization of Turkish States``, ``Turkish World``);
- an abbreviation written like a word (``Nato``, ``Sco``) counts only where the
  concept is named in the same paragraph, since ``Agit`` is also a Turkish word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..text.turkish import fold, harmony_vowels, tr_lower

if TYPE_CHECKING:
    from ..termbase.model import Concept, Guard

__all__ = ["NameForms", "name_forms"]

# Partners the Central Asia + X formats have had most often (Japan 2004, Korea 2007, the
# US 2015, the EU, India 2019, China and Russia 2020, Germany 2023, Türkiye), and the
# number or letter that stands for any one partner. Each costs the scanner some twenty
# keys, so rarer partners (the Gulf states, Italy …) are left to the data.
_PARTNERS = {
    "en": ("1", "X", "Russia", "China", "Japan", "Korea", "EU", "India", "US", "Germany",
           "Türkiye", "Turkey"),
    "tr": ("1", "X", "Rusya", "Çin", "Japonya", "Kore", "AB", "Hindistan", "ABD", "Almanya",
           "Türkiye"),
}
_PLUS = {"en": ("+", " + ", " plus "), "tr": ("+", " + ", " artı ")}
_FORMAT = {"en": " format", "tr": " format|ı"}
_DASHES = ("-", "–", " – ")  # a hyphen reads as a space, spaced or not
_PLUS_FAMILY = re.compile(r"^(?P<base>.+?)(?: plus| artı|\+) format(?:\|ı)?$", re.IGNORECASE)
_TWO_PARTY_WAR = {
    # nouns, not adjectives: "Russo-Ukrainian War" names no party
    "en": re.compile(r"^(?P<a>[A-Z]\w+(?<!o))[-–](?P<b>[A-Z]\w+(?<!an)) War$"),
    "tr": re.compile(r"^(?P<a>[A-ZÇĞİÖŞÜ]\w+)[-–](?P<b>[A-ZÇĞİÖŞÜ]\w+) Savaş\|?ı$"),
}
_ROUTE_TR = re.compile(r"^(?P<name>.+) (?:Taşımacılık|Ulaştırma|Ulaşım) "
                       r"(?:Güzergâh\|ı|Güzergah\|ı|Hatt\|ı|Koridor\|u|Rota\|sı)$")
_ROUTE_WORDS = ("Taşımacılık", "Ulaştırma", "Ulaşım")
_ROUTE_HEADS = ("Güzergâh|ı", "Güzergah|ı", "Hatt|ı", "Koridor|u", "Rota|sı")
# Words that name a kind of body, not which one: a name made only of these (and of
# function words) is generic in lower case.
_GENERIC_WORDS = frozenset(fold(w) for w in (
    "organization organisation economic cooperation co-operation security collective treaty "
    "union community council conference fund international states countries state assembly "
    "parliamentary dialogue of the and for in on asia "
    "örgütü teşkilatı ekonomik işbirliği iş birliği güvenlik kolektif antlaşması anlaşması "
    "birliği topluluğu konseyi konferansı fonu uluslararası devletleri ülkeler meclisi ve"
).split())
_VOWELS_BACK, _VOWELS_FRONT = "aıou", "eiöü"


@dataclass(frozen=True, slots=True)
class NameForms:
    """The forms one concept gains from the name classes."""

    tr: list[str] = field(default_factory=list)
    en: list[str] = field(default_factory=list)
    tr_guarded: list[Guard] = field(default_factory=list)
    en_guarded: list[Guard] = field(default_factory=list)


def name_forms(concept: Concept, taken: frozenset[str], regions: frozenset[str]) -> NameForms:
    """What *concept* gains; *taken* holds every form of the data, folded (no collisions),
    *regions* the folded names of the regions (the + X family is a region's)."""
    made = NameForms()
    for lang in ("tr", "en"):
        side = concept.side(lang)
        forms = side.marked_forms if lang == "tr" else (side.term, *side.variants)
        written, guarded = (made.tr, made.tr_guarded) if lang == "tr" else (made.en, made.en_guarded)
        family = _is_regional_family(forms, regions)
        for form in forms:
            if family:
                written.extend(_plus_partners(form, lang))
                written.extend(_dashed_partners(form, lang))
            written.extend(_war_forms(form, lang))
            if lang == "tr":
                written.extend(_route_forms(form))
        if lang == "en":
            swapped = [f for f in _turkish_for_turkic(forms) if fold(f) not in taken]
            written.extend(f for f in swapped if not f.casefold().endswith("world"))
            # "Turkish World" is also a word of journal titles ("… Turkish World Studies")
            guarded.extend(_journal_guarded(f) for f in swapped if f.casefold().endswith("world"))
            forms = (*forms, *swapped)
        if concept.category == "organisation":
            cased = {g.written for g in side.guarded if g.cased}
            written.extend(_lower_case_names(forms, cased, lang))
        guarded.extend(_word_like_abbreviations(concept, side.abbr, lang))
    return made


def _is_regional_family(forms: tuple[str, ...], regions: frozenset[str]) -> bool:
    """Whether a side names a region's + X family (``Central Asia plus format``); an
    organisation's own format (``OTS+ format``) takes no partners."""
    bases = (_PLUS_FAMILY.match(form) for form in forms)
    return any(fold(base.group("base").removesuffix(" Plus")) in regions
               for base in bases if base is not None)


def _plus_partners(form: str, lang: str) -> Iterator[str]:
    family = _PLUS_FAMILY.match(form)
    if family is None:
        return
    for base in _bases(family.group("base")):
        if base.startswith("C5"):
            continue  # "C5+1" is a concept of its own, "C5+X" a form of the data
        for partner in _PARTNERS[lang]:
            for plus in _PLUS[lang]:
                yield f"{base}{plus}{partner}"
                if "+" in plus:  # "Central Asia plus Japan", rarely "… format"
                    yield f"{base}{plus}{partner}{_FORMAT[lang]}"


def _dashed_partners(form: str, lang: str) -> Iterator[str]:
    """``Central Asia – China format``, also with the pair in quotes before the word."""
    family = _PLUS_FAMILY.match(form)
    if family is None:
        return
    for base in _bases(family.group("base")):
        if base[:1].isdigit() or len(base) < 3:
            continue  # "C5-China" and "CA-China" are read only with a plus sign
        for partner in _PARTNERS[lang]:
            if not partner[:1].isalpha() or len(partner) < 2:
                continue
            for dash in _DASHES:
                pair = f"{base}{dash}{partner}"
                yield f"{pair}{_FORMAT[lang]}"
                yield f'{pair}"{_FORMAT[lang]}'


def _bases(base: str) -> tuple[str, ...]:
    """A family's base as written, without a trailing "Plus"/"artı" the data may hold."""
    return (base.removesuffix(" Plus"),)


def _war_forms(form: str, lang: str) -> Iterator[str]:
    war = _TWO_PARTY_WAR[lang].match(form)
    if war is None:
        return
    a, b = war.group("a"), war.group("b")
    if lang == "en":
        # the attacked party alone names the war too ("its all-out war on Ukraine")
        for preposition in ("against", "on", "in", "with"):
            yield f"{a}'s war {preposition} {b}"
            for scale in ("", "full-scale ", "all-out "):
                yield f"{scale}war {preposition} {b}"
        for scale in ("", "full-scale "):
            yield f"{a}'s {scale}invasion of {b}"
        yield f"{a}'s aggression against {b}"
        return
    genitive, dative, accusative = _case(a, "nIn"), _case(b, "yA"), _case(b, "yI")
    yield f"{a}'{genitive} {b}'{dative} karşı savaş|ı"
    yield f"{a}'{genitive} {b}'{accusative} işgal|i"
    yield f"{a}'{genitive} {b}'{dative} saldırı|sı"


def _case(name: str, ending: str) -> str:
    """A case ending for a proper name: buffer letter after a vowel, vowel harmony."""
    a, i = harmony_vowels(name)
    vowel_final = tr_lower(name[-1]) in _VOWELS_BACK + _VOWELS_FRONT
    buffer = ending[0] if vowel_final else ""
    body = ending[1:] if ending[0] in "ny" else ending
    if ending == "nIn":
        return f"n{i}n" if vowel_final else f"{i}n"
    return buffer + body.replace("A", a).replace("I", i)


def _route_forms(form: str) -> Iterator[str]:
    route = _ROUTE_TR.match(form)
    if route is None:
        return
    for word in _ROUTE_WORDS:
        for head in _ROUTE_HEADS:
            yield f"{route.group('name')} {word} {head}"


def _turkish_for_turkic(forms: tuple[str, ...]) -> Iterator[str]:
    for form in forms:
        # three words at least ("Turkish Academy" is another academy), or the Turkic world
        words = form.split()
        if form[:1].isupper() and "Turkic" in words and (
                len(words) >= 3 or words[-1].casefold() == "world"):
            yield re.sub(r"\bTurkic\b", "Turkish", form)


def _journal_guarded(form: str) -> Guard:
    from ..termbase.model import Guard

    return Guard(form, not_before=("studies", "review", "journal"), not_after=("journal of",))


def _lower(text: str, lang: str) -> str:
    """Lower case by the language's rules (English has no dotless ı)."""
    return tr_lower(text) if lang == "tr" else text.lower()


def _lower_case_names(forms: tuple[str, ...], cased: set[str], lang: str) -> Iterator[str]:
    for form in forms:
        words = form.replace("|", "").split()
        if len(words) < 3 or not form[:1].isupper() or form.replace("|", "") in cased:
            continue
        if any(fold(word) not in _GENERIC_WORDS for word in words):
            yield _lower(form, lang)


def _word_like_abbreviations(concept: Concept, abbreviations: tuple[str, ...],
                             lang: str) -> Iterator[Guard]:
    from ..termbase.model import Guard

    for abbr in abbreviations:
        if len(abbr) >= 3 and abbr.isalpha() and abbr.isupper():
            yield Guard(abbr[0] + _lower(abbr[1:], lang), near=(concept.id,))
