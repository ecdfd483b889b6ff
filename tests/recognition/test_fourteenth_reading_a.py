"""Concepts of the fourteenth curation reading, part A: security and the neighbours
(docs/curation.rst). The sentences that must link are shortened from the pages the reading
counted; the look-alikes are written for the test."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("a terrorist attack carried out by Tehreek-i-Taliban Pakistan in Miran Shah",
     "Tehreek-i-Taliban Pakistan", "tehrik-i-taliban-pakistan"),
    ("The TTP is not directly affiliated with the Afghan Taliban", "TTP",
     "tehrik-i-taliban-pakistan"),
    ("Tahrik-i Taliban Pakistan (TTP), ya da yaygın adıyla Pakistan Talibanı,",
     "Pakistan Talibanı", "tehrik-i-taliban-pakistan"),
    ("Türkçesiyle 'Pakistan Taliban Hareketi', bilinen adıyla", "Pakistan Taliban Hareketi",
     "tehrik-i-taliban-pakistan"),
    ("militant groups that operate along the porous Durand Line", "Durand Line", "durand-line"),
    ("çizilen “Durand Hattı” haritası Pakistan’ın resmi sınırı", "Durand Hattı", "durand-line"),
    ("the first Caspian Economic Forum was held on 12 August 2019", "Caspian Economic Forum",
     "caspian-economic-forum"),
    ("11-12 Ağustos 2019 tarihlerinde Birinci Hazar Ekonomi Forumu Avaza'da",
     "Hazar Ekonomi Forumu", "caspian-economic-forum"),
    ("the Council of Foreign Ministers of the Organization of the Black Sea Economic Cooperation",
     "Organization of the Black Sea Economic Cooperation", "bsec"),
    ("KEİ Dönem Başkanlığı 1 Ocak 2023 tarihinden itibaren", "KEİ", "bsec"),
    ("Karadeniz Ekonomik İşbirliği Teşkilatı (KEİ), Türkiye’nin öncülüğünde",
     "Karadeniz Ekonomik İşbirliği Teşkilatı", "bsec"),
    ("\"The Montreux Convention is in effect.\"", "Montreux Convention", "montreux-convention"),
    ("Montrö Boğazlar Sözleşmesi'ne göre, kıyıdaş olmayan devletlerin savaş gemileri",
     "Montrö Boğazlar Sözleşmesi'ne", "montreux-convention"),
    ("formed to facilitate the implementation of the Black Sea Grain Initiative",
     "Black Sea Grain Initiative", "black-sea-grain-initiative"),
    ("Karadeniz Tahıl Koridoru Anlaşması'nın yeniden başlamasını",
     "Karadeniz Tahıl Koridoru Anlaşması'nın", "black-sea-grain-initiative"),
    ("a 74km border along the remote Wakhan Corridor", "Wakhan Corridor", "wakhan-corridor"),
    ("Vahan Koridoru’nun Taliban tarafından ele geçirildiği duyurulmuştur",
     "Vahan Koridoru’nun", "wakhan-corridor"),
    ("the Gorno-Badakhshan Autonomous Oblast (GBAO) of Tajikistan",
     "Gorno-Badakhshan Autonomous Oblast", "gorno-badakhshan"),
    ("imposing an internet shutdown throughout GBAO", "GBAO", "gorno-badakhshan"),
    ("the Taliban has ruled Afghanistan as the Islamic Emirate of Afghanistan since 2021",
     "Islamic Emirate of Afghanistan", "islamic-emirate-of-afghanistan"),
    ("Afganistan İslam Emirliği'nden üst düzey bir heyet", "Afganistan İslam Emirliği'nden",
     "islamic-emirate-of-afghanistan"),
    ("Crocus City Hall Attack: Deciphering Central Asian Jihadism", "Crocus City Hall Attack",
     "crocus-city-hall-attack-2024"),
    ("The 22 March 2024 attack on Crocus City Hall near Moscow", "attack on Crocus City Hall",
     "crocus-city-hall-attack-2024"),
    ("Kazakhstan attaches the utmost importance to the CARICC activities", "CARICC", "caricc"),
    ("the Border Management Programme in Central Asia (BOMCA) entered into its tenth phase",
     "Border Management Programme in Central Asia", "bomca"),
    ("to take part in the third Moscow format consultations on Afghanistan",
     "Moscow format consultations on Afghanistan", "moscow-format-afghanistan"),
    ("The Moscow format was established in 2017", "Moscow format", "moscow-format-afghanistan"),
    ("Afganistan meselesiyle ilgili Moskova Formatı’nda yapılacak toplantıya",
     "Moskova Formatı’nda", "moscow-format-afghanistan"),
    ("the mandate of the UN Assistance Mission in Afghanistan (UNAMA) for six months",
     "UN Assistance Mission in Afghanistan", "unama"),
    ("Birleşmiş Milletler Uyuşturucu ve Suç Ofisi'nin (UNODC) Afganistan Afyon Araştırması",
     "Birleşmiş Milletler Uyuşturucu ve Suç Ofisi'nin", "unodc"),
    ("The Kempir-Abad reservoir, known in Uzbekistan as the Andijon reservoir, was built in 1983",
     "Kempir-Abad reservoir", "kempir-abad-reservoir"),
    ("After the announcement of the partial mobilization in Russia, up to 700,000 men",
     "partial mobilization in Russia", "russian-partial-mobilisation-2022"),
    ("The current trouble started with a shoot-out near Vorukh, a Tajik exclave", "Vorukh",
     "vorukh"),
    ("the illegal blockade of the Lachin Corridor by Azerbaijan", "Lachin Corridor",
     "lachin-corridor"),
    ("Azerbaycan, Laçın Koridoru'na sınır kontrol noktası kurdu", "Laçın Koridoru'na",
     "lachin-corridor"),
    ("Gorno-Badakhshan Özerk Bölgesi, Tacikistan Cumhuriyeti'nde özerk bir bölgedir",
     "Gorno-Badakhshan Özerk Bölgesi", "gorno-badakhshan"),
    ("2015 yılında imzalanan Kapsamlı Ortak Eylem Planı (KOEP) isimli", "KOEP", "jcpoa"),
    ("a joint declaration creating the Trump Route for International Peace and Prosperity",
     "Trump Route for International Peace and Prosperity", "tripp"),
    ("Uluslararası Barış ve Refah İçin Trump Rotası'nın (TRIPP) hayata geçirilmesine",
     "Uluslararası Barış ve Refah İçin Trump Rotası'nın", "tripp"),
    ("the Joint Comprehensive Plan of Action (JCPOA), commonly known as the Iran nuclear deal",
     "Iran nuclear deal", "jcpoa"),
])
def test_the_new_concepts_are_found(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, concept", [
    # the district and the town are no corridor (a development text writes this)
    ("wind mill farms in the Lachin and Kalbajar regions", "lachin-corridor"),
    # a given name spelled like the Turkish abbreviation
    ("Kei Nishikori won the match in Tokyo.", "bsec"),
    # a mobilisation in the 2020 Karabakh war is not Russia's of 2022
    ("Azerbaijan declared a partial mobilization on 28 September 2020.",
     "russian-partial-mobilisation-2022"),
])
def test_look_alikes_are_not_the_new_concepts(text, concept):
    assert all(found != concept for _, found in _found(text))
