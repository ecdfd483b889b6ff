"""The package's own module-level regular expressions, compiled once per machine.

Modules compile their patterns when they are imported, and CPython's ``re``
parses and compiles each in pure Python: the seventy-odd patterns of a short
``caglossary annotate`` run cost about 55 M instructions in every process,
more than recognising a kilobyte of text. Their compiled programs are plain
lists of integers, so they keep between runs like the long patterns of
:mod:`caglossary.recognition.regexcache`, here all in one sealed file.

How a program reaches the modules: ``re.compile`` looks ``(type, pattern,
flags)`` up in ``re``'s own table of compiled patterns before it compiles.
:func:`preload`, run before the package's modules are imported, hands each
stored program to the engine (``_sre.compile``, which validates it, as
``re`` does) and files the result in that table; the modules' own
``re.compile`` calls then return it. :func:`keep`, run when a command or build
is done, stores the module-level patterns of the package's imported modules
that the file lacks, compiled by ``re``'s own parser and compiler.

The table, ``_sre.compile`` and the compiler's modules are CPython's
internals, not a public API, so every step is guarded: another interpreter,
another engine format, a table of another shape, a damaged or truncated file
all mean "``re`` compiles as usual". A stored program depends on nothing but
its pattern, flags and the engine, which key the file (with the package
version, so an upgrade starts a new file instead of carrying old patterns).
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .sealedfiles import cache_dir, keep_newest, key_digest, read_sealed, seal, write_atomic

__all__ = ["keep", "preload", "program_of"]

_MAGIC = b"CAGX"
_FORMAT = 1
_MOST = 400  # patterns kept: the package has about a hundred at module level
_SHORT = 16  # a module-level tuple or list this long may hold patterns; longer ones are data
_PACKAGE = __name__.rpartition(".")[0]
# what this process preloaded, by re's key: (pattern, flags) → the stored entry
_LOADED: dict[tuple[Any, ...], tuple[Any, ...]] = {}
_STARTED: list[bool] = []


def preload() -> None:
    """File the stored programs in ``re``'s table (once per process; never fails)."""
    if _STARTED:
        return
    _STARTED.append(True)
    try:
        import _sre  # type: ignore[import-not-found]

        table = re._cache  # type: ignore[attr-defined]
        target, key = _target(_sre)
        payload = read_sealed(target, _MAGIC, key)
        if payload is None or not isinstance(table, dict):
            return
        room = getattr(re, "_MAXCACHE", 512) // 2  # never push out what a caller compiled
        for entry in marshal.loads(payload)[:room]:
            pattern, flags, final_flags, code, groups, groupindex, indexgroup = entry
            program = array("I")
            program.frombytes(code)
            compiled = _sre.compile(pattern, final_flags, program.tolist(), groups, groupindex,
                                    tuple(indexgroup))
            table.setdefault((str, pattern, flags), compiled)
            _LOADED[pattern, flags] = entry
    except Exception:  # noqa: BLE001 — any surprise means "re compiles as usual"
        return


def keep() -> None:
    """Store the module-level patterns of the package's imported modules the file lacks."""
    try:
        import _sre

        table = re._cache  # type: ignore[attr-defined]
        if not isinstance(table, dict):
            return
        keys = {id(compiled): key for key, compiled in table.items()}
        missing = {(key[1], key[2]) for key in map(keys.get, map(id, _module_patterns()))
                   if key is not None and key[0] is str} - _LOADED.keys()
        if not missing:
            return
        target, key = _target(_sre)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(target.parent, os.W_OK):  # a read-only cache: compile nothing twice
            return
        entries = [*_LOADED.values(), *(program_of(*pair) for pair in sorted(missing))]
        keep_newest(target.parent, 4)
        write_atomic(target, seal(_MAGIC, key, marshal.dumps(entries[-_MOST:])))
        _LOADED.update(((entry[0], entry[1]), entry) for entry in entries)
    except Exception:  # noqa: BLE001 — a cache that cannot be written is no cache
        return


def program_of(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re`` hands ``_sre.compile`` for *pattern*, as ``re._compiler.compile`` does:
    (pattern, flags asked, flags compiled, program bytes, groups, group index, names)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    state = parsed.state
    indexgroup = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    return (pattern, flags, int(flags | state.flags), array("I", code).tobytes(),
            state.groups - 1, dict(state.groupdict), indexgroup)


def _module_patterns() -> Iterator[re.Pattern[str]]:
    """The compiled patterns the package's imported modules hold at module level,
    directly or in a short tuple or list (of them, or of tuples holding them)."""
    for name, module in list(sys.modules.items()):
        if name != _PACKAGE and not name.startswith(_PACKAGE + "."):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, re.Pattern):
                yield value
            elif isinstance(value, (tuple, list)) and len(value) <= _SHORT:
                for item in value:  # large tables are data, not patterns: never walked
                    inner = item if isinstance(item, tuple) and len(item) <= _SHORT else (item,)
                    yield from (each for each in inner if isinstance(each, re.Pattern))



def _target(engine: Any) -> tuple[Path, str]:
    from . import __version__

    key = key_digest(f"{_FORMAT}:{sys.implementation.cache_tag}:{sys.hexversion}:"
                     f"{getattr(engine, 'MAGIC', 0)}:{__version__}")
    return cache_dir().parent / "patterns" / f"{key}.marshal", key
