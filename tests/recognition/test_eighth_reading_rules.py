"""Rules of the eighth reading: dashes in names, regions inside institutions' names,
a bare Turkish summit word, and the adjectives of counter-terrorism."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("dash", ["-", "\u2010", "\u2011", "\u2013", "\u2014", " \u2013 "])
def test_any_dash_joins_the_words_of_a_name(dash):
    text = f"the Kyrgyz{dash}Tajik border conflict flared up"
    assert _found(text) == [(f"Kyrgyz{dash}Tajik border conflict", "kyrgyz-tajik-border-conflict")]


def test_an_en_dash_reads_in_a_hyphenated_form_of_an_older_concept():
    text = "the Conference on Interaction and Confidence\u2013Building Measures in Asia"
    assert _found(text) == [(text[4:], "cica")]


@pytest.mark.parametrize("text, surface, concept", [
    ("Russia\u2013Georgia war of 2008", "Russia\u2013Georgia war", "russo-georgian-war"),
    ("Central Asia\u2013South Asia connectivity", "Central Asia\u2013South Asia connectivity",
     "central-south-asia-connectivity"),
])
def test_dashed_names_of_the_eighth_reading(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text", [
    "Hayriye Kahveci, Middle East Technical University",
    "Taşkent’teki Orta Asya Uluslararası Enstitüsü’nden Büyükelçi",
    "EURASIAN RESEARCH JOURNAL, Vol. 3",
    "a seminar at the Central Asia and Caucasus Research Institute",
    "the USSR Central Asian Department kept the records",
    "Orta Asya Araştırmaları Merkezi’nin raporu",
    "THE ENDURING STRATEGIC IMPORTANCE OF THE SOUTH CAUCASUS EAST-WEST CORRIDOR",
    "We also hosted the Central Asian Women Leaders’ Dialogue in Tashkent.",
    "Orta Asya ve Kafkasya Araştırmaları Merkezi",
    # publications: a yearbook, a journal called a survey, a bulletin
    "(2022) Central Asian Yearbook of International Law and International Relations",
    "published in Central Asian Survey, vol. 41",
    "Orta Asya Araştırmaları Yıllığı'nda yayımlandı",
    "the Central Asia-Caucasus Analyst reported",
])
def test_a_region_word_that_begins_an_institutions_name_is_no_mention(text):
    regions = {"central-asia", "middle-east", "eurasia", "caucasus", "south-caucasus"}
    assert not [found for found in _found(text) if found[1] in regions]


@pytest.mark.parametrize("text, concept", [
    ("İslam Gıda Güvenliği Teşkilatı’nın temsilcileri de katılacak.", "food-security"),
    ("Orta Asya Ülkeleri Örgütü kurulmadı.", "central-asia"),
    ("the Caspian Sea Organization was never founded", "caspian-sea"),
])
def test_a_term_that_begins_an_organisations_name_is_no_mention(text, concept):
    assert concept not in [found[1] for found in _found(text)]


def test_an_organisation_the_glossary_holds_is_still_read_whole():
    assert _found("Şanghay İşbirliği Örgütü toplandı.") == [("Şanghay İşbirliği Örgütü", "sco")]


@pytest.mark.parametrize("text, surface, concept", [
    ("Water in Central Asia. University students protested.", "Central Asia", "central-asia"),
    ("the Middle East and Central Asia", "Middle East", "middle-east"),
    ("the Middle East and Central Asia", "Central Asia", "central-asia"),
    ("Orta Asya üniversitelerinde okuyan öğrenciler", "Orta Asya", "central-asia"),
    ("Central Asia\nJournal entries follow", "Central Asia", "central-asia"),
    ("a transport corridor through the South Caucasus to Europe", "South Caucasus",
     "south-caucasus"),
    # "ve" joins two names when the head noun ends one the glossary holds
    ("HAZAR HAVZASI VE ORTA KORİDOR", "HAZAR HAVZASI", "caspian-region"),
    ("Hazar havzası ve Orta Koridor’un geleceği", "Hazar havzası", "caspian-region"),
    ("Orta Asya ve Orta Koridor", "Orta Asya", "central-asia"),
    ("Central Asia and Middle Corridor projects", "Central Asia", "central-asia"),
])
def test_a_region_before_other_words_keeps_its_mention(text, surface, concept):
    assert (surface, concept) in _found(text)


def test_a_bare_turkish_summit_word_after_a_name_is_no_city_named_summit():
    text = "ŞİÖ liderleri toplandı. Cumhurbaşkanı Tokayev zirvede ticareti öne çıkardı."
    assert _found(text) == [("ŞİÖ", "sco")]


def test_a_city_named_turkish_summit_keeps_the_compound_possessive():
    text = "ŞİÖ liderleri toplandı. Liderler Astana zirvesinde kararlar aldı."
    assert ("Astana zirvesinde", "sco-heads-of-state-council") in _found(text)


def test_a_numbered_bare_summit_word_still_reads():
    text = "TDT liderleri toplandı. Bakü'de düzenlenen 7. zirvede Özbekistan tam üye oldu."
    assert ("7. zirvede", "ots-summit") in _found(text)


@pytest.mark.parametrize("text, surface, concept", [
    ("announced anti-terrorist measures of local character", "anti-terrorist", "counter-terrorism"),
    ("the SCO's anti-terror efforts", "anti-terror", "counter-terrorism"),
    ("a counter-terrorist operation", "counter-terrorist", "counter-terrorism"),
    ("after a terrorist attack", "terrorist", "terrorism"),
])
def test_against_terrorism_is_counter_terrorism(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, surface, concept", [
    ("Tacikistan'daki iç savaşın ardından", "Tacikistan'daki iç savaşın", "tajik-civil-war"),
    ("the Tajik civil war ended in 1997", "Tajik civil war", "tajik-civil-war"),
    ("Afgan iç savaşı (1992–1996)", "Afgan iç savaşı", "afghan-civil-war"),
    ("the Greater Caspian Region", "Greater Caspian Region", "caspian-region"),
    ("Hazar bölgesinde enerji", "Hazar bölgesinde", "caspian-region"),
    ("Güney Asya’yı Orta Asya’ya bağlamak", "Güney Asya’yı", "south-asia"),
    ("Özbekistan denize kıyısı olmayan bir ülkedir", "denize kıyısı olmayan bir ülkedir",
     "landlocked-country"),
    ("the doubly landlocked Uzbekistan", "doubly landlocked", "landlocked-country"),
    ("Amuderya ve Siriderya", "Amuderya", "amu-darya"),
    ("Amuderya ve Siriderya", "Siriderya", "syr-darya"),
    ("güvenlikleştirme yaklaşımı", "güvenlikleştirme", "securitization"),
    ("Andican olaylarından sonra", "Andican olaylarından", "andijan-events"),
])
def test_forms_of_the_eighth_readings_concepts(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, surface", [
    ("Türk Dili Konuşan Ülkeler Devlet Başkanları 10. Zirvesi'nin ardından konsey kuruldu.",
     "Türk Dili Konuşan Ülkeler Devlet Başkanları 10. Zirvesi'nin"),
    ("Türk Dili Konuşan Ülkeler Devlet Başkanları İstanbul Zirvesi toplandı.",
     "Türk Dili Konuşan Ülkeler Devlet Başkanları İstanbul Zirvesi"),
])
def test_a_summit_series_named_without_an_organisation_takes_an_ordinal_or_a_city(
        text, surface):
    assert _found(text) == [(surface, "turkic-summits")]


def test_a_summit_series_sets_no_context_for_a_bare_numbered_summit():
    text = "Türk Dili Konuşan Ülkeler Devlet Başkanları Zirvesi toplandı. 5. Zirve de yapıldı."
    assert _found(text) == [("Türk Dili Konuşan Ülkeler Devlet Başkanları Zirvesi",
                             "turkic-summits")]


@pytest.mark.parametrize("text, surface, concept", [
    ("Mackinder's Heartland Theory", "Heartland Theory", "heartland"),
    ("Mackinder'in Kalpgâh teorisi", "Kalpgâh teorisi", "heartland"),
    ("the Heart of Asia – Istanbul Process", "Heart of Asia – Istanbul Process",
     "heart-of-asia-istanbul-process"),
    ("the Manas airbase near Bishkek", "Manas airbase", "manas-transit-center"),
    ("Manas Üssü'nü terk etti", "Manas Üssü'nü", "manas-transit-center"),
    ("Karşı-Hanabad üssü kapandı", "Karşı-Hanabad üssü", "karshi-khanabad-air-base"),
    ("after the 9/11 attacks", "9/11 attacks", "september-11-attacks"),
    ("11 Eylül saldırılarından sonra", "11 Eylül saldırılarından", "september-11-attacks"),
    ("a key asset in the war on terrorism", "war on terrorism", "war-on-terror"),
    ("the 2022 Karakalpak protests in Nukus", "2022 Karakalpak protests",
     "karakalpakstan-protests-2022"),
    ("Arap Baharı'nın Türk dış politikasına etkisi", "Arap Baharı'nın", "arab-spring"),
    ("after the Arab uprisings", "Arab uprisings", "arab-spring"),
])
def test_forms_of_the_eighth_readings_later_concepts(text, surface, concept):
    assert (surface, concept) in _found(text)


def test_a_lower_case_heartland_is_no_theory():
    assert _found("the industrial heartland of the country") == []


def test_the_attacks_named_with_terror_are_the_attacks():
    # the longest name wins (session 14): round 18's gold marks the whole name, as the
    # annotation rules ask; round 3's, older, marks the "terör" inside it
    assert _found("11 Eylül terör saldırılarından sonra") == [
        ("11 Eylül terör saldırılarından", "september-11-attacks")]
