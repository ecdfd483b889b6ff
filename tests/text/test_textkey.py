"""The folded search key and its way back to the caller's offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from caglossary.text.keys import fold_key, key_text, ocr_key_text
from strategies import examples, prose

_FRAGMENTS = st.one_of(prose, st.sampled_from(["Kazakis-\ntan", "Tiirkiye", "Ozbekistan'1n",
                                                "e\u0301", "\u00adSCO", "ŞİÖ'nün", "$anghay"]))
_TEXTS = st.lists(_FRAGMENTS, max_size=6).map("".join)


def test_hyphenated_line_break_is_left_out_of_the_key_and_mapped_back():
    text = "Orta Asya: Kazakis-\n  tan ve Kırgızistan"
    keyed = key_text(text)
    assert keyed.key == "orta asya: kazakistan ve kirgizistan"
    start = keyed.key.index("kazakistan")
    src_start, src_end = keyed.span(start, start + len("kazakistan"))
    assert text[src_start:src_end] == "Kazakis-\n  tan"


def test_ocr_repairs_map_back_to_the_damaged_spelling():
    text = "Tiirkiye ve $anghay"
    keyed = ocr_key_text(text)
    assert keyed.key == "turkiye ve sanshay"
    assert keyed.cased == "Tirkiye ve $anghay"
    assert keyed.span(0, 7) == (0, 8)
    assert keyed.span(11, 18) == (12, 19)


def test_a_text_without_edits_maps_to_itself():
    keyed = key_text("Şanghay Beşlisi")
    assert keyed.is_identity and keyed.cased == "Şanghay Beşlisi"
    assert keyed.to_sources([0, 7, 8, 15]) == [0, 7, 8, 15]


@examples(300)
@given(_TEXTS, st.booleans())
def test_cased_text_is_the_key_with_capitals(text, ocr):
    keyed = ocr_key_text(text) if ocr else key_text(text)
    assert len(keyed.cased) == len(keyed.key)
    if not ocr:
        assert fold_key(keyed.cased) == keyed.key


@examples(300)
@given(_TEXTS, st.booleans(), st.data())
def test_batch_mapping_agrees_with_single_spans_and_keeps_order(text, ocr, data):
    keyed = ocr_key_text(text) if ocr else key_text(text)
    size = len(keyed.key)
    offsets = sorted(data.draw(st.lists(st.integers(0, size), max_size=12)))
    mapped = keyed.to_sources(offsets)
    assert mapped == [keyed.to_source(offset) for offset in offsets]
    assert mapped == sorted(mapped)
    assert all(0 <= offset <= len(text) for offset in mapped)


def test_join_split_initials_maps_back_to_the_source():
    from caglossary.text.keys import join_split_initials, key_text

    text = "GİRİŞ S ovyetler and I ran"
    keyed = join_split_initials(key_text(text))
    start = keyed.key.index("sovyetler")
    assert keyed.span(start, start + len("sovyetler")) == (6, 16)  # "S ovyetler", the space included
    assert "i ran" in keyed.key  # the one-letter word I stays apart
    assert keyed.cased[start] == "S"


def test_a_letter_spaced_heading_in_capitals_joins_its_initials():
    from caglossary.text.keys import join_split_initials, key_text

    text = "GİRİŞ: A VRASYA E KONOMİK B İRLİĞİ VE A NEW ERA"
    keyed = join_split_initials(key_text(text))
    start = keyed.key.index("avrasya ekonomik birligi")
    assert keyed.span(start, start + len("avrasya ekonomik birligi")) == (7, 34)
    assert "a new era" in keyed.key  # one lone article before a word is no heading's run
