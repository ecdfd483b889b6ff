"""A compiled cache of glossary files, kept like Python's own ``__pycache__``.

Parsing TOML costs tens of milliseconds; reloading the checked result costs
well under one. The cache is keyed by the file's content and by a stamp of the
reader's own source (the caller passes the modules it depends on, found by
their ``__file__``, so renaming a module can never freeze the stamp), so an
edited glossary or a changed checker is never served stale. Where
``__pycache__`` cannot be written, loading simply parses every time.

This module is a leaf: it knows the records, never the TOML reader.
"""

from __future__ import annotations

import marshal
import os
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from ..errors import Problem
from .model import Concept, Guard, LangSide, Source

__all__ = ["FileReport", "load_cached", "source_stamp", "store_cached"]


@dataclass
class FileReport:
    """Concepts read from one file, and the problems found on the way."""

    path: str
    concepts: list[Concept] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # concept id → line


_FORMAT = 5  # 3: web-page sources; 4: guarded forms; 5: class nouns and successors


def source_stamp(modules: Iterable[ModuleType]) -> int:
    """A checksum of the source files of *modules* (-1 where one cannot be read)."""
    stamp = _FORMAT
    for module in modules:
        try:
            stamp = zlib.crc32(Path(module.__file__ or "").read_bytes(), stamp)
        except OSError:
            return -1
    return stamp & 0xFFFFFFFF


def _cache_file(path: Path, raw: bytes, stamp: int) -> Path:
    digest = f"{zlib.crc32(raw):08x}{len(raw):x}{stamp:08x}"
    return path.parent / "__pycache__" / f"{path.name}.{digest}.marshal"


def _side(side: LangSide) -> tuple:
    guards = tuple((g.form, g.near, g.not_after, g.not_before, g.not_before_name, g.cased)
                   for g in side.guarded)
    return (side.term, side.definition, side.abbr, side.variants, side.ocr, side.marked_forms,
            guards, side.class_nouns)


def _unpack_side(packed: tuple) -> LangSide:
    term, definition, abbr, variants, ocr, marked, guards, class_nouns = packed
    return LangSide(term, definition, abbr, variants, ocr, marked,
                    tuple(Guard(*g) for g in guards), class_nouns)


def _pack(concepts: list[Concept], problems: list[Problem], lines: dict[str, int]) -> bytes:
    return marshal.dumps((
        [(c.id, c.category, _side(c.tr), _side(c.en), c.see_also,
          tuple((s.key, s.pages, s.url) for s in c.sources), c.successor) for c in concepts],
        # A file-level problem is keyed by the file's path; store it as None so a
        # cached report names the path it is asked for, not the one first read.
        [(p.line, p.message, None if p.key == p.path else p.key, p.severity, p.code)
         for p in problems],
        lines,
    ))


def load_cached(path: Path, raw: bytes, stamp: int) -> FileReport | None:
    """The cached report for this exact file content and reader *stamp*, or None."""
    try:
        packed = _cache_file(path, raw, stamp).read_bytes()
        concepts, problems, lines = marshal.loads(packed)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    name = str(path)
    report = FileReport(name, lines=dict(lines))
    for cid, category, tr, en, see_also, sources, successor in concepts:
        report.concepts.append(Concept(
            cid, category, _unpack_side(tr), _unpack_side(en), see_also,
            tuple(Source(k, p, u) for k, p, u in sources),
            tuple(successor) if successor else None, origin=f"{name}:{lines.get(cid, 0)}"))
    report.problems.extend(Problem(name, line, message, name if key is None else key, severity,
                                   code)
                           for line, message, key, severity, code in problems)
    return report


def store_cached(path: Path, raw: bytes, stamp: int, report: FileReport) -> None:
    """Write the cache next to the file if possible; failure is silent by design."""
    import tempfile

    target = _cache_file(path, raw, stamp)
    try:
        target.parent.mkdir(exist_ok=True)
        for stale in target.parent.glob(f"{path.name}.*.marshal"):
            stale.unlink(missing_ok=True)
        handle, temp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(_pack(report.concepts, report.problems, report.lines))
        os.replace(temp, target)
    except OSError:
        return
