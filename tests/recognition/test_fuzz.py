"""Fuzzing the finders: find_terms and find_citations on hostile Unicode.

No input may raise and every span must slice to its surface, also on a 1 MB
single line of mixed adversarial segments. How the CPU time grows on one long
line is a benchmark's figure (``benchmarks/longline.py``), not a test's: a
timed test fails at random on a loaded machine.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import assert_sorted_and_disjoint, examples, prose

from caglossary import glossary
from caglossary.recognition.citations import find_citations

RTL = "مرحبا بالعالم שלום עולם \u202e\u202b\u202c\u200f\u200e\u061c"
COMBINING = "\u0300\u0301\u0302\u0306\u0307\u0308\u0327\u0328\u034f\u20dd"
ASTRAL = "😀🇹🇷𝐒𝐂𝐎𝕊𝕔𝕠𠀀𠜎\U000e0001\U0010fffd"
ODD = "\x00\x01\t\r\x0b\x0c\x85\u2028\u2029\ufeff\u200b\u200c\u200d\u00ad\ufffd\uffff"
TURKISH = "ŞİÖşiöIıİiĞğÇçÜüÂâ'’ʼ()[];:,.-–— 0123456789"

hostile_char = st.one_of(
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
    st.sampled_from(RTL + COMBINING + ASTRAL + ODD + TURKISH),
)
hostile = st.one_of(st.text(hostile_char, max_size=200),
                    st.lists(st.one_of(prose, st.text(hostile_char, max_size=8)),
                             max_size=12).map("".join))


def check_spans(text: str, ocr: bool) -> None:
    for mentions in (glossary().find_terms(text, ocr=ocr), find_citations(text, ocr=ocr)):
        assert all(text[m.start:m.end] == m.surface for m in mentions)
        assert_sorted_and_disjoint([(m.start, m.end) for m in mentions], text)


@examples(400)
@given(hostile, st.booleans())
def test_hostile_text_never_raises(text, ocr):
    check_spans(text, ocr)


# ---------------------------------------------------------------- long inputs

def _words(rng: random.Random, size: int) -> str:
    pool = ["Şanghay İşbirliği Örgütü'nün", "diyalog ortağı", "ŞİÖ", "SCO's", "(Cooley, 2012:79)",
            "Cooley (2012)", "(Vanderhill vd. 2020:979; Peyrouse, 2008:16)", "Türkiye",
            "Orta Asya", "(CICA)", "Sar1 (2017)", "$anghay", "Tiirkiye'nin", "(Nosuch, 1999)"]
    return _fill(lambda: rng.choice(pool) + rng.choice([" ", ", ", ". ", "\n"]), size)


def _fill(piece, size: int) -> str:
    parts, total = [], 0
    while total < size:
        part = piece()
        parts.append(part)
        total += len(part)
    return "".join(parts)[:size]


def _segments(rng: random.Random, size: int) -> list[str]:
    """Adversarial segments, each growing with *size*."""
    return [
        _words(rng, size),
        _fill(lambda: rng.choice(["ŞİÖ'", "SCO'", "ABD'", "Cooley'"]), size),  # one endless word
        _fill(lambda: rng.choice(["ŞİÖ' ", "S1O' ", "$anghay' "]), size),  # OCR apostrophe gaps
        _fill(lambda: rng.choice(["(", ")", "(a) ", "(Cooley, ", "2012) ", "; "]), size),
        "Şanghay" + "a" * size,
        _fill(lambda: rng.choice("İiIıŞsÖo") + rng.choice(COMBINING), size),
        _fill(lambda: rng.choice([RTL, "ŞİÖ", " SCO ", "(Cooley, 2012)"]), size),
        _fill(lambda: rng.choice(ASTRAL + ODD + " "), size),
    ]


def one_line(size: int, seed: int = 9) -> str:
    rng = random.Random(seed)
    pieces = _segments(rng, size // 8)
    return "".join(pieces).replace("\n", " ").replace("\r", " ")[:size]


def _find_all(text: str) -> list:
    """What every finder finds in *text*, in both modes."""
    return [(ocr, glossary().find_terms(text, ocr=ocr), find_citations(text, ocr=ocr))
            for ocr in (False, True)]


@pytest.mark.slow
def test_one_megabyte_line():
    # how its CPU time grows is measured by benchmarks/longline.py, not here
    large = one_line(1_000_000)
    assert "\n" not in large and len(large) == 1_000_000
    found = _find_all(large)
    for _, terms, citations in found:
        for mentions in (terms, citations):
            assert all(large[m.start:m.end] == m.surface for m in mentions)
            assert_sorted_and_disjoint([(m.start, m.end) for m in mentions], large)
    assert sum(len(terms) + len(cites) for _, terms, cites in found) > 1000


@pytest.mark.parametrize("seed", range(6))
def test_random_long_documents(seed):
    rng = random.Random(seed)
    segments = _segments(rng, 3_000)
    rng.shuffle(segments)
    text = "\n".join(segments)
    check_spans(text, bool(seed % 2))
