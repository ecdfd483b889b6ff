"""Wordings the data implies for whole classes of forms, added as variants for matching.

Each rule here stands for a way writers of the field word many names, so the
data need not list every combination:

- an organisation's head noun: a concept whose class nouns include both
  ``örgüt`` and ``teşkilat`` (the official and the everyday word) is also
  written with the other one (``Şanghay İşbirliği Teşkilatı``);
- the poles of the international system: a ``tek/çok/iki kutuplu`` or
  ``uni/multi/bipolar`` form is also written with another head noun
  (``dünya``, ``sistem``, ``düzen``, ``world``, ``order``), one adjective
  between (``çok kutuplu küresel sistem``), as the abstract noun
  (``çok kutupluluk``, ``multipolarity``) and, in Turkish, as the adjective
  alone (``iki kutupludan tek kutupluya``);
- a declaration is a *Bildirge*, *Bildiri*, *Beyanname* or *Deklarasyon*
  (``Gabala Deklarasyonu`` for ``Gebele Bildirgesi``), and one named by a
  single place is also named by the summit held there (``Gebele Zirve
  Bildirisi``, ``Gabala Summit Declaration``);
- a summit of two parties names them in either order, with any dash
  (``Orta Asya-Rusya Zirvesi``, ``Central Asia–Russia Summit``);
- a name ending in a year takes a dash before it, spaced or not
  (``Türk Dünyası Vizyonu – 2040``);
- English compounds written closed or hyphenated (``co-operation``,
  ``break-up``, ``multi-polar``): a hyphen already reads as a space, but a
  closed word has no gap to read;
- ``Heads of State`` in an English name is also written ``Heads of States``
  (``Consultative Meeting of the Heads of States of Central Asia``);
- a council of ministers is also named by its meeting, and a council of heads
  of state with the organisation's short name inside
  (:mod:`caglossary.recognition.councilforms`);
- the end of a state, named on its genitive with any noun of a family the
  data declares (:mod:`caglossary.recognition.eventnames`);
- a built work's name with any head of its kind, in either language and
  either romanisation (:mod:`caglossary.recognition.namedworks`).

A rule's forms made from a guarded form are guarded the same way: a name that
counts only in its context counts only there in every wording.

The forms are literal, so they join the trie like any variant and cost the
scanner nothing per text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..text.turkish import fold, harmony_vowels, tr_lower, tr_upper
from .councilforms import english_council_forms, turkish_council_forms
from .eventnames import event_wordings
from .nameclasses import name_forms
from .namedworks import work_forms

if TYPE_CHECKING:
    from ..termbase.model import Concept, Guard, LangSide

__all__ = ["with_wordings"]

# Interchangeable head nouns of an organisation's Turkish name (both must be its class nouns).
_ORGANISATION_HEADS = ("örgüt", "teşkilat")
# The Turkish words for a declaration, each with its compound marker: the press uses all four.
_DECLARATION_HEADS = {"Bildirge": "si", "Bildiri": "si", "Beyanname": "si", "Deklarasyon": "u"}
_POLE_TR = re.compile(r"^(tek|çok|iki|çift) kutuplu (sistem|düzen|dünya)\b")
_POLE_EN = re.compile(r"^(uni|multi|bi)polar (system|order|world)\b")
_HEADS_TR = ("sistem", "düzen", "dünya", "dünya düzen|i", "dünya sistem|i")
_HEADS_EN = ("system", "order", "world", "world order")
_ADJECTIVES_TR = ("küresel", "uluslararası", "global")
_ADJECTIVES_EN = ("global", "international")
_YEAR_AT_END = re.compile(r"^(.*\D)[ -](\d{4})$")
# Closed English compounds and where a writer may put a hyphen in them.
_COMPOUNDS = (
    (re.compile(r"\b([Cc]o)(o)"), r"\1-\2"),  # cooperation, coordination
    (re.compile(r"\b([Bb]reak)(up)\b"), r"\1-\2"),
    (re.compile(r"\b([Mm]ulti|[Uu]ni|[Bb]i)(polar)"), r"\1-\2"),
    (re.compile(r"\b([Mm]ulti)(lateral)"), r"\1-\2"),
)
# One pass decides whether any compound rule can apply (most forms have none).
_ANY_COMPOUND = re.compile(r"(?i)\bcoo|\bbreakup\b|polar|\bmultilateral")
_FOLDED_ORGANISATION_HEADS = frozenset(fold(head) for head in _ORGANISATION_HEADS)
_FOLDED_DECLARATIONS = frozenset(fold(head) for head in _DECLARATION_HEADS)
_PLACE_DECLARATION = re.compile(r"^[A-Z][^\s]+ Declaration$")
# A summit of two parties ("Çin-Orta Asya Zirvesi", "China–Central Asia Summit"):
# writers put either party first and join them with any dash.
_PAIR_SUMMIT = re.compile(r"^(?P<a>[^-–—]+?) ?[-–—] ?(?P<b>[^-–—]+?) (?P<head>(?:[Zz]irve|[Ss]ummit)\S*)$")
_DASHES = ("-", "–", " – ", "—", " — ")
# A plus sign glued between two parts of a name ("C5+1"), never a trailing one ("SCO+").
_GLUED_PLUS = re.compile(r"(?<=\w)\+(?=\w)")


def with_wordings(concepts: Iterable[Concept]) -> list[Concept]:
    """The concepts with every rule's forms added as variants (only for matching),
    those of :mod:`caglossary.recognition.nameclasses` included."""
    concepts = list(concepts)
    # the forms a rule could collide with: only "Turkish" names are made from others
    taken = frozenset(fold(form) for c in concepts for form in (c.en.term, *c.en.variants)
                      if "Turkish" in form)
    regions = frozenset(fold(form) for c in concepts if c.category == "region"
                        for side in (c.tr, c.en) for form in (side.term, *side.variants))
    every_form = frozenset(_folded_forms(concepts))
    made = []
    for concept in concepts:
        names = name_forms(concept, taken, regions)
        event_tr, event_en = event_wordings(concept)
        work_tr, work_en = work_forms(concept, every_form)
        tr_plain = _unguarded(concept.tr.marked_forms, concept.tr)
        en_plain = _unguarded((concept.en.term, *concept.en.variants), concept.en)
        tr_guarded = _guarded_wordings(concept.tr, lambda form: _turkish_wordings(concept, [form]))
        en_guarded = _guarded_wordings(concept.en, lambda form: _english_wordings([form]))
        made.append(_with_forms(concept,
                                [*_turkish_wordings(concept, tr_plain), *names.tr, *event_tr,
                                 *work_tr],
                                [*_english_wordings(en_plain), *names.en, *event_en, *work_en],
                                ([*names.tr_guarded, *tr_guarded],
                                 [*names.en_guarded, *en_guarded])))
    return made


def _unguarded(forms: Iterable[str], side: LangSide) -> list[str]:
    """*forms* less those a guard holds to its conditions (the term may be one)."""
    held = {guard.form for guard in side.guarded}
    return [form for form in forms if form not in held]


def _guarded_wordings(side: LangSide, wordings: Callable[[str], Iterable[str]]) -> list[Guard]:
    """The wordings of each guarded form, held to the same conditions: a name that counts
    only near its context ("Alma-Ata Deklarasyonu") counts there in every wording too."""
    return [replace(guard, form=made) for guard in side.guarded
            for made in wordings(guard.form) if made != guard.form]


def _folded_forms(concepts: list[Concept]) -> Iterator[str]:
    """Every form and guarded form of *concepts*, as matching sees it."""
    for concept in concepts:
        for side in (concept.tr, concept.en):
            for form in (*side.marked_forms, side.term, *side.variants,
                         *(guard.form for guard in side.guarded)):
                yield fold(form.replace("|", ""))


def _turkish_wordings(concept: Concept, forms: Iterable[str]) -> Iterator[str]:
    heads = {fold(noun.replace("|", "")) for noun in concept.tr.class_nouns}
    swap_heads = heads.issuperset(_FOLDED_ORGANISATION_HEADS)
    for form in forms:
        last = form[form.rfind(" ") + 1:form.find("|")] if "|" in form else ""
        folded_last = fold(last) if last else ""
        if swap_heads and folded_last in _FOLDED_ORGANISATION_HEADS:
            yield from _other_heads(form)
        if folded_last in _FOLDED_DECLARATIONS:
            yield from _other_declarations(form)
        if "kutuplu" in form:
            yield from _pole_forms(form, _POLE_TR, _HEADS_TR, _ADJECTIVES_TR, "kutupluluk")
        if form[-1:].isdigit():
            yield from _dashed_years(form)
        yield from _pair_summits(form)
        yield from _spaced_plus(form)
        if "Bakanları" in form:
            yield from turkish_council_forms(form)


def _english_wordings(forms: Iterable[str]) -> Iterator[str]:
    made: list[str] = []
    forms = list(forms)
    for form in forms:
        if "polar" in form:
            made.extend(_pole_forms(form, _POLE_EN, _HEADS_EN, _ADJECTIVES_EN, "polarity"))
        if form[-1:].isdigit():
            made.extend(_dashed_years(form))
        made.extend(_pair_summits(form))
        made.extend(_spaced_plus(form))
        if _PLACE_DECLARATION.match(form):  # "Gabala Declaration" of the Gabala summit
            made.append(form.replace(" Declaration", " Summit Declaration"))
        if "Heads of State" in form and "Heads of States" not in form:
            # a plural writers of English as a second language give the name often
            made.append(form.replace("Heads of State", "Heads of States"))
        if "Council of" in form:
            made.extend(english_council_forms(form))
    yield from made
    for form in (*forms, *made):
        if _ANY_COMPOUND.search(form):
            yield from _hyphenated(form)


def _other_heads(marked: str) -> Iterator[str]:
    """``… Örgüt|ü`` as ``… Teşkilat|ı`` and back (the caller checked the class nouns)."""
    body, _, last = marked.rpartition(" ")
    stem, _, ending = last.partition("|")
    if not body or ending not in ("i", "ı", "u", "ü"):
        return
    for head in _ORGANISATION_HEADS:
        if fold(stem) != fold(head):
            written = tr_upper(head[0]) + head[1:] if stem[:1].isupper() else head
            yield f"{body} {written}|{_compound_marker(written)}"


def _other_declarations(marked: str) -> Iterator[str]:
    """``… Bildirge|si`` as ``… Deklarasyon|u``, ``… Beyanname|si`` and ``… Bildiri|si``."""
    body, _, last = marked.rpartition(" ")
    if not body:
        return
    capital = last[:1].isupper()
    # a declaration named by one place is also named by the summit held there
    summits = ("", " Zirve", " Zirvesi") if " " not in body and capital else ("",)
    for head, marker in _DECLARATION_HEADS.items():
        for summit in summits:
            yield f"{body}{summit} {head if capital else tr_lower(head)}|{marker}"


def _compound_marker(stem: str) -> str:
    """The third-person possessive of a consonant-final stem, by vowel harmony."""
    return harmony_vowels(stem)[1]


def _pole_forms(form: str, pattern: re.Pattern[str], heads: tuple[str, ...],
                adjectives: tuple[str, ...], abstract: str) -> Iterator[str]:
    """A polarity form with every head noun, one adjective between, and as the abstract noun."""
    found = pattern.match(form)
    if found is None:
        return
    pole = found.group(1)
    prefix = f"{pole} kutuplu" if abstract == "kutupluluk" else f"{pole}polar"
    for head in heads:
        yield f"{prefix} {head}"
        yield from (f"{prefix} {adjective} {head}" for adjective in adjectives)
    if abstract == "kutupluluk":
        # the Turkish adjective alone names the order too ("iki kutupludan tek kutupluya")
        yield f"{pole} kutuplu"
        yield f"{pole} {abstract}"
    else:
        yield f"{pole}{abstract}"


def _dashed_years(form: str) -> Iterator[str]:
    found = _YEAR_AT_END.match(form.replace("|", ""))
    if found is None:
        return
    name, year = found.group(1).rstrip(), found.group(2)
    yield from (f"{name}{dash}{year}" for dash in (" – ", "–", " — ", "—", " - "))


def _pair_summits(form: str) -> Iterator[str]:
    """``A-B Zirvesi`` as ``B-A Zirvesi``, each with every dash, spaced or not."""
    pair = _PAIR_SUMMIT.match(form) if ("Zirve" in form or "ummit" in form) else None
    if pair is None:
        return
    a, b, head = pair.group("a"), pair.group("b"), pair.group("head")
    for first, second in ((a, b), (b, a)):
        yield from (f"{first}{dash}{second} {head}" for dash in _DASHES)


def _spaced_plus(form: str) -> Iterator[str]:
    """``C5+1 format`` as ``C5 + 1 format``: the operator spaced, as many writers set it."""
    if "+" in form and _GLUED_PLUS.search(form):
        yield _GLUED_PLUS.sub(" + ", form)


def _hyphenated(form: str) -> Iterator[str]:
    for pattern, hyphenated in _COMPOUNDS:
        if pattern.search(form):
            yield pattern.sub(hyphenated, form)


def _with_forms(concept: Concept, tr_forms: list[str], en_forms: list[str],
                guarded: tuple[list[Guard], list[Guard]] = ([], [])) -> Concept:
    known_tr = set(concept.tr.marked_forms)
    known_en = {concept.en.term, *concept.en.variants}
    tr_new = [f for f in dict.fromkeys(tr_forms) if f not in known_tr]
    en_new = [f for f in dict.fromkeys(en_forms) if f not in known_en]
    tr_guards, en_guards = (_new_guards(side, made) for side, made in
                            ((concept.tr, guarded[0]), (concept.en, guarded[1])))
    if not tr_new and not en_new and not tr_guards and not en_guards:
        return concept
    return replace(concept,
                   tr=replace(concept.tr, marked_forms=(*concept.tr.marked_forms, *tr_new),
                              guarded=(*concept.tr.guarded, *tr_guards)),
                   en=replace(concept.en, variants=(*concept.en.variants, *en_new),
                              guarded=(*concept.en.guarded, *en_guards)))


def _new_guards(side: LangSide, made: list[Guard]) -> list[Guard]:
    """Guarded forms the data does not already write (as a form or a guarded form).

    A guard of an abbreviation (``NATO``) is no form of its own: ``Nato`` is still made.
    """
    if not made:
        return []
    known = {fold(f.replace("|", "")) for f in (*side.marked_forms, side.term, *side.variants,
                                                 *(g.form for g in side.guarded
                                                   if g.form not in side.abbr))}
    return list({g.form: g for g in made if fold(g.form.replace("|", "")) not in known}.values())
