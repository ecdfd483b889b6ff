"""Conversion and extraction artefacts (see docs/recognition.rst, "PDF-text mode").

- a wrong font table's ``ġ``/``Ġ`` for ``Ş``/``İ``: every mode;
- the apostrophe marks conversions and keyboards write (``‟``, ``´``, `````): every mode;
- a stem softened before a lost vowel ending ("Avrasya Jeopolitiğ"): every mode;
- an apostrophe lost with its space kept ("Sovyetler Birliği nin"): PDF-text mode only.
"""

from __future__ import annotations

import pytest

import caglossary


def _found(text: str, **modes: bool) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text, **modes)]


@pytest.mark.parametrize("modes", [{}, {"pdf_text": True}, {"ocr": True}])
def test_a_wrong_font_tables_letters_spell_the_name(modes):
    text = "olan ġanghay Ġşbirliği Örgütü (eski adıyla ġanghay Beşlisi), bu"
    found = _found(text, **modes)
    assert ("ġanghay Ġşbirliği Örgütü", "sco") in found
    assert ("ġanghay Beşlisi", "shanghai-five") in found


def test_the_wrong_table_offsets_are_the_sources():
    text = "Türkiye ġĠÖ'ne diyalog ortağı oldu."
    (mention,) = [m for m in caglossary.find_terms(text) if m.concept == "sco"]
    assert text[mention.start:mention.end] == mention.surface == "ġĠÖ'ne"


def test_a_lower_case_dotted_g_is_no_capital_for_an_acronym():
    # "ġĠÖ" is ŞİÖ; "ġiö" stays lower case where the acronym needs capitals
    assert [c for _, c in _found("ġĠÖ üyeleri")] == ["sco"]
    assert _found("ġiö üyeleri") == []


@pytest.mark.parametrize("modes", [{}, {"pdf_text": True}, {"ocr": True}])
def test_turkish_read_in_the_western_code_page_spells_the_names(modes):
    written = ("Şanghay İşbirliği Örgütü zirvesi başladı; ŞİÖ'nün dönem başkanlığında "
               "Şanghay Beşlisi anıldı.")
    misread = written.encode("cp1254").decode("cp1252")  # "Þanghay Ýþbirliði …"
    assert [c for _, c in _found(misread, **modes)] == [c for _, c in _found(written, **modes)]
    found = caglossary.find_terms(misread, **modes)
    assert found and all(misread[m.start:m.end] == m.surface for m in found)


def test_the_western_code_pages_lower_case_letters_are_no_capitals():
    # "ÞÝÖ" is ŞİÖ; lower case "þýö" stays lower case where the acronym needs capitals
    assert [c for _, c in _found("ÞÝÖ üyeleri")] == ["sco"]
    assert _found("þýö üyeleri") == []
    assert _found("Guðmundur Þór Ýsafjörður") == []  # Icelandic names spell no term


@pytest.mark.parametrize("mark", ["\u201f", "\u00b4", "`", "'", "\u2019"])
def test_a_conversions_apostrophe_separates_the_suffix(mark):
    found = _found(f"SSCB{mark}nin dağılmasıyla birlikte")
    assert found == [(f"SSCB{mark}nin dağılmasıyla", "dissolution-of-the-soviet-union")]
    assert _found(f"ŞİÖ{mark}nün üyeleri") == [(f"ŞİÖ{mark}nün", "sco")]


def test_an_english_possessive_with_an_accent_mark_is_read():
    assert _found("the SCO´s summit") == [("SCO´s", "sco")]
    assert _found("the SCO`s summit") == [("SCO`s", "sco")]


def test_the_reversed_double_comma_before_a_space_closes_a_quotation():
    assert _found("‟Şanghay Beşlisi‟ dedi") == [("Şanghay Beşlisi", "shanghai-five")]


def test_a_stem_softened_before_a_lost_ending_is_read():
    assert ("Jeopolitiğ", "geopolitics") in _found("I. Yeni Dünya Düzeni ve Avrasya Jeopolitiğ\n")
    assert ("stratejik ortağ", "strategic-partnership") in _found("stratejik ortağ")


def test_a_stem_softened_before_a_consonant_ending_is_still_no_word():
    assert ("jeopolitiğler", "geopolitics") not in _found("jeopolitiğler")


DETACHED = [
    ("Sovyetler Birliği nin dağılmasıyla", "Sovyetler Birliği nin dağılmasıyla",
     "dissolution-of-the-soviet-union"),
    ("Sovyetler Birliği nin etkisi", "Sovyetler Birliği nin", "soviet-union"),
    ("ŞİÖ nün zirvesi", "ŞİÖ nün", "sco"),
    ("Orta Asya ya yönelik", "Orta Asya ya", "central-asia"),
]


@pytest.mark.parametrize("text, surface, concept", DETACHED)
def test_pdf_text_mode_reads_a_detached_case_ending(text, surface, concept):
    assert (surface, concept) in _found(text, pdf_text=True)


@pytest.mark.parametrize("text, surface, concept", DETACHED)
def test_clean_mode_leaves_a_detached_ending_out(text, surface, concept):
    assert all(found != surface for found, _ in _found(text))


@pytest.mark.parametrize("text, surface", [
    ("Orta Asya da değişti", "Orta Asya"),  # da: the conjunction "too"
    ("Orta Asya ne yapmalı", "Orta Asya"),  # ne: "what"
    ("Central Asia in the 1990s", "Central Asia"),  # an English form takes no ending
    ("BRICS in Asia", "BRICS"),  # a spelling English shares
    ("Orta Asya i", "Orta Asya"),  # a lone vowel i/u is no detached ending here
])
def test_pdf_text_mode_leaves_words_that_are_no_ending(text, surface):
    assert _found(text, pdf_text=True)[0][0] == surface
