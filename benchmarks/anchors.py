"""Anchors for the recognition figures: generic matchers that do no Turkish work.

Each scans the folded key of the same text for the shipped glossary's folded
patterns (forms with their words joined by single spaces), whole words only,
and reports every hit; none reads an ending, a capital or a guard. They show
how much of ``find_terms``' time is the matching a library would do anyway:
pyahocorasick (a C Aho–Corasick automaton), flashtext
(pure-Python trie) and one regular-expression alternation, longest first.
"""

from __future__ import annotations

import re
import time

from caglossary import glossary
from caglossary.text.keys import key_text


def _patterns() -> list[str]:
    shipped = glossary()
    matcher = shipped.matcher()
    return sorted({" ".join(key.split()) for key in matcher._by_key if key.strip()})


def _best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def _jobs(patterns: list[str]) -> dict:
    jobs = {}
    try:
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for pattern in patterns:
            automaton.add_word(pattern, pattern)
        automaton.make_automaton()

        def aho(key: str) -> int:
            hits = 0
            for end, found in automaton.iter(key):
                start = end - len(found) + 1
                if (start == 0 or not key[start - 1].isalnum()) and \
                        (end + 1 == len(key) or not key[end + 1].isalnum()):
                    hits += 1
            return hits
        jobs["pyahocorasick (C automaton)"] = aho
    except ImportError:
        pass
    try:
        from flashtext import KeywordProcessor

        processor = KeywordProcessor()
        for pattern in patterns:
            processor.add_keyword(pattern)
        jobs["flashtext (Python trie)"] = lambda key: len(processor.extract_keywords(key))
    except ImportError:
        pass
    alternation = re.compile(r"\b(?:" + "|".join(
        re.escape(p) for p in sorted(patterns, key=len, reverse=True)) + r")\b")
    jobs["regex alternation"] = lambda key: sum(1 for _ in alternation.finditer(key))
    return jobs


def rows(text: str, repeat: int = 3) -> list[tuple[str, str, str]]:
    """One row per anchor, against find_terms (clean) measured alongside, in CPU time."""
    patterns = _patterns()
    key = key_text(text).key
    megabytes = len(text.encode("utf-8")) / 1e6
    matcher = glossary().matcher()
    find_speed = megabytes / _best(lambda: matcher.find(text), repeat)
    table = [("find_terms, clean, CPU time (anchors' baseline)", f"{find_speed:.1f} MB/s",
              "the same text as the anchors below, measured beside them")]
    for name, job in _jobs(patterns).items():
        hits: list[int] = []
        seconds = _best(lambda j=job: hits.append(j(key)), repeat)
        speed = megabytes / seconds
        table.append((f"anchor: {name}, {len(patterns)} patterns", f"{speed:.1f} MB/s",
                      f"{hits[-1]} hits on the folded text; {speed / find_speed:.2f}× the speed "
                      "of find_terms"))
    return table
