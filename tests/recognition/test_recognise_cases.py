"""Table-driven recognition cases: positives, precision traps and OCR damage."""

from __future__ import annotations

from pathlib import Path

import pytest

CASES_FILE = Path(__file__).parents[1] / "data" / "recognition_cases.tsv"


def _load_cases():
    cases = []
    for number, line in enumerate(CASES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        mode, text, *rest = line.split("\t")
        expected = []
        for item in filter(None, (rest[0] if rest else "").split("; ")):
            surface, concept = item.rsplit("=", 1)
            expected.append((surface.replace("\\n", "\n"), concept))
        cases.append(pytest.param(mode, text.replace("\\n", "\n"), expected, id=f"L{number}"))
    return cases


CASES = _load_cases()


def test_the_table_is_large_and_has_traps():
    negatives = [c for c in CASES if not c.values[2]]
    assert len(CASES) >= 80
    assert len(negatives) >= 25


@pytest.mark.parametrize("mode, text, expected", CASES)
def test_case(mini, mode, text, expected):
    mentions = mini.find_terms(text, ocr=(mode == "ocr"))
    assert [(m.surface, m.concept) for m in mentions] == expected
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.surface
