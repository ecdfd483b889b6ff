"""Recognition throughput: end-to-end find_terms against the bare scanner.

Run ``python benchmarks/run.py`` for the full table; this module holds the
recognition measurements so other benchmark sections can stay separate.
"""

from __future__ import annotations

import gc
import random
import re
import statistics
import time
import tracemalloc
from pathlib import Path

from caglossary import glossary
from caglossary.text.turkish import fold, tr_sorted
from caglossary.recognition.glossary import Glossary
from caglossary.termbase.model import Concept, LangSide
from caglossary.recognition.terms import TermMatcher

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(megabytes: float) -> str:
    """Repeated seed documents, about *megabytes* MB of Turkish text."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    repeats = max(1, int(megabytes * 1_000_000 / len(text)))
    return (text + "\n\n") * repeats


def _pseudo_word(rng: random.Random) -> str:
    onsets, vowels, codas = "bcçdfgğhjklmnprsştvyz", "aeıioöuü", ["", "n", "r", "l", "k", "m", "t"]
    return "".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)
                   for _ in range(rng.randint(3, 4)))


REAL_CONCEPTS = 50  # shipped concepts in every synthetic glossary of the size series


def synthetic_glossary(size: int, seed: int = 1, real: int | None = REAL_CONCEPTS) -> Glossary:
    """*size* concepts: *real* shipped ones (all of them if None), then generated look-alikes.

    Generated terms are Turkish-shaped pseudo-words, a third of them behind a
    real word of the seeds ("Orta ...", "Türk ..."), so they cost the scanner
    failed candidates without adding hits. With the same real concepts at every
    size, every glossary finds the same mentions: the series isolates glossary size.
    """
    shipped = list(glossary().sorted_by("tr"))
    shipped = shipped[:min(size, real if real is not None else len(shipped))]
    sample = corpus(0.01)
    real_words = tr_sorted(set(re.findall(r"[^\W\d_]{4,}", sample)))
    folded_sample = fold(sample)
    rng = random.Random(seed)
    concepts, seen = list(shipped), set()
    while len(concepts) < size:
        words = [_pseudo_word(rng) for _ in range(rng.choice((1, 2, 2, 3)))]
        if rng.random() < 0.33:
            words[0] = rng.choice(real_words)
        term = " ".join(words)
        if term in seen or fold(words[-1])[:4] in folded_sample:
            continue
        seen.add(term)
        side = LangSide(term, "synthetic", marked_forms=(term,))
        concepts.append(Concept(f"synthetic-{len(concepts)}", "concept", side,
                                LangSide(f"{term} en", "synthetic")))
    return Glossary(concepts)


def _best_of(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def throughput(matcher: TermMatcher, text: str, repeat: int = 3) -> tuple[float, int]:
    """(MB/s, mentions) of matcher.find over *text*."""
    found: list = []
    seconds = _best_of(lambda: found.append(len(matcher.find(text))), repeat)
    return len(text.encode("utf-8")) / 1e6 / seconds, found[-1]


def _scan(matcher: TermMatcher, key: str) -> None:
    search, pos = matcher._scan.search, 0  # the scanner itself, measured alone on purpose
    while (m := search(key, pos)) is not None:
        pos = m.end()


def alternated_speeds(matchers: dict, text: str, repeat: int = 3) -> dict:
    """MB/s of each named matcher's find and of its bare scanner, best of *repeat*.

    The variants take turns within every round, so a busy moment of the machine
    slows them all alike and the ratios between them stay meaningful.
    """
    from caglossary.text.keys import key_text

    key = " " + key_text(text).key  # the scanner's input, as find() prepares it
    jobs = {}
    for name, matcher in matchers.items():
        jobs[(name, "find")] = lambda m=matcher: m.find(text)
        jobs[(name, "scanner")] = lambda m=matcher: _scan(m, key)
    best = dict.fromkeys(jobs, float("inf"))
    for _ in range(repeat):
        for job, fn in jobs.items():
            best[job] = min(best[job], _best_of(fn, 1))
    megabytes = len(text.encode("utf-8")) / 1e6
    return {job: megabytes / seconds for job, seconds in best.items()}


def peak_memory_mb(size: int) -> float:
    tracemalloc.start()
    matcher = synthetic_glossary(size).matcher()
    matcher.find(corpus(0.2))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def adversarial_seconds(length: int) -> float:
    """Seconds to scan one line of *length* characters built to provoke backtracking."""
    unit = "Şanghay Şanghay Beşli ABABAB Kazakis-tan' ’ "
    line = (unit * (length // len(unit) + 1))[:length]
    matcher = glossary().matcher()
    return _best_of(lambda: matcher.find(line), 3)


def scaling(text: str, sizes: tuple[int, ...]) -> list[dict[str, float]]:
    """Throughput (MB/s) at each synthetic glossary size: clean, OCR and the bare scanner."""
    glossaries = {size: synthetic_glossary(size) for size in sizes}
    speeds = {}
    for ocr in (False, True):
        matchers = {size: g.matcher(ocr=ocr) for size, g in glossaries.items()}
        speeds[ocr] = alternated_speeds(matchers, text)
    points = []
    for size, g in glossaries.items():
        clean, ocr = g.matcher(), g.matcher(ocr=True)
        points.append({"size": size, "clean": speeds[False][(size, "find")],
                       "ocr": speeds[True][(size, "find")],
                       "scanner": speeds[False][(size, "scanner")],
                       "patterns": len(clean._by_key),
                       "clean_hits": len(clean.find(text)), "ocr_hits": len(ocr.find(text))})
    return points


def same_mentions_rows(text: str) -> list[tuple[str, str, str]]:
    """The shipped glossary against itself plus synthetic concepts up to 5000.

    The size series keeps 50 real concepts; this pair keeps all of them, so both
    glossaries find the same (larger) set of mentions and only the size differs.
    """
    shipped = glossary()
    grown = synthetic_glossary(5000, real=None)
    rows = []
    for ocr in (False, True):
        speeds = alternated_speeds({"shipped": shipped.matcher(ocr=ocr),
                                    "grown": grown.matcher(ocr=ocr)}, text)
        ratio = speeds[("shipped", "find")] / speeds[("grown", "find")]
        rows.append((f"find_terms, all {len(shipped)} shipped + synthetic = 5000 concepts, "
                     f"{'OCR' if ocr else 'clean'}", f"{speeds[('grown', 'find')]:.1f} MB/s",
                     f"{ratio:.2f}× slower than the shipped glossary alone "
                     f"({speeds[('shipped', 'find')]:.1f} MB/s, same mentions)"))
    return rows


def rows(megabytes: float, points: list[dict[str, float]] | None = None,
         ) -> list[tuple[str, str, str]]:
    """Table rows; *points* from :func:`scaling` are reused when given (the plot's run)."""
    text = corpus(megabytes)
    table = []
    shipped = glossary()
    for ocr in (False, True):
        speed, hits = throughput(shipped.matcher(ocr=ocr), text)
        table.append((f"find_terms, shipped glossary ({len(shipped)} concepts), "
                      f"{'OCR' if ocr else 'clean'}", f"{speed:.1f} MB/s",
                      f"{hits} mentions in {len(text.encode('utf-8')) / 1e6:.1f} MB"))
    from anchors import rows as anchor_rows

    table += anchor_rows(text)
    points = points or scaling(text, (50, 500, 5000))
    base = {mode: points[0][mode] for mode in ("clean", "ocr")}
    for point in (p for p in points if p["size"] in (50, 500, 5000)):
        for mode in ("clean", "ocr"):
            note = f"{base[mode] / point[mode]:.2f}× slower than 50"
            if mode == "clean":
                note += (f"; {point['clean_hits']} mentions; "
                         f"scanner alone {point['scanner']:.1f} MB/s")
            table.append((f"find_terms, {point['size']} concepts ({point['patterns']} patterns, "
                          f"{min(point['size'], REAL_CONCEPTS)} real), "
                          f"{'OCR' if mode == 'ocr' else 'clean'}", f"{point[mode]:.1f} MB/s",
                          note))
    table += same_mentions_rows(text)
    table.append(("peak memory, 5000 concepts (tracemalloc)", f"{peak_memory_mb(5000):.0f} MB",
                  "compiled matcher + matching 0.2 MB"))
    short, long = adversarial_seconds(100_000), adversarial_seconds(1_000_000)
    table.append(("adversarial single line 0.1 MB → 1 MB", f"{short:.3f} s → {long:.3f} s",
                  f"{long / short:.1f}× for 10× input (linear is 10×)"))
    return table


def median_us(fn, items, rounds: int = 5) -> float:
    samples = []
    for _ in range(rounds):
        for item in items:
            start = time.perf_counter()
            fn(item)
            samples.append((time.perf_counter() - start) * 1e6)
    return statistics.median(samples)
