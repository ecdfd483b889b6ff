"""Forms the data implies but does not list: an organisation's names inside its bodies' names.

A concept whose ``see_also`` names an organisation and one of whose forms
starts with one of that organisation's names (``TDT Liderler Zirvesi``,
``SCO Secretariat``) may be written with any other name of it (``Türk
Devletleri Teşkilatı Liderler Zirvesi``, ``Secretariat of the Shanghai
Cooperation Organization``): English also turns ``<Org> X`` into ``X of the
<Org>`` and back. A body none of whose forms names its organisation
(``Regional Anti-Terrorist Structure``) is also written after any of the
organisation's names (``SCO Regional Anti-Terrorist Structure``, ``ŞİÖ Bölgesel
Terörle Mücadele Yapısı``). These forms are literal, so they join the ordinary
forms.

Summits are the one family whose forms hold a free word: a number or a city
(``5. Zirve``, ``Semerkant Zirvesi``, ``OTS Samarkand Summit``, ``Samarkand
summit of the OTS``); :mod:`caglossary.recognition.summits` reads those.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..text.turkish import tr_lower
from .wordings import with_wordings

if TYPE_CHECKING:
    from ..termbase.model import Concept, LangSide

__all__ = ["OrgLink", "derived_concepts", "org_links"]

_MEMBERS_TR = "üye ülkeleri"


@dataclass(frozen=True, slots=True)
class OrgLink:
    """A concept named after an organisation: which one, and the rest of each name."""

    concept: str
    organisation: str
    lang: str
    rests: tuple[str, ...]  # the concept's forms with the organisation's name taken off


def _org_names(side: LangSide) -> list[str]:
    """An organisation's names in one language, longest first."""
    names = {side.term, *side.variants, *side.abbr}
    if side.term[:1].isupper():  # a lower-case copy of the name reads the same key
        names = {name for name in names if not name[:1].islower()}
    return sorted(names, key=len, reverse=True)  # by length: no Turkish collation involved


def _organisations(concept: Concept, by_id: dict[str, Concept]) -> list[Concept]:
    return [by_id[cid] for cid in concept.see_also
            if cid in by_id and cid != concept.id and by_id[cid].category == "organisation"]


def _rests(forms: Iterable[str], names: list[str]) -> tuple[str, ...]:
    rests = []
    for form in forms:
        for name in names:
            if form.startswith(name + " ") and len(form) > len(name) + 1:
                rests.append(form[len(name) + 1:])
                break
    return tuple(dict.fromkeys(rests))


def org_links(concepts: Iterable[Concept]) -> list[OrgLink]:
    """Every (concept, organisation, language) where a form starts with the organisation's name."""
    by_id = {c.id: c for c in concepts}
    links = []
    for concept in by_id.values():
        for org in _organisations(concept, by_id):
            for lang in ("tr", "en"):
                side = concept.side(lang)
                forms = side.marked_forms if lang == "tr" else (side.term, *side.variants)
                rests = _rests(forms, _org_names(org.side(lang)))
                if not rests and concept.category == "body":
                    # a body named without its organisation ("Regional Anti-Terrorist
                    # Structure") is also written after its name ("SCO Regional …")
                    rests = tuple(dict.fromkeys(forms))
                if rests:
                    links.append(OrgLink(concept.id, org.id, lang, rests))
    return links


def _english_of_forms(side: LangSide, names: list[str], rests: tuple[str, ...]) -> Iterator[str]:
    """``X of the <Org>`` for each rest X, and ``<Org> X`` for each ``X of the <known name>``."""
    for rest in rests:
        for name in names:
            yield f"{rest} of the {name}"
            if " " not in rest:  # a common noun: "summit of the SCO"
                yield f"{tr_lower(rest)} of the {name}"
    for form in (side.term, *side.variants):
        head, sep, tail = form.partition(" of the ")
        if sep and tail in names:
            for name in names:
                yield f"{head} of the {name}"
                yield f"{name} {head}"


def _new_forms(concept: Concept, org: Concept, link: OrgLink, members: bool) -> list[str]:
    side, names = concept.side(link.lang), _org_names(org.side(link.lang))
    made = [f"{name} {rest}" for rest in link.rests for name in names]
    if members and link.lang == "tr":  # "ŞİÖ üye ülkeleri liderler zirvesi": the members' body
        # only the organisation's own term and abbreviations: every variant would
        # add hundreds of keys for a wording that is rare with any one of them
        own = (org.tr.term, *org.tr.abbr)
        made += [f"{name} {_MEMBERS_TR} {rest}" for rest in link.rests for name in own]
    if link.lang == "en":
        made.extend(_english_of_forms(side, names, link.rests))
    known = {*side.marked_forms, *side.variants, side.term}
    return [form for form in dict.fromkeys(made) if form not in known]


def derived_concepts(concepts: Iterable[Concept], *, wordings: bool = False) -> list[Concept]:
    """The concepts with the derived forms added as variants (only for matching).

    *wordings*: also the forms of :mod:`caglossary.recognition.wordings` and the
    members' bodies (``ŞİÖ üye ülkeleri liderler zirvesi``), for the matcher's
    tables; the summit reader needs neither and stays as small as before.
    """
    concepts = with_wordings(concepts) if wordings else list(concepts)
    by_id = {c.id: c for c in concepts}
    extra: dict[tuple[str, str], list[str]] = {}
    for link in org_links(concepts):
        made = _new_forms(by_id[link.concept], by_id[link.organisation], link, wordings)
        extra.setdefault((link.concept, link.lang), []).extend(made)
    if not extra:
        return concepts
    return [_with_forms(c, extra.get((c.id, "tr"), []), extra.get((c.id, "en"), []))
            for c in concepts]


def _with_forms(concept: Concept, tr_forms: list[str], en_forms: list[str]) -> Concept:
    if not tr_forms and not en_forms:
        return concept
    tr = replace(concept.tr, marked_forms=(*concept.tr.marked_forms, *tr_forms))
    en = replace(concept.en, variants=(*concept.en.variants, *en_forms))
    return replace(concept, tr=tr, en=en)
