"""Wording classes found in the misses of the development rounds 9–11.

Each rule reads a class of wordings real texts of the field use (pages named in
docs/curation.rst, "Wording classes from rounds 9–11"); each test also states what
the rule must leave alone.
"""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str, **options: bool) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text, **options)]


@pytest.mark.parametrize("text, surface, concept", [
    ("Using the C5 + 1 format, Washington intends", "C5 + 1 format", "c5plus1"),
    ("the American project C5 + 1, it should be noted", "C5 + 1", "c5plus1"),
    ("C5 + 1 formatı çerçevesinde", "C5 + 1", "c5plus1"),
    ("the C + C5 Summit in Xi'an", "C + C5 Summit", "china-central-asia-summit"),
])
def test_a_plus_sign_inside_a_name_may_be_spaced(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text", [
    "It is 5 + 1 = 6 for Russia.",  # a sum, not a name the glossary holds
    "C5 + 2 countries",  # another number is another format
])
def test_a_spaced_plus_is_read_only_where_the_glued_name_exists(text):
    assert not [f for f in _found(text) if f[1] == "c5plus1"]


def test_a_trailing_plus_is_not_spaced():
    # "SCO+" is the wider format; "SCO + 1" is the SCO and a number
    assert _found("SCO + 1") == [("SCO", "sco")]


@pytest.mark.parametrize("text, surface", [
    ("Kazakhstan to start using Baku-Tbilisi-Ceyhan", "Baku-Tbilisi-Ceyhan"),
    ("Kazakhstan begins oil transit via Baku-Ceyhan", "Baku-Ceyhan"),
    ("The Baku-Ceyhan pipeline project", "Baku-Ceyhan pipeline"),
    ("The Baku- Ceyhan pipeline project", "Baku- Ceyhan pipeline"),
])
def test_the_pipeline_by_its_bare_and_its_older_name(text, surface):
    assert _found(text) == [(surface, "baku-tbilisi-ceyhan-pipeline")]


def test_btc_is_the_pipeline_only_where_the_text_defines_it():
    text = "lesser volumes take the Baku-Tbilisi-Ceyhan (BTC) route. The BTC also"
    assert [c for _, c in _found(text)] == ["baku-tbilisi-ceyhan-pipeline"] * 3
    assert _found("Bitcoin (BTC) fell while BTC miners sold.") == []


@pytest.mark.parametrize("text", [
    "based on the concept of a Pan-Turkic World.",
    "an artificially created pan-Turkic world view",
])
def test_pan_makes_an_idea_of_a_name_not_a_mention_of_it(text):
    assert not [f for f in _found(text) if f[1] == "turkic-world"]


@pytest.mark.parametrize("text, concept", [
    ("the Japan-Central Asia dialogue", "central-asia"),  # "pan" inside a word is no prefix
    ("Pan-Turkism is a movement", "pan-turkism"),  # the prefix is part of this term
    ("the Turkic World met", "turkic-world"),
])
def test_pan_is_a_prefix_only_as_a_word_of_its_own(text, concept):
    assert concept in [c for _, c in _found(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("Petrol ve Doğal Gaz, Büyük OyunGiriş: Sovyetler", "Büyük Oyun", "great-game"),
    ("Keywords: Caspian, the Great GameIntroduction", "the Great Game", "great-game"),
    ("Anahtar Kelimeler: Orta AsyaGiriş", "Orta Asya", "central-asia"),
])
def test_a_name_glued_to_the_next_capitalised_word(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text", [
    "Büyük Oyunbaz",  # lower case after the stem: an ending or another word, never a join
    "Büyük OYUNGİRİŞ",  # capitals throughout: no join to see
    "Büyük OyunGİRİŞ",  # a capital then capitals: an acronym glued on, not a word
    "büyük oyunGiriş",  # the name itself still needs its capital
])
def test_only_lower_then_capital_then_lower_is_a_join(text):
    assert not [f for f in _found(text) if f[1] == "great-game"]


@pytest.mark.parametrize("mode, surface, concept", [
    # PDF-text mode also reads the apostrophe the extraction lost ("Birliği nin"), so
    # the dissolution is one mention (see tests/recognition/test_conversion_artefacts.py)
    ("pdf_text", "S ovyetler Birliği nin dağılmasının", "dissolution-of-the-soviet-union"),
    ("ocr", "S ovyetler Birliği", "soviet-union"),
])
def test_a_drop_cap_set_apart_from_its_word_in_damaged_text_modes(mode, surface, concept):
    text = "GİRİŞ S ovyetler Birliği nin dağılmasının ardından"
    found = caglossary.find_terms(text, **{mode: True})
    assert [(m.surface, m.concept) for m in found] == [(surface, concept)]
    assert text[found[0].start:found[0].end] == surface


def test_a_split_capital_is_not_joined_in_clean_text():
    assert _found("GİRİŞ S ovyetler Birliği nin dağılması") == []


@pytest.mark.parametrize("text", [
    "A vrasya",  # "A" is a word of its own: never joined to the next
    "the K ey",  # joined, it spells no term
])
def test_one_letter_words_stay_apart_in_pdf_text_mode(text):
    assert _found(text, pdf_text=True) == []


@pytest.mark.parametrize("text, surface", [
    ("Türkiye’nin stratejik ortağı olan ABD", "stratejik ortağı"),
    ("devletlerin stratejik ortak olarak adlandırdıkları ülkeler", "stratejik ortak"),
    ("diğer kilit stratejik ortaklarıyla aynı seviyede", "stratejik ortaklarıyla"),
    # the term itself, not the noun + -lık (with "anlaşması" it is now the treaty's concept)
    ("stratejik ortaklık ilişkisi", "stratejik ortaklık"),
])
def test_a_strategic_partner_names_the_partnership_in_turkish(text, surface):
    assert (surface, "strategic-partnership") in _found(text)


@pytest.mark.parametrize("text, names", [
    ("Aral Denizi’ni besleyen nehirlerden Amuderya (Ceyhun) Tacikistan’dan gelir.",
     ["aral-sea", "amu-darya", "amu-darya"]),
    ("Aral gölü havzasını Ceyhun, Seyhun ve Zerevşan nehirleri oluşturur.",
     ["aral-sea", "amu-darya", "syr-darya"]),
])
def test_the_historical_river_names_beside_the_rivers_or_the_aral(text, names):
    assert [c for _, c in _found(text)] == names


@pytest.mark.parametrize("text", [
    "Ceyhun Bey dün Ankara’ya döndü.",  # a given name, far from any river
    "Seyhun Hanım Orta Asya üzerine yazdı.",
])
def test_the_historical_river_names_alone_are_given_names(text):
    assert not [c for _, c in _found(text) if c in ("amu-darya", "syr-darya")]


@pytest.mark.parametrize("text", ["after the Soviet break-up was reorganized",
                                  "following the Soviet breakup."])
def test_the_soviet_breakup(text):
    assert [c for _, c in _found(text)] == ["dissolution-of-the-soviet-union"]


def test_merged_letters_of_a_scan_leave_the_two_river_names_unread():
    # OCR mode reads ç/ş as c/s: Ceyhun and Seyhun become one key, a guard cannot tell them
    text = "Aral Denizi’ni besleyen Amuderya (Ceyhun) ve Siri Derya (Seyhun)"
    found = [(m.surface, m.concept) for m in caglossary.find_terms(text, ocr=True)]
    assert ("Seyhun", "amu-darya") not in found
    assert not [s for s, _ in found if s in ("Ceyhun", "Seyhun")]


@pytest.mark.parametrize("text, surface", [
    ("35 orta asya da su sorunu", "orta asya"),  # a running head the extraction lowered
    ("Mehmet yüce orta asya türk cumhuriyetleri ve tüRKİye", "orta asya"),
    ("water security in central asia: a review", "central asia"),
])
def test_a_region_name_in_lower_case_in_pdf_text_mode(text, surface):
    assert (surface, "central-asia") in _found(text, pdf_text=True)
    assert ("central-asia" not in [c for _, c in _found(text)])  # never in clean mode


def test_a_one_word_region_stays_cased_in_pdf_text_mode():
    # "avrasya" lower-case is no running head of a name of two words or more
    assert _found("yeni avrasya yaklaşımı", pdf_text=True) == []
