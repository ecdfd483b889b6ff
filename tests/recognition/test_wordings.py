"""Wording rules: whole classes of forms read without the data listing each one.

The sentences are from public pages of the field (their addresses are in
tests/data/variant_positives.tsv and variant_negatives.tsv); a few short ones
isolate one rule.
"""

from __future__ import annotations

import pytest

import caglossary
from caglossary import glossary
from caglossary.recognition.wordings import with_wordings


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface", [
    ("Türkiye’nin Şangay İş birliği Teşkilatında yeri var mı?", "Şangay İş birliği Teşkilatında"),
    ("Şanghay İş-birliği Örgütü toplandı.", "Şanghay İş-birliği Örgütü"),
    ("Şanghay İşbirliği Teşkilatı'nın zirvesi", "Şanghay İşbirliği Teşkilatı'nın"),
])
def test_official_spelling_and_head_noun_of_an_organisation(text, surface):
    assert (surface, "sco") in _found(text)


@pytest.mark.parametrize("text, surface", [
    ("Şangay 5’lisi diye bilinen blok", "Şangay 5’lisi"),
    ("Şanghay 5'lisinin kurulma amacı", "Şanghay 5'lisinin"),
])
def test_a_group_named_by_its_number_in_digits(text, surface):
    assert _found(text) == [(surface, "shanghai-five")]


def test_head_nouns_are_swapped_only_where_the_data_lists_both():
    # the CSTO lists only "örgüt" among its class nouns: no "Teşkilatı" twin
    forms = with_wordings([glossary()["csto"]])[0].tr.marked_forms
    assert not any("Teşkilat" in form for form in forms)
    forms = with_wordings([glossary()["ots"]])[0].tr.marked_forms
    assert "Türk Devletleri Örgüt|ü" in forms


@pytest.mark.parametrize("text, surface, concept", [
    ("“tek kutuplu dünya düzeni” kavramıyla tanımlandı", "tek kutuplu dünya düzeni",
     "unipolar-system"),
    ("tek kutuplu dünya sisteminin değişimi kaçınılmaz", "tek kutuplu dünya sisteminin",
     "unipolar-system"),
    ("artık çok kutupluluk kavramına evrilmiştir", "çok kutupluluk", "multipolar-order"),
    ("çok kutuplu küresel sistem de sona ermiş", "çok kutuplu küresel sistem",
     "multipolar-order"),
    ("a multi-polar world order", "multi-polar world order", "multipolar-order"),
    ("the end of unipolarity", "unipolarity", "unipolar-system"),
])
def test_poles_of_the_system_with_any_head_noun(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, surface, concept", [
    ("Zirve sonunda kabul edilen Gabala Deklarasyonu", "Gabala Deklarasyonu",
     "gabala-declaration-2025"),
    ("Tianjin Deklarasyonu kabul edildi", "Tianjin Deklarasyonu", "tianjin-declaration-2025"),
    ("Karabağ Bildirgesi'nde", "Karabağ Bildirgesi'nde", "karabakh-declaration-2024"),
    ("Şuşa Bildirisi imzalandı", "Şuşa Bildirisi", "shusha-declaration"),
])
def test_the_four_turkish_words_for_a_declaration(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, surface, concept", [
    ("the second Central Asia–Russia summit, hosted in Dushanbe", "Central Asia–Russia summit",
     "russia-central-asia-summit"),
    ("The 2nd Russia — Central Asia Summit will be held", "Russia — Central Asia Summit",
     "russia-central-asia-summit"),
    ("Duşanbe'de Orta Asya-Rusya Zirvesi başladı.", "Orta Asya-Rusya Zirvesi",
     "russia-central-asia-summit"),
    ("Orta Asya-AB Zirvesi'nde", "Orta Asya-AB Zirvesi'nde", "eu-central-asia-summit"),
])
def test_a_summit_of_two_parties_in_either_order(text, surface, concept):
    assert (surface, concept) in _found(text)


def test_a_dash_before_the_year_of_a_name():
    assert _found("Türk Dünyası Vizyonu – 2040 belgesi") == [
        ("Türk Dünyası Vizyonu – 2040", "turkic-world-vision-2040")]


@pytest.mark.parametrize("text, surface, concept", [
    ("the Shanghai Co-operation Organisation", "Shanghai Co-operation Organisation", "sco"),
    ("AFTER THE BREAK UP OF THE SOVIET UNION", "BREAK UP OF THE SOVIET UNION",
     "dissolution-of-the-soviet-union"),
    ("the break-up of the Soviet Union", "break-up of the Soviet Union",
     "dissolution-of-the-soviet-union"),
])
def test_closed_english_compounds_take_a_hyphen(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, surface", [
    ("SCO Foreign Ministers’ Council to Convene in Astana", "SCO Foreign Ministers’ Council"),
    ("The Foreign Ministers’ Council of the Shanghai Cooperation Organization convenes today",
     "Foreign Ministers’ Council of the Shanghai Cooperation Organization"),
    ("the SCO Council of Foreign Ministers meeting", "SCO Council of Foreign Ministers meeting"),
    ("ŞİÖ Dışişleri Bakanları Toplantısı yapıldı", "ŞİÖ Dışişleri Bakanları Toplantısı"),
    ("Şanghay İşbirliği Örgütü Dışişleri Bakanları’nın sonuç bildirgesinde",
     "Şanghay İşbirliği Örgütü Dışişleri Bakanları’nın"),
])
def test_a_council_of_ministers_named_by_its_meeting_or_its_ministers(text, surface):
    assert (surface, "sco-council-of-foreign-ministers") in _found(text)


def test_members_between_an_organisation_and_its_body():
    text = "Şanghay İşbirliği Örgütü üye ülkeleri liderler zirvesinde"
    assert _found(text) == [(text, "sco-heads-of-state-council")]


@pytest.mark.parametrize("text", [
    "Dışişleri Bakanları toplandı.",  # ministers of no organisation
    "İslam İşbirliği Teşkilatı Dışişleri Bakanları Toplantısı",  # another organisation's
])
def test_ministers_without_the_organisation_are_no_council(text):
    assert all(not c.endswith("council-of-foreign-ministers") for _, c in _found(text))


def test_rules_add_nothing_to_concepts_they_do_not_fit():
    concept = glossary()["hedging"]
    assert with_wordings([concept])[0] is concept
