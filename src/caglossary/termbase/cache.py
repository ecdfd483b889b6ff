"""A compiled cache of glossary files, kept in the user's cache folder.

Parsing TOML costs tens of milliseconds; reloading the checked result costs
well under one. The cache is keyed by the file's path and content and by a
stamp of the reader's own source (the caller passes the modules it depends
on, found by their ``__file__``, so renaming a module can never freeze the
stamp), so an edited glossary or a changed checker is never served stale.

Where: ``glossary`` in ``$CAGLOSSARY_CACHE_DIR`` if set, else in the platform's
cache folder (``$XDG_CACHE_HOME`` or ``~/.cache`` on Linux, ``~/Library/Caches``
on macOS, ``%LOCALAPPDATA%`` on Windows) under ``caglossary``. Never beside the
glossary file: a user's folder is theirs, and ``caglossary build`` promises to
write nothing into it. Where the cache folder cannot be written, loading
simply parses every time.

Integrity: each cache file starts with a check of its key and payload
(:mod:`caglossary.sealedfiles`). A file that was altered, truncated or written by another version is
not served, and a payload of an unexpected shape is treated as no cache at
all, never as an error.

This module is a leaf: it knows the records, never the TOML reader.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from collections.abc import Iterable, Sequence
from operator import is_
from dataclasses import dataclass, field
from itertools import starmap
from pathlib import Path
from types import ModuleType

from ..sealedfiles import cache_dir, key_digest, seal, unseal, write_atomic
from ..errors import Problem
from .makers import make_concept, make_guard, make_side, make_source
from .model import Concept, LangSide

__all__ = ["FileReport", "cache_dir", "concepts_digest", "load_cached", "pack_concepts",
           "remember_merged_digest", "source_stamp", "store_cached"]


@dataclass
class FileReport:
    """Concepts read from one file, and the problems found on the way."""

    path: str
    concepts: list[Concept] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # concept id → line


# 3: web-page sources; 4: guarded forms; 5: class nouns and successors; 6: no_possessive;
# 7: apostrophe_only; 8: the concepts' digest stored with them
_FORMAT = 8


def source_stamp(modules: Iterable[ModuleType | str]) -> int:
    """A checksum of the source files of *modules* (-1 where one cannot be read).

    A module may be given by its dotted name: its file is found without running
    it, so a cache key can cover code that a run reading the cache never needs.
    """
    stamp = _FORMAT
    for module in modules:
        try:
            stamp = zlib.crc32(Path(_source_file(module)).read_bytes(), stamp)
        except (OSError, ImportError, ValueError):
            return -1
    return stamp & 0xFFFFFFFF


def _source_file(module: ModuleType | str) -> str:
    if not isinstance(module, str):
        return module.__file__ or ""
    if module in sys.modules:
        return sys.modules[module].__file__ or ""
    from importlib.util import find_spec

    spec = find_spec(module)
    return (spec.origin if spec is not None else None) or ""


_MAGIC = b"CAGC"


def _path_tag(path: Path) -> str:
    """A short name for *path* (the same file named relatively or absolutely gets one)."""
    where = os.path.abspath(path).encode("utf-8", "surrogateescape")
    return f"{path.name[:40]}-{key_digest(where, 16)}"


def _cache_file(path: Path, raw: bytes, stamp: int) -> Path:
    digest = f"{zlib.crc32(raw):08x}{len(raw):x}{stamp:08x}"
    return cache_dir() / f"{_path_tag(path)}.{digest}.marshal"


def _seal(key: str, payload: bytes) -> bytes:
    return seal(_MAGIC, key, payload)


def _unseal(key: str, sealed: bytes) -> bytes | None:
    return unseal(_MAGIC, key, sealed)


def _side(side: LangSide) -> tuple:
    guards = tuple((g.form, g.near, g.not_after, g.not_before, g.not_before_name, g.cased,
                    g.no_possessive, g.apostrophe_only) for g in side.guarded)
    return (side.term, side.definition, side.abbr, side.variants, side.ocr, side.marked_forms,
            guards, side.class_nouns)


def _unpack_side(packed: tuple) -> LangSide:
    term, definition, abbr, variants, ocr, marked, guards, class_nouns = packed
    # most sides have no guard: no iterator made for nothing
    return make_side(term, definition, abbr, variants, ocr, marked,
                     tuple(starmap(make_guard, guards)) if guards else (), class_nouns)


def _pack(concepts: list[Concept], problems: list[Problem], lines: dict[str, int],
          *digest: str) -> bytes:
    return marshal.dumps((
        [(c.id, c.category, _side(c.tr), _side(c.en), c.see_also,
          tuple((s.key, s.pages, s.url) for s in c.sources), c.successor) for c in concepts],
        # A file-level problem is keyed by the file's path; store it as None so a
        # cached report names the path it is asked for, not the one first read.
        [(p.line, p.message, None if p.key == p.path else p.key, p.severity, p.code)
         for p in problems],
        lines,
        *digest,
    ))


def pack_concepts(concepts: list[Concept]) -> bytes:
    """*concepts* as the cache stores them: equal bytes for equal concepts (a cache key)."""
    return _pack(concepts, [], {})


# Concept lists whose digest is known, newest last: a report read from its cache
# file brings the digest stored with it, where packing and hashing every concept
# cost each matcher and summit cache key of a run about 10 M instructions.
_KNOWN_DIGESTS: list[tuple[list[Concept], str]] = []


def concepts_digest(concepts: Sequence[Concept]) -> str:
    """A digest of :func:`pack_concepts` of *concepts*: a cache key for what they decide.

    A list holding the very objects of a list whose digest is known shares it
    (concepts are frozen, so the same objects are the same concepts).
    """
    digest = _known_digest(concepts)
    if digest is None:
        concepts = list(concepts)
        digest = key_digest(pack_concepts(concepts))
        _remember_digest(concepts, digest)
    return digest


def remember_merged_digest(parts: Sequence[Sequence[Concept]], merged: Sequence[Concept]
                           ) -> None:
    """Give *merged* (the concepts of *parts*, a later id replacing an earlier one) a
    digest made of the parts' digests, where each part's is known.

    A glossary file with a user file beside it is such a merge. The parts' digests
    and where each merged concept sits in them (part and position) decide the
    merged list whatever the rule of the merge, so a build need not pack and hash
    every concept again (about 40 M instructions) to key its caches.
    """
    digests = [_known_digest(part) for part in parts]
    if len(parts) < 2 or not all(digests):
        return
    # "part.position" of each concept by its identity, made without a loop in Python
    # (the shipped glossary has some 600 concepts, the merged list as many)
    where: dict[int, str] = {}
    for p, part in enumerate(parts):
        where.update(zip(map(id, part), map(f"{p}.".__add__, map(str, range(len(part))))))
    identities = list(map(id, merged))
    if all(map(where.__contains__, identities)):
        layout = ",".join(map(where.__getitem__, identities))
        _remember_digest(list(merged), key_digest(f"merged:{':'.join(map(str, digests))}:"
                                                  f"{layout}"))


def _known_digest(concepts: Sequence[Concept]) -> str | None:
    for known, digest in reversed(_KNOWN_DIGESTS):
        if len(known) == len(concepts) and all(map(is_, known, concepts)):
            return digest
    return None


def _remember_digest(concepts: list[Concept], digest: str) -> None:
    _KNOWN_DIGESTS.append((concepts, digest))
    del _KNOWN_DIGESTS[:-4]  # a few glossaries per process at most


def load_cached(path: Path, raw: bytes, stamp: int) -> FileReport | None:
    """The cached report for this exact file content and reader *stamp*, or None."""
    target = _cache_file(path, raw, stamp)
    try:
        payload = _unseal(target.name, target.read_bytes())
        if payload is None:
            return None
        return _unpack(str(path), payload)
    except Exception:  # noqa: BLE001 — any surprise in a cache file means "no cache"
        return None


def _unpack(name: str, payload: bytes) -> FileReport:
    concepts, problems, lines, digest = marshal.loads(payload)
    report = FileReport(name, lines=dict(lines))
    made = report.concepts
    for cid, category, tr, en, see_also, sources, successor in concepts:
        made.append(make_concept(
            cid, category, _unpack_side(tr), _unpack_side(en), see_also,
            tuple(starmap(make_source, sources)), tuple(successor) if successor else None,
            f"{name}:{lines.get(cid, 0)}"))
    report.problems.extend(Problem(name, line, message, name if key is None else key, severity,
                                   code)
                           for line, message, key, severity, code in problems)
    _remember_digest(list(report.concepts), digest)
    return report


def store_cached(path: Path, raw: bytes, stamp: int, report: FileReport) -> None:
    """Write the cache if possible; failure is silent by design."""
    target = _cache_file(path, raw, stamp)
    digest = key_digest(pack_concepts(report.concepts))
    # known at once, as a report read from the cache makes it known: a merged
    # glossary's digest is then made the same way on the first run as on later
    # ones, and the caches it keys are found again (a user's second build compiled
    # the scanner anew)
    _remember_digest(list(report.concepts), digest)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for stale in target.parent.glob(f"{_path_tag(path)}.*.marshal"):
            stale.unlink(missing_ok=True)
        write_atomic(target, _seal(target.name, _pack(report.concepts, report.problems,
                                                      report.lines, digest)))
    except OSError:
        return
