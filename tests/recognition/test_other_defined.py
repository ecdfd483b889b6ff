"""Acronyms a text defines as another name than the glossary's ("Caspian Policy Center (CPC)")."""

from __future__ import annotations

import pytest

import caglossary
from caglossary.recognition.annotate import annotate_each
from caglossary.recognition.localabbr import LocalAbbreviations


def _found(text: str, **modes: bool) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text, **modes)]


@pytest.mark.parametrize("modes", [{}, {"ocr": True}, {"pdf_text": True}])
def test_a_name_before_the_bracket_takes_the_acronym_for_the_whole_text(modes):
    text = ("CPC BRIEF\n\nThe Caspian Policy Center (CPC) is a think tank. CPC aims at "
            "becoming a platform; CPC's fellows write.")
    assert not any(concept == "caspian-pipeline-consortium" for _, concept in _found(text, **modes))


def test_a_name_in_brackets_after_the_acronym_takes_it_too():
    found = _found("CPC (Caspian Policy Center) published a brief. CPC said so.")
    assert all(concept != "caspian-pipeline-consortium" for _, concept in found)


def test_a_longer_form_holding_the_acronym_keeps_its_reading():
    found = _found("CPC (Caspian Policy Center) wrote on the CPC pipeline.")
    assert ("CPC pipeline", "caspian-pipeline-consortium") in found


@pytest.mark.parametrize("text", [
    # the glossary reads the name as the same concept
    "The Caspian Pipeline Consortium (CPC) exports oil; CPC grew.",
    # a wording the glossary lacks, sharing most words with the concept's term
    "Kazakhstan promoted a Central Asian Nuclear Weapons Free Zone (CANWFZ); CANWFZ holds.",
    # a lower-case word between: no name before the bracket
    "a security pact of the region (CSTO) and the CSTO",
    # letters that are not the name's initials
    "The Caspian Research Institute (CSTO) and the CSTO",
])
def test_a_bracket_that_does_not_give_the_acronym_away_keeps_the_reading(text):
    acronym = next(a for a in ("CANWFZ", "CSTO", "CPC") if a in text)
    readings = [surface for surface, _ in _found(text) if surface == acronym]
    assert len(readings) == text.count(acronym)


def test_another_concepts_reading_of_the_same_text_is_untouched():
    text = "The Caspian Policy Center (CPC) studies the SCO. CPC and the SCO."
    assert _found(text).count(("SCO", "sco")) == 2


def test_a_document_learner_carries_the_definition_to_later_texts():
    glossary = caglossary.glossary()
    learner = glossary.abbreviation_learner()
    assert isinstance(learner, LocalAbbreviations)
    texts = ["The Collective Strategy Think Office (CSTO) is a think tank.",
             "The CSTO published a brief."]
    assert ("CSTO", "csto") in _found(texts[1])  # read so alone
    found = annotate_each(texts, glossary, None, abbreviations=learner)
    assert [m.surface for m in found[1].terms] == []
    assert learner.taken == {"CSTO": "csto"}


def test_a_guarded_acronym_given_away_in_one_text_stays_given_away_in_the_next():
    glossary = caglossary.glossary()
    learner = glossary.abbreviation_learner()
    texts = ["The Caspian Policy Center (CPC) is a think tank.",
             "CPC says the Caspian Pipeline Consortium carries Kazakh oil."]
    assert ("CPC", "caspian-pipeline-consortium") in _found(texts[1])  # read so alone
    found = annotate_each(texts, glossary, None, abbreviations=learner)
    assert [(m.surface, m.concept) for m in found[1].terms] == [
        ("Caspian Pipeline Consortium", "caspian-pipeline-consortium")]
