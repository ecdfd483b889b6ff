"""Concepts of the fourteenth reading, part B: economy, energy, institutions (docs/curation.rst)."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


def _concepts(text: str) -> set[str]:
    return {concept for _, concept in _found(text)}


@pytest.mark.parametrize("text, surface, concept", [
    ("Türkiye'nin bölgesel enerji merkezi olma hedefi", "enerji merkezi", "energy-hub"),
    ("Türkiye enerjide merkez ülke olabilir mi?", "enerjide merkez ülke", "energy-hub"),
    ("a proposal to turn Türkiye into a gas hub for Europe", "gas hub", "energy-hub"),
    ("Kazakhstan's rare earth elements attract investors", "rare earth elements",
     "rare-earth-elements"),
    ("Orta Asya'nın nadir toprak elementleri", "nadir toprak elementleri",
     "rare-earth-elements"),
    ("Kazatomprom'un uranyum üretimi arttı", "Kazatomprom'un", "kazatomprom"),
    ("output at the Kashagan oilfield rose", "Kashagan oilfield", "kashagan-field"),
    ("Tengiz sahasında üretim yeniden başladı", "Tengiz sahasında", "tengiz-field"),
    ("the Galkynysh gas field in Mary province", "Galkynysh gas field", "galkynysh-gas-field"),
    ("The Silk Road Fund invested in Uzbekistan", "Silk Road Fund", "silk-road-fund"),
    ("the Astana International Financial Centre (AIFC) opened", "AIFC",
     "astana-international-financial-centre"),
    ("a loan from the Eurasian Fund for Stabilization and Development",
     "Eurasian Fund for Stabilization and Development", "efsd"),
    ("Kazakhstan's OPEC+ quota for May", "OPEC+", "opec-plus"),
    ("Tajikistan rejoins the Central Asian Integrated Power System",
     "Central Asian Integrated Power System", "central-asian-power-system"),
    ("Yurtdışı Türkler ve Akraba Topluluklar Başkanlığı (YTB) açıkladı", "YTB", "ytb"),
    ("Türkiye'nin girişimci ve insani dış politikası", "girişimci ve insani dış politikası",
     "enterprising-and-humanitarian-foreign-policy"),
    ("Turkey's humanitarian diplomacy in Somalia", "humanitarian diplomacy",
     "humanitarian-diplomacy"),
    ("the Century of Türkiye vision", "Century of Türkiye", "century-of-turkiye"),
    ("Türkiye Yüzyılı'nın stratejik eşiği", "Türkiye Yüzyılı'nın", "century-of-turkiye"),
    ("leaders arrived in Baku for COP29", "COP29", "cop29"),
])
def test_the_new_concepts_are_found(text, surface, concept):
    assert (surface, concept) in _found(text)


def test_a_fund_named_after_the_silk_road_is_not_the_silk_road():
    assert _found("the Silk Road Fund") == [("Silk Road Fund", "silk-road-fund")]
    assert _found("İpek Yolu Fonu") == [("İpek Yolu Fonu", "silk-road-fund")]


def test_the_eurasian_fund_is_not_eurasia():
    assert "eurasia" not in _concepts("the Eurasian Fund for Stabilization and Development")


def test_bare_opec_is_not_opec_plus():
    assert "opec-plus" not in _concepts("OPEC was founded in Baghdad in 1960.")


def test_a_project_named_energy_hub_without_energy_context_is_no_hub():
    text = "Azerbaijan plans a corridor to be named the Jabrayil energy hub project."
    assert "energy-hub" not in _concepts(text)
