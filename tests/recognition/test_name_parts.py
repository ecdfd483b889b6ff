"""A term that starts a longer name, or that an English prefix makes an adjective of."""

from __future__ import annotations

import pytest

import caglossary


def _concepts(text: str) -> list[str]:
    return [m.concept for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, concept", [
    ("Through its Silk Road Studies Program, the institute runs research", "silk-road"),
    ("Türk Dünyası İncelemeleri Dergisi'nde yayımlanan makale", "turkic-world"),
    ("Doğu Türkistan İslami Hareketi ile birlikte", "xinjiang"),
    ("in the BRIQ Belt and Road Initiative Quarterly, 5(4)", "belt-and-road"),
    ("Ankara'da düzenlenen Yeniden Asya Çalıştayı'nda", "asia-anew"),
])
def test_a_term_that_begins_a_school_publication_or_movement_is_no_mention(text, concept):
    assert concept not in _concepts(text)


@pytest.mark.parametrize("text, concept", [
    # an inflected name is a possessor, never the first words of another name
    ("Orta Koridor’un Kuzey Koridoru’na göre avantajı", "middle-corridor"),
    # an initiative's own dialogue is a mention of the initiative
    ("the Central Asia Plus Japan Dialogue met in Tokyo", "central-asia-plus-format"),
    # a region still begins a corridor's name that is not the region
    ("the Silk Road remained a trade route", "silk-road"),
    ("Silk Road. Studies of trade followed", "silk-road"),
])
def test_the_rule_keeps_what_is_a_mention(text, concept):
    assert concept in _concepts(text)


def test_an_organisation_keeps_its_own_organs():
    assert "osce" in _concepts("the OSCE Centre in Bishkek opened")


@pytest.mark.parametrize("text, concept", [
    ("the post-Cold War world order", "cold-war"),
    ("a Pre-Cold War alliance", "cold-war"),
    ("in the post\u2010Cold War years", "cold-war"),
    ("Korea's K-Silk Road initiative", "silk-road"),  # a lone capital: another name
])
def test_an_english_prefix_makes_an_adjective_of_a_name(text, concept):
    assert concept not in _concepts(text)


@pytest.mark.parametrize("text, concept", [
    ("the end of the Cold War", "cold-war"),
    ("a compost-Cold War pun is not a prefix", "cold-war"),
    ("U.S.-Central Asia relations", "central-asia"),  # an abbreviation's last letter
    ("the US-EU talks", "eu"),
    ("Soğuk Savaş sonrası dönemde", "cold-war"),
])
def test_without_a_prefix_the_name_reads(text, concept):
    assert concept in _concepts(text)


@pytest.mark.parametrize("text, expected", [
    ("EAEU+ was proposed as a wider format", []),
    ("the SCO+ format met", [("SCO+", "sco-plus")]),
    ("the C5+1 format", [("C5+1 format", "c5plus1")]),
    ("the EAEU + China dialogue", [("EAEU", "eaeu")]),
])
def test_a_plus_sign_glued_to_a_name_makes_another_format(text, expected):
    assert [(m.surface, m.concept) for m in caglossary.find_terms(text)] == expected


def test_a_term_that_begins_a_commissions_name_is_no_mention():
    text = "Türk Dünyası Ortak Alfabe Komisyonu toplandı"
    assert "turkic-world" not in [m.concept for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text", ["the TIFA Council met", "SCOA members"])
def test_capitals_glued_to_an_acronym_make_another_acronym(text):
    assert caglossary.find_terms(text) == []


@pytest.mark.parametrize("text, surface", [
    ("TIF’a katıldı", "TIF’a"), ("the TIFs", "TIFs"), ("NATO’YA GÖRE", "NATO’YA"),
])
def test_an_acronym_keeps_its_endings(text, surface):
    assert surface in [m.surface for m in caglossary.find_terms(text)]


def test_ocr_mode_keeps_an_acronym_a_scan_glued_a_capital_to():
    # the scanned seed reads "SCO and IMFE It" for "SCO and IMF. It"
    assert ("IMFE", "imf") in [(m.surface, m.concept)
                               for m in caglossary.find_terms("SCO and IMFE It", ocr=True)]


@pytest.mark.parametrize("text, concept", [
    ("Erdoğan'a Türk Dünyası Ali Nişanı takdim edildi", "turkic-world"),
    ("Türk Dünyası Ödülü'nü alan yazar", "turkic-world"),
    ("Orta Asya Barış Madalyası verildi", "central-asia"),
    ("was awarded the Supreme Order of the Turkic World by the Council", "turkic-world"),
    ("received the Order\u00a0of the Turkic World", "turkic-world"),
    ("the Central Asia Research Network met in Almaty", "central-asia"),
])
def test_a_term_inside_an_honours_or_a_networks_name_is_no_mention(text, concept):
    assert concept not in _concepts(text)


@pytest.mark.parametrize("text, concept", [
    # the month: "Nisan" folds like the honour's head noun without its ending
    ("Orta Asya Nisan ayında yeniden gündeme geldi", "central-asia"),
    ("Türk Dünyası Nisan 2024 sayısında", "turkic-world"),
    # a lower-case "order" is a sequence or a system, not an honour
    ("the new order of the Turkic world", "turkic-world"),
    ("an order of Central Asia's priorities", "central-asia"),
    # an organisation keeps its own honours, as it keeps its organs
    ("the SCO Medal of Friendship was given", "sco"),
])
def test_the_honour_rule_keeps_what_is_a_mention(text, concept):
    assert concept in _concepts(text)


@pytest.mark.parametrize("text, concept", [
    ("the General Director of TAPI Pipeline Company Limited, has said", "tapi-pipeline"),
    ("Orta Koridor Multimodal Şirketi kuruldu", "middle-corridor"),
])
def test_a_term_that_names_a_company_is_no_mention(text, concept):
    assert concept not in _concepts(text)


def test_a_route_spelt_out_by_its_countries_is_the_route():
    assert _concepts("the TAPI (Turkmenistan – Afghanistan – Pakistan – India) pipeline") == [
        "tapi-pipeline", "tapi-pipeline"]
