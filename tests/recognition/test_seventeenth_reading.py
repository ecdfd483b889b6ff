"""Concepts of the seventeenth curation reading: the nuclear vocabulary of Kazakhstan's foreign
policy, Kazakhstan's oil companies, the Warsaw Pact, the common European home and China's
Export-Import Bank (docs/curation.rst). The sentences that must link are shortened from the
pages the reading counted; the look-alikes are written for the test."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("the instruments of ratification of the Treaty on the Non-Proliferation of Nuclear Weapons",
     "Treaty on the Non-Proliferation of Nuclear Weapons", "npt"),
    ("From this point on, Kazakhstan officially joined the NPT as a non-nuclear weapon state",
     "NPT", "npt"),
    ("In 1993, Kazakhstan joined the Nuclear Nonproliferation Treaty (NPT)",
     "Nuclear Nonproliferation Treaty", "npt"),
    ("Nükleer Silahların Yayılmasının Önlenmesi Antlaşması (NPT), 1968 yılında imzalanmış",
     "Nükleer Silahların Yayılmasının Önlenmesi Antlaşması", "npt"),
    ("Nükleer Silahların Yayılmasını Önleme Antlaşmasına Katılım",
     "Nükleer Silahların Yayılmasını Önleme Antlaşmasına", "npt"),
    ("Kazakhstan intends to ratify the Comprehensive Nuclear-Test-Ban Treaty (CTBT)",
     "Comprehensive Nuclear-Test-Ban Treaty", "ctbt"),
    ("It has signed and ratified the Comprehensive Test Ban Treaty (CTBT)",
     "Comprehensive Test Ban Treaty", "ctbt"),
    ("Kapsamlı Nükleer Test Yasağı Anlaşması CTBT), IAEA Protokolü",
     "Kapsamlı Nükleer Test Yasağı Anlaşması", "ctbt"),
    ("Kazakhstan and the International Atomic Energy Agency (IAEA) signed an Agreement",
     "International Atomic Energy Agency", "iaea"),
    ("Uluslararası Atom Enerjisi Ajansı (UAEA) ile ortak bir yol bulunabilir",
     "Uluslararası Atom Enerjisi Ajansı", "iaea"),
    ("İran'ın UAEA'ya bildirim yapmadığı yönündeki tartışmalara", "UAEA'ya", "iaea"),
    ("timed to the opening of the IAEA Low Enriched Uranium Bank",
     "IAEA Low Enriched Uranium Bank", "iaea-leu-bank"),
    ("Kazakhstan and IAEA sign agreement to set up LEU fuel bank", "LEU fuel bank",
     "iaea-leu-bank"),
    ("Kazakhstan inaugurates IAEA-backed nuclear fuel bank", "nuclear fuel bank",
     "iaea-leu-bank"),
    ("Düşük seviyede zenginleştirilmiş uranyum bankası 2017 yılında açılmıştı",
     "Düşük seviyede zenginleştirilmiş uranyum bankası", "iaea-leu-bank"),
    ("the Lisbon Protocol to the START I Treaty was signed on May 23, 1992", "START I",
     "start-i"),
    ("Kazakistan, ABD, Rusya, Ukrayna ve Belarus arasında START-1 imzalandı", "START-1",
     "start-i"),
    ("the 1991 Strategic Arms Reduction Treaty (START I)", "Strategic Arms Reduction Treaty",
     "start-i"),
    ("Kazakhstan reiterated its commitment to nuclear disarmament", "nuclear disarmament",
     "nuclear-disarmament"),
    ("nükleer silahsızlanma ve nükleer denemelerden vazgeçilmesi yönünde",
     "nükleer silahsızlanma", "nuclear-disarmament"),
    ("an important step in supporting nuclear non-proliferation", "nuclear non-proliferation",
     "nuclear-non-proliferation"),
    ("the global nuclear nonproliferation regime", "nuclear nonproliferation",
     "nuclear-non-proliferation"),
    ("nükleer silahsızlanma ve nükleer silahların yayılmasını önleme alanında lider ülke",
     "nükleer silahların yayılmasını önleme", "nuclear-non-proliferation"),
    ("KazMunayGas (KMG) operates as Kazakhstan's sovereign entity in the oil and gas sector",
     "KazMunayGas", "kazmunaygas"),
    ("the entry of Kazakhstan's state oil and gas company Kazmunaygas into the venture",
     "Kazmunaygas", "kazmunaygas"),
    ("a meeting with Managing Director at North Caspian Operating Company N.V. (NCOC)",
     "North Caspian Operating Company N.V.", "ncoc"),
    ("Kashagan is being developed by the NCOC consortium", "NCOC", "ncoc"),
    ("Varşova Paktı’nın kuruluşu, Soğuk Savaş’ın bir yansımasıydı", "Varşova Paktı’nın",
     "warsaw-pact"),
    ("Resmî adıyla Varşova Antlaşması Örgütü, NATO’ya karşı", "Varşova Antlaşması Örgütü",
     "warsaw-pact"),
    ("the end of the Warsaw Pact which was the Soviet bloc's military alliance", "Warsaw Pact",
     "warsaw-pact"),
    ("Gorbachev presented his concept of our common European home", "common European home",
     "common-european-home"),
    ("The Export-Import Bank of China (China Exim Bank) opened a representative office",
     "Export-Import Bank of China", "china-exim-bank"),
    ("China Eximbank provides $200 million preferential buyer's credit", "China Eximbank",
     "china-exim-bank"),
    ("dış borcunun bir bölümünü Çin İhracat-İthalat Bankası'na olan borcu oluşturuyor",
     "Çin İhracat-İthalat Bankası'na", "china-exim-bank"),
])
def test_forms_from_the_pages(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, concept", [
    # START II is another treaty; 'Start' in a sentence is an ordinary word
    ("The START II treaty never entered into force", "start-i"),
    ("Start I think with the basics", "start-i"),
    # the treaty banning nuclear weapons (TPNW) is not the NPT
    ("Kazakistan nükleer silahların yasaklanması anlaşmasını imzaladı", "npt"),
    # general and complete disarmament keeps its own concept
    ("the goal of general and complete disarmament", "nuclear-disarmament"),
    # Türkiye's own export bank and the Caspian oil pipeline consortium are other bodies
    ("Türk Eximbank ihracatçılara kredi verdi", "china-exim-bank"),
    ("the Caspian Pipeline Consortium carries Kashagan's oil", "ncoc"),
])
def test_look_alikes_do_not_link(text, concept):
    assert concept not in [c for _, c in _found(text)]


def test_the_treaty_is_one_mention_not_also_the_principle():
    found = _found("Kazakhstan joined the Nuclear Non-Proliferation Treaty as a non-nuclear state")
    assert found == [("Nuclear Non-Proliferation Treaty", "npt")]
