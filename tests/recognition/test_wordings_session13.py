"""Wordings of known concepts the development rounds showed missing (session 13)."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, expected", [
    ("Batı, Rusya’nın post-Sovyet alandaki nüfuzunu kırmak istiyor.",
     [("Batı", "the-west"), ("post-Sovyet alandaki", "post-soviet-space")]),
    ("post-Sovyet coğrafyasının sorunları", [("post-Sovyet coğrafyasının", "post-soviet-space")]),
    # the convention's full name holds the UN: the longest name is the only mention
    ("They met on the sidelines of the 29th Conference of the Parties to the UN Framework "
     "Convention on Climate Change in Baku.",
     [("29th Conference of the Parties to the UN Framework Convention on Climate Change",
       "cop29")]),
    # the forum's short name holds the EU programme's: the forum only
    ("The pledge came during the Global Gateway Investors Forum in Brussels.",
     [("Global Gateway Investors Forum", "eu-central-asia-transport-investors-forum")]),
])
def test_wordings(text, expected):
    assert _found(text) == expected


def test_the_programme_alone_stays_the_programme():
    assert _found("the EU's Global Gateway strategy") == [
        ("EU's", "eu"), ("Global Gateway strategy", "global-gateway")]


@pytest.mark.parametrize("text, expected", [
    # the field's own sense, with no corridor named near: the annotators marked 32 of 36 so
    ("India and Central Asian countries say connectivity initiatives should be open.",
     [("Central Asian", "central-asia"), ("connectivity", "connectivity")]),
    ("Both sides praised regional connectivity and trade.", [("connectivity", "connectivity")]),
    ("a plan to enhance interconnectivity and trade", [("interconnectivity", "connectivity")]),
    ("a framework that focuses on inter-connectivity", [("inter-connectivity", "connectivity")]),
    # a network's connectivity is a service, not the policy
    ("The EU will fund satellite connectivity for schools.", [("EU", "eu")]),
    ("Internet connectivity stays poor in the mountains.", []),
])
def test_bare_connectivity(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, surface, concept", [
    # the data writes "Doğal Gaz"; news sites close it up
    ("Orta Asya-Çin Doğalgaz Boru Hattı'nın dördüncü hattı", "Orta Asya-Çin Doğalgaz Boru Hattı'nın",
     "central-asia-china-gas-pipeline"),
    ("TAPI Doğalgaz Boru Hattı projesi", "TAPI Doğalgaz Boru Hattı", "tapi-pipeline"),
    ("Nabucco Doğal Gaz Boru Hattı", "Nabucco Doğal Gaz Boru Hattı", "nabucco-pipeline"),
    # a corridor's name translated with the other word for transport
    ("Kuzey-Güney Ulaşım Koridoru'nun son halkası", "Kuzey-Güney Ulaşım Koridoru'nun", "instc"),
    ("Trans-Hazar Ulaştırma Koridoru’nun geliştirilmesi", "Trans-Hazar Ulaştırma Koridoru’nun",
     "middle-corridor"),
    ("Avrupa-Kafkasya-Asya Ulaştırma Koridoru", "Avrupa-Kafkasya-Asya Ulaştırma Koridoru", "traceca"),
])
def test_spelling_and_translation_twins(text, surface, concept):
    assert (surface, concept) in _found(text)


def test_the_transport_twin_is_kept_to_corridors():
    # the ministry is no corridor: neither word is swapped outside a corridor's name
    from caglossary.recognition.termforms import spelling_twins

    assert spelling_twins("Ulaştırma Bakanlığ|ı") == ["Ulaştırma Bakanlığ|ı"]
    assert sorted(spelling_twins("Kuzey-Güney Ulaşım Koridor|u")) == [
        "Kuzey-Güney Ulaştırma Koridor|u", "Kuzey-Güney Ulaşım Koridor|u"]


@pytest.mark.parametrize("text, surface, concept", [
    ("Nazarbayev ülkenin dış politikasını çok vektörlü olarak belirlemiştir.", "çok vektörlü",
     "multi-vector-foreign-policy"),
    ('buna "çok vektörlülük" deniyor', "çok vektörlülük", "multi-vector-foreign-policy"),
    # the adjective alone is the mention (the gold's span takes its noun too; they overlap)
    ("çok vektörlü ilişkilerin daralması", "çok vektörlü", "multi-vector-foreign-policy"),
    ("mutabık kaldığımız TDT Plus formatının üçüncü taraflarla", "TDT Plus formatının",
     "ots-plus-format"),
    ("Kambarata Hidroelektrik Santrali'nin inşası", "Kambarata Hidroelektrik Santrali'nin",
     "kambarata-1-hpp"),
    ("Türk Dili Konuşan Ülkeler Teşkilatı Genel Sekreteri", "Türk Dili Konuşan Ülkeler Teşkilatı",
     "ots"),
])
def test_turkish_wordings(text, surface, concept):
    assert _found(text) == [(surface, concept)]


@pytest.mark.parametrize("text, expected", [
    # the region's adjective before integration and transport: the development gold marks it
    ("The Eurasian Integration Process: Whether Political Will Matters",
     [("Eurasian", "eurasia")]),
    ("a central node in Eurasian transport corridors", [("Eurasian", "eurasia")]),
    # a bank, a union or a university named after the region stays no mention of it
    ("the Eurasian Development Bank's forecast", [("Eurasian Development Bank's",
                                                   "eurasian-development-bank")]),
    ("the Eurasian National University in Astana", []),
    # "trans-" makes a route's adjective, with any hyphen
    ("the emerging Trans\u2011Eurasian transport and trade corridors", []),
    ("a trans-Eurasian rail link", []),
])
def test_eurasian(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("CENTRAL ASIAN MIGRANT WORKERS AND THE PANDEMIC",
     [("CENTRAL ASIAN", "central-asia"), ("MIGRANT WORKERS", "labour-migration")]),
    ("the number of Kyrgyz immigrant workers going to Russia",
     [("immigrant workers", "labour-migration")]),
    ("a platform for Central and South Asian countries", [("South Asian", "south-asia")]),
    # the association named after the region stays no mention of it
    ("the South Asian Association for Regional Cooperation", []),
])
def test_english_wordings(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the city's English spelling inside the Turkish name, its summit read through it too
    ("Erdoğan Shanghai İşbirliği Örgütü’ne tam üyelikten söz etti.",
     [("Shanghai İşbirliği Örgütü’ne", "sco"), ("tam üyelikten", "full-member")]),
    ("Henüz Shanghai İşbirliği Örgütü Astana Zirvesinin etkisi sürüyor.",
     [("Shanghai İşbirliği Örgütü Astana Zirvesinin", "sco-heads-of-state-council")]),
    # the compass pair is no political East or West, in any case
    ("Pekin’den Londra’ya uzanan Doğu-Batı ticaretinin artışı", []),
    ("DOĞU-BATI TİCARETİNİN ARTIŞI", []),
    ("Türkiye Doğu ile Batı arasında", [("Doğu", "the-east"), ("Batı", "the-west")]),
    ("the Vision of the Turkic World-2040 was approved",
     [("Vision of the Turkic World-2040", "turkic-world-vision-2040")]),
])
def test_wordings_round31(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, surface", [
    ("the VIII Summit of Heads of State of the Cooperation Council of Turkic-Speaking States",
     "VIII Summit of Heads of State of the Cooperation Council of Turkic-Speaking States"),
    ("the XI Summit of the Organization of Turkic States",
     "XI Summit of the Organization of Turkic States"),
    ("TDT VIII. Zirvesi Bakü’de yapıldı", "TDT VIII. Zirvesi"),
    ("Türk Konseyi’nin VIII. Zirvesi", "Türk Konseyi’nin VIII. Zirvesi"),
])
def test_a_roman_ordinal_numbers_a_summit(text, surface):
    assert _found(text) == [(surface, "ots-summit")]


@pytest.mark.parametrize("text", ["I Summit", "the MIX Summit", "VIIII Summit"])
def test_no_roman_ordinal_where_there_is_none(text):
    assert all(concept != "ots-summit" for _, concept in _found(text))


@pytest.mark.parametrize("text, expected", [
    ("Kazakistan denge stratejisine bağlı kaldı.", [("denge stratejisine", "balancing-policy")]),
    ("Russia’s Great Eurasian Partnership", [("Great Eurasian Partnership",
                                            "greater-eurasian-partnership")]),
    # a state's document named after the idea is the document, not the idea
    ("A new Regional Security Concept was adopted.", []),
    ("regional security concerns", [("regional security", "regional-security")]),
])
def test_more_wordings_round31(text, expected):
    assert _found(text) == expected


def test_a_meeting_named_in_the_plural_names_its_series():
    assert _found("The Consultative Meetings of Central Asian Heads of State, held since 2018") == [
        ("Consultative Meetings of Central Asian Heads of State",
         "central-asia-consultative-meeting")]


def test_category_forms_are_strings_in_the_data_notation():
    from caglossary import glossary
    from caglossary.recognition.categoryforms import category_forms

    near = glossary().get("near-abroad")
    assert list(category_forms(near)) == [("tr", "Yakın Çevre doktrin|i"),
                                          ("en", "near abroad doctrine")]
    meeting = glossary().get("central-asia-consultative-meeting")
    assert ("en", "Consultative Meetings of Central Asian Heads of State") in list(
        category_forms(meeting))

