"""The summit reader's tables, kept between runs in the user's cache folder.

:class:`~caglossary.recognition.summits.SummitReader` works out from the
concepts which names belong to which summit family and writes two long
patterns through the trie of their names; with the wording rules it imports,
that was the largest part of a Sphinx page's first read (an incremental build
of one page pays it in every process). What it works out is plain strings,
tuples and dictionaries, kept as ``marshal`` data sealed like the matcher's
tables (:mod:`caglossary.recognition.matchertables`); the patterns' compiled
programs come from :mod:`caglossary.recognition.regexcache`.

The key is a digest of the concepts (as the glossary cache packs them) and a
stamp of the source of every module that decides what the reader holds.
"""

from __future__ import annotations

import marshal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..collector import collector_paused
from ..sealedfiles import cache_dir, keep_newest, key_digest, read_sealed, seal, write_atomic
from .summits import SummitReader

if TYPE_CHECKING:
    from ..termbase.model import Concept
    from .terms import TermMention

__all__ = ["cached_summit_reader"]

_MAGIC = b"CAGS"
_FORMAT = 1
_KEEP = 8  # a few glossaries
# every module whose code decides what a reader holds, by name: reading the
# cache never runs the wording rules
_SOURCES = ("summits", "summitwords", "summitcache", "derived", "wordings", "eventnames",
            "nameclasses", "namedworks", "termforms", "categoryforms", "councilforms", "trie",
            "suffixes")


def cached_summit_reader(concepts: list[Concept],
                         mention: Callable[..., TermMention]) -> SummitReader:
    """The summit reader of *concepts*: from the cache folder when it holds it, else built."""
    try:
        key = _key(concepts)
    except Exception:  # noqa: BLE001 — concepts the glossary cache cannot pack: no cache
        return _build(concepts, mention)
    target = _cache_folder() / f"{key}.marshal"
    try:
        payload = read_sealed(target, _MAGIC, key)
        if payload is not None:
            with collector_paused():
                return SummitReader.from_state(marshal.loads(payload), mention)
    except Exception:  # noqa: BLE001 — any surprise in a cache file means "no cache"
        pass
    reader = _build(concepts, mention)
    _store(target, key, reader)
    return reader


def _build(concepts: list[Concept], mention: Callable[..., TermMention]) -> SummitReader:
    from .derived import derived_concepts

    return SummitReader(derived_concepts(concepts), mention)


def _key(concepts: list[Concept]) -> str:
    from ..termbase import cache

    modules = [*(f"{__package__}.{name}" for name in _SOURCES), "caglossary.text.turkish",
               "caglossary.termbase.model", "caglossary.termbase.cache"]
    return key_digest(f"{_FORMAT}:{sys.hexversion}:{cache.source_stamp(modules)}:"
                      f"{cache.concepts_digest(concepts)}")


def _cache_folder() -> Path:
    return cache_dir().parent / "summits"


def _store(target: Path, key: str, reader: SummitReader) -> None:
    """Write the reader's tables if possible; any failure is silent by design."""
    try:
        payload = marshal.dumps(reader.state())
        target.parent.mkdir(parents=True, exist_ok=True)
        keep_newest(target.parent, _KEEP)
        write_atomic(target, seal(_MAGIC, key, payload))
    except Exception:  # noqa: BLE001 — a cache that cannot be written is no cache
        return
