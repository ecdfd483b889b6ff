"""Read one glossary TOML file into concepts, reporting problems by line.

The reader never stops at the first bad entry: a concept with a problem is
reported as ``path:line: message`` and skipped, and every valid concept in the
same file still loads.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .tomlblocks import BlockLines

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
_URL = re.compile(r"^https?://[^\s/]+\.[^\s/]+(?:/\S*)?$")
_CONCEPT_KEYS = {"id", "category", "see_also", "sources", "tr", "en", "succeeded_by"}
_SIDE_KEYS = {"term", "definition", "abbr", "variants", "ocr", "guarded", "class_nouns"}
_SIDE_LISTS = ("abbr", "variants", "ocr", "class_nouns")
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class _ConceptReader:
    """Checks one raw ``[[concept]]`` table and builds the record."""

    def __init__(self, path: str, index: int, lines: BlockLines) -> None:
        self.path, self.index, self.lines = path, index, lines
        self.problems: list[Problem] = []
        self.key = f"concept #{index + 1}"

    def report(self, message: str, section: str = "", key: str = "",
               severity: Severity = "error", code: str = "") -> None:
        line = self.lines.line(self.index, section, key)
        code = code or ("unknown-field" if severity == "warning" else "glossary-entry")
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
        if category is None:
            self.report(f"{cid}: no category; add a line category = \"...\" with one of "
                        f"{', '.join(CATEGORIES)}")
        elif not isinstance(category, str) or category not in CATEGORIES:
            from .tomlblocks import toml_value  # only for the message

            self.report(f"{cid}: category {toml_value(category)} is not one of "
                        f"{', '.join(CATEGORIES)}", key="category")
        sides = {lang: self._side(raw.get(lang), lang) for lang in LANGUAGES}
        see_also = self._string_list(raw.get("see_also", []), "", "see_also")
        if cid in see_also:
            self.report(f"{cid}: see_also names the concept itself; remove {cid!r} from it",
                        key="see_also")
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
            self._check_xml_chars(text[key], lang, key)
            self._no_controls(text[key], lang, key)
        lists = {k: self._string_list(raw.get(k, []), lang, k) for k in _SIDE_LISTS}
        self._need_letters(text["term"], lang, "term")
        for key in _SIDE_LISTS:
            for form in lists[key]:
                self._need_letters(form, lang, key)
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

    def _check_xml_chars(self, value: str, lang: str, key: str) -> None:
        # TOML escapes can write them; XML exports would have to drop them silently.
        bad = _XML_FORBIDDEN.search(value)
        if bad and unicodedata.category(bad.group()) != "Cc":  # controls: _no_controls
            self.report(f"{self.key}: {lang}.{key} holds U+{ord(bad.group()):04X}, which XML "
                        "1.0 forbids; delete the character", lang, key, "warning",
                        "xml-forbidden-char")

    def _no_controls(self, value: str, lang: str, key: str) -> None:
        # An escape or other control character would reach terminals and pages as is.
        bad = next((ch for ch in value if unicodedata.category(ch) == "Cc"), None)
        if bad is not None:
            self.report(f"{self.key}: {lang}.{key} holds the control character "
                        f"U+{ord(bad):04X}; remove it", lang, key)

    def _need_letters(self, form: str, lang: str, key: str) -> None:
        if key != "term":  # the term was checked with the definition
            self._no_controls(form, lang, key)
        # A form of punctuation alone ("-", "—", "?") would link every dash in every text.
        # OCR damage may turn letters into digits ("İİT" read as "110"), so those may.
        if not any(ch.isalpha() or (key == "ocr" and ch.isdigit()) for ch in form):
            kind = "a letter or digit" if key == "ocr" else "a letter"
            self.report(f"{self.key}: {lang}.{key} {form!r} has no letter; a form needs at "
                        f"least {kind}", lang, key)

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


def read_glossary_text(text: str, path: str) -> FileReport:
    """Parse glossary TOML *text*; *path* is only used in messages."""
    import tomllib  # only when no cached result exists

    from .tomlblocks import BlockLines, parse_blockwise, stray_tables, syntax_problem

    report = FileReport(path)
    lines = BlockLines(text)
    try:
        data = tomllib.loads(text)
        raw_concepts = data.get("concept", [])
        report.problems.extend(stray_tables(data, path, lines))
    except RecursionError:  # tomllib recurses once per nesting level
        report.problems.append(Problem(path, 1, "not valid glossary TOML: arrays or tables "
                                       "nested too deeply", path, "error", "glossary-syntax"))
        return report
    except tomllib.TOMLDecodeError as exc:
        if not lines.blocks:
            report.problems.append(syntax_problem(exc, path))
            return report
        raw_concepts, syntax = parse_blockwise(text, path, lines)
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
    except UnreadableFile as exc:
        return FileReport(name, problems=[exc.problem()])
    stamp = _reader_stamp()
    # the cache is keyed by these very bytes, which decoded when it was written:
    # a build that finds it never decodes the text (a megabyte for the shipped file)
    cached = load_cached(Path(path), raw, stamp)
    if cached is not None:
        return cached
    try:
        text = decode_utf8(raw, path)
    except UnreadableFile as exc:
        return FileReport(name, problems=[exc.problem()])
    report = read_glossary_text(text.removeprefix("\ufeff"), name)
    store_cached(Path(path), raw, stamp, report)
    return report


def _reader_stamp() -> int:
    """What a cached report depends on: this reader, the records and the cache format."""
    if not _STAMP:
        # the block reader by name: a build that finds its cache never imports it
        _STAMP.append(source_stamp([sys.modules[__name__], guardfields, anaphorafields, model,
                                    cache, f"{__package__}.tomlblocks"]))
    return _STAMP[0]


_STAMP: list[int] = []
