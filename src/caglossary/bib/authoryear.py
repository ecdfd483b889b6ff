"""The author–year index: how a work is cited, and which record a citation means.

A work is cited by the surnames of its first author (one author), both authors
(two) or the first author and "vd./et al." (three or more), then its year.
Where two works would be cited the same way in the same year, their years get
suffixes in title order: ``2012a``, ``2012b``. Works without an author or a
year are cited by the aliases in their ``x-aliases`` field.

Names are compared on folded keys (case, Turkish letters and diacritics
ignored); in OCR mode on the OCR key of :mod:`caglossary.text.keys`, where
``Sar1`` and ``Sarı`` agree and long aliases may differ by a damaged letter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text.keys import key_text, ocr_key_text
from ..text.turkish import fold, tr_sort_key

if TYPE_CHECKING:
    from .library import Reference

__all__ = ["NO_DATE", "AuthorYearIndex", "Resolution", "alias_key", "cited_names", "cited_whole",
           "name_key"]

_SUFFIXES = "abcdefghijklmnopqrstuvwxyz"
#: How a citation grammar hands over "no date" (written n.d., t.y. or ty): ``n.d.``,
#: or ``n.d.-a`` with the letter that tells undated works of one author apart.
NO_DATE = "n.d."


@lru_cache(maxsize=8192)  # a document cites the same few names again and again
def name_key(text: str, ocr: bool = False) -> str:
    """Comparison key of a name as cited (hyphenated line breaks joined)."""
    key = ocr_key_text(text).key if ocr else fold(key_text(text).key)
    return " ".join(key.replace(".", " ").split())


def alias_key(text: str, ocr: bool = False) -> str:
    """Comparison key of an alias; spaces are ignored (``Dış İşleri`` = ``Dışişleri``)."""
    return name_key(text, ocr).replace(" ", "")


def cited_whole(ref: Reference) -> str:
    """The name a citation gives with all its words: an organisation that authors the
    work, or the title of a work without author or editor; "" for a person."""
    people = ref.authors or ref.editors
    if people:
        return people[0].surname if people[0].corporate else ""
    return ref.title


def cited_names(ref: Reference) -> tuple[tuple[str, ...], bool]:
    """The surnames a citation shows and whether "vd./et al." follows them."""
    people = ref.authors or ref.editors
    if not people:
        return ((ref.aliases[0],) if ref.aliases else ()), False
    if len(people) >= 3:
        return (people[0].surname,), True
    return tuple(p.surname for p in people), False


@dataclass(frozen=True, slots=True)
class Resolution:
    """The outcome of resolving one cited author–year pair."""

    key: str = ""  # "" when unresolved
    problem: str = ""
    code: str = "unknown-citation"  # or "ambiguous-citation"


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` as soon as it must exceed *limit*."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


class AuthorYearIndex:
    """Year labels and citation lookup over an ordered set of references."""

    def __init__(self, references: Sequence[Reference]) -> None:
        self._refs = tuple(references)
        self._labels = self._assign_labels()
        self._cache: dict[bool, tuple[dict[str, list], dict[str, list]]] = {}
        self._whole: dict[bool, dict[str, dict[int, dict[str, str]]]] = {}
        # OCR alias key → the records within edit distance: the search compares the
        # key with every alias, and a manuscript repeats its parentheses
        self._near_aliases: dict[str, list[Reference]] = {}

    def _assign_labels(self) -> dict[str, str]:
        groups: dict[tuple, list[Reference]] = defaultdict(list)
        for ref in self._refs:
            names, etal = cited_names(ref)
            if names:  # works with no year collide too: t.y.-a, t.y.-b
                groups[(tuple(name_key(n) for n in names), etal, ref.year)].append(ref)
        labels = {}
        for group in groups.values():
            if len(group) < 2:
                continue
            group.sort(key=lambda r: (tr_sort_key(r.title), r.key))
            for suffix, ref in zip(_SUFFIXES, group):
                labels[ref.key] = ref.year + suffix
        return labels

    def year_label(self, ref: Reference) -> str:
        """``2012`` or, where works collide, ``2012a``; "" when the year is unknown."""
        return self._labels.get(ref.key, ref.year) if ref.year else ""

    def suffix(self, ref: Reference) -> str:
        """The letter that tells colliding works apart ("" when none is needed)."""
        return self._labels.get(ref.key, "")[len(ref.year):]

    def _tables(self, ocr: bool) -> tuple[dict[str, list], dict[str, list]]:
        if ocr not in self._cache:
            by_name: dict[str, list[Reference]] = defaultdict(list)
            by_alias: dict[str, list[Reference]] = defaultdict(list)
            for ref in self._refs:
                people = ref.authors or ref.editors
                names = {name_key(people[0].surname, ocr)} if people else set()
                if not people and ref.title:  # cited by its title (cited_whole), as APA does
                    names.add(name_key(ref.title, ocr))
                if people and people[0].prefix:
                    names.add(name_key(people[0].family, ocr))
                for alias in ref.aliases:
                    by_alias[alias_key(alias, ocr)].append(ref)
                    names.add(name_key(alias, ocr))
                for name in names:
                    by_name[name].append(ref)
            self._cache[ocr] = (dict(by_name), dict(by_alias))
        return self._cache[ocr]

    def by_alias(self, text: str, *, ocr: bool = False) -> list[Reference]:
        """Records one of whose aliases is *text* (OCR mode tolerates a damaged letter)."""
        table = self._tables(ocr)[1]
        key = alias_key(text, ocr)
        if key in table or not ocr or len(key) < 12:
            return list(table.get(key, ()))
        if key not in self._near_aliases:
            if len(self._near_aliases) > 10_000:  # a bound for texts of endless asides
                self._near_aliases.clear()
            self._near_aliases[key] = self._nearest_aliases(key, table)
        return list(self._near_aliases[key])

    @staticmethod
    def _nearest_aliases(key: str, table: dict[str, list]) -> list[Reference]:
        """The records of the aliases nearest *key*, within a distance its length allows."""
        limit = max(1, len(key) // 15)
        scored = [(_edit_distance(key, other, limit), other) for other in table]
        best = min((d for d, _ in scored), default=limit + 1)
        if best > limit:
            return []
        return [ref for d, other in scored if d == best for ref in table[other]]

    def knows_author(self, name: str, *, ocr: bool = False) -> bool:
        return name_key(name, ocr) in self._tables(ocr)[0]

    def whole_names(self, last_word: str, *, ocr: bool = False) -> dict[int, dict[str, str]]:
        """Names cited whole whose last word is *last_word*: word count → key → name.

        Organisations that author works ("U.S. Department of State") and titles
        of works without an author are cited with all their words; looking them
        up by the last word and the number of words keeps the look-back of a
        narrative citation to a few comparisons, however large the bibliography.
        """
        key = name_key(last_word, ocr).rpartition(" ")[2]
        return self._whole_name_table(ocr).get(key, {})

    def _whole_name_table(self, ocr: bool) -> dict[str, dict[int, dict[str, str]]]:
        if ocr not in self._whole:
            table: dict[str, dict[int, dict[str, str]]] = defaultdict(dict)
            for ref in self._refs:
                name = cited_whole(ref)
                key = name_key(name, ocr) if name else ""
                if key:
                    by_count = table[key.rpartition(" ")[2]].setdefault(len(name.split()), {})
                    by_count.setdefault(key, name)
            self._whole[ocr] = dict(table)
        return self._whole[ocr]

    def resolve(self, names: Sequence[str], etal: bool, year: str, *,
                ocr: bool = False) -> Resolution:
        """The record cited as *names* (+ "vd." if *etal*) and *year*.

        *year* is ``2012``, ``2012a``, or for a work without a year ``n.d.`` or
        ``n.d.-a`` (:data:`NO_DATE`).
        """
        works = self._tables(ocr)[0].get(name_key(names[0], ocr), [])
        shown = _shown(names, etal, year)
        if not works:
            hint = self.suggest(names[0], year, ocr=ocr)
            return Resolution(problem=f"no reference in the bibliography by {names[0]}: {shown}"
                                      + (f"; did you mean {hint}?" if hint else ""))
        wanted, suffix = _split_label(year)
        matching = [r for r in works if r.year == wanted]
        if suffix:
            matching = [r for r in matching if self.suffix(r) == suffix]
        if not matching:
            known = ", ".join(sorted({self.year_label(r) or "no year" for r in works}))
            return Resolution(problem=f"{names[0]} has no work of {year} in the "
                                      f"bibliography (known: {known}): {shown}")
        if len(matching) > 1:
            matching = [r for r in matching if _fits(r, names, etal, ocr)] or matching
        if len(matching) > 1:
            labels = ", ".join(self._shown_label(r) for r in matching)
            return Resolution(problem=f"{shown} is ambiguous ({labels}); cite the year "
                                      "with its letter", code="ambiguous-citation")
        return Resolution(key=matching[0].key)

    def suggest(self, name: str, year: str, *, ocr: bool = False) -> str:
        """``Cooley (2012)`` for a misspelt ``Cooly``: the closest cited name, "" if none.

        Close means one edit per three letters (a swap of two letters is two); among
        that name's works the one of the cited year comes first.
        """
        key = name_key(name, ocr)
        if len(key) < 3:
            return ""
        limit = max(1, len(key) // 3)
        table = self._tables(ocr)[0]
        scored = sorted((_edit_distance(key, other, limit), other) for other in table)
        if not scored or scored[0][0] > limit:
            return ""
        works = table[scored[0][1]]
        wanted = _split_label(year)[0]
        ref = next((r for r in works if r.year == wanted), works[0])
        names, etal = cited_names(ref)
        shown = " & ".join(names) + (" et al." if etal else "")
        return f"{shown or cited_whole(ref)} ({self._shown_label(ref) or NO_DATE})"

    def _shown_label(self, ref: Reference) -> str:
        if ref.year:
            return self.year_label(ref)
        return f"{NO_DATE}-{self.suffix(ref)}" if self.suffix(ref) else NO_DATE


def _split_label(year: str) -> tuple[str, str]:
    """(year, letter) of ``2012a`` → ("2012", "a"); of ``n.d.-a`` → ("", "a")."""
    if year.startswith(NO_DATE):
        return "", year[len(NO_DATE):].lstrip("-")
    return year[:4], year[4:]


def _fits(ref: Reference, names: Sequence[str], etal: bool, ocr: bool) -> bool:
    people = ref.authors or ref.editors
    if len(names) > 1:
        return len(people) > 1 and name_key(people[1].surname, ocr) == name_key(names[1], ocr)
    return len(people) >= 3 if etal else len(people) <= 1


def _shown(names: Sequence[str], etal: bool, year: str) -> str:
    joined = " & ".join(" ".join(n.split()) for n in names)
    return f"{joined}{' et al.' if etal else ''} {year}"
