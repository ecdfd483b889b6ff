"""Concepts and wordings of the twenty-first curation reading, part A (round 27, the unmapped
``new:`` slugs, security and extremism): the Islamic State under its long names, the Islamic Jihad
Union, Katibat Imam al-Bukhari, Akromiya, Tablighi Jamaat, the CIS Anti-Terrorism Center, the
Batken conflict, ISAF, the new world order, the Dostluk field, the BRICS partner country, the
2020 Karabakh ceasefire statement, Kazakhstan's Operation Zhusan, and new wordings of the Russia-Ukraine war and of
transboundary waters (docs/curation.rst). The sentences that must link are shortened from the
pages the reading counted unless a comment says they were written for the test; the look-alikes
are written for the test."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("the entrance on the scene of the then-called Islamic State of Iraq and the Levant (ISIL)",
     "Islamic State of Iraq and the Levant", "islamic-state"),
    ("150 and 200 of their citizens have respectively joined the ISIL militants",
     "ISIL", "islamic-state"),
    ("Suriye'deki IŞİD bölgesi yalnızca Suriye Çölü'ndeki bir cebe indirildi",
     "IŞİD", "islamic-state"),
    ("The Islamic Jihad Union, an offshoot of the Islamic Movement of Uzbekistan, advocates the "
     "internationalisation of Holy War", "Islamic Jihad Union", "islamic-jihad-union"),
    ("The State Department added Uzbek jihadist group Katibat Imam al Bukhari (KIB) to its list",
     "Katibat Imam al Bukhari", "katibat-imam-al-bukhari"),
    ("Imam Bukhari Jamaat militants are shown in northern Afghanistan in February",
     "Imam Bukhari Jamaat", "katibat-imam-al-bukhari"),
    ("Many have claimed that the alleged terrorist group Akromiya incited the violence in Andijon",
     "Akromiya", "akromiya"),
    ("the men are members of a heterodox Islamic sect known as Akramiya", "Akramiya", "akromiya"),
    ("A court in Astana has banned the international Islamic group Tablighi Jamaat",
     "Tablighi Jamaat", "tablighi-jamaat"),
    ("Four members of the Tabligh Jamaat movement in southeastern Kazakhstan were sentenced",
     "Tabligh Jamaat", "tablighi-jamaat"),
    ("The CIS Anti-Terrorism Center was established in 2000", "CIS Anti-Terrorism Center",
     "cis-anti-terrorism-center"),
    ("With that the CIS ATC is granted an observer status in the INTERPOL", "CIS ATC",
     "cis-anti-terrorism-center"),
    ("it was into this context that the Batken Incidents erupted in 1999 and 2000",
     "Batken Incidents", "batken-conflict"),
    ("delivering NATO supplies to the International Security Assistance Force (ISAF) in "
     "Afghanistan", "International Security Assistance Force", "isaf"),
    ("the region, which has taken advantage of the formation of a new world order",
     "new world order", "new-world-order"),
    ("Yeni Dünya düzeninin nasıl şekilleneceği tartışılıyor", "Yeni Dünya düzeninin",
     "new-world-order"),
    ("Turkmenistan and Azerbaijan have signed a memorandum on joint exploration of Dostluk field "
     "in the Caspian Sea", "Dostluk field", "dostluk-field"),
    ("hydrocarbon resources of the Dostlug field in the Caspian Sea", "Dostlug field",
     "dostluk-field"),
    # written for the test: the pages put the name in quotation marks ("Dostluk" Sahası)
    ("Hazar'daki Dostluk sahasında ortak arama yapılacak", "Dostluk sahasında", "dostluk-field"),
    ("13 countries have acquired the status of a BRICS partner country",
     "BRICS partner country", "brics-partner-country"),
    ("BRICS has officially welcomed 13 new nations as partner countries during a summit held in "
     "Kazan", "partner countries", "brics-partner-country"),
    ("BRICS liderleri 13 ülkenin sürece dahil edilmesine onay verdi. Gelecekteki genişleme ortak "
     "ülkeler için belirlenen kriterlere göre değerlendirilecek", "ortak ülkeler",
     "brics-partner-country"),
    ("Azerbaijan is trying to level the November 9, 2020 trilateral statement on Nagorno-Karabakh",
     "November 9, 2020 trilateral statement", "karabakh-ceasefire-statement-2020"),
    ("Article 1 of the November 9 trilateral statement ended the hostilities",
     "November 9 trilateral statement", "karabakh-ceasefire-statement-2020"),
    ("The operation is a continuation of the Jusan Operation, launched by the First President",
     "Jusan Operation", "operation-zhusan"),
    ("Operation Zhusan: Kazakhstan repatriates 607 its citizens from Syria", "Operation Zhusan",
     "operation-zhusan"),
    ("a woman who returned from Syria as part of Operation Jusan-5", "Operation Jusan",
     "operation-zhusan"),
    ("not a single CSTO member supports Russia's war on Ukraine", "Russia's war on Ukraine",
     "russia-ukraine-war"),
    ("they have reasons to be concerned about Putin's war against Ukraine",
     "war against Ukraine", "russia-ukraine-war"),
    ("the energy potential of the Central Asian transboundary water resources",
     "transboundary water", "transboundary-waters"),
])
def test_forms_from_the_pages(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, concept", [
    # the bare names stay out (the gold of rounds 11, 12 and 17 reads them differently)
    ("ISIS claimed the attack", "islamic-state"),
    ("the Islamic State Khorasan Province attacked the airport", "islamic-state"),
    # the scholar, not the armed group
    ("İmam Buhari, İmam Matüridi ve Hoca Ahmed Yesevi bu toprakların armağanıdır",
     "katibat-imam-al-bukhari"),
    # the region, not the conflict
    ("he comes from the village of Yangiyer in Kyrgyzstan's southern Batken region",
     "batken-conflict"),
    # friendship as an ordinary word
    ("iki ülke arasındaki dostluk ve kardeşlik ilişkileri", "dostluk-field"),
    # partners of NATO or of the EU, not of BRICS
    ("He thanked all three partner countries for their support", "brics-partner-country"),
    ("AB ve ortak ülkelerin 2020 yılından itibaren yapacağı atılımlar", "brics-partner-country"),
    # the Aral fund's Turkish abbreviation folds to ISAF
    ("Uluslararası Aral'ı Kurtarma Fonu (İSAF) kurucu ülkelerinin zirvesi", "isaf"),
])
def test_look_alikes_do_not_link(text, concept):
    assert concept not in {found for _, found in _found(text)}
