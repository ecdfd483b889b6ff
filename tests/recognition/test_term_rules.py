"""Term-form rules: forms the recogniser reads without the data listing each one."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str, **modes: bool) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text, **modes)]


@pytest.mark.parametrize("text", [
    "the Conference on Interaction and Confidence Building Measures in Asia",
    "the Conference on Interaction and Confidence-Building Measures in Asia",
])
def test_hyphen_and_space_are_one(text):
    assert _found(text) == [(text[4:], "cica")]


def test_hyphen_in_the_text_matches_a_spaced_form():
    assert _found("Trans-Anadolu Doğal Gaz Boru Hattı") == [
        ("Trans-Anadolu Doğal Gaz Boru Hattı", "tanap")]


@pytest.mark.parametrize("text, surface, concept", [
    ("Kazakistan ŞİÖ'nün tam bir üyesidir.", "tam bir üyesidir", "full-member"),
    ("Türkiye küçük bir devlet değildir.", "küçük bir devlet", "small-state"),
])
def test_one_insertable_word_inside_a_common_noun_term(text, surface, concept):
    assert (surface, concept) in _found(text)


def test_no_inserted_word_inside_a_proper_name():
    assert ("Türk bir Devletleri", "ots") not in _found("Türk bir Devletleri Teşkilatı")
    assert all(c != "ots" for _, c in _found("Türk bir Devletleri Teşkilatı"))


@pytest.mark.parametrize("text, surface, concept", [
    ("Türk Devletleri Teşkilatı Semerkant Zirvesi toplandı.",
     "Türk Devletleri Teşkilatı Semerkant Zirvesi", "ots-summit"),
    ("TDT'nin 5. Zirvesi Bakü'de yapıldı.", "TDT'nin 5. Zirvesi", "ots-summit"),
    ("ŞİÖ 25. Devlet Başkanları Konseyi Zirvesi’ne katıldı.",
     "ŞİÖ 25. Devlet Başkanları Konseyi Zirvesi’ne", "sco-heads-of-state-council"),
    ("at the Samarkand summit of the OTS", "Samarkand summit of the OTS", "ots-summit"),
    ("the OTS Samarkand Summit", "OTS Samarkand Summit", "ots-summit"),
    ("the 12th Summit of the Organization of Turkic States",
     "12th Summit of the Organization of Turkic States", "ots-summit"),
    ("the Tianjin summit of the SCO", "Tianjin summit of the SCO", "sco-heads-of-state-council"),
    ("Türk Konseyinin 7. Zirvesi Bakü'de yapıldı.", "Türk Konseyinin 7. Zirvesi", "ots-summit"),
    ("the 10th Summit of the Heads of State of the Organization of Turkic States",
     "10th Summit of the Heads of State of the Organization of Turkic States", "ots-summit"),
])
def test_numbered_and_city_named_summits(text, surface, concept):
    assert _found(text) == [(surface, concept)]


def test_a_bare_summit_name_takes_the_organisation_mentioned_before_it():
    text = "ŞİÖ liderleri toplandı. Tianjin Zirvesi’nde kararlar alındı."
    assert ("Tianjin Zirvesi’nde", "sco-heads-of-state-council") in _found(text)
    text = "Türk Devletleri Teşkilatı büyüyor. Semerkant Zirvesi’nde kararlar alındı."
    assert ("Semerkant Zirvesi’nde", "ots-summit") in _found(text)


@pytest.mark.parametrize("text", [
    "Semerkant Zirvesi yapıldı.",  # no organisation anywhere: nothing to tie it to
    "ŞİÖ büyüyor. Bu Zirve önemliydi.",  # a demonstrative is no city
    "ŞİÖ büyüyor. NATO Zirvesi yapıldı.",  # an acronym is no city
])
def test_summit_words_without_a_city_or_an_organisation_are_not_summits(text):
    assert all(not c.startswith(("ots-summit", "sco-heads")) for _, c in _found(text))


def test_a_summit_does_not_override_a_listed_form_of_the_same_span():
    text = "C5+1 liderleri Washington zirvesinde buluştu."
    assert ("Washington zirvesinde", "c5plus1-washington-summit") in _found(text)


@pytest.mark.parametrize("text, concept", [
    ("the summit of the Shanghai Cooperation Organization", "sco-heads-of-state-council"),
    ("the Secretariat of the SCO", "sco-secretariat"),
    ("the Charter of the UN", "un-charter"),
    ("Birleşmiş Milletler Güvenlik Konseyi", "unsc"),
    ("Şanghay İşbirliği Örgütü zirvesinde", "sco-heads-of-state-council"),
])
def test_an_organisation_may_be_named_any_way_inside_its_bodies_names(text, concept):
    found = _found(text)
    assert len(found) == 1 and found[0][1] == concept


@pytest.mark.parametrize("ocr", [False, True])
def test_a_name_before_a_closing_quote_and_a_word_stays_bare(ocr):
    # Regression: OCR mode read "’ dedi" as an ending, failed, and dropped the name.
    assert _found("‘Şanghay Beşlisi’ dedi.", ocr=ocr) == [("Şanghay Beşlisi", "shanghai-five")]
    assert _found("ŞİÖ’ ile", ocr=ocr) == [("ŞİÖ", "sco")]


def test_ocr_mode_still_joins_a_suffix_split_by_a_space():
    assert _found("Şanghay Beşlisi’ nin üyesi", ocr=True) == [
        ("Şanghay Beşlisi’ nin", "shanghai-five")]


def test_pdf_text_mode_reads_dropped_turkish_letters():
    text = "anghay birli i Örgütü kuruldu."
    assert _found(text) == []
    assert _found(text, pdf_text=True) == [("anghay birli i Örgütü", "sco")]


def test_pdf_text_mode_reads_an_abbreviation_remnant_only_where_safe():
    named = "anghay birli i Örgütü kuruldu. O’nun üyeleri toplandı."
    assert ("O’nun", "sco") in _found(named, pdf_text=True)
    assert _found("O’nun üyeleri toplandı.", pdf_text=True) == []  # SCO not named
    assert ("O", "sco") not in _found("anghay birli i Örgütü. O zaman.", pdf_text=True)


def test_a_sentence_first_word_is_no_city_before_a_lower_case_summit_word():
    text = "TDT büyüdü. Nitekim zirvenin sonucu açıklandı. Ayrıca Semerkant zirvesinde karar alındı."
    found = _found(text)
    assert ("Semerkant zirvesinde", "ots-summit") in found
    assert all("Nitekim" not in surface for surface, _ in found)
