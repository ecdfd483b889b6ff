"""Generated Sphinx projects made of the seed documents' real Turkish paragraphs.

Every project is generated deterministically (fixed random seed), so two runs
of the benchmark build the same text. A project is a folder with conf.py,
index.rst (a toctree of every page) and the pages under ``pages/``.
"""

from __future__ import annotations

import random
import re
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

from builds import REPO

SEEDS = REPO / "seeds"
_SPECIALS = set("\\`*_|[]<>")


def escape_rst(text: str) -> str:
    """*text* on one line with every reST special backslash-escaped (kept literal)."""
    return "".join(f"\\{ch}" if ch in _SPECIALS else ch for ch in " ".join(text.split()))


def heading(title: str, mark: str) -> str:
    from docutils.utils import column_width

    escaped = escape_rst(title)
    return f"{escaped}\n{mark * max(column_width(escaped), 3)}\n"


def seed_paragraphs(min_chars: int = 200) -> list[str]:
    """The prose paragraphs of every seed document, whitespace collapsed."""
    paragraphs = []
    for path in sorted(SEEDS.glob("*.txt")):
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            text = " ".join(block.split())
            if len(text) >= min_chars:
                paragraphs.append(text)
    return paragraphs


def write_project(root: Path, conf: str, pages: dict[str, str], extra: dict[str, str],
                  title: str, per_chapter: int = 50) -> None:
    """Write conf.py, the pages and a two-level table of contents over them.

    Pages are grouped into chapters of *per_chapter* pages, as a real large
    site would be: one flat toctree of every page would make each page's
    sidebar list all the others, and the build quadratic in Sphinx itself.
    """
    if root.exists():
        shutil.rmtree(root)
    (root / "pages").mkdir(parents=True)
    (root / "conf.py").write_text(conf, encoding="utf-8")
    names = list(pages)
    chapters = []
    for first in range(0, len(names), per_chapter):
        number = len(chapters) + 1
        chapter = f"pages/chapter{number:02d}"
        entries = [f"pages/{name}" for name in names[first:first + per_chapter]]
        (root / f"{chapter}.rst").write_text(
            heading(f"Kısım {number}", "=") + _toctree(entries, base="pages/"), encoding="utf-8")
        chapters.append(chapter)
    index = heading(title, "=") + _toctree([*chapters, *extra])
    (root / "index.rst").write_text(index, encoding="utf-8")
    for name, text in pages.items():
        (root / "pages" / f"{name}.rst").write_text(text, encoding="utf-8")
    for name, text in extra.items():
        (root / f"{name}.rst").write_text(text, encoding="utf-8")


def _toctree(entries: Sequence[str], base: str = "") -> str:
    lines = "".join(f"   {entry.removeprefix(base)}\n" for entry in entries)
    return f"\n.. toctree::\n   :maxdepth: 1\n\n{lines}"


def conf_py(lines: Iterable[str]) -> str:
    """A Turkish project; its search index stems with the English stemmer in every variant.

    Sphinx's Turkish Snowball stemmer takes over half of a plain build of
    these pages; left in, it would hide what the extensions cost.
    """
    return "\n".join(["project = 'caglossary benchmark'", "language = 'tr'",
                      "html_search_language = 'en'", "exclude_patterns = ['_build']",
                      *lines]) + "\n"


def sample(rng: random.Random, items: Sequence[str], count: int) -> list[str]:
    return [rng.choice(items) for _ in range(count)]
