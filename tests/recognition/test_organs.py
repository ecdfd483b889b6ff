"""An organ's acronym written beside its organisation's is one mention of the organ."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface", [
    ("The SCO RATS Council met in Tashkent.", "SCO RATS"),       # English order
    ("Tashkent hosts the regular RATS SCO meeting.", "RATS SCO"),  # the Russian order
    ("The RATS SCO's head spoke.", "RATS SCO's"),                 # an ending closes the name
    ("ŞİÖ RATS toplantısı yapıldı.", "ŞİÖ RATS"),
])
def test_the_two_acronyms_are_one_mention_of_the_organ(text, surface):
    assert _found(text) == [(surface, "rats")]


@pytest.mark.parametrize("text", [
    "The SCO's RATS met.",        # an ending on the first acronym closes its name
    "They joined the SCO. RATS met later.",  # a full stop between
    "The SCO  RATS met.",         # two spaces: no name is written so
])
def test_apart_they_stay_two_mentions(text):
    assert {concept for _, concept in _found(text)} == {"sco", "rats"}


def test_an_organisation_that_owns_no_such_organ_is_not_joined():
    # RATS belongs to the SCO, not to the CSTO
    assert {concept for _, concept in _found("The CSTO RATS drill.")} == {"csto", "rats"}
