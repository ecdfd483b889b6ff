"""The evaluation data hold together: every manifest file exists and every gold row's
surface is exactly the slice of its text that its offsets name.

Offsets are Python code-point offsets into the file as read with
``open(path, encoding="utf-8").read()``. In the surface column a newline is written
``\\n``, a tab ``\\t`` and a backslash ``\\\\``.
"""

from __future__ import annotations

import csv
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "tests" / "data" / "heldout"
ANAPHORA = ROOT / "tests" / "data" / "anaphora"
HEADER = ["start", "end", "surface", "concept"]
KINDS = {"news", "think-tank", "academic", "pdf", "ascii"}
# "seen": where the text's page was read while the glossary was made (no longer unseen)
KEYS = {"file", "url", "language", "kind", "retrieved", "round", "traps", "seen"}


def _unescape(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}[s[i + 1]])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def _rows(tsv: Path) -> list[dict[str, str]]:
    with tsv.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        assert header == HEADER, tsv
        return [dict(zip(HEADER, row, strict=True)) for row in reader]


def _check(text_path: Path, tsv: Path, *, negatives: bool = False) -> int:
    text = text_path.read_text(encoding="utf-8")
    rows = _rows(tsv)
    last = -1
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        assert 0 <= start < end <= len(text), (tsv.name, row)
        assert start >= last, f"{tsv.name}: rows out of order or overlapping at {row}"
        last = end
        assert text[start:end] == _unescape(row["surface"]), (tsv.name, row, text[start:end])
        if negatives:
            assert row["concept"] == "-", (tsv.name, row)
        else:
            assert row["concept"] and row["concept"] != "-", (tsv.name, row)
    return len(rows)


def _heldout() -> list[dict]:
    return tomllib.loads((HELDOUT / "manifest.toml").read_text(encoding="utf-8"))["text"]


def _round(entry: dict) -> int:
    """Entries written before rounds existed belong to round 1."""
    return entry.get("round", 1)


def _anaphora() -> list[dict]:
    return tomllib.loads((ANAPHORA / "manifest.toml").read_text(encoding="utf-8"))["text"]


@pytest.mark.parametrize("entry", _heldout(), ids=lambda e: e["file"])
def test_heldout_text_and_gold(entry: dict) -> None:
    path = HELDOUT / entry["file"]
    assert path.is_file()
    assert entry["language"] in {"tr", "en"} and entry["kind"] in KINDS and entry["url"]
    assert set(entry) <= KEYS, set(entry) - KEYS
    assert isinstance(_round(entry), int) and _round(entry) >= 1
    assert len(path.read_text(encoding="utf-8")) <= 2000
    assert _check(path, path.with_name(path.stem + ".gold.tsv")) > 0


def test_heldout_mix() -> None:
    entries = _heldout()
    assert len(entries) >= 10
    assert sum(e["language"] == "tr" for e in entries) >= 4
    assert sum(e["language"] == "en" for e in entries) >= 4
    listed = {e["file"] for e in entries}
    on_disk = {p.name for p in HELDOUT.glob("*.txt")}
    assert listed == on_disk


@pytest.mark.parametrize("round_", [2, 3, 4])
def test_heldout_round_mix(round_: int) -> None:
    """Each round after the first is a measure on its own: both languages and a PDF."""
    texts = [e for e in _heldout() if _round(e) == round_]
    assert 10 <= len(texts) <= 12
    assert sum(e["language"] == "tr" for e in texts) >= 5
    assert sum(e["language"] == "en" for e in texts) >= 5
    assert any(e["kind"] == "pdf" for e in texts)


def test_heldout_urls_are_not_reused() -> None:
    """A page serves one round only: the same address twice would mean a text was seen."""
    urls = [e["url"].split("://", 1)[1].removeprefix("www.").rstrip("/") for e in _heldout()]
    assert len(urls) == len(set(urls))


def test_every_new_slug_is_listed() -> None:
    with (HELDOUT / "new_concepts.tsv").open(encoding="utf-8", newline="") as f:
        listed = {row["slug"] for row in csv.DictReader(f, delimiter="\t")}
    used = {row["concept"] for gold in HELDOUT.glob("*.gold.tsv") for row in _rows(gold)
            if row["concept"].startswith("new:")}
    assert used <= listed, sorted(used - listed)


def test_every_new_slug_is_listed_once() -> None:
    """A later row of the same slug would silently override the earlier mapping."""
    with (HELDOUT / "new_concepts.tsv").open(encoding="utf-8", newline="") as f:
        slugs = [row["slug"] for row in csv.DictReader(f, delimiter="\t")]
    repeated = sorted({slug for slug in slugs if slugs.count(slug) > 1})
    assert not repeated, repeated


@pytest.mark.parametrize("entry", _anaphora(), ids=lambda e: e["name"])
def test_anaphora_gold(entry: dict) -> None:
    path = ROOT / entry["file"]
    assert path.is_file()
    assert _check(path, ANAPHORA / f"{entry['name']}.gold.tsv") > 0
    negatives = ANAPHORA / f"{entry['name']}.negatives.tsv"
    if negatives.exists():
        _check(path, negatives, negatives=True)
