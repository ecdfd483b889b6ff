"""Text damaged by a wrong font or a lost encoding, read in every mode.

A PDF whose font maps the capital dotted I to the wrong glyph writes ``Đ``; a
page stored with a lost encoding writes U+FFFD for its Turkish letters. Both
are read without asking for a mode (see "Damaged text" in the recognition docs).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import caglossary
from caglossary.recognition.terms import TermMatcher
from caglossary.text.keys import fold_key
from strategies import examples

REPLACEMENT = "\ufffd"
_TURKISH_LETTERS = "çÇğĞıİöÖşŞüÜ"


def _found(text: str, **modes: bool) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text, **modes)]


def test_a_wrong_glyph_for_the_dotted_capital_folds_as_it():
    assert fold_key("ŞANGHAY ĐŞBĐRLĐĞĐ ÖRGÜTÜ") == fold_key("ŞANGHAY İŞBİRLİĞİ ÖRGÜTÜ")


@pytest.mark.parametrize("text, surface, concept", [
    ("ŞANGHAY ĐŞBĐRLĐĞĐ ÖRGÜTÜ: BÖLGESEL", "ŞANGHAY ĐŞBĐRLĐĞĐ ÖRGÜTÜ", "sco"),
    ("Türkiye ŞĐÖ’yü bir denge unsuru", "ŞĐÖ’yü", "sco"),
    ("Şanghay Đşbirliği Örgütü’nün üyeleri", "Şanghay Đşbirliği Örgütü’nün", "sco"),
])
def test_a_wrong_glyph_for_the_dotted_capital_is_read_in_clean_mode(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text, surface, concept", [
    ("T\ufffdrk Konseyi kuruldu", "T\ufffdrk Konseyi", "ots"),
    ("Türk Kene\ufffdi’nin zirvesi", "Türk Kene\ufffdi’nin", "ots"),
    ("TÜRK KENE\ufffd\ufffd", "TÜRK KENE\ufffd\ufffd", "ots"),
    ("Nahç\ufffdvan Anla\ufffdmas\ufffd imzaland\ufffd",
     "Nahç\ufffdvan Anla\ufffdmas\ufffd", "nakhchivan-agreement"),
    ("Türk Dili Konu\ufffdan Ülkeler \ufffd\ufffdbirli\ufffdi Konseyi",
     "Türk Dili Konu\ufffdan Ülkeler \ufffd\ufffdbirli\ufffdi Konseyi", "ots"),
])
def test_a_replacement_character_reads_as_a_turkish_letter(text, surface, concept):
    assert (surface, concept) in _found(text)


@pytest.mark.parametrize("text", [
    "OY KULLANDI\ufffdINIZ \ufffd\ufffd\ufffdN TE\ufffdEKK\ufffdR",  # "���" is no ŞİÖ
    "T\ufffdrk",  # no form is this short
    "Tark Konseyi",  # the replacement character stands for a Turkish letter, not any letter
])
def test_a_replacement_character_is_no_wildcard_for_an_abbreviation_or_a_latin_letter(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", ["DOĞUŞU", "Çin’in doğuşu", "Batışı", "AVRASYA’NIN DOĞUŞU"])
def test_an_ending_spelled_with_sh_or_soft_g_is_another_word(text):
    assert [c for _, c in _found(text) if c in ("the-east", "the-west")] == []


@pytest.mark.parametrize("text, surface", [("Doğusu", "Doğusu"), ("Batı’ymış", "Batı’ymış")])
def test_endings_with_s_still_read(text, surface):
    assert _found(text)[0][0] == surface


def test_any_apostrophe_finds_a_form_the_data_writes_with_one():
    assert _found("the Xi’an Declaration was signed") == [("Xi’an Declaration",
                                                            "xian-declaration-2023")]


_TERMS = [("Şanghay İşbirliği Örgütü", "sco"), ("Türk Devletleri Teşkilatı", "ots"),
          ("Doğu Türkistan", "xinjiang"), ("Türk Dünyası", "turkic-world"),
          ("Nahçıvan Anlaşması", "nakhchivan-agreement"), ("Kolektif Güvenlik Antlaşması Örgütü",
                                                          "csto")]


@examples(150)
@given(st.sampled_from(_TERMS), st.data())
def test_any_turkish_letters_lost_to_the_replacement_character_still_read(term, data):
    written, concept = term
    lost = data.draw(st.sets(st.sampled_from(
        [i for i, ch in enumerate(written) if ch in _TURKISH_LETTERS])))
    damaged = "".join(REPLACEMENT if i in lost else ch for i, ch in enumerate(written))
    assert _found(f"Bu {damaged} ile ilgili.") == [(damaged, concept)]


@pytest.mark.parametrize("seed", ["000_34587709eea600bb.txt", "003_c98496c7ed6a7cb8.txt"])
def test_the_patterns_for_damaged_text_read_clean_text_exactly_as_the_clean_ones(seed):
    """Each mark reads its own letter too: on a clean seed both find the same mentions."""
    text = (Path(__file__).resolve().parents[2] / "seeds" / seed).read_text(encoding="utf-8")
    clean = caglossary.glossary().matcher()
    damaged_reader = TermMatcher(clean._concepts, replaced=True)  # noqa: SLF001
    assert damaged_reader.find(text) == clean.find(text)
