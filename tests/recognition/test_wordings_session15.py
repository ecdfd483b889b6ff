"""Wordings and name rules of session 15, from round 34's misses once it was scored."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface", [
    ("Örgütün son Kolektif Güvenlik Konseyi toplantısı Erivan'da yapıldı",
     "Kolektif Güvenlik Konseyi"),
    ("Kolektif Güvenlik Konseyi'nin kararı uygulandı", "Kolektif Güvenlik Konseyi'nin"),
    ("Ermenistan Cumhurbaşkanı ve KGAÖ Konseyi Dönem Başkanı", "KGAÖ Konseyi"),
    ("the next session of the Collective Security Council will discuss",
     "Collective Security Council"),
])
def test_the_cstos_council_is_named_without_the_organisation(text, surface):
    """The council's name holds the words of collective security and the acronym of the
    CSTO; the longer name wins over both."""
    assert (surface, "csto-collective-security-council") in _found(text)
    assert {"collective-security", "csto"}.isdisjoint(concept for _, concept in _found(text))


def test_collective_security_alone_stays_the_idea():
    assert _found("kolektif güvenlik anlayışı") == [("kolektif güvenlik", "collective-security")]


def test_combat_terrorism_is_counter_terrorism():
    assert _found("calling for cooperation to combat terrorism and violent extremism")[0] == (
        "combat terrorism", "counter-terrorism")


@pytest.mark.parametrize("text", [
    "Gabala, The Gulf Observer: The 12th Summit of the Council of Heads of State",
    "Pakistan Observer reported on the corridor",
    "a paper of the Observer Research Foundation on the SCO",
])
def test_a_status_word_inside_a_name_is_no_status(text):
    assert "observer" not in [concept for _, concept in _found(text)]


@pytest.mark.parametrize("text", [
    "Uzbekistan Commits To EAEU As An Observer Nation",
    "Belarus became an Observer of the SCO",
    "the SCO Observer states met",
    "Türkmenistan, Gözlemci Üye olarak katıldı",
])
def test_a_status_after_a_small_word_or_its_organisation_stays(text):
    assert "observer" in [concept for _, concept in _found(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("TDT Devlet Başkanları Gayriresmi Zirvesi'nde bir bildiri imzalandı",
     "TDT Devlet Başkanları Gayriresmi Zirvesi'nde", "ots-summit"),
    ("Trans-Hazar Uluslararası Taşımacılık Rotası (TITR) üzerinden",
     "Trans-Hazar Uluslararası Taşımacılık Rotası", "middle-corridor"),
])
def test_round_35_wordings(text, surface, concept):
    assert _found(text)[0] == (surface, concept)


def test_a_publication_series_named_after_a_region_is_no_mention():
    assert _found("Conflict Studies Research Centre, Central Asian Series 05/09") == []
    assert ("Central Asian", "central-asia") in _found("a Central Asian series of talks")
