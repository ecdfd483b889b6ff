"""Every in-text citation of the OCR'd SCO article (seed 003) is found, and only those."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from caglossary import find_citations as top_level_find_citations
from caglossary.recognition.citations import find_citations

ROOT = Path(__file__).parents[2]
SEED = ROOT / "seeds" / "003_c98496c7ed6a7cb8.txt"
TRUTH = Path(__file__).parents[1] / "data" / "seed003_citations.tsv"


def _truth() -> list[dict[str, str]]:
    with TRUTH.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        row["text"] = row["text"].replace("\\n", "\n")
    return rows


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def found(seed_text):
    return find_citations(seed_text, ocr=True)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def test_all_33_citations_are_found_with_their_keys_and_locators(seed_text, found):
    truth = _truth()
    assert len(truth) == 33
    got = [(_line(seed_text, m.start), m.surface, " ".join(m.keys), " ".join(m.locators))
           for m in found]
    expected = [(int(r["line"]), r["text"], r["keys"], r["locators"]) for r in truth]
    assert got == expected


def test_offsets_are_exact_and_ordered(seed_text, found):
    for mention in found:
        assert seed_text[mention.start:mention.end] == mention.surface
        assert not mention.unresolved and not mention.problems
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_each_work_is_always_linked_to_the_same_key(found):
    keys_by_surface = defaultdict(set)
    for mention in found:
        head = " ".join(mention.surface.split()).split(",")[0].split(" vd.")[0]
        keys_by_surface[head].update(mention.keys)
    assert keys_by_surface["(Cooley"] == {"cooley2012great"}
    assert keys_by_surface["(Peyrouse"] == {"peyrouse2008"}
    assert keys_by_surface["(Vanderhill"] == {"vanderhill2020between"}
    assert keys_by_surface["(China Kazakhstan Ambassador)"] == {"china-kz-ambassador"}


def test_shared_ministry_alias_is_resolved_by_its_paragraph(seed_text, found):
    ministry = [(_line(seed_text, m.start), m.keys) for m in found if "Bakanlig" in m.surface]
    assert ministry == [(140, ("mfa-tr-sco",)), (411, ("mfa-tr-sco",)),
                        (416, ("mfa-tr-sco",)), (452, ("mfa-tr-asia",))]


def test_clean_mode_reports_the_ocr_damaged_name_instead_of_dropping_it(seed_text):
    clean = find_citations(seed_text)
    sar1 = [m for m in clean if m.surface.startswith("(Sar1")]
    assert len(sar1) == 1
    assert sar1[0].keys == () and sar1[0].unresolved == ("Sar1 2017",)
    assert "Sar1" in sar1[0].problems[0]
    assert sum(bool(m.keys) for m in clean) == 28  # the rest need OCR folding


def test_json_form(found):
    first = found[0].as_json()
    assert first == {"start": found[0].start, "end": found[0].end, "text": "(Jain, 2017:4-6)",
                     "keys": ["jain2017"], "locators": ["4-6"]}


def test_top_level_function_agrees(seed_text, found):
    assert top_level_find_citations(seed_text, ocr=True) == found
