"""Informal and extraordinary summits of any organisation that has summits.

The heads a summit name ends in are pooled over the organisations; a qualified
head one organisation has in the data (``TDT Gayriresmi Zirvesi``, ``OTS
Informal Summit``) serves every organisation named right before it. A word of
a Turkish name in the plural possessive (``Devletleri``) is never a summit's city.
"""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, concept", [
    ("ŞİÖ Olağanüstü Zirvesi", "sco-heads-of-state-council"),
    ("ŞİÖ Gayriresmi Zirvesi'nde", "sco-heads-of-state-council"),
    ("SCO Informal Summit", "sco-heads-of-state-council"),
    ("the SCO extraordinary summit", "sco-heads-of-state-council"),
    ("TDT Olağanüstü Zirvesi", "ots-summit"),
])
def test_a_qualified_summit_of_an_organisation_with_summits(text, concept):
    assert [found for _, found in _found(text)] == [concept]


def test_an_organisation_without_summits_gets_none():
    assert _found("NATO Olağanüstü Zirvesi") == [("NATO", "nato")]


def test_a_plural_possessive_is_no_city_of_a_summit_series():
    # "Türk" + "Zirvesi" is the Turkic-speaking states' series; "Devletleri" is no city
    assert all(concept != "turkic-summits"
               for _, concept in _found("Türk Devletleri Olağan Zirvesi"))
    assert _found("Türk Astana Zirvesi") == [("Türk Astana Zirvesi", "turkic-summits")]


def test_the_ots_summit_named_without_teskilati():
    assert _found("Budapeşte, Türk Devletleri Gayriresmi Zirvesi’ne ev sahipliği yapıyor") == [
        ("Türk Devletleri Gayriresmi Zirvesi’ne", "ots-summit")]


@pytest.mark.parametrize("text, surface, concept", [
    ("Türkiye Şangay işbirliğine katılabilir mi?", "Şangay işbirliğine", "sco"),
    ("Kollektif Güvenlik Anlaşması Örgütü’nün", "Kollektif Güvenlik Anlaşması Örgütü’nün",
     "csto"),
    ("the North Corridor, which runs through Russia", "North Corridor", "northern-corridor"),
])
def test_spellings_the_data_lists(text, surface, concept):
    assert (surface, concept) in _found(text)


def test_the_north_south_corridor_is_not_the_northern_corridor():
    assert all(concept != "northern-corridor" for _, concept in _found("North-South Corridor"))


@pytest.mark.parametrize("text", ["Ermenistan, Rus NATO'su KGAÖ’den çıkıyor mu?",
                                  "Asya'nın NATO’sunun geleceği"])
def test_an_acronym_heading_a_compound_names_another_body(text):
    # "the Russian NATO" is the CSTO, not NATO: the possessive makes NATO a head noun
    assert all(concept != "nato" for _, concept in _found(text))


@pytest.mark.parametrize("text, surface", [("NATO'nun genişlemesi", "NATO'nun"),
                                           ("the SCO's summit", "SCO's")])
def test_other_endings_of_an_acronym_still_name_it(text, surface):
    assert [found for found, _ in _found(text)] == [surface]


@pytest.mark.parametrize("text, surface", [
    ("Türk Konseyi’nin sekizinci zirvesinde Özbekistan tam üye oldu.",
     "Türk Konseyi’nin sekizinci zirvesinde"),
    ("TDT İkinci Zirvesi toplandı", "TDT İkinci Zirvesi"),
    ("TDT'NİN ONUNCU ZİRVESİ", "TDT'NİN ONUNCU ZİRVESİ"),
])
def test_a_turkish_ordinal_word_in_either_case_numbers_a_summit(text, surface):
    assert (surface, "ots-summit") in [(m.surface, m.concept)
                                       for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface", [
    ("Türk Konseyinin 6.Zirvesi 2018’de yapıldı.", "Türk Konseyinin 6.Zirvesi"),
    ("TDT 11.Zirvesi Bişkek’te", "TDT 11.Zirvesi"),
])
def test_an_ordinal_whose_space_a_web_page_dropped_still_numbers_a_summit(text, surface):
    assert (surface, "ots-summit") in _found(text)


def test_a_summit_series_named_in_full_sets_the_context_of_a_city_named_summit():
    text = ("Leaders met for the Second China–Central Asia Summit (June 2025). "
            "The Astana summit marked a step in regional cooperation.")
    assert ("Astana summit", "china-central-asia-summit") in _found(text)


@pytest.mark.parametrize("text, surface, concept", [
    ("Türk Konseyi 6. Zirve Toplantısı yapıldı", "Türk Konseyi 6. Zirve Toplantısı", "ots-summit"),
    ("ŞİÖ Devlet Başkanları Zirve Toplantısı’nda konuştu",
     "ŞİÖ Devlet Başkanları Zirve Toplantısı’nda", "sco-heads-of-state-council"),
    ("TÜRK KONSEYİ ZİRVE TOPLANTISI", "TÜRK KONSEYİ ZİRVE TOPLANTISI", "ots-summit"),
])
def test_a_summit_meeting_is_read_to_the_meeting_word(text, surface, concept):
    assert [(m.surface, m.concept) for m in caglossary.find_terms(text)] == [(surface, concept)]


@pytest.mark.parametrize("text, surface", [
    ("Türk Konseyi Zirvesi toplantısı", "Türk Konseyi Zirvesi"),  # a possessed head stays
    ("Türk Konseyi Zirve. Toplantı sonrası", "Türk Konseyi Zirve"),  # a sentence between
])
def test_only_a_bare_summit_word_takes_the_meeting_word(text, surface):
    assert [m.surface for m in caglossary.find_terms(text)] == [surface]
