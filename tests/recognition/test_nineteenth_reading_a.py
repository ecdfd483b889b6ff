"""Concepts and wordings of the nineteenth curation reading, part A (water, energy and transport):
hydropolitics, the Caspian oil and gas fields and the agreement that opened them, the Russian gas
pipelines to Türkiye, the Kazakhstan-China oil pipeline, the Irtysh, the Karakum Canal, the
Toktogul and Nurek plants, and the short names of the Baku-Tbilisi-Kars railway
(docs/curation.rst). The sentences that must link are shortened from the pages the reading
counted; the look-alikes are written for the test."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("This research makes an original contribution to the literature on hydropolitics in Central "
     "Asia", "hydropolitics", "hydropolitics"),
    ("Orta Asya'nın Geleceğinde Hidro-Politikanın Önemi", "Hidro-Politikanın", "hydropolitics"),
    ("We are also proud that such strategic projects as Azeri-Chirag-Gunashli and Shah Deniz were "
     "entrusted to BP", "Shah Deniz", "shah-deniz-field"),
    ("Şahdeniz yatağında bugüne kadar 100 milyar metreküp doğalgaz üretildi",
     "Şahdeniz yatağında", "shah-deniz-field"),
    ("Azeri-Chirag-Gunashli (ACG) field has produced more than 4.5 billion barrels of oil",
     "Azeri-Chirag-Gunashli", "acg-field"),
    ("Azeri-Chirag-Gunashli (ACG) field has produced more than 4.5 billion barrels of oil",
     "ACG", "acg-field"),
    ("Türkiye Petrolleri'nin ilk yurtdışı projesi olan Azeri-Çırak-Güneşli (ACG) Petrol Projesi",
     "Azeri-Çırak-Güneşli", "acg-field"),
    ("Today, Azerbaijan marks the 30th anniversary of the signing of the \"Contract of the "
     "Century\"", "Contract of the Century", "contract-of-the-century"),
    ("The Karachaganak field is one of the largest oil and gas condensate fields in the world",
     "Karachaganak field", "karachaganak-field"),
    ("China National Petroleum Corp. has completed the Kazakhstan-China oil pipeline",
     "Kazakhstan-China oil pipeline", "kazakhstan-china-oil-pipeline"),
    ("The Kazakhstan–China oil pipeline is China's first direct oil import pipeline",
     "Kazakhstan–China oil pipeline", "kazakhstan-china-oil-pipeline"),
    ("the lack of agreed plans for the use of water resources of the transboundary Irtysh River",
     "Irtysh River", "irtysh-river"),
    ("Kızılsu adı ile de bilinen Vahş nehri, İrtiş nehri ve Zerefşan nehri", "İrtiş nehri",
     "irtysh-river"),
    ("Turkmenistan increasing pumping capacity of Karakum Canal", "Karakum Canal",
     "karakum-canal"),
    ("1954–1959 yılları arasında yapımı tamamlanan Karakum Kanalı’nın ilk bölümü",
     "Karakum Kanalı’nın", "karakum-canal"),
    ("Kyrgyzstan has completed the full reconstruction of the Toktogul Hydroelectric Power Plant",
     "Toktogul Hydroelectric Power Plant", "toktogul-hpp"),
    ("the capacity of the Toktogul HPP will increase by 240 megawatts", "Toktogul HPP",
     "toktogul-hpp"),
    ("The Nurek Dam, commissioned in 1972, is the highest dam in the world", "Nurek Dam",
     "nurek-hpp"),
    ("Nurek hydropower plant built on the Vakhsh River is the largest hydropower plant in Central "
     "Asia", "Nurek hydropower plant", "nurek-hpp"),
    ("the Presidents of Russia and Turkey officially launched the TurkStream natural gas pipeline",
     "TurkStream", "turkstream"),
    ("The international project \"Turkish Stream\" is a gas pipeline", "Turkish Stream",
     "turkstream"),
    ("Kremlin, Türkiye'ye yönelik TürkAkım ve Mavi Akım doğal gaz boru hatlarının faaliyetlerini "
     "sürdürdüğünü bildirdi", "TürkAkım", "turkstream"),
    ("Kremlin, Türkiye'ye yönelik TürkAkım ve Mavi Akım doğal gaz boru hatlarının faaliyetlerini "
     "sürdürdüğünü bildirdi", "Mavi Akım", "blue-stream"),
    ("Türk Akımı doğalgaz boru hattı projesinde ikinci hattın inşası", "Türk Akımı",
     "turkstream"),
    ("Blue Stream has significantly enhanced the reliability of gas supplies to Turkey",
     "Blue Stream", "blue-stream"),
    # the railway's short names, as the pages write them
    ("Bakü-Tiflis-Kars (BTK) Demir Yolu Hattında ilk ihracat treni 2020'de Çin'e ulaştı",
     "Bakü-Tiflis-Kars", "baku-tbilisi-kars-railway"),
    ("Bakü-Tiflis-Kars (BTK) Demir Yolu Hattında ilk ihracat treni 2020'de Çin'e ulaştı",
     "BTK", "baku-tbilisi-kars-railway"),
    ("The Nakhchivan railway will be integrated with the Baku-Tbilisi-Kars (BTK) railway line",
     "Baku-Tbilisi-Kars", "baku-tbilisi-kars-railway"),
])
def test_forms_from_the_pages(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, concept", [
    # a think tank named after the field is not the field
    ("Dursun Yıldız, Hidropolitik Akademi Başkanı", "hydropolitics"),
    # ACG and BTK alone are other bodies' acronyms
    ("the ACG announced the cancelation of InterGrowth", "acg-field"),
    ("BTK, Ekşi Sözlük'e erişim engeli koydu", "baku-tbilisi-kars-railway"),
    # ordinary words in lower case
    ("a contract of the century for the new striker", "contract-of-the-century"),
    ("a blue stream ran down the hill", "blue-stream"),
    ("denizde mavi akım izlendi", "blue-stream"),
    # the town, the district and the poet are not the plants
    ("Toktogul Satylganov was a Kyrgyz poet", "toktogul-hpp"),
    ("the town of Nurek lies 70 km from Dushanbe", "nurek-hpp"),
    # the Ili is another river of the same dispute
    ("the Ili River flows into Lake Balkhash", "irtysh-river"),
])
def test_look_alikes_do_not_link(text, concept):
    assert concept not in {found for _, found in _found(text)}
