"""The throughput plot of docs/performance.rst: MB/s against glossary size.

``python benchmarks/plot.py [--quick]`` measures and writes the SVG;
``python benchmarks/run.py --plot`` writes it from the same measurements as
the table. The file is deterministic for given figures (fixed hash salt, no
date), so it only changes in version control when the figures do.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SVG = Path(__file__).resolve().parent.parent / "docs" / "_static" / "performance-throughput.svg"
SIZES = (50, 100, 200, 500, 1000, 2000, 5000)


def write_svg(points: Sequence[dict[str, float]], path: Path = SVG,
              megabytes: float = 10.0) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matplotlib.rcParams.update({"svg.hashsalt": "caglossary-performance", "svg.fonttype": "path",
                                "font.size": 10})
    sizes = [p["size"] for p in points]
    figure, axes = plt.subplots(figsize=(6.4, 3.8))
    for key, label, style in (("scanner", "candidate scanner alone", ":"),
                              ("clean", "find_terms, clean", "-"),
                              ("ocr", "find_terms, OCR mode", "--")):
        axes.plot(sizes, [p[key] for p in points], style, marker="o", label=label)
    axes.set_xscale("log")
    axes.set_xticks(sizes, [str(s) for s in sizes])
    # headroom above the highest line keeps the legend clear of the data
    axes.set_ylim(0, max(p["scanner"] for p in points) * 1.45)
    axes.set_xlabel("glossary size (concepts, the same 50 real ones at every size)")
    axes.set_ylabel("throughput (MB/s)")
    axes.set_title(f"Recognition throughput on {megabytes:g} MB of Turkish text")
    axes.grid(True, which="major", alpha=0.3)
    axes.legend(loc="upper right", frameon=False)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format="svg", metadata={"Date": None})
    plt.close(figure)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1 MB of text instead of 10")
    args = parser.parse_args()
    from recognition import corpus, scaling

    megabytes = 1.0 if args.quick else 10.0
    print(write_svg(scaling(corpus(megabytes), SIZES), megabytes=megabytes))


if __name__ == "__main__":
    main()
