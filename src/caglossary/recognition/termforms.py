"""Every way a concept can be written, compiled for the term matcher.

A glossary entry gives a term, its variants and abbreviations; the matcher needs
each of them as a stem the text must spell, the endings that may follow it and
the capital-letter rule it obeys. Turkish stems also come softened or hardened
(ortak → ortağı, kitap → kitabı) where the data marks the citation-form ending.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .categoryforms import category_forms
from .suffixes import english_endings, turkish_endings
from ..text.keys import CURLY_DOUBLE_QUOTES, PDF_FRAGILE_LETTERS, fold_key, strip_pdf_fragile
from ..text.turkish import APOSTROPHES, fold, tr_lower

if TYPE_CHECKING:
    from ..termbase.model import Concept, Guard, LangSide

__all__ = ["Form", "collapse", "compile_forms", "spelling_twins"]

_SOFTENING = {"k": "g", "t": "d", "p": "b", "ç": "c", "ğ": "k"}
_HARDENING = {"b": "p", "d": "t", "c": "ç"}
_VOWELS = set("aeıioöuüâîû")
# Spellings Turkish writers use side by side for one word, each pair written
# (data spelling, twin): "Şangay" is a common transliteration of Şanghay,
# "arttırıcı" an accepted spelling of "artırıcı" (the MFA writes both), and
# "iş birliği" the TDK spelling of "işbirliği", which most writers still close.
_SPELLING_TWINS = (
    (re.compile(r"(?<=[Şş])anghay"), "angay"),
    (re.compile(r"(?<=[Aa])rtır"), "rttır"),
    (re.compile(r"(?<=[İi]ş)(?=[Bb]irliğ)"), " "),
    (re.compile(r"(?<=[İi]ş) (?=[Bb]irliğ)"), ""),
    # a group named by its number is written with the digit as often: "Şangay 5'lisi"
    (re.compile(r"(?<= )Beşli(?=\|)"), "5'li"),
    # the city's English spelling inside a Turkish name: "Shanghai İşbirliği Örgütü"
    (re.compile(r"Şanghay(?= )"), "Shanghai"),
    # "doğal gaz" is the TDK spelling, "doğalgaz" the one most news sites write
    (re.compile(r"(?<=[Dd]oğal) (?=[Gg]az)"), ""),
    (re.compile(r"(?<=[Dd]oğal)(?=[Gg]az)"), " "),
    # a corridor's name is translated with either word for transport, often in one text
    (re.compile(r"(?<=[Uu]la)ştırma(?= [Kk]oridor)"), "şım"),
    (re.compile(r"(?<=[Uu]la)şım(?= [Kk]oridor)"), "ştırma"),
)


@dataclass(frozen=True, slots=True)
class Form:
    """One way of writing a concept, compiled for the matcher."""

    concept: str
    lang: str
    written: str  # the form as in the data, without the marker
    stem: str  # what the text must spell before the ending (maybe softened)
    endings: frozenset[str]
    # "plain", "proper" (needs a capital), "abbr" (exact capitals), "ocr" (spelled exactly)
    # or "caseless" (a proper name in any case)
    kind: str
    needs_vowel: bool  # a softened stem (ortağ-) only before a vowel
    # Endings accepted only after an apostrophe: Turkish suffixes on an English
    # name ("Shanghai Five'ın"), but never "Central Asian" read as Asia + -n.
    after_apostrophe: frozenset[str] = frozenset()
    # Set where the form counts only in context; recognition.guards checks it.
    guard: Guard | None = None


_STRAIGHT_QUOTES = str.maketrans({**dict.fromkeys(APOSTROPHES, "'"),
                                  **dict.fromkeys(CURLY_DOUBLE_QUOTES, '"')})
_APOSTROPHE_SPACE = re.compile(r"' +")


def collapse(text: str) -> str:
    """A pattern key: single spaces, straight quotes, none followed by space."""
    text = " ".join(text.split()).translate(_STRAIGHT_QUOTES)
    return _APOSTROPHE_SPACE.sub("'", text) if "' " in text else text


def _stem_variants(stem: str, ending: str) -> list[tuple[str, bool]]:
    """The stem as written plus its softened/hardened twin; True = vowel ending only."""
    last = tr_lower(stem[-1]) if stem else ""
    variants = [(stem, last == "ğ")]
    if last in _SOFTENING and last != "ğ":
        variants.append((stem[:-1] + _SOFTENING[last], True))
    elif last == "ğ":
        variants.append((stem[:-1] + "k", False))
    elif last in _HARDENING and tr_lower(ending[:1]) in _VOWELS:
        variants.append((stem[:-1] + _HARDENING[last], False))
    return variants


def spelling_twins(marked: str) -> list[str]:
    """*marked* and its twins in the other common spelling of a word it contains."""
    twins = [marked]
    for pattern, twin in _SPELLING_TWINS:
        twins += [pattern.sub(twin, form) for form in twins if pattern.search(form)]
    # a pair of twins written both ways round gives back the form it started from
    return list(dict.fromkeys(twins))


def _turkish_forms(concept: Concept, marked: str, kind: str,
                   guard: Guard | None = None) -> Iterable[Form]:
    for spelling in spelling_twins(marked):
        yield from _turkish_spelling_forms(concept, spelling, kind, guard)


def _turkish_spelling_forms(concept: Concept, marked: str, kind: str,
                            guard: Guard | None) -> Iterable[Form]:
    stem, _, ending = marked.partition("|")
    stem, written = collapse(stem), collapse(marked.replace("|", ""))
    for variant, needs_vowel in _stem_variants(stem, ending):
        folded = fold_key(variant)
        endings = turkish_endings(folded[-1:] in "aeiou")
        yield Form(concept.id, "tr", written, variant, endings, kind, needs_vowel, guard=guard)


def _english_forms(concept: Concept, form: str, kind: str,
                   guard: Guard | None = None) -> Iterable[Form]:
    form = collapse(form)
    # English spelling says little about the final sound Turkish harmony follows
    # ("Five'ın"), so after an apostrophe both suffix sets are accepted.
    yield Form(concept.id, "en", form, form, english_endings(), kind, False, _any_ending(),
               guard)
    if len(form) > 2 and form[-1] == "y" and tr_lower(form[-2]) not in _VOWELS:
        yield Form(concept.id, "en", form, form[:-1], frozenset({"IAs"}), kind, False,
                   guard=guard)


def _written_forms(side: LangSide, lang: str) -> list[tuple[str, Guard | None]]:
    """Term and variants, then the extra guarded forms, each with its guard or None.

    A guard written for an abbreviation goes with the abbreviation's own form
    (:func:`_abbreviation_guard`). Extra guarded forms come last: where an
    unguarded form reads the same text (``Barış Misyonu`` against a guarded
    ``barış misyonu``) the matcher takes the first that fits, so the unguarded
    reading wins and needs no check.
    """
    term_guard = next((g for g in side.guarded if g.written == side.term), None)
    written = side.marked_forms if lang == "tr" else (side.term, *side.variants)
    forms: list[tuple[str, Guard | None]] = [
        (form, term_guard if form.replace("|", "") == side.term else None) for form in written]
    forms += [(g.form, g) for g in side.guarded
              if g is not term_guard and not _spells_abbreviation(g.form, side)
              and g.written not in side.abbr]
    return forms


def _abbreviation_guard(side: LangSide, abbr: str) -> Guard | None:
    """The guard written for the abbreviation itself (``NATO`` not after ``Russian``)."""
    return next((g for g in side.guarded if g.written == abbr), None)


def _spells_abbreviation(form: str, side: LangSide) -> bool:
    """Whether a guarded form is one of the side's abbreviations in other capitals (``Nato``).

    Such a form is compiled after the abbreviations: the matcher takes the first
    form of a key that fits, and ``NATO`` must stay the unguarded abbreviation.
    """
    return any(form != abbr and fold(form) == fold(abbr) for abbr in side.abbr)


def _word_like_forms(concept: Concept, lang: str) -> Iterable[Form]:
    side = concept.side(lang)
    for guard in side.guarded:
        if _spells_abbreviation(guard.form, side):
            if lang == "tr":
                yield from _turkish_forms(concept, guard.form, "proper", guard)
            else:
                yield from _english_forms(concept, guard.form, "proper", guard)


@lru_cache(maxsize=1)
def _any_ending() -> frozenset[str]:
    # Acronyms are read aloud letter by letter or as words (ABD'nin, AGİT'in):
    # either harmony and either buffer letter is right.
    return turkish_endings(True) | turkish_endings(False) | english_endings()


def _acronym_forms(concept: Concept, lang: str, form: str, kind: str,
                   guard: Guard | None = None) -> Form:
    form = collapse(form)
    return Form(concept.id, lang, form, form, _any_ending(), kind, False, guard=guard)


def _caseless_twins(forms: list[Form]) -> list[Form]:
    """A concept's forms, a lower-case copy of one of its proper names made "caseless".

    ``organization of turkic states`` (see :mod:`caglossary.recognition.nameclasses`)
    reads the name in any case, but stays a name: no inserted word ("Türk bir
    Devletleri"), which a common noun written in lower case may take.
    """
    # the lower-case copies are names of three words or more: a cheap test first
    lower = [i for i, f in enumerate(forms) if f.kind == "plain" and f.written.count(" ") > 1]
    if not lower:
        return forms
    proper = {(f.lang, fold(f.written)) for f in forms
              if f.kind == "proper" and f.written.count(" ") > 1}
    for i in lower:
        if (forms[i].lang, fold(forms[i].written)) in proper:
            forms[i] = replace(forms[i], kind="caseless")
    return forms


def _kind(form: str) -> str:
    return "proper" if form[:1].isupper() else "plain"


def _pdf_remnant(concept: Concept, lang: str, abbr: str) -> Form | None:
    """An abbreviation as PDF extraction leaves it (ŞİÖ → Ö), or None if nothing is lost.

    A remnant is often an ordinary word ("O"), so it counts only with a suffix
    after an apostrophe ("Ö'nün") and where the concept is named in the paragraph.
    """
    from ..termbase.model import Guard

    remnant = collapse(strip_pdf_fragile(abbr))
    if remnant == collapse(abbr) or not remnant.strip():
        return None
    return Form(concept.id, lang, remnant, remnant, frozenset(), "abbr", False,
                _any_ending() - {""}, Guard(remnant, near=(concept.id,)))


def _lower_case_regions(forms: list[Form]) -> list[Form]:
    """A region's names of two words or more, lower-cased as a PDF's running heads and
    title lines come out ("35 orta asya da su sorunu"): read in any case, as names."""
    return [replace(f, written=tr_lower(f.written) if f.lang == "tr" else f.written.lower(),
                    kind="caseless")
            for f in forms if f.kind == "proper" and " " in f.written]


def _pdf_forms(concept: Concept) -> Iterable[Form]:
    for lang in ("tr", "en"):
        for abbr in concept.side(lang).abbr:
            remnant = _pdf_remnant(concept, lang, abbr)
            if remnant is not None:
                yield remnant


def compile_forms(concepts: Iterable[Concept], *, ocr: bool,
                  pdf_text: bool = False) -> list[Form]:
    """Every matchable form of every concept, in data order."""
    forms: list[Form] = []
    for concept in concepts:
        start = len(forms)
        for marked, guard in _written_forms(concept.tr, "tr"):
            forms.extend(_turkish_forms(concept, marked, _kind(marked), guard))
        for form, guard in _written_forms(concept.en, "en"):
            forms.extend(_english_forms(concept, form, _kind(form), guard))
        for lang, marked in category_forms(concept):
            if lang == "tr":
                forms.extend(_turkish_forms(concept, marked, _kind(marked)))
            else:
                forms.extend(_english_forms(concept, marked, _kind(marked)))
        for lang in ("tr", "en"):
            side = concept.side(lang)
            forms.extend(_acronym_forms(concept, lang, a, "abbr", _abbreviation_guard(side, a))
                         for a in side.abbr)
            if not ocr:  # a scan's merged letters ("UıSA") would pass for "Usa"
                forms.extend(_word_like_forms(concept, lang))
            if ocr:
                forms.extend(_acronym_forms(concept, lang, o, "ocr") for o in side.ocr)
        if pdf_text:
            forms.extend(_pdf_forms(concept))
            if concept.category == "region":
                forms.extend(_lower_case_regions(forms[start:]))
        forms[start:] = _caseless_twins(forms[start:])
    if pdf_text:  # a capital PDF extraction dropped cannot be asked for ("anghay")
        forms = [replace(f, kind="plain") if f.kind == "proper" and f.stem[:1] in PDF_FRAGILE_LETTERS
                 else f for f in forms]
    return forms
