"""Concepts of the seventh reading (docs/curation.rst): banks, EU bodies, formats, councils.

The shipped glossary reads their Turkish inflections, the pair-summit and
organisation-summit rules apply to them, and their class nouns do not take
over a bare "zirve" from the summits the text is about.
"""

from __future__ import annotations

import pytest

from caglossary import glossary


def _links(text: str, *, anaphora: bool = False) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in glossary().find_terms(text, anaphora=anaphora)]


@pytest.mark.parametrize("text, surface, concept", [
    ("Dünya Bankası'nın Taşkent ofisi açıkladı.", "Dünya Bankası'nın", "world-bank"),
    ("Asya Altyapı ve Yatırım Bankası resmen açıldı.", "Asya Altyapı ve Yatırım Bankası",
     "aiib"),
    ("AB ile Gelişmiş Ortaklık ve İşbirliği Anlaşması'nı imzaladı.",
     "Gelişmiş Ortaklık ve İşbirliği Anlaşması'nı",
     "eu-enhanced-partnership-and-cooperation-agreement"),
    ("Yüksek Düzeyli Stratejik İşbirliği Konseyi'nin ikinci toplantısı Taşkent'te yapıldı.",
     "Yüksek Düzeyli Stratejik İşbirliği Konseyi'nin", "high-level-strategic-cooperation-council"),
    ("The 19th EU-Central Asia Ministerial meeting took place in Luxembourg.",
     "EU-Central Asia Ministerial meeting", "eu-central-asia-ministerial-meeting"),
    ("the Joint Roadmap for deepening ties between the EU and Central Asia",
     "Joint Roadmap for deepening ties between the EU and Central Asia",
     "eu-central-asia-joint-roadmap-2023"),
    ("Kazakhstan joined the Central Asia Regional Economic Cooperation Program early.",
     "Central Asia Regional Economic Cooperation Program", "carec"),
])
def test_names_and_their_inflections(text, surface, concept):
    assert (surface, concept) in _links(text)


@pytest.mark.parametrize("text, surface, concept", [
    ("The inaugural Central Asia — GCC summit was held in Jeddah.", "Central Asia — GCC summit",
     "gcc-central-asia-summit"),
    ("Orta Asya-Körfez İşbirliği Konseyi Zirvesi Semerkant'ta toplandı.",
     "Orta Asya-Körfez İşbirliği Konseyi Zirvesi", "gcc-central-asia-summit"),
    ("The first Central Asia–India Summit was held online.", "Central Asia–India Summit",
     "india-central-asia-summit"),
    ("The Central Asia-Korea Summit is set for Seoul.", "Central Asia-Korea Summit",
     "korea-central-asia-summit"),
])
def test_format_summits_in_either_order(text, surface, concept):
    assert (surface, concept) in _links(text)


@pytest.mark.parametrize("text, surface", [
    ("The Shanghai Five Dushanbe summit followed in 2000.", "Shanghai Five Dushanbe summit"),
    ("Şanghay Beşlisi'nin Bişkek Zirvesi 1999'da yapıldı.", "Şanghay Beşlisi'nin Bişkek Zirvesi"),
])
def test_city_named_shanghai_five_summits(text, surface):
    assert (surface, "shanghai-five-summit") in _links(text)


def test_abbreviations_of_other_bodies_stay_unlinked():
    text = ("The Economic Development Board (EDB) of Singapore and the Permanent Court of "
            "Arbitration (PCA) were named; the Inter-American Development Bank (IDB) lent.")
    assert not [c for _, c in _links(text) if c in {
        "eurasian-development-bank", "eu-partnership-and-cooperation-agreement", "isdb"}]


def test_a_bare_summit_after_the_region_is_not_a_format_summit():
    """A format summit links to its format, not to the region: "zirve" after "Orta Asya"
    must not resolve to the Gulf, Korea or Germany summit through ``see_also``."""
    text = "Orta Asya ülkeleri için zirve önemliydi."
    anaphors = [c for s, c in _links(text, anaphora=True) if s == "zirve"]
    assert not set(anaphors) & {"gcc-central-asia-summit", "korea-central-asia-summit",
                                "germany-central-asia-summit"}


@pytest.mark.parametrize("text, surface, concept", [
    ("TDT'nin 11'inci Zirvesi Bişkek'te başladı.", "TDT'nin 11'inci Zirvesi", "ots-summit"),
    ("ŞİÖ 24’üncü Devlet Başkanları Zirvesi’nde konuştu.",
     "ŞİÖ 24’üncü Devlet Başkanları Zirvesi’nde", "sco-heads-of-state-council"),
    ("AİGK 5'inci Devlet ve Hükümet Başkanları Zirvesi'ne katılacak.",
     "AİGK 5'inci Devlet ve Hükümet Başkanları Zirvesi'ne", "cica-summit"),
    ("BDT'nin 3'ncü Zirvesi toplandı.", "BDT'nin 3'ncü Zirvesi", "cis-heads-of-state-council"),
])
def test_an_ordinal_in_digits_with_an_apostrophe_numbers_a_summit(text, surface, concept):
    assert _links(text) == [(surface, concept)]


def test_an_apostrophe_ordinal_without_an_organisation_is_no_summit():
    assert _links("Yapılan 3'üncü zirve uzun sürdü.") == []


@pytest.mark.parametrize("text, surface, concept", [
    ("In last week’s SCO Regional Anti-Terrorist Structure Council, the",
     "SCO Regional Anti-Terrorist Structure", "rats"),
    ("ŞİÖ Bölgesel Terörle Mücadele Yapısı’nın toplantısı",
     "ŞİÖ Bölgesel Terörle Mücadele Yapısı’nın", "rats"),
    ("the CSTO Collective Rapid Reaction Force", "CSTO Collective Rapid Reaction Force",
     "csto-collective-rapid-reaction-force"),
])
def test_a_body_named_after_its_organisation_is_one_mention(text, surface, concept):
    assert [(m.surface, m.concept) for m in glossary().find_terms(text)] == [(surface, concept)]
