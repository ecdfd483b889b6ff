"""Concepts of the twenty-second curation reading, part B (the field's IR vocabulary): power
transition theory, hard power, smart power, realpolitik, the power vacuum and the security dilemma
(docs/curation.rst). The sentences that must link are shortened from the pages the reading counted
unless a comment says they were written for the test; the look-alikes come from the pages where a
comment names one, and are otherwise written for the test."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("An analysis based on Power Transition Theory points to two possible future scenarios for "
     "the rivalry", "Power Transition Theory", "power-transition"),
    ("The conceptual framework of power transition theory explain the contest between the "
     "world's dominants. Scholars have tried to explain and predict power transition more "
     "accurately.", "power transition", "power-transition"),
    ("ABD'nin yükselen bir güç olan Çin ile nasıl başa çıkması gerektiği, \"Güç Geçişi "
     "Teorisi\" adı verilen bir uluslararası ilişkiler teorisi çerçevesinde tartışılıyor",
     "Güç Geçişi Teorisi", "power-transition"),
    ("A. F. K. Organski'nin Güç Geçiş Teorisi realist düşünce ekolüne iki baskın yaklaşımdan "
     "biridir", "Güç Geçiş Teorisi", "power-transition"),
    ("Türkiye has adopted a more realistic approach actively using hard power elements",
     "hard power", "hard-power"),
    ("Türkiye, sert güç unsurlarını aktif bir şekilde kullanan daha realist bir yaklaşım "
     "benimsemiştir", "sert güç", "hard-power"),
    ("Türkiye doğrudan terör ve istikrarsızlık sarmalını hissetmeye başlayınca sert güce "
     "ağırlık vermeye başladı", "sert güce", "hard-power"),
    ("You can do it by persuasion and attraction; that's soft power. Or you can combine the two; "
     "that's smart power.", "smart power", "smart-power"),
    ("Türkiye'nin \"Akıllı Güç\" Paradigması ve Caydırıcılığı", "Akıllı Güç", "smart-power"),
    ("Realpolitik is the approach of conducting diplomatic or political policies based primarily "
     "on considerations of given circumstances", "Realpolitik", "realpolitik"),
    ("Bismarck'ın Alman birliğini sağlamak için izlediği politika realpolitikin en bilinen "
     "örneğidir.", "realpolitikin", "realpolitik"),
    ("Sovyet kimliğini terk eden ancak onun reel politika ve liderlik ideolojisi bayrağını devam "
     "ettiren Rusya", "reel politika", "realpolitik"),
    # written for the test: the hyphenated spelling of a development text (round 10)
    ("ikili ilişkilerin reel-politika unsurları barındırması", "reel-politika", "realpolitik"),
    ("From this perspective, it is no longer true to speak of a power vacuum created by the "
     "withdrawal of the dominant Soviet power", "power vacuum", "power-vacuum"),
    ("I knew they could not resist the opportunity to expand their control into the vacuum of "
     "power we would leave behind us.", "vacuum of power", "power-vacuum"),
    ("Suriye ve kara koridorunun kaybı, ortaya çıkan güç boşluğunun artık başkaları tarafından "
     "doldurulduğu anlamına geliyor", "güç boşluğunun", "power-vacuum"),
    ("The security dilemma is a key concept in international relations theory",
     "security dilemma", "security-dilemma"),
    ("Artan askeri kapasitenin güvenlik ikilemine neden olduğunu savunanlar da mevcuttur.",
     "güvenlik ikilemine", "security-dilemma"),
])
def test_forms_link(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, concept", [
    # Chatham House and the Valdai Club: a leader's succession, not the theory
    ("Kazakhstan: Real Power Transition Still to Come", "power-transition"),
    ("The Power Transition in Kazakhstan Is a Well-Prepared Project", "power-transition"),
    # jeuneurope.com and Star: the pair names power in general
    ("Soft and hard power are closely related.", "hard-power"),
    ("yumuşak ve sert gücünü senkronik ve etkili bir şekilde kullanan akıllı bir güç",
     "hard-power"),
    # written for the test: a derived word is not the term
    ("Ekonomik güçlükler ve sert güçlükler arttı.", "hard-power"),
    # written for the test: the electrical sense of the words
    ("The plant's power supply failed and a vacuum pump stopped.", "power-vacuum"),
    ("Bölgesel güvenlik ikili görüşmelerde ele alındı.", "security-dilemma"),
])
def test_look_alikes_do_not_link(text, concept):
    assert concept not in {found for _, found in _found(text)}
