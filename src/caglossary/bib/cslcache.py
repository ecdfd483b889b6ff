"""Reference-list entries rendered by the CSL engine, kept between builds.

An entry's HTML depends only on its CSL-JSON item, the style, the language,
the engine and style releases and our own rendering code, so all of them make
the key (the caller passes a stamp of the last two). Files live in the user's cache folder beside the compiled glossaries
and are sealed with a check of key and content (:mod:`caglossary.sealedfiles`): a damaged or foreign
file is ignored. What is served is still only the engine's markup, which the
callers parse (``<i>``/``<b>`` kept, everything else escaped).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ..sealedfiles import seal, unseal, write_atomic

__all__ = ["load_entry", "store_entry"]

_MAGIC = b"CAGE"


def _target(item: dict[str, Any], style: str, lang: str, stamp: str) -> tuple[Path, str]:
    from ..termbase.cache import cache_dir

    text = json.dumps([stamp, style, lang, item], ensure_ascii=False, sort_keys=True)
    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return cache_dir().parent / "csl" / f"{key}.html", key


def load_entry(item: dict[str, Any], style: str, lang: str, stamp: str) -> str | None:
    """The stored HTML of *item* in *style* and *lang* rendered by code *stamp*, or None."""
    try:
        target, key = _target(item, style, lang, stamp)
        payload = unseal(_MAGIC, key, target.read_bytes())
        return payload.decode("utf-8") if payload is not None else None
    except Exception:  # noqa: BLE001 — any surprise in a cache file means "no cache"
        return None


def store_entry(item: dict[str, Any], style: str, lang: str, stamp: str, markup: str) -> None:
    """Keep *markup* for the next build if the cache folder can be written."""
    try:
        target, key = _target(item, style, lang, stamp)
        write_atomic(target, seal(_MAGIC, key, markup.encode("utf-8")))
    except Exception:  # noqa: BLE001 — a cache that cannot be written is no cache
        return
