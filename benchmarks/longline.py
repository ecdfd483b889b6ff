"""Growth of every finder's CPU time on one long line, against a quarter of it.

A text without line breaks (an extracted PDF, a minified export) is where a
scan that restarts from a line's or paragraph's start would turn quadratic.
This script times ``find_terms`` and ``find_citations``, clean and OCR mode,
on one line of 0.25 MB and one of 1 MB (the benchmark corpus with its breaks
turned into spaces) and prints how much longer the larger took: four times
the text may take at most five times the CPU time. It replaced a timed unit
test, which a loaded CI machine made fail at random.

``python benchmarks/longline.py [MB]``
"""

from __future__ import annotations

import sys
import time

from caglossary import glossary
from caglossary.recognition.citations import find_citations
from recognition import corpus

GROWTH_TARGET = 5.0  # for 4× the text
ROUNDS = 3


def one_line(characters: int) -> str:
    text = corpus(characters / 1_000_000 + 0.1)
    return text.replace("\r", " ").replace("\n", " ")[:characters]


def cpu_of_all_finders(text: str) -> float:
    """CPU seconds of every finder in both modes on *text*."""
    start = time.process_time()
    for ocr in (False, True):
        glossary().find_terms(text, ocr=ocr)
        find_citations(text, ocr=ocr)
    return time.process_time() - start


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    large = one_line(int(megabytes * 1_000_000))
    small = large[:len(large) // 4]
    cpu_of_all_finders(small[:1000])  # loads the glossary and compiles its matchers
    # noise on a shared machine only ever adds: the best of a few rounds each
    small_cpu = min(cpu_of_all_finders(small) for _ in range(ROUNDS))
    large_cpu = min(cpu_of_all_finders(large) for _ in range(ROUNDS))
    growth = large_cpu / small_cpu
    verdict = "holds" if growth <= GROWTH_TARGET else "MISSED"
    print(f"one line of {len(small):,} characters: {small_cpu:.3f} s CPU; "
          f"of {len(large):,}: {large_cpu:.3f} s CPU")
    print(f"growth for 4× the text: {growth:.2f}× (target ≤ {GROWTH_TARGET:.0f}×: {verdict})")


if __name__ == "__main__":
    main()
