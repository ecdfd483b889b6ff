"""A built work's name with any head of its kind, in either language and romanisation
(:mod:`caglossary.recognition.namedworks`)."""

from __future__ import annotations

import pytest

import caglossary
from caglossary import glossary
from caglossary.recognition.namedworks import work_forms
from caglossary.text.turkish import fold


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    # another head of the same kind, in the text's own language
    ("Work on the Rogun hydropower project resumed.", "Rogun hydropower project", "rogun-hpp"),
    ("Kambarata-1 Barajı'nın temeli atıldı.", "Kambarata-1 Barajı'nın", "kambarata-1-hpp"),
    # the name in one language's spelling, the head in the other's
    ("Zangezur Koridoru'nun açılması", "Zangezur Koridoru'nun", "zangezur-corridor"),
    ("the so-called Trump Corridor", "Trump Corridor", "tripp"),
    ("TAPI Boru Hattı'nda çalışmalar", "TAPI Boru Hattı'nda", "tapi-pipeline"),
    # the other romanisation of the Tajik and Uzbek letter ғ
    ("the Roghun HPP will export power", "Roghun HPP", "rogun-hpp"),
    ("Ferghana Vadisi'nde su sorunu", "Ferghana Vadisi'nde", "fergana-valley"),
])
def test_a_name_with_any_head_of_its_kind(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text", [
    "Roghun is a town in Tajikistan.",  # a bare name: the town, a person, the plant
    "Zangezur dağlarında",  # a name with a head of no kind
    "the Rogun river valley",  # a head that is no head of the name's kind
])
def test_no_work_without_a_head_of_its_kind(text):
    assert not any(concept == "rogun-hpp" or concept == "zangezur-corridor"
                   for _, concept in _found(text))


def test_only_proper_names_take_other_heads():
    # "Agreement on the Establishment of an International Transport and Transit Corridor"
    # ends in a head, but its words in lower case make it a description
    made_tr, made_en = work_forms(glossary()["ashgabat-agreement"], frozenset())
    assert not [form for form in made_tr + made_en if "Koridor" in form]


def test_a_form_of_another_concept_is_not_made():
    rogun = glossary()["rogun-hpp"]
    taken = frozenset({fold("Rogun hydropower project")})
    made_tr, made_en = work_forms(rogun, taken)
    assert "Rogun hydropower project" not in made_en
    assert "Rogun hydropower station" in made_en
    assert "Roghun Baraj|ı" in made_tr


def test_the_longest_head_leaves_the_name():
    made_tr, made_en = work_forms(glossary()["tapi-pipeline"], frozenset())
    assert "TAPI Doğal Gaz pipeline" not in made_en
    assert "TAPI Boru Hatt|ı" in made_tr


def test_a_gas_pipeline_without_natural():
    # "Gaz Boru Hattı" is the shortest Turkish wording of a gas pipeline after "Boru Hattı"
    assert ("Trans-Hazar Gaz Boru Hattı’nın", "trans-caspian-gas-pipeline") in _found(
        "Trans-Hazar Gaz Boru Hattı’nın inşası")


@pytest.mark.parametrize("text, surface", [
    ("Kuştepe Kanalı’nın inşası", "Kuştepe Kanalı’nın"),  # a two-word name written as one
    ("Kuş Tepe Su Kanalı'nın suyu", "Kuş Tepe Su Kanalı'nın"),  # a water canal is a canal
])
def test_short_names_closed_and_a_canal_of_water(text, surface):
    assert (surface, "qosh-tepa-canal") in _found(text)


def test_only_a_name_of_two_short_words_is_closed():
    made_tr, _ = work_forms(glossary()["trans-adriatic-pipeline"], frozenset())
    assert not [form for form in made_tr if form.startswith("Transadriyatik")]
