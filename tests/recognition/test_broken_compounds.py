"""A compound broken by its hyphen: at a line end (PDF extraction) or before a space.

Every gap between the words of a term reads a hyphen followed by white space,
line breaks and blank lines included, in clean and PDF-text modes alike; the
terms whose gap may also hold an inserted word ("orta bir güç") are no exception.
"""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str, **modes: bool) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text, **modes)]


BROKEN = [
    ("SCO's Counter- Terrorism Cooperation", "Counter- Terrorism", "counter-terrorism"),
    ("the SCO's Counter-\n\nTerrorism Cooperation", "Counter-\n\nTerrorism",
     "counter-terrorism"),
    ("regional Counter-\nTerrorism efforts", "Counter-\nTerrorism", "counter-terrorism"),
    ("Türkiye'nin Orta-\nAsya politikası", "Orta-\nAsya", "central-asia"),
    ("Türkiye'nin Orta- Asya politikası", "Orta- Asya", "central-asia"),
    ("Kazakistan orta- güç olarak", "orta- güç", "middle-power"),
]


@pytest.mark.parametrize("pdf_text", [False, True])
@pytest.mark.parametrize("text, surface, concept", BROKEN)
def test_a_hyphen_then_white_space_joins_the_words_of_a_term(text, surface, concept,
                                                              pdf_text):
    assert (surface, concept) in _found(text, pdf_text=pdf_text)


def test_the_broken_compound_is_one_mention_not_its_last_word():
    assert _found("Counter- Terrorism") == [("Counter- Terrorism", "counter-terrorism")]


def test_an_inserted_word_still_needs_white_space_after_it():
    assert _found("orta bir güç") == [("orta bir güç", "middle-power")]
    assert ("orta birgüç", "middle-power") not in _found("orta birgüç")


@pytest.mark.parametrize("text, kept", [
    ("a joint centre with the Central Asia-Cau-casus Institute of Johns Hopkins", False),
    ("Central Asia-Cau-casus relations", True),  # no institution: the region stays
])
def test_a_hyphen_kept_inside_a_word_does_not_hide_an_institution_name(text, kept):
    assert (("Central Asia", "central-asia") in _found(text)) is kept
