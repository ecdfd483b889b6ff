"""Compiled regular expressions kept between runs, in the user's cache folder.

The term scanner is one regular expression of tens of thousands of
characters; CPython's ``re`` parses and compiles it in pure Python, which
costs more than the rest of a short ``caglossary annotate`` run and adds the
same to every Sphinx build. The compiled program is a list of integers that
``re`` hands to its C engine (``_sre.compile``); that list is stored, keyed by
the pattern, the interpreter version and the engine's format number, and
handed back to the engine on the next run.

``_sre.compile`` is CPython's internal entry point, not a public API, so every
step is guarded: another interpreter, another engine format, a damaged file or
an engine that refuses the program all mean "compile as usual". The engine
validates the program it is given, and the file is sealed like the
compiled glossaries (:mod:`caglossary.sealedfiles`).
Nothing here is unpickled: the payload is ``marshal`` data of plain values.
"""

from __future__ import annotations

import marshal
import re
import sys
from array import array
from pathlib import Path
from collections.abc import Callable

from ..regexbundle import program_of
from ..collector import collector_paused
from ..sealedfiles import cache_dir, keep_newest, key_digest, read_sealed, seal, write_atomic

__all__ = ["cached_regex", "compile_long"]

_MAGIC = b"CAGR"
_FORMAT = 1


def cached_regex(source: str, build: Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    """The compiled regular expression ``build()`` writes for *source*.

    *source* must determine the pattern (callers include a stamp of the code
    that writes it): on a hit neither ``build`` nor the compiler runs.
    """
    try:
        import _sre  # type: ignore[import-not-found]
        from re import _compiler, _parser  # type: ignore[attr-defined]  # noqa: F401
    except ImportError:
        return re.compile(build(), flags)
    flags = int(flags)  # a RegexFlag neither marshals nor prints as a number
    key = _key(f"{flags}:{source}", getattr(_sre, "MAGIC", 0))
    target = _cache_folder() / f"{key}.marshal"
    found = _load(target, key)
    if found is not None:
        return found
    pattern = build()
    compiled = re.compile(pattern, flags)
    _store(target, pattern, flags, key)
    return compiled


def compile_long(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``; a long pattern's program comes from the cache."""
    if len(pattern) < 500:  # short ones compile faster than a file is read
        return re.compile(pattern, flags)
    return cached_regex(pattern, lambda: pattern, flags)


def _key(source: str, engine: int) -> str:
    stamp = f"{_FORMAT}:{sys.implementation.cache_tag}:{sys.hexversion}:{engine}:"
    return key_digest(stamp + source)


def _cache_folder() -> Path:
    return cache_dir().parent / "regex"


def _load(target: Path, key: str) -> re.Pattern[str] | None:
    import _sre

    try:
        payload = read_sealed(target, _MAGIC, key)
        if payload is None:
            return None
        with collector_paused():
            pattern, flags, code, groups, groupindex, indexgroup = marshal.loads(payload)
            program = array("I")
            program.frombytes(code)
            return _sre.compile(pattern, flags, program.tolist(), groups, groupindex,
                                tuple(indexgroup))
    except Exception:  # noqa: BLE001 — any surprise in a cache file means "no cache"
        return None


def _store(target: Path, pattern: str, flags: int, key: str) -> None:
    """Write the compiled program if possible; any failure is silent by design."""
    try:
        pattern, _, *compiled = program_of(pattern, flags)  # the flags asked are in the key
        payload = marshal.dumps((pattern, *compiled))
        target.parent.mkdir(parents=True, exist_ok=True)
        keep_newest(target.parent, _KEEP)
        write_atomic(target, seal(_MAGIC, key, payload))
    except Exception:  # noqa: BLE001 — a cache that cannot be written is no cache
        return


_KEEP = 32  # programs kept: the citation grammar, a few glossaries × modes

