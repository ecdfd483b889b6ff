"""Recall and precision of term recognition on the held-out texts.

Usage: ``python benchmarks/heldout.py [--round N] [--pdf-text] [--unseen-only] [--details]``.

The texts, their gold mentions and their manifest live in
``tests/data/heldout/`` (see its README: annotated by reading, never tuned on).

Scoring rule
    A found mention matches a gold mention when their spans overlap and they
    name the same concept. Recall is the share of gold mentions matched by
    some found mention; precision the share of found mentions that match some
    gold mention. The overall row adds up mentions over all texts (micro
    average); there is one overall row per round (the manifest's ``round``, 1
    when absent) and, when more than one round is scored, a combined row.

Every round is used as a development set once it has been scored (once); the
newest round is the held-out measure (see the README). ``--round
N`` scores one round only; ``--unseen-only`` leaves out texts marked ``seen`` in
the manifest (a page read for another purpose, such as choosing concepts, after
the text was annotated and before its round was scored).

Concepts the glossary did not have when a text was annotated are written
``new:<slug>`` in the gold; ``new_concepts.tsv`` next to the gold maps each
slug to today's concept id. A slug mapped to nothing names a concept the
glossary still lacks: its mentions stay in the gold and count as misses.

``--pdf-text`` reads the texts whose manifest kind is ``pdf`` in PDF-text mode
(``find_terms(text, pdf_text=True)``), as a user who knows the source would;
the default reads every text in clean mode.
"""

from __future__ import annotations

import argparse
import csv
import tomllib
from dataclasses import dataclass
from pathlib import Path

import caglossary

HELDOUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "heldout"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    concept: str

    def matches(self, other: Span) -> bool:
        return (self.concept == other.concept and self.start < other.end
                and other.start < self.end)


DEFAULT_ROUND = 1


@dataclass(frozen=True)
class Score:
    name: str
    round: int
    gold: int
    found: int
    missed: tuple[Span, ...]
    wrong: tuple[Span, ...]

    @property
    def recall(self) -> float:
        return 1 - len(self.missed) / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return 1 - len(self.wrong) / self.found if self.found else 1.0


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def slug_map() -> dict[str, str]:
    """``new:`` slug → today's concept id ("" where the glossary still lacks it)."""
    return {row["slug"]: row["concept"] for row in _rows(HELDOUT / "new_concepts.tsv")}


def gold_spans(stem: str, slugs: dict[str, str]) -> list[Span]:
    spans = []
    for row in _rows(HELDOUT / f"{stem}.gold.tsv"):
        concept = row["concept"]
        if concept.startswith("new:"):
            # An unmapped slug keeps its name: no found mention can match it.
            concept = slugs.get(concept) or concept
        spans.append(Span(int(row["start"]), int(row["end"]), concept))
    return spans


def text_round(entry: dict) -> int:
    """The collection a manifest entry belongs to; entries written before rounds existed are 1."""
    return int(entry.get("round", DEFAULT_ROUND))


def score_text(entry: dict, slugs: dict[str, str], *, pdf_text: bool) -> Score:
    path = HELDOUT / entry["file"]
    text = path.read_text(encoding="utf-8")
    gold = gold_spans(path.stem, slugs)
    use_pdf = pdf_text and entry.get("kind") == "pdf"
    found = [Span(m.start, m.end, m.concept)
             for m in caglossary.find_terms(text, pdf_text=use_pdf)]
    missed = tuple(g for g in gold if not any(g.matches(f) for f in found))
    wrong = tuple(f for f in found if not any(f.matches(g) for g in gold))
    return Score(path.stem, text_round(entry), len(gold), len(found), missed, wrong)


def manifest_entries(only_round: int | None = None, *, seen: bool = True) -> list[dict]:
    """The manifest's texts (of one round); with ``seen=False`` not those marked ``seen``.

    A text is marked ``seen`` when its page was read for another purpose (choosing
    concepts) before its round was scored: it no longer measures unseen text.
    """
    manifest = tomllib.loads((HELDOUT / "manifest.toml").read_text(encoding="utf-8"))
    return [entry for entry in manifest["text"]
            if (only_round is None or text_round(entry) == only_round)
            and (seen or "seen" not in entry)]


def score_all(*, pdf_text: bool = False, only_round: int | None = None,
              seen: bool = True) -> list[Score]:
    slugs = slug_map()
    return [score_text(entry, slugs, pdf_text=pdf_text)
            for entry in manifest_entries(only_round, seen=seen)]


def overall(scores: list[Score], name: str = "overall") -> Score:
    rounds = {s.round for s in scores}
    round_ = rounds.pop() if len(rounds) == 1 else 0
    return Score(name, round_, sum(s.gold for s in scores), sum(s.found for s in scores),
                 tuple(m for s in scores for m in s.missed),
                 tuple(w for s in scores for w in s.wrong))


def _details(score: Score) -> None:
    text = (HELDOUT / f"{score.name}.txt").read_text(encoding="utf-8")
    for label, spans in (("missed", score.missed), ("wrong", score.wrong)):
        for span in spans:
            print(f"    {label:6} {span.concept:32} {text[span.start:span.end]!r}")


def summary_rows(scores: list[Score]) -> list[Score]:
    """One overall row per round, then a combined row when there is more than one round."""
    rounds = sorted({s.round for s in scores})
    rows = [overall([s for s in scores if s.round == r], f"overall round {r}") for r in rounds]
    if len(rounds) > 1:
        rows.append(overall(scores, "overall all rounds"))
    return rows


def _print_row(score: Score) -> None:
    print(f"{score.name:48} {score.round or '-':>5} {score.gold:5} {score.found:5} "
          f"{score.recall:7.3f} {score.precision:9.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", type=int, dest="only_round", metavar="N",
                        help="score only the texts of round N (default: every round)")
    parser.add_argument("--pdf-text", action="store_true",
                        help="read texts of kind pdf in PDF-text mode")
    parser.add_argument("--details", action="store_true", help="list every miss and error")
    parser.add_argument("--unseen-only", action="store_true",
                        help="leave out texts marked seen (read while the glossary was made)")
    args = parser.parse_args()
    scores = score_all(pdf_text=args.pdf_text, only_round=args.only_round,
                       seen=not args.unseen_only)
    if not scores:
        parser.error(f"no held-out text has round {args.only_round}")
    print(f"{'text':48} {'round':>5} {'gold':>5} {'found':>5} {'recall':>7} {'precision':>9}")
    for score in scores:
        _print_row(score)
        if args.details:
            _details(score)
    for score in summary_rows(scores):
        _print_row(score)


if __name__ == "__main__":
    main()
