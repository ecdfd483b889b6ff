"""Read one glossary TOML file into concepts, reporting problems by line.

The reader never stops at the first bad entry: a concept with a problem is
reported as ``path:line: message`` and skipped, and every valid concept in the
same file still loads.
"""

from __future__ import annotations

import re
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

import sys

from ..errors import Problem, Severity, UnreadableFile
from ..text.files import decode_utf8, read_bytes
from . import anaphorafields, cache, guardfields, model
from .anaphorafields import read_successor
from .cache import FileReport, load_cached, source_stamp, store_cached
from .guardfields import read_guards
from .model import CATEGORIES, INFLECTION_MARK, LANGUAGES, Concept, LangSide, Source, strip_marker

__all__ = ["FileReport", "read_glossary_file", "read_glossary_text"]

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*concept\s*\]\]")
_SUB_HEADER = re.compile(r"^\s*\[\s*concept\s*\.\s*([A-Za-z0-9_-]+)\s*\]")
_KEY_LINE = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")
_URL = re.compile(r"^https?://[^\s/]+\.[^\s/]+(?:/\S*)?$")
_TOML_AT_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")
_CONCEPT_KEYS = {"id", "category", "see_also", "sources", "tr", "en", "succeeded_by"}
_SIDE_KEYS = {"term", "definition", "abbr", "variants", "ocr", "guarded", "class_nouns"}
_SIDE_LISTS = ("abbr", "variants", "ocr", "class_nouns")


class _LineIndex:
    """Line numbers of ``[[concept]]`` blocks and their keys (tomllib keeps none)."""

    def __init__(self, text: str) -> None:
        self.blocks: list[dict[tuple[str, str], int]] = []
        section = ""
        in_multiline = False
        for number, line in enumerate(text.splitlines(), start=1):
            quotes = line.count('"""') + line.count("'''")
            if in_multiline:
                in_multiline = quotes % 2 == 0
                continue
            if _ARRAY_HEADER.match(line):
                self.blocks.append({("", ""): number})
                section = ""
            elif (sub := _SUB_HEADER.match(line)) and self.blocks:
                section = sub.group(1)
                self.blocks[-1][(section, "")] = number
            elif (key := _KEY_LINE.match(line)) and self.blocks:
                self.blocks[-1].setdefault((section, key.group(1)), number)
            in_multiline = quotes % 2 == 1

    def line(self, index: int, section: str = "", key: str = "") -> int:
        if index >= len(self.blocks):
            return 0
        block = self.blocks[index]
        return block.get((section, key)) or block.get((section, "")) or block[("", "")]


class _ConceptReader:
    """Checks one raw ``[[concept]]`` table and builds the record."""

    def __init__(self, path: str, index: int, lines: _LineIndex) -> None:
        self.path, self.index, self.lines = path, index, lines
        self.problems: list[Problem] = []
        self.key = f"concept #{index + 1}"

    def report(self, message: str, section: str = "", key: str = "",
               severity: Severity = "error") -> None:
        line = self.lines.line(self.index, section, key)
        code = "unknown-field" if severity == "warning" else "glossary-entry"
        self.problems.append(Problem(self.path, line, message, self.key, severity, code))

    def read(self, raw: Any) -> Concept | None:
        if not isinstance(raw, dict):
            self.report("each [[concept]] must be a table of fields")
            return None
        cid = raw.get("id")
        if not isinstance(cid, str) or not ID_PATTERN.match(cid):
            self.report(
                f"id must be an ASCII slug such as 'shanghai-five' (got {cid!r}); "
                "add or fix the id line", key="id")
            return None
        self.key = cid
        self._warn_unknown(raw, _CONCEPT_KEYS, "")
        category = raw.get("category")
        if not isinstance(category, str) or category not in CATEGORIES:
            self.report(f"{cid}: category {category!r} is not one of {', '.join(CATEGORIES)}",
                        key="category")
        sides = {lang: self._side(raw.get(lang), lang) for lang in LANGUAGES}
        see_also = self._string_list(raw.get("see_also", []), "", "see_also")
        sources = self._sources(raw.get("sources", []))
        if self.errors or sides["tr"] is None or sides["en"] is None \
                or not isinstance(category, str):
            return None
        successor = read_successor(raw.get("succeeded_by"), self._report_successor)
        return Concept(cid, category, sides["tr"], sides["en"], tuple(see_also), sources,
                       successor, origin=f"{self.path}:{self.lines.line(self.index)}")

    def _report_successor(self, message: str) -> None:
        self.report(f"{self.key}: {message}", key="succeeded_by")

    @property
    def errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    def _warn_unknown(self, table: dict[str, Any], allowed: set[str], section: str) -> None:
        for name in sorted(set(table) - allowed):
            self.report(f"{self.key}: unknown field {name!r} (allowed: {', '.join(sorted(allowed))})",
                        section, name, severity="warning")

    def _string_list(self, value: Any, section: str, key: str) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.report(f"{self.key}: {key} must be a list of non-empty strings, "
                        f'e.g. {key} = ["…"]', section, key)
            return []
        return [v.strip() for v in value]

    def _side(self, raw: Any, lang: str) -> LangSide | None:
        if not isinstance(raw, dict):
            self.report(f"{self.key}: the {lang!r} side is missing; add a [concept.{lang}] "
                        "table with term and definition")
            return None
        self._warn_unknown(raw, _SIDE_KEYS, lang)
        text = {}
        for key in ("term", "definition"):
            value = raw.get(key)
            if not isinstance(value, str) or not value.strip():
                self.report(f"{self.key}: {lang}.{key} must be a non-empty string", lang, key)
                return None
            text[key] = " ".join(value.split())
        lists = {k: self._string_list(raw.get(k, []), lang, k) for k in _SIDE_LISTS}
        marked = [text["term"], *lists["variants"]]
        for form in marked:
            self._check_marker(form, lang, "term" if form == text["term"] else "variants")
        for form in lists["class_nouns"]:
            self._check_marker(form, lang, "class_nouns")
        guarded = self._guards(raw.get("guarded", []), lang, lists["variants"])
        for form in lists["abbr"] + lists["ocr"]:
            if INFLECTION_MARK in form:
                self.report(f"{self.key}: {form!r}: abbreviations and OCR forms take no "
                            "inflection marker", lang, "abbr")
        return LangSide(strip_marker(text["term"]), text["definition"], tuple(lists["abbr"]),
                        tuple(strip_marker(v) for v in lists["variants"]), tuple(lists["ocr"]),
                        tuple(marked), guarded, tuple(lists["class_nouns"]))

    def _guards(self, raw: Any, lang: str, variants: list[str]) -> tuple[model.Guard, ...]:
        def report(message: str, severity: Severity) -> None:
            self.report(message, lang, "guarded", severity)

        guards = read_guards(raw, f"{self.key}: {lang}.guarded", report)
        plain = {strip_marker(v) for v in variants}
        for guard in guards:
            self._check_marker(guard.form, lang, "guarded")
            # An unguarded copy would match first and make the conditions dead letters.
            if guard.written in plain:
                self.report(f"{self.key}: {guard.written!r} is both a variant and guarded; "
                            "remove it from variants", lang, "guarded")
        return guards

    def _check_marker(self, form: str, lang: str, key: str) -> None:
        count = form.count(INFLECTION_MARK)
        if not count:
            return
        stem, _, ending = form.rpartition(INFLECTION_MARK)
        last_word = stem.rsplit(" ", 1)[-1]
        if lang != "tr":
            problem = "inflection markers are for Turkish forms only; remove the '|'"
        elif count > 1:
            problem = "use at most one '|' per form"
        elif not last_word or not last_word[-1].isalpha():
            problem = "the '|' must follow the stem's last letter, as in 'diyalog ortağ|ı'"
        elif ending and not ending.isalpha():
            problem = "the '|' must sit in the last word, with only letters after it"
        else:
            return
        self.report(f"{self.key}: malformed inflection marker in {form!r}: {problem}", lang, key)

    def _sources(self, raw: Any) -> tuple[Source, ...]:
        if not isinstance(raw, list):
            self.report(f"{self.key}: sources must be a list of {{ key = \"…\", pages = \"…\" }}",
                        key="sources")
            return ()
        sources = []
        for item in raw:
            if isinstance(item, dict) and "url" in item:
                url = item.get("url")
                if (set(item) != {"url"} or not isinstance(url, str)
                        or not _URL.match(url)):
                    self.report(f"{self.key}: a web source is {{ url = \"https://…\" }} alone, "
                                f"with a full http(s) address (got {item!r})", key="sources")
                    continue
                sources.append(Source("", "", url))
                continue
            key = item.get("key") if isinstance(item, dict) else None
            pages = item.get("pages", "") if isinstance(item, dict) else None
            if not isinstance(key, str) or not key or not isinstance(pages, str):
                self.report(f"{self.key}: each source needs key = \"bibkey\" and pages as a "
                            f"string (got {item!r})", key="sources")
                continue
            sources.append(Source(key, pages))
        return tuple(sources)


def _syntax_problem(exc: Exception, path: str, first_line: int = 1) -> Problem:
    at = _TOML_AT_LINE.search(str(exc))
    detail = _TOML_AT_LINE.sub("", str(exc)).strip()
    line = first_line + int(at.group(1)) - 1 if at else first_line
    return Problem(path, line, f"not valid TOML: {detail}; fix the syntax on this line "
                   "(strings need double quotes)", path, "error", "glossary-syntax")


def _parse_blockwise(text: str, path: str, lines: _LineIndex) -> tuple[list, list[Problem]]:
    """Parse each ``[[concept]]`` block alone, so one syntax error costs one concept."""
    import tomllib

    all_lines = text.splitlines(keepends=True)
    starts = [block[("", "")] for block in lines.blocks] + [len(all_lines) + 1]
    pieces = [(1, "".join(all_lines[: starts[0] - 1]))]
    pieces += [(a, "".join(all_lines[a - 1: b - 1])) for a, b in zip(starts, starts[1:])]
    raw_concepts: list = []
    problems: list[Problem] = []
    for number, (first_line, piece) in enumerate(pieces):
        try:
            data = tomllib.loads(piece)
        except tomllib.TOMLDecodeError as exc:
            problems.append(_syntax_problem(exc, path, first_line))
            data = None
        if number:  # the preamble holds no concept
            concept = (data or {}).get("concept")
            raw_concepts.append(concept[0] if isinstance(concept, list) and concept else None)
    return raw_concepts, problems


def read_glossary_text(text: str, path: str) -> FileReport:
    """Parse glossary TOML *text*; *path* is only used in messages."""
    import tomllib  # only when no cached result exists

    report = FileReport(path)
    lines = _LineIndex(text)
    try:
        raw_concepts = tomllib.loads(text).get("concept", [])
    except tomllib.TOMLDecodeError as exc:
        if not lines.blocks:
            report.problems.append(_syntax_problem(exc, path))
            return report
        raw_concepts, syntax = _parse_blockwise(text, path, lines)
        report.problems.extend(syntax)
    if not isinstance(raw_concepts, list):
        report.problems.append(Problem(path, 1, "concepts must be written as [[concept]] tables",
                                       path, "error", "glossary-syntax"))
        return report
    if not raw_concepts:
        report.problems.append(Problem(path, 1, "no [[concept]] found; an empty glossary "
                                       "file adds nothing", path, "warning", "empty-file"))
    for index, raw in enumerate(raw_concepts):
        if raw is not None:
            _add_concept(report, _ConceptReader(path, index, lines), raw, lines.line(index))
    return report


def _add_concept(report: FileReport, reader: _ConceptReader, raw: Any, line: int) -> None:
    concept = reader.read(raw)
    report.problems.extend(reader.problems)
    if concept is None:
        return
    if concept.id in report.lines:
        first = report.lines[concept.id]
        reader.report(f"duplicate id {concept.id!r} (first defined on line {first}); "
                      "give one of them another id", key="id")
        report.problems.append(reader.problems[-1])
        return
    report.lines[concept.id] = line
    report.concepts.append(concept)


def read_glossary_file(path: str | Path) -> FileReport:
    """Read and check one glossary file. Unreadable files become a problem, not a crash."""
    name = str(path)
    try:
        raw = read_bytes(path)
        text = decode_utf8(raw, path)
    except UnreadableFile as exc:
        return FileReport(name, problems=[exc.problem()])
    stamp = _reader_stamp()
    cached = load_cached(Path(path), raw, stamp)
    if cached is not None:
        return cached
    report = read_glossary_text(text.removeprefix("\ufeff"), name)
    store_cached(Path(path), raw, stamp, report)
    return report


def _reader_stamp() -> int:
    """What a cached report depends on: this reader, the records and the cache format."""
    if not _STAMP:
        _STAMP.append(source_stamp([sys.modules[__name__], guardfields, anaphorafields, model, cache]))
    return _STAMP[0]


_STAMP: list[int] = []
