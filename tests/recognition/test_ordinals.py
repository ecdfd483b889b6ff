"""A name with the ordinal number of one of its sessions inside it: ``BM 77. Genel Kurulu``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import caglossary
from caglossary.recognition.ordinals import may_hold_an_ordinal


def _found(text: str, **modes: bool) -> list[tuple[str, str]]:
    return [(m.surface, m.concept) for m in caglossary.find_terms(text, **modes)]


@pytest.mark.parametrize("modes", [{}, {"ocr": True}])
@pytest.mark.parametrize("text, surface, concept", [
    ("Tokayev BM 77. Genel Kurulu'nda konuştu.", "BM 77. Genel Kurulu'nda", "unga"),
    ("Avrupa Birliği-Orta Asya Dışişleri Bakanları 18. Toplantısı yapıldı.",
     "Avrupa Birliği-Orta Asya Dışişleri Bakanları 18. Toplantısı",
     "eu-central-asia-ministerial-meeting"),
    ("TDT Devlet Başkanları Konseyi 12. Zirvesi", "TDT Devlet Başkanları Konseyi 12. Zirvesi",
     "ots-summit"),
])
def test_the_ordinal_is_read_inside_the_name(text, surface, concept, modes):
    assert _found(text, **modes) == [(surface, concept)]


@pytest.mark.parametrize("text, expected", [
    # a year is no ordinal, and the name's parts stay as they are
    ("BM 2022. Genel Kurulu", [("BM", "un")]),
    # a list number before a name: the name is read alone
    ("Madde 5. Orta Asya ülkeleri", [("Orta Asya", "central-asia")]),
    # a lower-case word before the number: no name goes on across it
    ("toplantının 3. Orta Asya oturumu", [("Orta Asya", "central-asia")]),
])
def test_numbers_that_are_no_ordinal_inside_a_name(text, expected):
    assert _found(text) == expected


@given(st.text(alphabet="0123456789. AaBbÇçİi\n", max_size=40))
def test_the_screen_sees_every_ordinal_before_a_capital(text):
    import re

    plain = re.search(r"[0-9]\.[ \t]+[A-ZÇĞİÖŞÜ]", text) is not None
    assert may_hold_an_ordinal(text) is plain
