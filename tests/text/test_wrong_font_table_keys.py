"""Keys of texts that went through a conversion with a wrong font table.

A Turkish document converted with the wrong table writes ``ġ`` for ``Ş`` and ``Ġ``
for ``İ`` ("ġanghay Ġşbirliği Örgütü"); the search key reads them as those letters
in every mode and keeps the text's length (offsets are the source's).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from caglossary.text.keys import fold_key, key_text, ocr_key_text
from caglossary.text.turkish import APOSTROPHES, fold


def test_the_wrong_table_letters_fold_as_the_turkish_ones():
    assert fold_key("ġanghay Ġşbirliği") == fold_key("Şanghay İşbirliği")
    assert fold_key("ĠSTANBUL ġEHĠR") == fold_key("İSTANBUL ŞEHİR")


def test_the_dotted_capital_g_is_i_not_s():
    # lower() turns Ġ into ġ: the fold must read it as İ before that
    assert fold_key("Ġ") == "i"
    assert fold_key("ġ") == "s"


def test_the_key_keeps_the_texts_length_and_offsets():
    text = "eski adıyla ġanghay Beşlisi"
    for keyed in (key_text(text), ocr_key_text(text)):
        assert len(keyed.key) == len(text)
        assert keyed.to_source(text.index("ġ")) == text.index("ġ")


def test_other_letters_with_a_dot_above_are_left_alone():
    # Ż, ċ, ė (Polish, Maltese, Lithuanian) are not part of the artefact
    assert fold_key("Żċė") == "żċė"
    assert fold_key("Ġġ") == "is"


@given(st.text())
def test_the_key_has_the_texts_length(text):
    assert len(fold_key(text)) == len(text)
    assert len(key_text(text).cased) == len(key_text(text).key)


def test_conversion_apostrophes_separate_a_suffix_like_the_typewriter_one():
    for mark in "\u201f\u00b4`":
        assert mark in APOSTROPHES
        assert fold(f"SSCB{mark}nin") == fold("SSCB'nin")


def test_the_reversed_double_comma_is_no_longer_a_double_quote_in_the_key():
    assert fold_key("SSCB\u201fnin") == "sscb\u201fnin"
    assert fold_key("\u201cSSCB\u201d") == '"sscb"'


def test_turkish_read_in_the_western_code_page_folds_as_turkish():
    # Windows-1254 bytes read as Windows-1252: Ş ş İ ı Ğ ğ come out Þ þ Ý ý Ð ð
    written = "Şanghay İşbirliği Örgütü ŞİÖ'nün dönem başkanlığında ĞÜNEY"
    misread = written.encode("cp1254").decode("cp1252")
    assert misread.startswith("Þanghay Ýþbirliði")
    assert fold_key(misread) == fold_key(written)
    keyed = key_text(misread)
    assert len(keyed.key) == len(misread) and keyed.to_source(30) == 30


def test_the_code_pages_differ_only_in_the_six_letters_the_fold_reads():
    # every other byte a Turkish page can hold both code pages decode alike, so no
    # other letter needs reading (Ž and ž of the Western page are unused bytes there)
    def read(byte: int, page: str) -> str:
        return bytes([byte]).decode(page, "replace")

    differ = {read(b, "cp1252") for b in range(256)
              if read(b, "cp1254") != "\ufffd" and read(b, "cp1252") != read(b, "cp1254")}
    assert differ == set("ÐÝÞðýþ")
