"""Concepts of the ninth curation reading: water and Afghanistan (docs/curation.rst)."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("bölgesel su diplomasisinin yeniden değerlendirilmesi", "su diplomasisinin",
     "water-diplomacy"),
    ("promoting water diplomacy in Central Asia", "water diplomacy", "water-diplomacy"),
    ("Time for hydro-diplomacy: Central Asia", "hydro-diplomacy", "water-diplomacy"),
    ("Taliban, Kuş Tepe Sulama Kanalı ile", "Kuş Tepe Sulama Kanalı", "qosh-tepa-canal"),
    ("Afganistan'ın Koştepe Kanalı'nın inşası", "Koştepe Kanalı'nın", "qosh-tepa-canal"),
    ("the 115-mile Qosh Tepa canal", "Qosh Tepa canal", "qosh-tepa-canal"),
    ("signed the 1992 Almaty Agreement on water", "1992 Almaty Agreement",
     "almaty-water-agreement-1992"),
    ("The Islamic State in Khorasan Province (ISKP) is", "Islamic State in Khorasan Province",
     "islamic-state-khorasan"),
    ("The Islamic State in Khorasan Province (ISKP) is", "ISKP", "islamic-state-khorasan"),
    ("IŞİD Horasan Vilayeti’nin kurulması", "IŞİD Horasan Vilayeti’nin",
     "islamic-state-khorasan"),
    ("DEAŞ Horasan’ın yükselişi", "DEAŞ Horasan’ın", "islamic-state-khorasan"),
])
def test_the_new_concepts_are_found(text, surface, concept):
    assert (surface, concept) in _found(text)


def test_the_almaty_act_of_the_cica_is_not_the_water_agreement():
    assert all(concept != "almaty-water-agreement-1992"
               for _, concept in _found("CICA's Almaty Act of 2002"))
