"""Acronyms a text defines for itself: "Central Asia (CA)" teaches CA for the rest of it."""

from __future__ import annotations

import pytest

import caglossary
from caglossary.recognition.localabbr import acronym_fits


def _found(text: str, **modes: bool) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text, **modes)]


@pytest.mark.parametrize("acronym, name, fits", [
    ("CA", "Central Asia", True),
    ("MC", "Middle Corridor", True),
    ("OTS", "Organization of Turkic States", True),
    ("OOTS", "Organization of Turkic States", True),
    ("OA", "Orta Asya'nın", True),
    ("CT", "Counter-Terrorism", True),
    ("CAS", "Central Asia", False),
    ("C", "Central", False),
    ("AC", "Central Asia", False),
])
def test_the_acronym_must_be_the_initials_of_the_name(acronym, name, fits):
    assert acronym_fits(acronym, name) is fits


def test_uses_after_the_definition_are_mentions_of_the_term():
    text = ("Uzbekistan's ties in Central Asia (CA) changed. Its approach towards CA "
            "differs; CA states and CA's future.")
    assert _found(text) == [("Central Asia", "central-asia")] + [
        ("CA", "central-asia")] * 3 + [("CA's", "central-asia")]


@pytest.mark.parametrize("modes", [{}, {"ocr": True}, {"pdf_text": True}])
def test_turkish_and_english_names_teach_alike(modes):
    found = _found("Orta Koridor (OK) Çin'i Avrupa'ya bağlar; OK'nin sorunları.", **modes)
    assert found.count(("OK", "middle-corridor")) == 1
    assert ("OK'nin", "middle-corridor") in found


def test_an_acronym_fitting_the_other_language_teaches_too():
    found = _found("Orta Asya (CA) ve CA devletleri")
    assert found.count(("CA", "central-asia")) == 2


def test_uses_before_the_definition_are_not_read():
    assert _found("CA first. Central Asia (CA).") == [("Central Asia", "central-asia"),
                                                       ("CA", "central-asia")]


@pytest.mark.parametrize("text", [
    "Central Asia (2019) and 2019",             # a year, not an acronym
    "Central Asia (see below) and see",         # no capitals
    "Central Asia (KZ) and KZ",                 # not the initials
    "Central Asia (CA) and CA, where ca is a word",  # an ordinary word of this text
])
def test_a_bracket_that_is_no_definition_teaches_nothing(text):
    assert _found(text) == [("Central Asia", "central-asia")]


def test_the_glossary_s_own_abbreviations_are_not_redefined():
    # "NATO" is the glossary's: a text cannot make it mean something else
    found = _found("the North Atlantic Treaty Organization (NATO) and NATO")
    assert {concept for _, concept in found} == {"nato"}


def test_a_use_inside_a_heading_in_capitals_is_not_read():
    found = _found("Central Asia (CA) matters.\nTHE CA STATES\nCA states")
    assert found.count(("CA", "central-asia")) == 2


def test_each_call_is_its_own_text():
    caglossary.find_terms("Central Asia (CA)")
    assert _found("CA states") == []


def test_an_acronym_the_glossary_reads_as_another_concept_is_not_learnt():
    from caglossary.recognition.localabbr import LocalAbbreviations

    text = "Central Asia (CA) and CA"
    terms = caglossary.find_terms("Central Asia")
    learner = LocalAbbreviations({}, glossary_reads=lambda acronym: acronym == "CA")
    assert learner.feed(text, terms) == [] and learner.learnt == {}


def test_a_rejected_bracket_is_judged_once_per_learner():
    from caglossary import glossary

    asked = []
    learner = glossary().abbreviation_learner()
    reads = learner.glossary_reads
    learner.glossary_reads = lambda acronym: asked.append(acronym) or reads(acronym)
    text = "Shanghai Cooperation Organization (SCO) and SCO. " * 50
    learner.feed(text, glossary().matcher().find(text))
    assert asked == ["SCO"] and learner.rejected == {"SCO"}


def test_a_plural_acronym_after_one_more_word_of_the_name_is_learnt():
    text = ("policies toward Central Asian republics (CARs) grew; the CARs’ leaders met "
            "and the CARs agreed")
    assert [s for s, _ in _found(text)].count("CARs") == 3
    assert {c for _, c in _found(text)} == {"central-asia"}


def test_one_more_word_must_still_give_the_initials():
    assert ("CR", "central-asia") not in _found("Central Asian republics (CR) and CR")
