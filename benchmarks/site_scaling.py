"""``caglossary build`` at 60 and 240 documents: CPU time and the size of a page.

A page's size must not grow with the number of documents, and the CPU time
should grow about linearly with them. Each build runs in a fresh process from
a clean output folder and is timed by its CPU time (user + system of the
process and its children), which a busy shared machine disturbs far less than
wall time. The folder is made of the seed documents' real paragraphs, three
per document, with a fixed random seed.

``--src DIR`` runs another checkout's ``src`` (say, the commit before a
change) with this interpreter, so a baseline is measured in the same run:

    python benchmarks/site_scaling.py
    python benchmarks/site_scaling.py --src ../baseline/src
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import seed_paragraphs  # noqa: E402

SIZES = (60, 240)


def make_folder(root: Path, count: int) -> None:
    rng = random.Random(21)
    paragraphs = seed_paragraphs()
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    for number in range(count):
        text = "\n\n".join(rng.choice(paragraphs) for _ in range(3))
        (root / f"doc{number:04d}.txt").write_text(text + "\n", encoding="utf-8")


def timed_build(folder: Path, out: Path, src: str) -> float:
    """CPU seconds of one ``caglossary build`` in a fresh process."""
    if out.exists():
        shutil.rmtree(out)
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = os.pathsep.join([src, env.get("PYTHONPATH", "")])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "caglossary", "build", str(folder), "-o", str(out)],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def page_bytes(out: Path) -> float:
    """The median size of a document's page (generated pages left out)."""
    return statistics.median(p.stat().st_size for p in out.glob("doc*.html"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--src", default="", help="a src folder to run instead of this one")
    parser.add_argument("--repeat", type=int, default=2, help="builds per size (median)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="caglossary-site-scaling-"))
    try:
        results = {}
        for count in SIZES:
            folder = work / f"docs{count}"
            make_folder(folder, count)
            times = [timed_build(folder, work / f"out{count}", args.src)
                     for _ in range(args.repeat)]
            results[count] = (statistics.median(times), page_bytes(work / f"out{count}"))
            print(f"{count:4d} documents: {results[count][0]:6.1f} s CPU, "
                  f"page {results[count][1] / 1024:6.1f} KiB")
        (small_cpu, small_page), (big_cpu, big_page) = results[SIZES[0]], results[SIZES[1]]
        print(f"{SIZES[0]} → {SIZES[1]} documents (×{SIZES[1] / SIZES[0]:.0f}): "
              f"CPU ×{big_cpu / small_cpu:.2f}, page size ×{big_page / small_page:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
