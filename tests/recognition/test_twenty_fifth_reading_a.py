"""Concepts of the twenty-fifth curation reading, part A (the unmapped slugs and round 34's new
names): the CSTO Crisis Response Centre, the OTS Budapest Declaration of 2025, the Upper Naryn
Cascade, the Republic of Karakalpakstan and the SCO's cooperation programme against terrorism,
separatism and extremism (docs/curation.rst). The sentences that must link are shortened from
the pages the reading counted unless a comment says they were written for the test; the
look-alikes are written for the test."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


_PROGRAMME = ("Program of Cooperation of the SCO Member States in Countering Terrorism, "
              "Separatism and Extremism")
_PROGRAMME_TR = ("ŞİÖ Üye Devletlerinin Terörizm, Ayrılıkçılık ve Aşırıcılıkla Mücadelede "
                 "İşbirliği Programı")


@pytest.mark.parametrize("text, surface, concept", [
    ("Representatives of the national agencies authorized to interact with the CSTO Crisis "
     "Response Center met at the CSTO Joint Staff.", "CSTO Crisis Response Center",
     "csto-crisis-response-centre"),
    ("The Collective Security Treaty Organization (CSTO) is due to establish a Crisis Response "
     "Centre to help member-states deal with major security threats.",
     "Crisis Response Centre", "csto-crisis-response-centre"),
    # written for the test: the Turkish names (the short one as round 34's text 398 writes it)
    ("Erivan'da KGAÖ Kriz Müdahale Merkezi’nin kurulması ele alındı.",
     "KGAÖ Kriz Müdahale Merkezi’nin", "csto-crisis-response-centre"),
    ("Kolektif Güvenlik Antlaşması Örgütü Kriz Müdahale Merkezine yeni bir başkan atandı.",
     "Kolektif Güvenlik Antlaşması Örgütü Kriz Müdahale Merkezine",
     "csto-crisis-response-centre"),
    ("A key outcome of the gathering will be the adoption of the Budapest Declaration, which is "
     "expected to reaffirm the OTS's collective vision.", "Budapest Declaration",
     "ots-budapest-declaration-2025"),
    ("TÜRK DEVLETLERİ TEŞKİLATI GAYRİRESMÎ ZİRVESİ BUDAPEŞTE BİLDİRİSİ",
     "TÜRK DEVLETLERİ TEŞKİLATI GAYRİRESMÎ ZİRVESİ BUDAPEŞTE BİLDİRİSİ",
     "ots-budapest-declaration-2025"),
    ("TDT Genel Sekreteri, liderlerin Budapeşte Bildirisi’ne imza attığını söyledi.",
     "Budapeşte Bildirisi’ne", "ots-budapest-declaration-2025"),
    ("In 2025, work will begin on the Upper Naryn Cascade of Hydroelectric Power Plants (HPPs) "
     "in Kyrgyzstan.", "Upper Naryn Cascade of Hydroelectric Power Plants",
     "upper-naryn-cascade"),
    ("The Upper Naryn HPP cascade is a strategically important facility for Kyrgyzstan.",
     "Upper Naryn HPP cascade", "upper-naryn-cascade"),
    ("The Upper Naryn hydropower cascade is a hydropower project in Naryn Region, Kyrgyzstan.",
     "Upper Naryn hydropower cascade", "upper-naryn-cascade"),
    # written for the test: the Turkish rendering with a genitive ending
    ("Yukarı Narın Kaskadı'nın yapımı 2016'da durdu.", "Yukarı Narın Kaskadı'nın",
     "upper-naryn-cascade"),
    ("Nukus is the capital of the sovereign Republic of Karakalpakstan within Uzbekistan.",
     "Republic of Karakalpakstan", "karakalpakstan"),
    ("Karakalpakstan is now mostly desert and is located in western Uzbekistan near the Aral "
     "Sea.", "Karakalpakstan", "karakalpakstan"),
    ("Karakalpakia is a republic in Central Asia, part of Uzbekistan.", "Karakalpakia",
     "karakalpakstan"),
    ("It was moved from the Russian SFSR to the Uzbek SSR as the Karakalpak ASSR.",
     "Karakalpak ASSR", "karakalpakstan"),
    # written for the test: the Turkish names with case endings
    ("Aral Gölü'nün kuruması en çok Karakalpakistan Özerk Cumhuriyeti’ni etkiledi.",
     "Karakalpakistan Özerk Cumhuriyeti’ni", "karakalpakstan"),
    ("Nukus, Karakalpakistan'ın başkentidir.", "Karakalpakistan'ın", "karakalpakstan"),
    (f"They stressed the importance of the consistent implementation of the {_PROGRAMME} for "
     "2022-2024.", _PROGRAMME, "sco-cooperation-programme-against-three-evils"),
    ("One practical step is the approval of the Program of SCO Member States Cooperation in "
     "Combating Terrorism, Separatism and Extremism for 2019-2021.",
     "Program of SCO Member States Cooperation in Combating Terrorism, Separatism and "
     "Extremism", "sco-cooperation-programme-against-three-evils"),
    ("The participants were informed about the implementation of the SCO's 2022-2024 Program of "
     "Cooperation in Countering Terrorism, Separatism and Extremism.",
     "Program of Cooperation in Countering Terrorism, Separatism and Extremism",
     "sco-cooperation-programme-against-three-evils"),
    ("He stressed the necessity of adopting the Cooperation Program on Combating Terrorism, "
     "Separatism, and Extremism for 2025–2027 during Kazakhstan's SCO chairmanship.",
     "Cooperation Program on Combating Terrorism, Separatism, and Extremism",
     "sco-cooperation-programme-against-three-evils"),
    # written for the test: the Turkish rendering with an accusative ending
    (f"Liderler {_PROGRAMME_TR}nı onayladı.", f"{_PROGRAMME_TR}nı",
     "sco-cooperation-programme-against-three-evils"),
])
def test_forms_link(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, concept", [
    # any state's or hospital's crisis centre
    ("The hospital opened a Crisis Response Center for flood victims.",
     "csto-crisis-response-centre"),
    ("Belediye deprem için Kriz Müdahale Merkezi kurdu.", "csto-crisis-response-centre"),
    # other Budapest declarations
    ("The Budapest Declaration on open access was signed in 2002.",
     "ots-budapest-declaration-2025"),
    ("Bologna sürecinde Budapeşte Bildirisi 2010'da kabul edildi.",
     "ots-budapest-declaration-2025"),
    # the river and the Kambarata station are concepts of their own; the bare cascade is not
    ("Kyrgyzstan plans a cascade of hydropower plants on the Naryn River.",
     "upper-naryn-cascade"),
    ("Uzbekistan has launched the first stage of the Naryn hydropower cascade.",
     "upper-naryn-cascade"),
    # the people and the 2022 protests are not the republic
    ("Karakalpakistan olayları 2022'de başladı.", "karakalpakstan"),
    ("The Karakalpak language is closer to Kazakh than to Uzbek.", "karakalpakstan"),
    # another body's programme of the same name
    ("The CIS adopted its own Program of Cooperation in Countering Terrorism, Separatism and "
     "Extremism.", "sco-cooperation-programme-against-three-evils"),
])
def test_look_alikes_do_not_link(text, concept):
    assert concept not in {found for _, found in _found(text)}
