"""Anaphora resolution against the annotated set in tests/data/anaphora/.

Prints recall and precision per text and overall, for the shipped resolver
and for variants of its two measured choices (window, main-subject
preference), plus the cost of anaphora on term finding. An anaphor found
counts as correct when its span overlaps a gold span naming the same concept.
Gold concepts written ``new:…`` (not in the glossary when annotated) are
mapped to today's ids where the glossary now has them.

    python benchmarks/anaphora.py
"""

from __future__ import annotations

import csv
import time
import tomllib
from pathlib import Path

from caglossary import glossary
from caglossary.recognition.anaphora import WINDOW, AnaphoraResolver

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "anaphora"
#: gold slugs of concepts added to the glossary after the set was annotated
RENAMED = {"new:csto": "csto", "new:ots-samarkand-summit-2022": "ots-summit"}
OCR_TEXTS = {"seed003"}


def load_set() -> list[tuple[str, str, list[tuple[int, int, str]]]]:
    manifest = tomllib.loads((DATA / "manifest.toml").read_text(encoding="utf-8"))
    texts = []
    for entry in manifest["text"]:
        text = (ROOT / entry["file"]).read_text(encoding="utf-8")
        with open(DATA / f"{entry['name']}.gold.tsv", encoding="utf-8") as handle:
            gold = [(int(r["start"]), int(r["end"]), RENAMED.get(r["concept"], r["concept"]))
                    for r in csv.DictReader(handle, delimiter="\t")]
        texts.append((entry["name"], text, gold))
    return texts


def resolve(text: str, ocr: bool, **options: object) -> list[tuple[int, int, str]]:
    g = glossary()
    terms = g.find_terms(text, ocr=ocr)
    base = g.anaphora_resolver(ocr=ocr)
    assert base is not None
    resolver = AnaphoraResolver(base.nouns, ocr=ocr, **options)  # type: ignore[arg-type]
    return [(m.start, m.end, m.concept) for m in resolver.feed(text, terms)]


def score(found: list[tuple[int, int, str]], gold: list[tuple[int, int, str]]) -> tuple[int, int]:
    """(gold spans found with the right concept, found spans that are right)."""
    def hit(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
        return a[0] < b[1] and b[0] < a[1] and a[2] == b[2]

    return (sum(any(hit(g, f) for f in found) for g in gold),
            sum(any(hit(f, g) for g in gold) for f in found))


def report(name: str, texts: list, **options: object) -> None:
    totals = [0, 0, 0, 0]
    rows = []
    for text_name, text, gold in texts:
        found = resolve(text, text_name in OCR_TEXTS, **options)
        recalled, right = score(found, gold)
        rows.append(f"  {text_name:40} gold {len(gold):3}  found {len(found):3}  "
                    f"recall {recalled / max(len(gold), 1):.2f}  "
                    f"precision {right / max(len(found), 1):.2f}")
        for i, value in enumerate((recalled, len(gold), right, len(found))):
            totals[i] += value
    print(f"{name}: recall {totals[0] / totals[1]:.3f} ({totals[0]}/{totals[1]}), "
          f"precision {totals[2] / max(totals[3], 1):.3f} ({totals[2]}/{totals[3]})")
    if options == {}:
        print("\n".join(rows))


def cost(texts: list) -> None:
    g = glossary()
    corpus = "\n\n".join(text for _, text, _ in texts) * 5
    g.find_terms(corpus[:1000], anaphora=True)
    timings = {}
    for anaphora in (False, True, False, True):
        wall, cpu = time.perf_counter(), time.process_time()
        g.find_terms(corpus, anaphora=anaphora)
        timings.setdefault(anaphora, []).append((time.perf_counter() - wall,
                                                 time.process_time() - cpu))
    off, on = (min(timings[k]) for k in (False, True))
    size = len(corpus.encode("utf-8")) / 1e6
    print(f"find_terms on {size:.1f} MB: anaphora off {size / off[1]:.1f} MB/s CPU "
          f"({off[0]:.2f} s wall), on {size / on[1]:.1f} MB/s CPU ({on[0]:.2f} s wall); "
          f"on/off CPU time {on[1] / off[1]:.2f}")


def main() -> None:
    texts = load_set()
    report(f"shipped (window {WINDOW}, main subject beyond it)", texts)
    for window in (500, 3000, 6000, 100_000):
        report(f"window {window}", texts, window=window)
    report("no main-subject fallback", texts, prefer_main_subject=False)
    cost(texts)


if __name__ == "__main__":
    main()
