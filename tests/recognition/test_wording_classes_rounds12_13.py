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


def test_the_tashkent_treaty_in_turkish_beside_the_organisation():
    text = "KGAÖ, 1992 yılında Taşkent Anlaşması ile temelleri atılan bir yapıdır."
    assert ("Taşkent Anlaşması", "collective-security-treaty-1992") in _found(text)


def test_another_tashkent_agreement_is_left_alone():
    assert _found("1966 Taşkent Antlaşması Hindistan ile Pakistan arasında imzalandı.") == []


@pytest.mark.parametrize("text, surface", [
    ("Çin'in Sincan bölgesinin güvenliği Orta Asya ülkeleriyle", "Sincan"),
    ("Sincan'ın Çin içindeki konumu ŞİÖ için önemlidir.", "Sincan'ın"),
])
def test_sincan_is_the_region_where_the_paragraph_is_about_the_neighbourhood(text, surface):
    assert (surface, "xinjiang") in _found(text)


@pytest.mark.parametrize("text", [
    "Sincan'da bir fabrika açıldı.",  # nothing of the region around: the Ankara district
    "Ankara'nın Sincan ilçesinde Orta Asya festivali düzenlendi.",
    "Sincan Belediyesi Orta Asya haftası düzenledi.",
])
def test_sincan_the_district_is_not_the_region(text):
    assert not [f for f in _found(text) if f[1] == "xinjiang"]


def test_a_document_of_a_summit_is_one_name():
    text = "the “Karabakh Declaration of the Informal Summit of the Organization of Turkic States”"
    assert _found(text) == [
        ("Karabakh Declaration of the Informal Summit of the Organization of Turkic States",
         "karabakh-declaration-2024")]


@pytest.mark.parametrize("text, expected", [
    # the summit alone keeps its own mention
    ("The informal Summit of the Organization of Turkic States met.",
     [("informal Summit of the Organization of Turkic States", "ots-summit")]),
    # a sentence end between them: two names
    ("The Karabakh Declaration. Of the Summit of the Organization of Turkic States",
     [("Karabakh Declaration", "karabakh-declaration-2024"),
      ("Summit of the Organization of Turkic States", "ots-summit")]),
])
def test_a_summit_not_joined_to_a_document_stays_the_summit(text, expected):
    assert _found(text) == expected
