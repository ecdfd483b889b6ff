"""Recall and precision of term recognition against a hand annotation of the seeds.

The annotation (tests/data/seed*_mentions.tsv) was made by reading the
documents, not by running the recogniser. A found mention counts as correct
when it overlaps an annotated mention of the same concept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import caglossary

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parents[1] / "data"
SEEDS = {
    "000": (ROOT / "seeds" / "000_34587709eea600bb.txt", False, 0.95, 0.97),
    "003": (ROOT / "seeds" / "003_c98496c7ed6a7cb8.txt", True, 0.90, 0.95),
}


def _gold(name: str, text: str) -> list[tuple[int, int, str]]:
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    rows = (DATA / f"seed{name}_mentions.tsv").read_text(encoding="utf-8").splitlines()[1:]
    gold = []
    for row in rows:
        line, col, surface, concept = row.split("\t")
        surface = surface.replace("\\n", "\n")
        start = starts[int(line) - 1] + int(col) - 1
        assert text[start:start + len(surface)] == surface, row
        gold.append((start, start + len(surface), concept))
    return gold


def score(name: str) -> tuple[float, float, list, list]:
    path, ocr, _, _ = SEEDS[name]
    text = path.read_text(encoding="utf-8")
    gold = _gold(name, text)
    found = [(m.start, m.end, m.concept) for m in caglossary.find_terms(text, ocr=ocr)]

    def overlaps(a, b):
        return a[2] == b[2] and a[0] < b[1] and b[0] < a[1]

    missed = [g for g in gold if not any(overlaps(g, f) for f in found)]
    wrong = [f for f in found if not any(overlaps(f, g) for g in gold)]
    recall = 1 - len(missed) / len(gold)
    precision = 1 - len(wrong) / len(found)
    return recall, precision, missed, wrong


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_accuracy(name):
    recall, precision, missed, wrong = score(name)
    _, _, want_recall, want_precision = SEEDS[name]
    assert recall >= want_recall, missed
    assert precision >= want_precision, wrong


if __name__ == "__main__":  # python tests/test_seed_accuracy.py prints the figures
    for seed in sorted(SEEDS):
        r, p, m, w = score(seed)
        print(f"seed {seed}: recall {r:.1%} precision {p:.1%} (missed {len(m)}, wrong {len(w)})")
