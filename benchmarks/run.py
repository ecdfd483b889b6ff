"""Print the benchmark table. Usage: ``python benchmarks/run.py [--quick]``.

Every figure is measured in this run; ratios compare against a baseline taken
in the same run, because these machines are noisy.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

INFLECTED_QUERIES = [
    "ŞANGHAY BEŞLİSİ'NİN", "sanghay beslisinde", "Şanghay Beşlisi’ne", "diyalog ortakları",
    "DİYALOG ORTAĞININ", "ŞİÖ'nün", "SIO'ya", "çok vektörlü dış politikası",
    "cok vektorlu dis politikasinda", "Shanghai Five's", "dialogue partners",
]


def _process_ms(code: str, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def startup_rows(runs: int) -> list[tuple[str, str, str]]:
    bare = _process_ms("pass", runs)
    imported = _process_ms("import caglossary", runs)
    loaded = _process_ms("import caglossary; caglossary.glossary()", runs)
    import caglossary
    from recognition import median_us

    glossary = caglossary.glossary()
    lookup = median_us(glossary.lookup, INFLECTED_QUERIES, rounds=20)
    return [
        ("bare interpreter start", f"{bare:.1f} ms", "baseline"),
        ("import caglossary", f"{imported - bare:.1f} ms", "over the bare interpreter; target ≤ 30"),
        ("first glossary load", f"{loaded - imported:.1f} ms",
         f"{len(glossary)} concepts; target ≤ 50"),
        ("lookup of an inflected query (median)", f"{lookup:.1f} µs",
         f"{len(INFLECTED_QUERIES)} distinct queries, uncached; target ≤ 20"),
    ]


def print_table(rows: list[tuple[str, str, str]]) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    rule = "  ".join("-" * w for w in widths)
    print(rule)
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    print(rule)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1 MB of text, fewer runs")
    args = parser.parse_args()
    from recognition import rows as recognition_rows

    rows = [("measure", "figure", "note")]
    rows += startup_rows(5 if args.quick else 15)
    rows += recognition_rows(1.0 if args.quick else 10.0)
    print_table(rows)


if __name__ == "__main__":
    main()
