"""The bibliography: records from ``refs/*.bib``, lookup, order and citation labels.

Records are read lazily with bibtexparser (imported on first use, never by
``import caglossary``). A :class:`Reference` keeps its fields as decoded
Unicode in the order written, its people parsed, its verification status and
where it came from. Problems found while loading are kept on
``Bibliography.problems`` as ``path:line: message``; nothing is dropped
silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from .reader import RawEntry, folded_key, key_case_clash, read_bib_file
from .names import Person, display_text, parse_names
from ..errors import Problem, ReferenceNotFound
from ..text.files import distinct_files
from ..text.turkish import fold, tr_sort_key

__all__ = ["Bibliography", "Reference", "bibliography", "load_bibliography",
           "validate_bib_files"]

STATUSES = ("verified", "partial", "unverified")
_YEAR = re.compile(r"\b(\d{4})\b")
_LIST_SEPARATOR = re.compile(r"\s+;\s+")


@dataclass(frozen=True, slots=True)
class Reference:
    """One bibliography record; ``fields`` are decoded Unicode, x-* fields included."""

    key: str
    entry_type: str
    fields: tuple[tuple[str, str], ...]
    authors: tuple[Person, ...] = ()
    editors: tuple[Person, ...] = ()
    year: str = ""  # "" when unknown: never guessed
    status: str = ""  # verified | partial | unverified | "" (not stated)
    source_urls: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    path: str = ""
    line: int = 0

    def field(self, name: str, default: str = "") -> str:
        """The value of field *name* (lower case), or *default*."""
        for key, value in self.fields:
            if key == name:
                return value
        return default

    def has(self, name: str) -> bool:
        return any(key == name for key, _ in self.fields)

    @property
    def origin(self) -> str:
        """``path:line`` of the entry."""
        return f"{self.path}:{self.line}"

    @property
    def title(self) -> str:
        """The title as shown: no grouping braces ("" when the record has none)."""
        return display_text(self.field("title"))

    @property
    def verified(self) -> bool:
        return self.status == "verified"

    @property
    def public_fields(self) -> tuple[tuple[str, str], ...]:
        """Fields without the private ``x-*`` ones."""
        return tuple((k, v) for k, v in self.fields if not k.startswith("x-"))

    @classmethod
    def from_entry(cls, entry: RawEntry) -> Reference:
        values = dict(entry.fields)
        year_match = _YEAR.search(values.get("year", "") or values.get("date", ""))
        return cls(
            key=entry.key, entry_type=entry.entry_type, fields=entry.fields,
            authors=parse_names(values.get("author", "")),
            editors=parse_names(values.get("editor", "")),
            year=year_match.group(1) if year_match else "",
            status=values.get("x-status", "").strip().lower(),
            source_urls=_split_list(values.get("x-source", "")),
            aliases=_split_list(values.get("x-aliases", "")),
            path=entry.path, line=entry.line)


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in _LIST_SEPARATOR.split(value) if item.strip())


def _order_name(ref: Reference) -> str:
    if ref.authors:
        return ref.authors[0].surname
    if ref.editors:
        return ref.editors[0].surname
    return ref.aliases[0] if ref.aliases else ref.title or ref.key


def order_key(ref: Reference) -> tuple:
    """Turkish alphabetical order of the first name, then year, title and key."""
    names = [p.surname for p in ref.authors] or [_order_name(ref)]
    return (tuple(tr_sort_key(n) for n in names), ref.year or "9999",
            tr_sort_key(ref.title), ref.key)


class Bibliography:
    """An immutable set of references with lookup, Turkish order and citation labels."""

    def __init__(self, references: Iterable[Reference], problems: Sequence[Problem] = ()):
        self._refs: dict[str, Reference] = {ref.key: ref for ref in references}
        self.problems: tuple[Problem, ...] = tuple(problems)

    def __len__(self) -> int:
        return len(self._refs)

    def __contains__(self, key: object) -> bool:
        return key in self._refs

    def __iter__(self) -> Iterator[Reference]:
        return iter(self._ordered)

    def __repr__(self) -> str:
        return f"<Bibliography of {len(self)} references>"

    @cached_property
    def _ordered(self) -> tuple[Reference, ...]:
        return tuple(sorted(self._refs.values(), key=order_key))

    @property
    def keys(self) -> tuple[str, ...]:
        """Keys in data order."""
        return tuple(self._refs)

    def get(self, key: str) -> Reference | None:
        """The reference with *key*, or None."""
        return self._refs.get(key)

    def lookup(self, key: str) -> Reference:
        """The reference with *key*; :class:`ReferenceNotFound` with suggestions if none."""
        ref = self._refs.get(key)
        if ref is None:
            raise ReferenceNotFound(key, self.suggest(key))
        return ref

    def suggest(self, key: str, limit: int = 5) -> list[str]:
        """Keys close to *key* (also matching on a cited surname)."""
        import difflib  # only for suggestions, after a failed lookup

        folded = {fold(k): k for k in self._refs}
        close = difflib.get_close_matches(fold(key), list(folded), n=limit, cutoff=0.6)
        prefix = [k for f, k in folded.items() if fold(key) and f.startswith(fold(key)[:4])]
        return list(dict.fromkeys([folded[c] for c in close] + prefix))[:limit]

    @cached_property
    def index(self):  # -> AuthorYearIndex
        """The author–year and alias index used to resolve citations."""
        from .authoryear import AuthorYearIndex

        return AuthorYearIndex(self._ordered)

    def label(self, key: str) -> str:
        """The year as cited, with a suffix where works collide (``2012a``)."""
        return self.index.year_label(self.lookup(key))


def _entry_problems(ref: Reference) -> list[Problem]:
    problems = []
    if ref.status and ref.status not in STATUSES:
        problems.append(Problem(ref.path, ref.line, (
            f"{ref.key}: x-status {ref.status!r} is not one of {', '.join(STATUSES)}"),
            ref.key, "warning", code="bib-entry"))
    if (ref.field("year") or ref.field("date")) and not ref.year:
        problems.append(Problem(ref.path, ref.line, (
            f"{ref.key}: the year/date has no 4-digit year; citations cannot match it"),
            ref.key, "warning", code="bib-entry"))
    return problems


def load_bibliography(paths: Sequence[str | Path] = (), *, builtin: bool = True) -> Bibliography:
    """Read the bundled ``refs/*.bib`` (unless ``builtin=False``) and then *paths*.

    A later file may replace a record by reusing its key (reported as a
    warning); within one file a duplicate key is an error and the later entry
    is left out, while every other entry still loads.
    """
    from ..resources import builtin_bib_paths

    files = distinct_files([*(builtin_bib_paths() if builtin else []), *paths])
    refs: dict[str, Reference] = {}
    by_folded_key: dict[str, Reference] = {}
    problems: list[Problem] = []
    for path in files:
        report = read_bib_file(path)
        problems += report.problems
        for entry in report.entries:
            ref = Reference.from_entry(entry)
            problems += _clash_with_earlier(ref, refs, by_folded_key)
            refs[ref.key] = ref
            by_folded_key.setdefault(folded_key(ref.key), ref)
            problems += _entry_problems(ref)
    return Bibliography(refs.values(), problems)


def _clash_with_earlier(ref: Reference, refs: dict[str, Reference],
                        by_folded_key: dict[str, Reference]) -> list[Problem]:
    """A key reused by a later file, or one differing only in case from another file's.

    Within one file the reader reports both already.
    """
    earlier = refs.get(ref.key)
    if earlier is not None:
        return [Problem(ref.path, ref.line, (
            f"{ref.key}: replaces the record of the same key at {earlier.origin}"),
            ref.key, "warning", code="bib-entry")]
    other = by_folded_key.get(folded_key(ref.key))
    if other is None or other.path == ref.path:
        return []
    return [key_case_clash(ref.key, other.key, f"at {other.origin}", ref.path, ref.line)]


def validate_bib_files(paths: Sequence[str | Path]) -> list[Problem]:
    """Every problem in the given BibTeX files, each as ``path:line: message``."""
    problems: list[Problem] = []
    for path in paths:
        report = read_bib_file(path)
        problems += report.problems
        problems += [p for e in report.entries for p in _entry_problems(Reference.from_entry(e))]
    return problems


@lru_cache(maxsize=1)
def bibliography() -> Bibliography:
    """The bundled bibliography, loaded on first call and cached."""
    return load_bibliography()
