"""Print the benchmark table. Usage: ``python benchmarks/run.py [--quick] [--plot]``.

Every figure is measured in this run; ratios compare against a baseline taken
in the same run, alternating the variants, because these machines are noisy.
Needs the bench extra (``pip install -e ".[bench]"``) and, once, network
access to PyPI for the Sphinx sdist. A full run takes about 30 minutes on
2 cores, ``--quick`` under 5 (fewer runs, a 200-page corpus, 1 MB of text).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SECTIONS = ("startup", "recognition", "annotate", "sphinx-docs", "citations", "scale")
INFLECTED_QUERIES = [
    "ŞANGHAY BEŞLİSİ'NİN", "sanghay beslisinde", "Şanghay Beşlisi’ne", "diyalog ortakları",
    "DİYALOG ORTAĞININ", "ŞİÖ'nün", "SIO'ya", "çok vektörlü dış politikası",
    "cok vektorlu dis politikasinda", "Shanghai Five's", "dialogue partners",
]
_STARTUP_CODE = {"bare": "pass", "import": "import caglossary",
                 "load": "import caglossary; caglossary.glossary()"}


def _process_ms(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return (time.perf_counter() - start) * 1000


def startup_rows(runs: int) -> list[tuple[str, str, str]]:
    # interleaved, so a busy moment of the machine hits all three alike
    samples: dict[str, list[float]] = {name: [] for name in _STARTUP_CODE}
    for _ in range(runs):
        for name, code in _STARTUP_CODE.items():
            samples[name].append(_process_ms(code))
    bare, imported, loaded = (statistics.median(samples[n]) for n in _STARTUP_CODE)
    import caglossary
    from recognition import median_us

    glossary = caglossary.glossary()
    lookup = median_us(glossary.lookup, INFLECTED_QUERIES, rounds=20)
    return [
        ("bare interpreter start", f"{bare:.1f} ms", f"median of {runs}; baseline"),
        ("import caglossary", f"{imported - bare:.1f} ms", "over the bare interpreter; target ≤ 30"),
        ("first glossary load", f"{loaded - imported:.1f} ms",
         f"{len(glossary)} concepts; target ≤ 50"),
        ("lookup of an inflected query (median)", f"{lookup:.1f} µs",
         f"{len(INFLECTED_QUERIES)} distinct queries, uncached; target ≤ 20"),
    ]


def recognition_rows(quick: bool, plot: bool) -> list[tuple[str, str, str]]:
    from recognition import corpus, rows, scaling

    megabytes = 1.0 if quick else 10.0
    points = None
    if plot:
        from plot import SIZES, write_svg

        points = scaling(corpus(megabytes), SIZES)
        print(f"wrote {write_svg(points, megabytes=megabytes)}", file=sys.stderr)
    return rows(megabytes, points)


COUNT_INSTRUCTIONS = False  # set by --instructions


def section_rows(name: str, quick: bool, plot: bool) -> list[tuple[str, str, str]]:
    if name == "startup":
        return startup_rows(5 if quick else 15)
    if name == "recognition":
        return recognition_rows(quick, plot)
    if name == "annotate":
        from endtoend import rows as annotate_rows

        return annotate_rows(1.0 if quick else 10.0, 2 if quick else 3)
    if name == "sphinx-docs":
        from sphinxdocs import instruction_rows, rows

        return rows(1 if quick else 5) + (instruction_rows() if COUNT_INSTRUCTIONS else [])
    if name == "citations":
        from citations import instruction_rows, rows

        return rows(1 if quick else 5) + (instruction_rows() if COUNT_INSTRUCTIONS else [])
    from scale import rows

    return rows(1 if quick else 3, 200 if quick else 300)


def print_table(rows: list[tuple[str, str, str]]) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    rule = "  ".join("=" * w for w in widths)
    print(rule)
    for number, row in enumerate(rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
        if number == 0:
            print(rule)
    print(rule)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true",
                        help="fewer runs, a 200-page corpus, 1 MB of text: under 5 minutes")
    parser.add_argument("--plot", action="store_true",
                        help="also write docs/_static/performance-throughput.svg")
    parser.add_argument("--instructions", action="store_true",
                        help="also count the instructions the citation and Sphinx-docs "
                             "builds execute, with valgrind (steady where CPU time drifts; "
                             "about 50× slower: the Sphinx docs take half an hour)")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help="comma-separated sections to run "
                             f"(default: all of {', '.join(SECTIONS)})")
    args = parser.parse_args()
    global COUNT_INSTRUCTIONS
    COUNT_INSTRUCTIONS = args.instructions
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section {', '.join(unknown)}: choose from {', '.join(SECTIONS)}")
    started = time.perf_counter()
    rows = [("measure", "figure", "note")]
    for name in SECTIONS:
        if name in chosen:
            rows += section_rows(name, args.quick, args.plot)
    print_table(rows)
    minutes = (time.perf_counter() - started) / 60
    print(f"{date.today().isoformat()}, Python {platform.python_version()}, "
          f"{_cores()} cores, {'quick' if args.quick else 'full'} run in {minutes:.1f} min")


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


if __name__ == "__main__":
    main()
