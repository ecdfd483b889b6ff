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
    "Ekonomik İşbirliği Teşkilatı Dışişleri Bakanları Toplantısı",  # an organisation without one
])
def test_ministers_without_the_organisation_are_no_council(text):
    assert all(not c.endswith("council-of-foreign-ministers") for _, c in _found(text))


def test_rules_add_nothing_to_concepts_they_do_not_fit():
    concept = glossary()["hedging"]
    assert with_wordings([concept])[0] is concept


# Name classes (recognition.nameclasses) and the capitals of a summit heading.

@pytest.mark.parametrize("text, surface", [
    ("ministers gathered in the Central Asia + Japan format", "Central Asia + Japan format"),
    ("a CA + 1 format meeting", "CA + 1 format"),
    ("talks in the \"Central Asia - India\" format.", "Central Asia - India\" format"),
    ("the Central Asia plus Japan dialogue", "Central Asia plus Japan"),
    ("Orta Asya + Rusya formatında bir araya geldi", "Orta Asya + Rusya formatında"),
])
def test_central_asia_plus_a_partner(text, surface):
    assert (surface, "central-asia-plus-format") in _found(text)


def test_a_dash_pair_without_the_word_format_is_no_format():
    assert _found("the Central Asia-China trade turnover") == [("Central Asia", "central-asia")]


@pytest.mark.parametrize("text, surface", [
    ("Russia's War Against Ukraine: A Year On", "Russia's War Against Ukraine"),
    ("since Russia’s war on Ukraine began", "Russia’s war on Ukraine"),
    ("Rusya’nın Ukrayna’ya karşı savaşı sürerken", "Rusya’nın Ukrayna’ya karşı savaşı"),
    ("Rusya'nın Ukrayna'yı işgali", "Rusya'nın Ukrayna'yı işgali"),
    # the attacked party alone, with or without a word for the war's scale
    ("Moscow, at war with Ukraine, asked for help", "war with Ukraine"),
    ("after its all-out war on Ukraine began", "all-out war on Ukraine"),
    ("since the full-scale war against Ukraine", "full-scale war against Ukraine"),
    ("Russia's full-scale invasion of Ukraine", "Russia's full-scale invasion of Ukraine"),
])
def test_a_war_named_by_what_one_party_does_to_the_other(text, surface):
    assert _found(text) == [(surface, "russia-ukraine-war")]


def test_a_route_with_any_turkish_word_for_transport_and_route():
    text = "Trans-Hazar Uluslararası Ulaşım Güzergâhı üzerinden"
    assert _found(text) == [("Trans-Hazar Uluslararası Ulaşım Güzergâhı", "middle-corridor")]


@pytest.mark.parametrize("text, surface, concept", [
    ("members of the organization of Turkish States", "organization of Turkish States", "ots"),
    ("the shanghai cooperation organization met", "shanghai cooperation organization", "sco"),
    ("unity of the Turkish World", "Turkish World", "turkic-world"),
])
def test_organisation_names_without_capitals_and_turkish_for_turkic(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text", [
    "an economic cooperation organization of the region",  # only words for a kind of body
    "the Turkish Academy of Sciences",  # "Turkish Academy" is another academy
])
def test_generic_lower_case_names_stay_unlinked(text):
    assert _found(text) == []


def test_an_abbreviation_written_as_a_word_counts_beside_its_concept():
    assert ("Nato", "nato") in _found("NATO genişledi; Nato üyeleri toplandı.")
    assert _found("Nato expanded.") == []
    assert _found("Acılı bir agit yaktı. Agit söyledi.") == []  # ağıt, an elegy
    # the abbreviation itself stays unguarded
    assert _found("AGİT toplandı.") == [("AGİT", "osce")]


def test_a_summit_heading_in_capitals():
    text = "Türkiye ŞİÖ’nün diyalog ortağıdır.\n\nASTANA ZİRVESİ VE TÜRKİYE"
    assert ("ASTANA ZİRVESİ", "sco-heads-of-state-council") in _found(text)
    assert ("NATO ZİRVESİ", "sco-heads-of-state-council") not in _found(
        "ŞİÖ toplandı.\n\nNATO ZİRVESİ: TÜRKİYE")


def test_a_spaced_hyphen_joins_the_words_of_a_name():
    assert _found("Duşanbe'de Orta Asya - Rusya Zirvesi başladı.") == [
        ("Orta Asya - Rusya Zirvesi", "russia-central-asia-summit")]


def test_longest_name_hides_a_shorter_concept_inside_it():
    text = "Stratejik Ortaklık, Ebedi Dostluk ve Kardeşlik Antlaşması'nın taslağı"
    assert _found(text) == [("Stratejik Ortaklık, Ebedi Dostluk ve Kardeşlik Antlaşması'nın",
                             "turkic-states-strategic-partnership-treaty")]
    assert _found("TDT+ formatının ilk toplantısı") == [("TDT+ formatının", "ots-plus-format")]


def test_an_organisations_own_plus_format_takes_no_partners():
    forms = with_wordings([glossary()["ots-plus-format"]])[0]
    assert not any("Rusya" in form for form in forms.tr.marked_forms)
    assert not any("Russia" in form for form in forms.en.variants)
    assert _found("the OTS+Russia meeting") != [("OTS+Russia", "ots-plus-format")]


def test_an_abbreviation_written_as_a_word_is_not_read_in_ocr_mode():
    found = [(m.surface, m.concept) for m in
             caglossary.find_terms("NATO genişledi; Nato üyeleri toplandı.", ocr=True)]
    assert ("Nato", "nato") not in found


@pytest.mark.parametrize("text, surface, concept", [
    ("the 5th Consultative Meeting of the Heads of States of Central Asia, held",
     "Consultative Meeting of the Heads of States of Central Asia",
     "central-asia-consultative-meeting"),
    ("the Council of Heads of States of the SCO", "Council of Heads of States of the SCO",
     "sco-heads-of-state-council"),
])
def test_heads_of_state_is_also_written_heads_of_states(text, surface, concept):
    found = [(m.surface, m.concept) for m in caglossary.find_terms(text)]
    assert found == [(surface, concept)]


@pytest.mark.parametrize("text, surface", [
    ("Gebele Zirvesi Bildirisi kabul edildi", "Gebele Zirvesi Bildirisi"),
    ("the Gabala Summit Declaration says", "Gabala Summit Declaration"),
    # an organisation's bare name before its document is part of the document's name
    ("TDT Gebele Zirve Bildirisi'ne göre", "TDT Gebele Zirve Bildirisi'ne"),
])
def test_a_declaration_named_by_its_summit_and_its_organisation(text, surface):
    assert _found(text) == [(surface, "gabala-declaration-2025")]


@pytest.mark.parametrize("text", [
    "TDT'nin Gebele Bildirgesi",  # an inflected organisation is a phrase of its own
    "TDT, Gebele Bildirgesi",  # punctuation between
])
def test_an_inflected_or_separate_organisation_stays_apart(text):
    assert [concept for _, concept in _found(text)] == ["ots", "gabala-declaration-2025"]


def test_a_turkish_pole_adjective_alone_names_the_order():
    assert _found("iki kutupludan tek kutupluya geçiş") == [
        ("iki kutupludan", "bipolar-system"), ("tek kutupluya", "unipolar-system")]


def test_a_guarded_names_wordings_keep_its_guard():
    # "Alma-Ata Deklarasyonu" counts only near the CIS or the Soviet end; so does every
    # other word for a declaration the rule makes from it
    concept = with_wordings([glossary()["alma-ata-declaration"]])[0]
    guards = {guard.form: guard.near for guard in concept.tr.guarded}
    assert "Alma-Ata Bildirge|si" not in concept.tr.marked_forms
    assert guards["Alma-Ata Bildirge|si"] == guards["Alma-Ata Deklarasyon|u"]
    assert _found("Alma-Ata Bildirgesi imzalandı") == []
    assert ("Alma-Ata Bildirgesi", "alma-ata-declaration") in _found(
        "BDT kuruldu; Alma-Ata Bildirgesi imzalandı")


def test_no_rule_makes_an_unguarded_form_from_a_guarded_one():
    # every form a rule adds beside a guarded term must come from an unguarded form:
    # with the guarded forms taken away, the rules make the same unguarded forms
    for concept in glossary():
        if not concept.tr.guarded and not concept.en.guarded:
            continue
        made = with_wordings([concept])[0]
        added = set(made.tr.marked_forms) - set(concept.tr.marked_forms)
        held = {guard.form for guard in concept.tr.guarded}
        assert not added & held, concept.id
        assert all(guard.form not in made.tr.marked_forms or guard.form in
                   concept.tr.marked_forms for guard in made.tr.guarded), concept.id
