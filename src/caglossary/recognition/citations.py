"""Find author–year citations in prose, with exact offsets into the caller's text.

Recognised: parenthetical groups ``(Cooley, 2012:79; Vanderhill vd. 2020:988)``,
narrative ``Cooley (2012:79)``, works without a year cited with a no-date
marker ``(Yılmaz, t.y.)``, ``(Yılmaz, n.d.:12)``, ``Yılmaz (ty)``, and works
cited without author or year through their aliases: ``(CICA)``,
``(Türkiye Cumhuriyeti Dışişleri Bakanlığı)``. Names are compared on folded
keys, and in OCR mode on OCR keys, but every offset is taken from the caller's
string, which is never changed.

A citation that looks like one (a capitalised name and a 4-digit year or a
no-date marker) but matches no record is still returned, with the item in
``unresolved`` and the reason in ``problems``: nothing is dropped silently.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .citation_grammar import (BRACKETS, PARENTHESIS, CitedItem, YearItem, looks_like_author,
                               looks_like_surname, names_an_event, narrative_names, parse_item,
                               parse_named_item, split_group, years_only)

if TYPE_CHECKING:
    from ..bib.library import Bibliography, Reference

__all__ = ["CitationMention", "CitedWork", "find_citations"]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_LOOK_BACK = 160  # characters searched for the names of a narrative citation
_QUOTES = "\"'“”‘’«»„"  # around a title cited in place of an author


@dataclass(frozen=True, slots=True)
class CitedWork:
    """One resolved work of a citation: ``text[start:end]`` names it (its own link)."""

    start: int
    end: int
    key: str
    locator: str = ""


@dataclass(frozen=True, slots=True)
class CitationMention:
    """One citation: ``text[start:end] == surface``; ``keys[i]`` is cited at ``locators[i]``."""

    start: int
    end: int
    surface: str
    keys: tuple[str, ...]
    locators: tuple[str, ...]
    unresolved: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    narrative: bool = False
    #: one stable code per problem: ``unknown-citation`` or ``ambiguous-citation``
    problem_codes: tuple[str, ...] = ()
    #: each resolved work with its own span and locator, in citation order
    works: tuple[CitedWork, ...] = ()

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {"start": self.start, "end": self.end, "text": self.surface,
                                   "keys": list(self.keys), "locators": list(self.locators)}
        if len(self.works) > 1:
            data["works"] = [{"start": w.start, "end": w.end, "key": w.key,
                              "locator": w.locator} for w in self.works]
        if self.unresolved:
            data["unresolved"] = list(self.unresolved)
            data["problems"] = list(self.problems)
        return data


class _Collector:
    """Keys, locators and unresolved items of one mention, in citation order."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.locators: list[str] = []
        self.unresolved: list[str] = []
        self.problems: list[str] = []
        self.codes: list[str] = []
        self.works: list[CitedWork] = []

    def add(self, key: str, locator: str, start: int, end: int) -> None:
        self.keys.append(key)
        self.locators.append(locator)
        self.works.append(CitedWork(start, end, key, locator))

    def fail(self, item: str, problem: str, code: str) -> None:
        self.unresolved.append(item)
        self.problems.append(problem)
        self.codes.append(code)

    def mention(self, text: str, start: int, end: int, narrative: bool) -> CitationMention:
        return CitationMention(start, end, text[start:end], tuple(self.keys),
                               tuple(self.locators), tuple(self.unresolved),
                               tuple(self.problems), narrative, tuple(self.codes),
                               tuple(self.works))


class _Finder:
    def __init__(self, text: str, bibliography: Bibliography, ocr: bool) -> None:
        self.text, self.bib, self.ocr = text, bibliography, ocr
        self.index = bibliography.index
        self._breaks: tuple[list[int], list[int]] | None = None  # paragraph breaks, found once
        self._paragraph_keys: dict[int, str] = {}  # paragraph start → its name key

    def run(self) -> list[CitationMention]:
        found = []
        for match in PARENTHESIS.finditer(self.text):
            mention = self._parenthetical(match) or self._narrative(match)
            if mention:
                found.append(mention)
        if "[" in self.text:
            found = self._with_brackets(found)
        return found

    def _with_brackets(self, found: list[CitationMention]) -> list[CitationMention]:
        """*found* and the citations in square brackets outside them, in text order."""
        bracketed = [mention for mention in map(self._parenthetical,
                                                BRACKETS.finditer(self.text)) if mention]
        if not bracketed:
            return found
        starts = [mention.start for mention in found]
        for mention in bracketed:
            at = bisect_right(starts, mention.start)
            if (at and found[at - 1].end > mention.start
                    or at < len(found) and found[at].start < mention.end):
                continue  # a citation read from a parenthesis overlaps it and stays
            found.insert(at, mention)
            starts.insert(at, mention.start)
        return found

    def _resolve_item(self, item: CitedItem, out: _Collector, names_at: int, years_at: int, *,
                      quiet_unknown: bool) -> bool:
        """Add *item*'s works to *out*; False if it is not a citation after all.

        *names_at* and *years_at* are where the names and the years' text
        start in the caller's string: the first work's span starts at the
        names, each further year is a span of its own (``(Cooley, 2012; 2013)``).
        """
        known = self.index.knows_author(item.names[0], ocr=self.ocr)
        if not known and (quiet_unknown or not looks_like_author(item.names[0])
                          or names_an_event(item.names[0], self.text)):
            return False
        for number, year in enumerate(item.years):
            resolution = self.index.resolve(item.names, item.etal, year.label, ocr=self.ocr)
            if resolution.key:
                start = names_at if number == 0 else years_at + year.start
                out.add(resolution.key, year.locator, start, years_at + year.end)
            else:
                etal = " et al." if item.etal else ""
                out.fail(f"{' & '.join(item.names)}{etal} {year.label}", resolution.problem,
                         resolution.code)
        return True

    def _parenthetical(self, match: re.Match[str]) -> CitationMention | None:
        out, cited = _Collector(), False
        previous: CitedItem | None = None
        for offset, part in split_group(match.group(1)):
            if not part.strip():
                continue
            at = match.start(1) + offset
            refs = self.index.by_alias(part, ocr=self.ocr)
            if refs:
                cited = True
                self._add_alias(part, refs, at, out)
                continue
            item = parse_item(part) or self._whole_name_item(part)
            if item is None and previous is not None:  # (Cooley, 2012; 2013)
                years = years_only(part)
                item = CitedItem(previous.names, previous.etal, years, -1) if years else None
            names_at = at + (item.offset if item and item.offset >= 0 else
                             item.years[0].start if item else 0)
            if item and self._resolve_item(item, out, names_at, at, quiet_unknown=False):
                cited, previous = True, item
        return out.mention(self.text, match.start(), match.end(), False) if cited else None

    def _whole_name_item(self, part: str) -> CitedItem | None:
        """``U.S. Department of State, 2020`` or ``“A Title”, 2024``: a name the index knows."""
        item = parse_named_item(part)
        if item is None:
            return None
        name = item.names[0].strip(_QUOTES)
        if not self.index.knows_author(name, ocr=self.ocr):
            return None
        return CitedItem((name,), False, item.years, item.offset)  # years keep their places

    def _narrative(self, match: re.Match[str]) -> CitationMention | None:
        years = years_only(match.group(1))
        if not years:
            return None
        window = max(0, match.start() - _LOOK_BACK)
        before = self.text[window:match.start()]
        candidates = sorted(narrative_names(before) + self._whole_names_before(before),
                            key=lambda item: item.offset)  # longest first
        for item in candidates:  # longest first: the first that resolves wins
            out = self._narrative_try(item, years, window, match, quiet_unknown=True)
            if out.keys:
                return out.mention(self.text, window + item.offset, match.end(), True)
        # A known author with a year that matches none of their works is reported,
        # and so is an unknown surname right before the year (a typo: Cooly (2012)).
        for item in reversed(candidates):
            out = self._narrative_try(item, years, window, match, quiet_unknown=True)
            if out.unresolved:
                return out.mention(self.text, window + item.offset, match.end(), True)
        if candidates and looks_like_surname(candidates[-1], before):
            out = self._narrative_try(candidates[-1], years, window, match, quiet_unknown=False)
            return out.mention(self.text, window + candidates[-1].offset, match.end(), True)
        return None

    def _narrative_try(self, item: CitedItem, years: tuple[YearItem, ...], window: int,
                       match: re.Match[str], *, quiet_unknown: bool) -> _Collector:
        out = _Collector()
        full = CitedItem(item.names, item.etal, years, item.offset)
        self._resolve_item(full, out, window + item.offset, match.start(1),
                           quiet_unknown=quiet_unknown)
        return out

    def _whole_names_before(self, before: str) -> list[CitedItem]:
        """Organisations and titles the index knows that end *before*, longest first."""
        from ..bib.authoryear import name_key

        words = list(re.finditer(r"\S+", before))
        if not words:
            return []
        found = []
        last = words[-1].group().strip(_QUOTES)
        for count, names in self.index.whole_names(last, ocr=self.ocr).items():
            if count <= len(words):
                start = words[-count].start()
                name = names.get(name_key(before[start:].strip().strip(_QUOTES), self.ocr))
                if name is not None:
                    found.append(CitedItem((name,), False, (), start))
        return sorted(found, key=lambda item: item.offset)

    def _add_alias(self, part: str, refs: list[Reference], at: int, out: _Collector) -> None:
        unique = list({ref.key: ref for ref in refs}.values())
        if len(unique) > 1:
            unique = self._by_paragraph(unique, at)
        if len(unique) == 1:
            lead = len(part) - len(part.lstrip())
            out.add(unique[0].key, "", at + lead, at + len(part.rstrip()))
            return
        keys = ", ".join(ref.key for ref in unique)
        out.fail(" ".join(part.split()), f"{' '.join(part.split())!r} may cite any of "
                 f"{keys}; name the work (title or year) in the text", "ambiguous-citation")

    def _by_paragraph(self, refs: list[Reference], at: int) -> list[Reference]:
        """Choose among records sharing an alias by the paragraph around the citation.

        A record whose title the paragraph mentions wins; otherwise a record
        whose title it does not mention is set aside for one that has no
        title (the generic page of an institution).
        """
        from ..bib.authoryear import name_key

        start, end = self._paragraph_at(at)
        key = self._paragraph_keys.get(start)
        if key is None:
            key = self._paragraph_keys[start] = name_key(self.text[start:end], self.ocr)
        named = [r for r in refs if r.title and name_key(r.title, self.ocr) in key]
        return named or [r for r in refs if not r.title] or refs

    def _paragraph_at(self, at: int) -> tuple[int, int]:
        """Start and end of the paragraph holding offset *at*.

        The breaks are found once per text and bisected: rescanning from the
        start for every ambiguous citation made long texts quadratic.
        """
        if self._breaks is None:
            spans = [m.span() for m in _PARAGRAPH_BREAK.finditer(self.text)]
            self._breaks = ([start for start, _ in spans], [end for _, end in spans])
        starts, ends = self._breaks
        before = bisect_right(ends, at)  # breaks ending at or before *at*
        after = bisect_left(starts, at)  # the first break starting at or after it
        start = ends[before - 1] if before else 0
        end = starts[after] if after < len(starts) else len(self.text)
        return start, end


def find_citations(text: str, *, ocr: bool = False,
                   bibliography: Bibliography | None = None) -> list[CitationMention]:
    """Author–year citations in *text*, in order, never overlapping.

    *bibliography* defaults to the bundled one; ``ocr=True`` tolerates the
    damage of scanned text (``Sar1`` for ``Sarı``, ``Tiirkiye`` for ``Türkiye``).
    """
    if bibliography is None:
        from ..bib.library import bibliography as builtin

        bibliography = builtin()
    return _Finder(text, bibliography, ocr).run()
