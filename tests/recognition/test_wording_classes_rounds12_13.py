"""Wording classes found in the misses of the development rounds 12–13.

Pages that attest each wording are named in docs/curation.rst, "Wording classes
from rounds 12–13 (session 8)"; each test also states what the rule leaves alone.
"""

from __future__ import annotations

import pytest

import caglossary
from caglossary.recognition.eventnames import event_wordings

_DISSOLUTION = "dissolution-of-the-soviet-union"


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface", [
    ("Sovyetler Birliği’nin parçalanmasının ardından", "Sovyetler Birliği’nin parçalanmasının"),
    ("SSCB'nin çözülmesi hızlandı", "SSCB'nin çözülmesi"),
    ("Sovyetlerin dağılmasıyla birlikte", "Sovyetlerin dağılmasıyla"),
    ("after the Soviet Union’s breakup, the", "Soviet Union’s breakup"),
    ("the USSR's collapse left", "USSR's collapse"),
    ("the fall of the USSR in 1991", "fall of the USSR"),
])
def test_the_end_of_the_state_on_its_genitive_is_the_event(text, surface):
    assert _found(text) == [(surface, _DISSOLUTION)]


@pytest.mark.parametrize("text", [
    "the Soviet Union’s foreign policy",
    "Sovyetler Birliği’nin dış politikası",
    "Sovyetler Birliği’nin parçası olan",  # a part of the state is no event
])
def test_the_genitive_alone_stays_the_state(text):
    assert [c for _, c in _found(text)] == ["soviet-union"]


def test_only_an_event_that_declares_two_nouns_takes_the_family():
    glossary = caglossary.load_glossary()
    taking = {c.id for c in glossary if any(event_wordings(c))}
    assert taking == {_DISSOLUTION}
    # "fall of Kabul" names one noun only: it is not widened to "collapse of Kabul"
    assert not [f for f in _found("the collapse of Kabul's economy") if f[1] == "fall-of-kabul-2021"]


@pytest.mark.parametrize("text, surface", [
    ("the Kazakhstan-2050 goals", "Kazakhstan-2050"),
    ("“Kazakhstan 2050” focuses on", "Kazakhstan 2050"),
])
def test_the_strategy_by_its_bare_name(text, surface):
    assert _found(text) == [(surface, "kazakhstan-2050-strategy")]
