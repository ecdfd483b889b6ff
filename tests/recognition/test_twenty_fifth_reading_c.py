"""Concepts and wordings of the twenty-fifth curation reading, part C (the names English pages
repeat most): Turanism, China's Global Development, Global Security and Global Civilization
Initiatives, the Zangazur spelling of the Zangezur corridor and the Mazar-i-Sharif-Kabul-Peshawar
wording of the Trans-Afghan railway (docs/curation.rst). The sentences that must link are
shortened from the pages the reading counted unless a comment says they were written for the
test; the look-alikes are written for the test or taken from a development text where a comment
says so."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("Many confuse Pan-Turkism with Turanism, including the Hungarian prime minister.",
     "Turanism", "turanism"),
    ("Turanism, also known as pan-Turanianism or pan-Turanism, is a nationalist movement.",
     "pan-Turanianism", "turanism"),
    ("Turanism, also known as pan-Turanianism or pan-Turanism, is a nationalist movement.",
     "pan-Turanism", "turanism"),
    ("Hungarian Turanism revolves around an association of Hungarian history with Central Asia.",
     "Turanism", "turanism"),
    ("Turancılık, pantürkizmle eş anlamlı olarak bütün Türklerin birleşmesi diye tanımlanabilir.",
     "Turancılık", "turanism"),
    ("Pan-Turanizm olarak da bilinen bu akım 19. yüzyılda doğmuştur.", "Pan-Turanizm", "turanism"),
    ("Turanizm akımı önce Macaristan'da doğdu.", "Turanizm", "turanism"),
    ("Xi unveiled the Global Development Initiative at the UN General Assembly in September 2021.",
     "Global Development Initiative", "global-development-initiative"),
    ("Xi Jinping proposed a Global Security Initiative in his Boao speech.",
     "Global Security Initiative", "global-security-initiative"),
    ("Xi Jinping proposes Global Civilization Initiative", "Global Civilization Initiative",
     "global-civilization-initiative"),
    ("the Global Security Initiative (GSI, 2022), the Global Civilisation Initiative (GCI, 2023)",
     "Global Civilisation Initiative", "global-civilization-initiative"),
    ("His Global Development Initiative, Global Security Initiative and Global Civilizational "
     "Initiative are necessary steps.", "Global Civilizational Initiative",
     "global-civilization-initiative"),
    ("Küresel Kalkınma Girişimi, Küresel Güvenlik Girişimi ve Küresel Medeniyet Girişimi Çin "
     "tarafından önerilmiştir.", "Küresel Kalkınma Girişimi", "global-development-initiative"),
    ("Küresel Kalkınma Girişimi, Küresel Güvenlik Girişimi ve Küresel Medeniyet Girişimi Çin "
     "tarafından önerilmiştir.", "Küresel Güvenlik Girişimi", "global-security-initiative"),
    ("Küresel Kalkınma Girişimi, Küresel Güvenlik Girişimi ve Küresel Medeniyet Girişimi Çin "
     "tarafından önerilmiştir.", "Küresel Medeniyet Girişimi", "global-civilization-initiative"),
    ("This historic achievement makes the creation of the Zangazur Corridor inevitable.",
     "Zangazur Corridor", "zangezur-corridor"),
    # written for the test: the lower-case head noun
    ("Baku wants the Zangazur corridor opened within two years.", "Zangazur corridor",
     "zangezur-corridor"),
    ("The three countries approved a roadmap for the Mazar-i-Sharif-Kabul-Peshawar railway line.",
     "Mazar-i-Sharif-Kabul-Peshawar railway line", "trans-afghan-railway"),
    # written for the test: the other spelling of the city, as the Termez wording has it
    ("Work on the Mazar-e-Sharif-Kabul-Peshawar railway may start next year.",
     "Mazar-e-Sharif-Kabul-Peshawar railway", "trans-afghan-railway"),
])
def test_forms_link(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, surface, concept", [
    # written for the test: case endings on the last word
    ("Ziya Gökalp, Turancılığın en tanınmış temsilcilerindendir.", "Turancılığın", "turanism"),
    ("Macar aydınları Turancılığa kültürel bir anlam yükledi.", "Turancılığa", "turanism"),
    ("Küresel Güvenlik Girişimi'nin kavram belgesi 2023'te yayımlandı.",
     "Küresel Güvenlik Girişimi'nin", "global-security-initiative"),
    ("Orta Asya ülkeleri Küresel Kalkınma Girişimine destek verdi.",
     "Küresel Kalkınma Girişimine", "global-development-initiative"),
    ("Liderler Küresel Medeniyet Girişimi’ni memnuniyetle karşıladı.",
     "Küresel Medeniyet Girişimi’ni", "global-civilization-initiative"),
])
def test_turkish_inflections_link(text, surface, concept):
    assert (surface, concept) in _found(text)


def test_the_longer_termez_wording_keeps_its_whole_span():
    # a development text (round 26, text 312) writes the wording that starts at Termez
    text = "Talks on the construction of the Termez-Mazar-i-Sharif-Kabul-Peshawar railway."
    assert ("Termez-Mazar-i-Sharif-Kabul-Peshawar railway", "trans-afghan-railway") in _found(text)


@pytest.mark.parametrize("text, concept", [
    # development texts (rounds 1 and 17) name Turan alone: a journal's and a centre's name,
    # and a phrase of devotion; neither is the movement
    ("TURAN Stratejik Araştırmalar Merkezi Dergisi", "turanism"),
    ("bu tarih aslında biz Turan sevdalıları adına bir milattır", "turanism"),
    # written for the test: the place name, the language grouping, the adherents, pan-Turkism
    ("The term comes from the Turan Depression and the so-called Turanian languages.", "turanism"),
    ("Türkçü Turancılar Türk milletinin birliğini savunur.", "turanism"),
    ("Pan-Turkism seeks the union of the Turkic-speaking peoples alone.", "turanism"),
    # a development text (round 27, text 318) opens with the common phrase, not the initiative
    ("Küresel güvenlik tehdit altında", "global-security-initiative"),
    # written for the test: generic phrases and the fourth, later initiative
    ("Global security is a shared aspiration of all nations.", "global-security-initiative"),
    ("The bank launched a global development initiative for small firms.",
     "global-development-initiative"),
    ("Xi presented the Global Governance Initiative in 2025.", "global-development-initiative"),
    ("Xi presented the Global Governance Initiative in 2025.", "global-security-initiative"),
    ("The exhibition celebrates global civilization and its heritage.",
     "global-civilization-initiative"),
    # written for the test: the Azerbaijani region's name without the corridor
    ("Works go on in the Eastern Zangazur economic region.", "zangezur-corridor"),
    # written for the test: a road between the same cities is no railway
    ("The Mazar-i-Sharif-Kabul-Peshawar road was repaired.", "trans-afghan-railway"),
])
def test_look_alikes_do_not_link(text, concept):
    assert concept not in {found for _, found in _found(text)}
