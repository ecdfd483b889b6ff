import random
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caglossary.text.turkish import (
    en_sort_key, fold, initial_letter, tr_casefold, tr_lower, tr_sort_key, tr_sorted, tr_title,
    tr_upper)

SAMPLE = ("Aga, Ağa, Ağrı, Aha, Cezayir, Çin, Dagestan, Dağıstan, ılık, Irak, Isparta, Işık, "
          "ilik, İran, Kabil, Kâbil, Orta Asya, Oz, Öz, Özbekistan, Suriye, Sünni, Şanghay, "
          "Uzbek, Ümit, Ürdün").split(", ")


@pytest.mark.parametrize("text, lower, upper", [
    ("İstanbul", "istanbul", "İSTANBUL"),
    ("IŞIK", "ışık", "IŞIK"),
    ("Iğdır", "ığdır", "IĞDIR"),
    ("DIŞİŞLERİ", "dışişleri", "DIŞİŞLERİ"),
    ("I\u0307stanbul", "istanbul", "İSTANBUL"),
    ("diyalog ortağı", "diyalog ortağı", "DİYALOG ORTAĞI"),
])
def test_casing(text, lower, upper):
    assert tr_lower(text) == lower
    assert tr_upper(text) == upper
    assert len(tr_lower("İ")) == 1


def test_builtins_are_wrong_where_helpers_are_right():
    assert "İ".lower() != tr_lower("İ")
    assert "I".lower() != tr_lower("I")
    assert tr_casefold("IŞIK") == tr_casefold("ışık") != tr_casefold("işik")


@pytest.mark.parametrize("text, title", [
    ("türkiye'nin dış politikası", "Türkiye'nin Dış Politikası"),
    ("ışık ve iğdır", "Işık Ve İğdır"),
    ("TÜRKİYE-KAZAKİSTAN", "Türkiye-Kazakistan"),
])
def test_title(text, title):
    assert tr_title(text) == title


@pytest.mark.parametrize("text, folded", [
    ("ŞANGHAY BEŞLİSİ'NİN", "sanghay beslisinin"),
    ("Türkiye’nin", "turkiyenin"),
    ("Türkiye‘nin", "turkiyenin"),
    ("Türkiyeʼnin", "turkiyenin"),
    ("Kâbil", "kabil"),
    ("s\u0327iö", "sio"),  # NFD input
    ("I\u0307İıi", "iiii"),
    ("çğıöşüâîû", "cgiosuaiu"),
])
def test_fold(text, folded):
    assert fold(text) == folded


def test_apostrophes_compare_equal_when_folded():
    assert fold("Türkiye'nin") == fold("Türkiye’nin")


def test_sort_sample_is_in_turkish_order():
    shuffled = SAMPLE[:]
    random.Random(7).shuffle(shuffled)
    assert tr_sorted(shuffled) == SAMPLE


def test_sort_key_levels():
    assert tr_sort_key("Kabil") < tr_sort_key("Kâbil")  # accent is secondary
    assert tr_sort_key("ırak") < tr_sort_key("Irak")  # lower case first
    assert tr_sort_key("Irak") < tr_sort_key("ilik")  # ı before i
    assert tr_sort_key("Orta Asya") < tr_sort_key("Ortadoğu")  # space before letters
    assert tr_sort_key("-") < tr_sort_key("1") < tr_sort_key("a")
    assert en_sort_key("Şanghay") < en_sort_key("Shanghai") < en_sort_key("soft power")


@pytest.mark.parametrize("text, letter", [
    ("Çin", "Ç"), ("ılık", "I"), ("İran", "İ"), ("Irak", "I"), ("Öz", "Ö"), ("şiir", "Ş"),
    ("Ürdün", "Ü"), ("Ğ", "Ğ"), ("âdet", "A"), ("“Yeniden Asya”", "Y"), ("1996", "0–9"),
])
def test_initial_letter(text, letter):
    assert initial_letter(text) == letter


def test_initial_letter_english_folds_accents():
    assert initial_letter("Çin", "en") == "C"


turkish_text = st.text(alphabet=st.sampled_from(list("aAbcçÇdeğĞhıIiİoOöÖsşŞuüÜ '’\u0307-1")),
                       max_size=12)


@settings(max_examples=400)
@given(st.text(max_size=20))
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@settings(max_examples=400)
@given(turkish_text)
def test_fold_is_idempotent_on_turkish(text):
    assert fold(fold(text)) == fold(text)


@settings(max_examples=300)
@given(turkish_text, turkish_text, turkish_text)
def test_collation_is_a_total_order(a, b, c):
    ka, kb, kc = tr_sort_key(a), tr_sort_key(b), tr_sort_key(c)
    assert (ka == kb) == (a == b)
    if ka <= kb and kb <= kc:
        assert ka <= kc


@settings(max_examples=300)
@given(turkish_text, turkish_text)
def test_collation_agrees_with_casefold(a, b):
    a_nfc, b_nfc = unicodedata.normalize("NFC", a), unicodedata.normalize("NFC", b)
    if tr_casefold(a_nfc) == tr_casefold(b_nfc):
        assert tr_sort_key(a_nfc)[:2] == tr_sort_key(b_nfc)[:2]
