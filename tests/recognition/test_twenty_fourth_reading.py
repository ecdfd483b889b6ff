"""Concepts of the twenty-fourth curation reading (the names the field's pages repeat most): the
World Turkic Language Family Day, the Regional Economic Cooperation Conference on Afghanistan and
the Helsinki Final Act (docs/curation.rst). The sentences that must link are shortened from the
pages the reading counted unless a comment says they were written for the test; the look-alikes
are written for the test or taken from a development text where a comment says so."""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text)]


@pytest.mark.parametrize("text, surface, concept", [
    ("UNESCO will mark 15 December every year as World Turkic Language Family Day.",
     "World Turkic Language Family Day", "world-turkic-language-family-day"),
    ("Event on newly declared World Turkic Language Day takes place in Uzbekistan",
     "World Turkic Language Day", "world-turkic-language-family-day"),
    ("the initiative to proclaim December 15 as World Turkic Languages Day",
     "World Turkic Languages Day", "world-turkic-language-family-day"),
    ("Türkiye has proposed celebrating December 15 as the World Day of the Turkic Language "
     "Family.", "World Day of the Turkic Language Family", "world-turkic-language-family-day"),
    ("UNESCO, 15 Aralık'ı Dünya Türk Dili Ailesi Günü ilan etti.",
     "Dünya Türk Dili Ailesi Günü", "world-turkic-language-family-day"),
    ("15 Aralık Dünya Türkçe Günü ilan edildi", "Dünya Türkçe Günü",
     "world-turkic-language-family-day"),
    ("The Seventh Regional Economic Cooperation Conference on Afghanistan (RECCA VII) will be held "
     "in Ashgabat", "Regional Economic Cooperation Conference on Afghanistan", "recca"),
    ("The Seventh Regional Economic Cooperation Conference on Afghanistan (RECCA VII) will be held "
     "in Ashgabat", "RECCA", "recca"),
    ("Overview of the Third Regional Economic Cooperation Conference for Afghanistan",
     "Regional Economic Cooperation Conference for Afghanistan", "recca"),
    ("The Helsinki Final Act remains as relevant today as it was when it was signed 35 years ago",
     "Helsinki Final Act", "helsinki-final-act"),
    ("the Final Act of the Conference on Security and Co-operation in Europe was signed on "
     "1 August 1975", "Final Act of the Conference on Security and Co-operation in Europe",
     "helsinki-final-act"),
    ("Helsinki Nihai Senedi başta olmak üzere Birleşmiş Milletler Şartı'nın amaç ve ilkelerine "
     "bağlılıklarını ifade ederek", "Helsinki Nihai Senedi", "helsinki-final-act"),
])
def test_forms_link(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, surface, concept", [
    ("Dünya Türk Dili Ailesi Günü'nün Semerkant'ta ilan edilmiş olması özel bir anlam taşıyor.",
     "Dünya Türk Dili Ailesi Günü'nün", "world-turkic-language-family-day"),
    # written for the test: further case endings
    ("Öğrenciler Dünya Türk Dili Ailesi Günü’nde Orhun Yazıtları'nı okudu.",
     "Dünya Türk Dili Ailesi Günü’nde", "world-turkic-language-family-day"),
    ("Lapis Lazuli anlaşması Afganistan Bölgesel Ekonomik İşbirliği Konferansı'nda imzalandı.",
     "Afganistan Bölgesel Ekonomik İşbirliği Konferansı'nda", "recca"),
    ("Türkmenistan, Afganistan Bölgesel Ekonomik İşbirliği Konferansına ev sahipliği yaptı.",
     "Afganistan Bölgesel Ekonomik İşbirliği Konferansına", "recca"),
    ("Zirve bildirisi Helsinki Nihai Senedi'nin ilkelerine atıf yapıyor.",
     "Helsinki Nihai Senedi'nin", "helsinki-final-act"),
    ("Taraflar Helsinki Nihai Senedine bağlı kalacaklarını açıkladı.",
     "Helsinki Nihai Senedine", "helsinki-final-act"),
])
def test_turkish_inflections_link(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, concept", [
    # a development text (round 32, text 375) quotes the day's name without its noun, in quotes
    ("UNESCO kararı bağlamında 15 Aralık’ın \"Dünya Türk Dili Ailesi\" günü ilan edilmesindeki "
     "katkıları", "world-turkic-language-family-day"),
    # written for the test: the language family itself, not the day
    ("Türk dili ailesi, Türk dünyasının ortak mirasıdır.", "world-turkic-language-family-day"),
    ("The Turkic language family includes Azerbaijani, Kazakh and Uzbek.",
     "world-turkic-language-family-day"),
    # written for the test: the 1992 summit document, a closing act of another meeting, a surname
    ("The OSCE summit in Helsinki in 1992 adopted the Helsinki Document.", "helsinki-final-act"),
    ("The final act of the conference was a joint statement.", "helsinki-final-act"),
    ("The Recca family ran a restaurant in Kabul.", "recca"),
    # written for the test: Afghanistan's other regional process
    ("Ministers met at the Heart of Asia-Istanbul Process conference in Baku.", "recca"),
])
def test_look_alikes_do_not_link(text, concept):
    assert concept not in {found for _, found in _found(text)}
