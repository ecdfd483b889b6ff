"""Parsed BibTeX files kept between runs, as the compiled glossaries are.

Parsing the bundled references with bibtexparser (and importing it) costs a
short command line run more than everything else it does with them; the
checked result of one file reloads in well under a millisecond. The cache is
keyed by the file's path and content and by a checksum the reader passes
(of its own modules), lives in the user's cache folder (:mod:`caglossary.termbase.cache`
decides where) and is sealed (:mod:`caglossary.sealedfiles`); anything unexpected in it
means "parse again", never an error. The payload is ``marshal`` data of plain
values, never pickle.
"""

from __future__ import annotations

import marshal
import os
import zlib
from pathlib import Path
from typing import Any

from ..sealedfiles import cache_dir, key_digest, seal, unseal, write_atomic

__all__ = ["load_payload", "store_payload"]

_MAGIC = b"CAGB"


def _target(path: str, raw: bytes, stamp: int) -> tuple[Path, str]:
    where = os.path.abspath(path).encode("utf-8", "surrogateescape")
    name = f"{key_digest(where, 16)}.{zlib.crc32(raw):08x}{len(raw):x}" \
           f"{stamp:08x}.marshal"
    return cache_dir().parent / "bib" / name, name


def load_payload(path: str, raw: bytes, stamp: int) -> Any:
    """The stored payload for *path* with content *raw* and reader *stamp*, or None."""
    try:
        target, key = _target(path, raw, stamp)
        payload = unseal(_MAGIC, key, target.read_bytes())
        return marshal.loads(payload) if payload is not None else None
    except Exception:  # noqa: BLE001 — any surprise in a cache file means "no cache"
        return None


def store_payload(path: str, raw: bytes, stamp: int, payload: Any) -> None:
    """Keep *payload* (plain values only) for the next run, if the folder can be written."""
    try:
        target, key = _target(path, raw, stamp)
        data = marshal.dumps(payload)
        target.parent.mkdir(parents=True, exist_ok=True)
        for stale in target.parent.glob(f"{key.split('.')[0]}.*.marshal"):
            stale.unlink(missing_ok=True)
        write_atomic(target, seal(_MAGIC, key, data))
    except Exception:  # noqa: BLE001 — a cache that cannot be written is no cache
        return
