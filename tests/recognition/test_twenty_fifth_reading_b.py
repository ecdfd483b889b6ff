"""Concept of the twenty-fifth curation reading, part B (the names Turkish pages repeat most): the
Turkic States Cooperation Day of 3 October (docs/curation.rst). Every sentence is written for the
test; each form that must link is the wording of a page the reading counted or followed up, named
in a comment. The look-alikes are other days, other documents and the decisions the reading took
against a new concept."""

from __future__ import annotations

import pytest

import caglossary

DAY = "turkic-states-cooperation-day"


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface", [
    # the wording of the Turkish foreign ministry's 2025 message (Ekonomim)
    ("Bakanlık 3 Ekim Türk Devletleri İşbirliği Günü için bir açıklama yaptı.",
     "Türk Devletleri İşbirliği Günü"),
    # TRT Haber and TV3 Haber write the compound as two words
    ("Cumhurbaşkanı, Türk Devletleri İş Birliği Günü dolayısıyla bir paylaşım yaptı.",
     "Türk Devletleri İş Birliği Günü"),
    # the name before 2021 (the ministry's Nakhchivan consulate, TÜRKSOY, TÜKİB)
    ("O yıllarda 3 Ekim, Türk Dili Konuşan Ülkeler İşbirliği Günü diye anılıyordu.",
     "Türk Dili Konuşan Ülkeler İşbirliği Günü"),
    # the two-word compound of the older name (Mynet, the TDBB's message)
    ("Belediyeler birliği Türk Dili Konuşan Ülkeler İş Birliği Günü için mesaj yayımladı.",
     "Türk Dili Konuşan Ülkeler İş Birliği Günü"),
    # AZERTAC quoting the Turkish foreign ministry
    ("Ankara marked the Turkic States Cooperation Day with a statement.",
     "Turkic States Cooperation Day"),
    # Azerbaijan's embassy in Zagreb; the Turkish ministry's 2017 release writes the hyphen
    ("Embassies issued statements on the Turkic Speaking States Cooperation Day.",
     "Turkic Speaking States Cooperation Day"),
    ("The ministry's release concerned the Turkic-Speaking States Cooperation Day.",
     "Turkic-Speaking States Cooperation Day"),
    # TuraNews and Anews
    ("Kazakh media wrote about the Day of Cooperation of Turkic-Speaking Countries.",
     "Day of Cooperation of Turkic-Speaking Countries"),
    ("The date was declared the Cooperation Day of Turkic-Speaking Countries in 2010.",
     "Cooperation Day of Turkic-Speaking Countries"),
])
def test_forms_link(text, surface):
    assert (surface, DAY) in _found(text)


@pytest.mark.parametrize("text, surface", [
    ("Azerbaycan, Türk Devletleri İşbirliği Günü'nü kutlayan bir mesaj paylaştı.",
     "Türk Devletleri İşbirliği Günü'nü"),
    ("Genel Sekreter, Türk Dili Konuşan Ülkeler İşbirliği Günü'nüzü kutladı.",
     "Türk Dili Konuşan Ülkeler İşbirliği Günü'nüzü"),
    ("Türk Devletleri İş Birliği Günü’nde köprüler turkuaz renge büründü.",
     "Türk Devletleri İş Birliği Günü’nde"),
    ("Türk Devletleri İşbirliği Gününde bayraklar birlikte asıldı.",
     "Türk Devletleri İşbirliği Gününde"),
])
def test_turkish_inflections_link(text, surface):
    assert (surface, DAY) in _found(text)


@pytest.mark.parametrize("text", [
    # a short name on one page only (Akis Haber): left out
    "Bu tarih kısaca Dünya Türk Günü olarak da anılıyor.",
    # other days and anniversaries
    "European Cooperation Day is kept on 21 September.",
    "Avrupa İşbirliği Günü etkinlikleri sınır bölgelerinde yapıldı.",
    "Türk Devletleri Teşkilatı'nın kuruluş yıl dönümü kutlandı.",
    "Uluslararası Türk Akademisi'nin kuruluş günü kutlu olsun.",
    "Dünya Türk Dili Ailesi Günü her yıl 15 Aralık'ta kutlanır.",
    # plain words that sit next to each other
    "Türk devletleri arasında işbirliği günü gününe artıyor.",
    "The Turkic states deepened cooperation on the day of the summit.",
])
def test_look_alikes_do_not_link_the_day(text):
    assert DAY not in {concept for _, concept in _found(text)}


def test_party_vision_document_is_not_the_2040_vision():
    """A ruling party's 2025 "Türk Dünyası Vizyon Belgesi" is not the OTS's 2040 vision."""
    found = _found("AK Parti'nin Türk Dünyası Vizyon Belgesi 198 sayfadan oluşuyor.")
    assert "turkic-world-vision-2040" not in {concept for _, concept in found}


def test_caspian_legal_status_question_links_the_sea_only():
    """The reading left the status question out: the development gold links the sea alone."""
    found = _found("Hazar'ın hukuki statüsü sorunu otuz yıl sürdü.")
    assert found == [("Hazar'ın", "caspian-sea")]
