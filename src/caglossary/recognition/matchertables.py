"""The term matcher's lookup tables, built from the concepts or read from the cache.

Everything :class:`~caglossary.recognition.terms.TermMatcher` derives from the
concepts before it reads any text — every written form compiled, filed under
its key, the keys' loose and skeleton spellings, the shorter patterns each
pattern starts with — costs tens of milliseconds, more than the rest of a
short ``caglossary annotate`` run. The tables are plain strings, tuples and
frozensets but for the forms and their guards, which are stored as the tuples
of their fields and rebuilt, so they keep between runs as ``marshal`` data in
the user's cache folder, sealed like the compiled glossaries (never pickle).

The key is a digest of the concepts (as the glossary cache packs them), the
mode and a stamp of the source of every module that decides what the tables
hold, so an edited glossary or a changed rule never reads a stale table.
"""

from __future__ import annotations

import marshal
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..collector import collector_paused
from ..sealedfiles import cache_dir, keep_newest, key_digest, read_sealed, seal, write_atomic
from .lazytables import (FORM_FIELDS, GUARD_AT, SET_AT, PackedForms, ShorterKeys,
                         shorter_keys)
from .spelling import pattern_word, plain_key, skeleton
from .termforms import Form, compile_forms

if TYPE_CHECKING:
    from ..termbase.model import Concept

__all__ = ["MatcherTables", "build_tables", "matcher_tables"]

_MAGIC = b"CAGM"
# 2: each key's forms packed apart, read when first asked for; 3: shorter keys not stored
_FORMAT = 3
_KEEP = 16  # table files kept: a few glossaries × modes


@dataclass(frozen=True, slots=True)
class MatcherTables:
    """What the matcher knows before it reads text (see :class:`TermMatcher`)."""

    by_key: dict[str, list[Form]]  # pattern key → its forms, in data order
    words: dict[str, str]  # key → its pattern word, marks included (where they differ)
    guarded: bool  # whether any form has a guard
    loose: dict[str, str]  # key without apostrophes → key
    skeletons: dict[str, list[str]]  # skeleton of a marked key → the keys with it
    shorter: dict[str, tuple[str, ...]]  # key → the shorter keys it starts with, longest first
    #: the cache key of tables kept in the cache folder (it decides everything above),
    #: "" for tables built without one
    key: str = field(default="", compare=False)


def build_tables(concepts: Iterable[Concept], *, ocr: bool, pdf_text: bool,
                 replaced: bool = False) -> MatcherTables:
    """The tables of *concepts*, computed (*replaced*: for texts holding U+FFFD)."""
    from .derived import derived_concepts  # with the wording rules: only on a cache miss

    by_key: dict[str, list[Form]] = {}
    words: dict[str, str] = {}
    for form in compile_forms(derived_concepts(concepts, wordings=True), ocr=ocr,
                              pdf_text=pdf_text):
        word = pattern_word(form, ocr=ocr, pdf_text=pdf_text, replaced=replaced)
        key = plain_key(word)
        by_key.setdefault(key, []).append(form)
        if word != key:  # forms sharing a key read every text one of them reads
            words[key] = _union(words.get(key, key), word, key)
    if ocr:
        _drop_merged_guarded(by_key, words)
    guarded = any(f.guard for forms in by_key.values() for f in forms)
    by_key.pop("", None)
    skeletons: dict[str, list[str]] = {}
    for key in words:
        skeletons.setdefault(skeleton(key), []).append(key)
    keys = set(by_key)
    shorter = {key: shorter_keys(key, keys) for key in keys}
    return MatcherTables(by_key, words, guarded, {key.replace("'", ""): key for key in by_key},
                         skeletons, shorter)


def _drop_merged_guarded(by_key: dict[str, list[Form]], words: dict[str, str]) -> None:
    """Leave out guarded forms whose key OCR's merged letters share with another concept.

    A scan's ç/ş read as c/s make ``Ceyhun`` (the Amu Darya) and ``Seyhun`` (the Syr
    Darya) one key; a guard checks the context, not which of the two names a merged
    spelling stands for, so neither is read in OCR mode.
    """
    for key, forms in list(by_key.items()):
        if len({f.concept for f in forms}) > 1 and any(f.guard for f in forms):
            kept = [f for f in forms if f.guard is None]
            if kept:
                by_key[key] = kept
            else:
                del by_key[key]
                words.pop(key, None)


def _union(word: str, other: str, key: str) -> str:
    """The pattern word with the marks of both words (each spells *key* letter for letter)."""
    return "".join(a if a != k else b for a, b, k in zip(word, other, key))


def matcher_tables(concepts: list[Concept], *, ocr: bool, pdf_text: bool,
                   replaced: bool = False) -> MatcherTables:
    """The tables of *concepts*: from the cache folder when it holds them, else built and kept."""
    try:
        key = _key(concepts, ocr, pdf_text, replaced)
    except Exception:  # noqa: BLE001 — concepts the glossary cache cannot pack: no cache
        return build_tables(concepts, ocr=ocr, pdf_text=pdf_text, replaced=replaced)
    target = _cache_folder() / f"{key}.marshal"
    found = _load(target, key)
    if found is not None:
        return found
    tables = replace(build_tables(concepts, ocr=ocr, pdf_text=pdf_text, replaced=replaced),
                     key=key)
    _store(target, key, tables)
    return tables


def _key(concepts: list[Concept], ocr: bool, pdf_text: bool, replaced: bool = False) -> str:
    from ..termbase import cache

    # every module whose code decides what the tables hold, this one included, by
    # name: reading the tables never runs the wording rules that build them
    modules = [__name__, *(f"{__package__}.{name}" for name in _BUILDERS),
               "caglossary.text.keys", "caglossary.text.turkish", "caglossary.termbase.model",
               "caglossary.termbase.cache"]
    return key_digest(f"{_FORMAT}:{ocr}:{pdf_text}:{replaced}:{sys.hexversion}:"
                      f"{cache.source_stamp(modules)}:{cache.concepts_digest(concepts)}")


_BUILDERS = ("categoryforms", "councilforms", "derived", "eventnames", "lazytables", "nameclasses",
             "namedworks", "spelling", "suffixes", "termforms", "trie", "wordings")


def _cache_folder() -> Path:
    return cache_dir().parent / "matcher"


def _pack(tables: MatcherTables) -> bytes:
    """The tables as marshal data a short run reads little of.

    Each key's forms are packed apart (a form as its fields, a guard as the
    guard's, an ending set as its number in a list of the sets, each packed
    apart too): a run unpacks the keys its text holds. Of the keys' loose
    spellings, only what differs from the key itself is stored; their shorter
    keys not at all (a run works out those of the few keys its text holds).
    """
    sets: dict[frozenset[str], int] = {}

    def plain_form(form: Form) -> tuple[Any, ...]:
        values = [getattr(form, name) for name in FORM_FIELDS]
        for at in SET_AT:
            values[at] = sets.setdefault(values[at], len(sets))
        guard = form.guard
        values[GUARD_AT] = None if guard is None else tuple(
            getattr(guard, f.name) for f in fields(guard))
        return tuple(values)

    by_key = {key: marshal.dumps([plain_form(form) for form in forms])
              for key, forms in tables.by_key.items()}
    not_loose = [key for key in tables.by_key if key not in tables.loose]
    loose = {spelling: key for spelling, key in tables.loose.items() if spelling != key}
    return marshal.dumps(([marshal.dumps(each) for each in sets], by_key, tables.words,
                          tables.guarded, not_loose, loose, tables.skeletons))


def _unpack(payload: bytes, key: str = "") -> MatcherTables:
    sets, by_key, words, guarded, not_loose, differing, skeletons = marshal.loads(payload)
    loose = dict(zip(by_key, by_key))  # most keys are their own loose spelling
    for spelling in not_loose:
        del loose[spelling]
    loose.update(differing)
    return MatcherTables(PackedForms(by_key, sets), words, guarded, loose, skeletons,
                         ShorterKeys(by_key), key)


def _load(target: Path, key: str) -> MatcherTables | None:
    try:
        payload = read_sealed(target, _MAGIC, key)
        if payload is None:
            return None
        with collector_paused():
            return _unpack(payload, key)
    except Exception:  # noqa: BLE001 — any surprise in a cache file means "no cache"
        return None


def _store(target: Path, key: str, tables: MatcherTables) -> None:
    """Write the tables if possible; any failure is silent by design."""
    try:
        payload = _pack(tables)
        target.parent.mkdir(parents=True, exist_ok=True)
        keep_newest(target.parent, _KEEP)
        write_atomic(target, seal(_MAGIC, key, payload))
    except Exception:  # noqa: BLE001 — a cache that cannot be written is no cache
        return
