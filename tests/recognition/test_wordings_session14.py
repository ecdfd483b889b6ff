"""Wordings of session 14, from round 32's misses and the development rounds' gold."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, concept", [
    ("SSCB’nin çözülüşü ile başlayan dönem", "dissolution-of-the-soviet-union"),
    ("Sovyetler Birliği'nin çözülmesiyle", "dissolution-of-the-soviet-union"),
    ("Türkiye’nin doğal gaz arz güvenliğini artırırken", "energy-security"),
    ("Avrupa'nın gaz arz güvenliği", "energy-security"),
    ("the security of gas supply to Europe", "energy-security"),
    ("an expansion of the Central Asia-to-China gas pipeline.", "central-asia-china-gas-pipeline"),
    ("Türk Dili Konuşan Ülkeler İşbirliği Konseyinin Kurulmasına Dair Nahçıvan Anlaşmasında",
     "nakhchivan-agreement"),
    ("çözülüş eski Sovyet topraklarını çatışma alanına çevirdi", "post-soviet-space"),
    ("a project of the post-Soviet territory", "post-soviet-space"),
    ("iyiniyetli komşuluk ilişkileri çerçevesinde", "good-neighbourliness"),
])
def test_round_32_wordings(text, concept):
    assert [found for _, found in _found(text)] == [concept]


def test_the_former_soviet_republics_are_states_not_the_space():
    assert _found("eski Sovyet cumhuriyetleri Avrasya Ekonomik Birliği çatısında") == [
        ("Avrasya Ekonomik Birliği", "eaeu")]


@pytest.mark.parametrize("text, surface, concept", [
    ("The final declaration of the Council of the heads of OTS states emphasizes",
     "Council of the heads of OTS states", "ots-summit"),
    ("The Council of Heads of the SCO member states approved it",
     "Council of Heads of the SCO member states", "sco-heads-of-state-council"),
    ("at the Council of Heads of CIS States in Dushanbe",
     "Council of Heads of CIS States", "cis-heads-of-state-council"),
])
def test_a_council_of_heads_named_with_the_organisation_inside(text, surface, concept):
    assert _found(text) == [(surface, concept)]


def test_heads_of_states_without_the_council_are_the_organisation():
    assert _found("the heads of OTS states met") == [("OTS", "ots")]


@pytest.mark.parametrize("text, surface", [
    ("11 Eylül sonrası ABD'nin Orta Asya politikası", "11 Eylül sonrası"),
    ("11 Eylül Terör Saldırıları öncesinde", "11 Eylül Terör Saldırıları"),
    ("Özellikle 9/11 olayları sonrasında", "9/11 olayları"),
    ("11 Eylül’den sonra bölge değişti", "11 Eylül’den sonra"),
    ("ABD-Afganistan ilişkilerinin 9/11 sonrası süreci", "9/11 sonrası"),
])
def test_the_attacks_named_by_their_date(text, surface):
    assert (surface, "september-11-attacks") in _found(text)


@pytest.mark.parametrize("text", [
    "Zirve 11 Eylül'de Astana'da toplandı",
    "11 Eylül 2024 tarihinde imzalandı",
])
def test_the_date_alone_is_a_date(text):
    assert "september-11-attacks" not in [concept for _, concept in _found(text)]


@pytest.mark.parametrize("text, surface, concept", [
    # three development texts (rounds 9, 13 and 33) name the war as the crisis
    ("In the context of the escalating Ukraine crisis, talks stalled", "Ukraine crisis",
     "russia-ukraine-war"),
    ("efforts to resolve the Ukrainian crisis were praised", "Ukrainian crisis",
     "russia-ukraine-war"),
    ("founded in 1992 with the Summit of Turkic Speaking States and",
     "Summit of Turkic Speaking States", "turkic-summits"),
    ("the CSTO, a mutual defense pact first formed in 1992", "mutual defense pact",
     "defence-alliance"),
])
def test_round_33_wordings(text, surface, concept):
    assert (surface, concept) in _found(text)
