"""The methods ``dataclasses`` writes for the package's records, compiled once per machine.

``@dataclass`` writes the source of each class's ``__init__``, ``__repr__``,
``__eq__``, ``__hash__`` (and a frozen class's ``__setattr__`` and
``__delattr__``) and hands it to ``exec``, which parses and compiles it: the
twenty-odd records a short ``caglossary annotate`` run imports cost about
70 M instructions of parsing and compiling in every process, a sixth of the
run. The source depends only on the class's fields and options, and the code
compiled from it on nothing but that source and the interpreter, so the code
objects keep between runs (``marshal``, as the interpreter keeps a module's
bytecode in ``__pycache__``), in one sealed file keyed by the interpreter.

How the code reaches ``dataclasses``: :func:`preload` gives the module an
``exec`` of its own (a module-level name comes before the built-in) that looks
the source up among the stored code objects and runs the code it finds, or
compiles the source as the built-in would (file ``<string>``, no inherited
``__future__`` flags) and remembers it; :func:`keep`, run when a command is
done, stores what was compiled anew. The classes come out the same either way.

The file holds code the process runs, as ``__pycache__`` does; it lives in the
user's own cache folder, which only they can write. A damaged or foreign file
does not unseal (:mod:`caglossary.sealedfiles`), and any surprise means
"compile as usual".
"""

from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from .sealedfiles import cache_dir, keep_newest, key_digest, read_sealed, seal, write_atomic

__all__ = ["keep", "preload"]

_MAGIC = b"CAGF"
_FORMAT = 1
_MOST = 2000  # code objects kept: the package's records need about 150
_CODES: dict[str, CodeType] = {}  # source → its code, stored or compiled in this process
_NEW: list[str] = []  # sources compiled in this process, not yet in the file
_STARTED: list[bool] = []


def preload() -> None:
    """Give ``dataclasses`` the stored code (once per process; never fails)."""
    if _STARTED:
        return
    _STARTED.append(True)
    try:
        import dataclasses

        if "exec" in vars(dataclasses):  # another tool's hook: leave it alone
            return
        dataclasses.exec = _exec  # type: ignore[attr-defined]
        target, key = _target()
        payload = read_sealed(target, _MAGIC, key)
        codes = marshal.loads(payload) if payload is not None else {}
        if isinstance(codes, dict):
            _CODES.update((source, code) for source, code in codes.items()
                          if type(source) is str and type(code) is CodeType)
    except Exception:  # noqa: BLE001 — no file, or any surprise: compile as usual
        return


def keep() -> None:
    """Store the code compiled in this process that the file lacks (never fails)."""
    if not _NEW:
        return
    try:
        target, key = _target()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(target.parent, os.W_OK):
            return
        kept = dict(list(_CODES.items())[-_MOST:])
        keep_newest(target.parent, 4)
        write_atomic(target, seal(_MAGIC, key, marshal.dumps(kept)))
        _NEW.clear()
    except Exception:  # noqa: BLE001 — a cache that cannot be written is no cache
        return


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """``exec(source, globals, locals)``, a source string compiled at most once per machine."""
    if type(source) is str:
        code = _CODES.get(source)
        if code is None:
            # what the built-in does with a string: file "<string>", and no flags
            # inherited, since the caller (dataclasses) imports no __future__ feature
            code = _CODES[source] = compile(source, "<string>", "exec", dont_inherit=True)
            _NEW.append(source)
        source = code
    exec(source, globals, locals)


def _target() -> tuple[Path, str]:
    from . import __version__

    key = key_digest(f"{_FORMAT}:{sys.implementation.cache_tag}:{sys.hexversion}:"
                     f"{sys.flags.optimize}:{__version__}")
    return cache_dir().parent / "code" / f"{key}.marshal", key
