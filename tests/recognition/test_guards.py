"""Guarded forms: found only where their context conditions hold.

The example files hold real sentences from the field (see "Review rules" in
docs/curation.rst): every negative row must not link its concept, every
positive row must.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from caglossary import glossary
from caglossary.recognition.terms import TermMatcher
from caglossary.recognition.glossary import Glossary
from caglossary.termbase.model import Concept, Guard, LangSide
from caglossary.termbase.reader import read_glossary_text

DATA = Path(__file__).parents[1] / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _found(concept: str, text: str) -> list[str]:
    return [m.surface for m in glossary().find_terms(text) if m.concept == concept]


@pytest.mark.parametrize("row", _rows("variant_negatives.tsv"),
                         ids=lambda row: f"{row['concept']}:{row['form']}")
def test_negative_examples_do_not_link(row):
    assert row["concept"] in glossary()
    assert _found(row["concept"], row["text"]) == [], row["url"]


@pytest.mark.parametrize("row", _rows("variant_positives.tsv"),
                         ids=lambda row: f"{row['concept']}:{row['form']}")
def test_positive_examples_link(row):
    assert _found(row["concept"], row["text"]), row["url"]


# Unit tests: one tiny glossary per condition kind.

def _matcher(*guards: Guard, term: str = "ortak pazar", others: tuple[Concept, ...] = (),
             case_sensitive: bool = True) -> TermMatcher:
    concept = Concept("common-market", "concept",
                      LangSide(term, "d", marked_forms=(term,), guarded=guards),
                      LangSide("common market", "d"))
    return TermMatcher([concept, *others], case_sensitive=case_sensitive)


def _ids(matcher: TermMatcher, text: str) -> list[str]:
    return [m.concept for m in matcher.find(text)]


EU = Concept("eu", "organisation", LangSide("Avrupa Birliğ|i", "d", ("AB",),
                                            marked_forms=("Avrupa Birliğ|i",)),
             LangSide("European Union", "d", ("EU",)))


def test_near_needs_an_unguarded_mention_in_the_same_paragraph():
    matcher = _matcher(Guard("ortak pazar", near=("eu",)), others=(EU,))
    assert _ids(matcher, "AB ortak pazarı kurdu.") == ["eu", "common-market"]
    assert _ids(matcher, "Bir ortak pazar kuruldu.") == []
    assert _ids(matcher, "AB kuruldu.\n\nBir ortak pazar kuruldu.") == ["eu"]
    assert _ids(matcher, "AB kuruldu.\nBir ortak pazar kuruldu.") == ["eu", "common-market"]


def test_near_is_not_satisfied_by_another_guarded_form():
    guarded_eu = Concept("eu", "organisation",
                         LangSide("Birlik", "d", marked_forms=("Birlik",),
                                  guarded=(Guard("Birlik", near=("common-market",)),)),
                         LangSide("Union", "d"))
    matcher = _matcher(Guard("ortak pazar", near=("eu",)), others=(guarded_eu,))
    assert _ids(matcher, "Birlik ortak pazar kurdu.") == []


def test_not_after_allows_endings_on_the_phrase_and_ignores_case():
    matcher = _matcher(Guard("ortak pazar", not_after=("Güvenlik Konseyi", "BM")))
    assert _ids(matcher, "BM Güvenlik Konseyi'nin ortak pazarı") == []
    assert _ids(matcher, "GÜVENLIK KONSEYININ ortak pazarı") == []
    assert _ids(matcher, "bm ortak pazarı") == []
    assert _ids(matcher, "BMGK ortak pazarı") == ["common-market"]  # not the word BM
    assert _ids(matcher, "Konseyi ortak pazarı") == ["common-market"]
    # only words of the same sentence count
    assert _ids(matcher, "Toplantı BM. Ortak pazar kuruldu.") == ["common-market"]


def test_not_before_checks_the_words_right_after():
    matcher = _matcher(Guard("ortak pazar", not_before=("heyeti",)))
    assert _ids(matcher, "ortak pazar heyeti geldi") == []
    assert _ids(matcher, "ortak pazar heyetinin raporu") == []
    assert _ids(matcher, "ortak pazar, heyeti") == ["common-market"]
    assert _ids(matcher, "ortak pazar kuruldu") == ["common-market"]


def test_not_before_name_blocks_a_following_capitalised_word():
    matcher = _matcher(Guard("Batı", not_before_name=True), term="Batı")
    assert _ids(matcher, "Batı Trakya") == []
    assert _ids(matcher, "Batı'nın Avrupa ile") == []
    assert _ids(matcher, "Batı ile") == ["common-market"]
    assert _ids(matcher, "Batı. Trakya") == ["common-market"]
    assert _ids(matcher, "Batı\n\nTrakya") == ["common-market"]


def test_cased_only_counts_capitalised_text_unless_matching_ignores_case():
    guard = Guard("ortak pazar", cased=True)
    assert _ids(_matcher(guard), "Ortak Pazar kuruldu") == ["common-market"]
    assert _ids(_matcher(guard), "ortak pazar kuruldu") == []
    assert _ids(_matcher(guard, case_sensitive=False), "ortak pazar") == ["common-market"]


def test_a_guard_on_an_extra_form_leaves_the_term_alone():
    matcher = _matcher(Guard("pazar", not_before_name=True))
    assert _ids(matcher, "pazar Avrupa") == []
    assert _ids(matcher, "ortak pazar Avrupa") == ["common-market"]
    assert [m.form for m in matcher.find("pazar ile")] == ["pazar"]


def test_an_unguarded_reading_of_the_same_text_wins():
    # "Barış Misyonu" is the term; the guarded lower-case form must not shadow it.
    concept = glossary()["peace-mission"]
    matcher = TermMatcher([concept])
    assert [m.concept for m in matcher.find("Barış Misyonu 2007")] == ["peace-mission"]
    assert [m.concept for m in matcher.find("bir barış misyonu")] == []


def test_no_possessive_blocks_the_west_of_a_place():
    matcher = _matcher(Guard("batı", no_possessive=True), term="batı")
    assert _ids(matcher, "Çin'in batısında") == []
    assert _ids(matcher, "batısı") == []
    assert _ids(matcher, "batının tutumu") == ["common-market"]
    assert _ids(matcher, "batı ile ilişkiler") == ["common-market"]


@pytest.mark.parametrize("text, found", [
    ("NATO üyesi Türkiye batı ile ilişkilerini geliştirirken Rusya ile de yakınlaştı.", True),
    ("ŞİÖ'yü batının bir alternatifi sayanlar var.", True),
    ("ŞİÖ üyesi Kazakistan'ın batı bölgelerinde petrol var.", False),
    ("ŞİÖ ülkeleri batıdan doğuya uzanır.", False),
    ("NATO batıya doğru değil doğuya doğru genişledi.", False),
    ("ŞİÖ ülkelerinin kuzey batı kesiminde.", False),
    ("Çin'in batısındaki Sincan ŞİÖ'nün gündemindedir.", False),
    ("Bu yıl batı rüzgârları etkili oldu.", False),  # no political concept in the paragraph
])
def test_lower_case_west_only_as_the_political_west(text, found):
    assert ("the-west" in _ids_of(text)) is found


def _ids_of(text: str) -> list[str]:
    return [m.concept for m in glossary().find_terms(text)]


def test_apostrophe_only_keeps_a_proper_name_apart_from_a_glued_word():
    matcher = _matcher(Guard("Hazar", apostrophe_only=True), term="Hazar")
    assert _ids(matcher, "Hazar’ın statüsü") == ["common-market"]
    assert _ids(matcher, "Hazar'da balıkçılık") == ["common-market"]
    assert _ids(matcher, "Hazar ile ilgili") == ["common-market"]
    assert _ids(matcher, "Hazarlar Museviliği benimsedi") == []
    assert _ids(matcher, "Hazarların başkenti") == []


def test_apostrophe_only_survives_the_glossary_cache():
    from caglossary.termbase.cache import _side, _unpack_side

    side = glossary()["caspian-sea"].tr
    assert side.guarded[0].apostrophe_only
    assert _unpack_side(_side(side)).guarded == side.guarded
    assert glossary()["caspian-sea"].as_json()["tr"]["guarded"][0]["apostrophe_only"]


def test_no_possessive_survives_the_glossary_cache():
    from caglossary.termbase.cache import _side, _unpack_side

    side = glossary()["the-west"].tr
    assert _unpack_side(_side(side)).guarded == side.guarded


def test_unguarded_glossaries_pay_nothing():
    matcher = TermMatcher([EU])
    assert matcher._guarded is False


def test_shipped_guards_load_and_survive_the_cache():
    side = glossary()["full-member"].tr
    assert side.guarded[0].form == "daimi üye" and side.guarded[0].near == ("sco",)
    assert "daimi üye" in side.guarded_forms
    # the capitalised term carries its own guard; lower-case "batı" is an extra guarded form
    assert glossary()["the-west"].tr.guarded_forms == ("batı",)
    assert glossary()["the-west"].tr.guarded[1].no_possessive
    assert glossary()["full-member"].as_json()["tr"]["guarded"][0]["near"] == ["sco"]


# Loader: bad values are path:line problems; unknown keys in a guard warn.

BAD = '''\
[[concept]]
id = "common-market"
category = "concept"
sources = [{ key = "k" }]

[concept.tr]
term = "ortak pazar"
definition = "d"
guarded = [
  { form = "pazar", near = "eu", not_before_name = "yes", colour = "red" },
]

[concept.en]
term = "common market"
definition = "d"
guarded = { form = "market" }
'''


def test_bad_guard_values_are_reported_with_lines_and_codes():
    report = read_glossary_text(BAD, "g.toml")
    assert report.concepts == []
    by_message = {p.message: p for p in report.problems}
    problems = report.problems
    assert all(p.path == "g.toml" for p in problems)
    near = next(p for p in problems if "near must be a list" in p.message)
    flag = next(p for p in problems if "not_before_name must be true or false" in p.message)
    unknown = next(p for p in problems if "'colour'" in p.message)
    not_list = next(p for p in problems if "en.guarded must be a list" in p.message)
    assert (near.line, near.severity, near.code) == (9, "error", "glossary-entry")
    assert flag.line == 9 and flag.severity == "error"
    assert (unknown.severity, unknown.code) == ("warning", "unknown-field")
    assert not_list.line == 16
    assert len(by_message) == len(problems)


@pytest.mark.parametrize("entry, message", [
    ('{ near = ["eu"] }', "needs form"),
    ('{ form = "pazar", near = ["EU!"] }', "not a concept id"),
    ('{ form = "paz|ar|ı" }', "at most one '|'"),
    ('{ form = "pazar", not_after = [""] }', "not_after must be a list"),
    ('"pazar"', "must be an inline table"),
    ('{ form = "ortak pazar", cased = 1 }', "cased must be true or false"),
])
def test_each_bad_guard_entry_is_an_error(entry, message):
    text = BAD.replace('{ form = "pazar", near = "eu", not_before_name = "yes", colour = "red" }',
                       entry).replace('guarded = { form = "market" }', "")
    report = read_glossary_text(text, "g.toml")
    errors = [p for p in report.problems if p.severity == "error"]
    assert [message in p.message for p in errors] == [True], errors
    assert report.concepts == []


def test_a_guarded_form_that_is_also_a_variant_is_an_error():
    text = BAD.replace('{ form = "pazar", near = "eu", not_before_name = "yes", colour = "red" }',
                       '{ form = "pazar" }').replace('guarded = { form = "market" }', "")
    text = text.replace('term = "ortak pazar"', 'term = "ortak pazar"\nvariants = ["pazar"]')
    report = read_glossary_text(text, "g.toml")
    assert ["both a variant and guarded" in p.message for p in report.problems] == [True]


def test_near_naming_no_concept_is_a_broken_link():
    from caglossary.termbase.loader import broken_links

    concept = Concept("common-market", "concept",
                      LangSide("ortak pazar", "d", guarded=(Guard("pazar", near=("nowhere",)),)),
                      LangSide("common market", "d"), origin="g.toml:3")
    problems = broken_links([concept])
    assert [(p.line, p.code) for p in problems] == [(3, "broken-near")]


def test_glossary_lookup_respects_guards():
    assert Glossary(glossary()).get("Western") is not None
    assert glossary().get("daimi üye") is None
