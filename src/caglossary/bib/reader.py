"""Reading one BibTeX file: its entries with line numbers, and every problem.

bibtexparser 2 does the splitting into blocks (it keeps going after a bad
block and marks duplicate keys instead of stopping, unlike pybtex). Values are
read raw — enclosing braces and quotes still on, ``@string`` macros not yet
expanded — so the checks here can see what the parser would hide: a raw ``%``,
an undefined macro, unbalanced braces.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Problem, UnreadableFile
from ..text.files import decode_utf8, read_bytes, wide_encoding
from .macros import expand, folded_key, read_strings

__all__ = ["ENTRY_TYPES", "BibFileReport", "RawEntry", "folded_key", "key_case_clash",
           "read_bib_file", "read_bib_text"]

#: Entry types of BibTeX and biblatex; anything else is reported.
ENTRY_TYPES = frozenset("""
article book mvbook inbook bookinbook suppbook booklet collection mvcollection
incollection suppcollection dataset manual misc online patent periodical
suppperiodical proceedings mvproceedings inproceedings reference mvreference
inreference report set software thesis unpublished xdata conference electronic
mastersthesis phdthesis techreport www artwork audio bibnote commentary image
jurisdiction legislation legal letter movie music performance review standard video
""".split())


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One entry as read: decoded Unicode values, in the order written."""

    key: str
    entry_type: str
    fields: tuple[tuple[str, str], ...]
    path: str
    line: int


@dataclass(slots=True)
class BibFileReport:
    path: str
    entries: list[RawEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_bib_file(path: str | Path) -> BibFileReport:
    """Read *path*; an unreadable or non-UTF-8 file is a problem, not an exception."""
    name = str(path)
    try:
        raw = read_bytes(path)
    except UnreadableFile as exc:
        return BibFileReport(name, problems=[exc.problem()])
    try:
        text = decode_utf8(raw, path)
    except UnreadableFile as exc:
        if wide_encoding(raw):  # UTF-16 or UTF-32: read on, it would be all U+FFFD
            return BibFileReport(name, problems=[exc.problem()])
        # Read on with replacement characters: every entry that decodes still loads.
        report = read_bib_text(raw.decode("utf-8", errors="replace").removeprefix("\ufeff"), name)
        report.problems.insert(0, Problem(name, exc.line, (
            f"{exc.reason}; characters that could not be read show as U+FFFD"),
            name, "error", "file-damaged"))
        return report
    from .bibcache import load_payload, store_payload

    stamp = _own_stamp()
    cached = _unpack(name, load_payload(name, raw, stamp))
    if cached is not None:
        return cached
    report = read_bib_text(text.removeprefix("\ufeff"), name)
    if all(problem.path == name for problem in report.problems):  # reloads under this name
        store_payload(name, raw, stamp, _pack(name, report))
    return report


def _own_stamp() -> int:
    import sys

    from ..termbase.cache import source_stamp

    # by name: the LaTeX decoder's source is stamped without running it
    return source_stamp([sys.modules[__name__], f"{__package__}.latex",
                         f"{__package__}.macros", f"{__package__}.bibcache"])


def _pack(path: str, report: BibFileReport) -> tuple:
    # a file-level problem is keyed by the path: stored as None, so a report
    # reloaded under another spelling of the path names that spelling
    return ([(e.key, e.entry_type, e.fields, e.line) for e in report.entries],
            [(p.line, p.message, None if p.key == path else p.key, p.severity, p.code)
             for p in report.problems])


def _unpack(path: str, payload: Any) -> BibFileReport | None:
    try:
        entries, problems = payload
        return BibFileReport(path, [RawEntry(k, kind, fields, path, line)
                                    for k, kind, fields, line in entries],
                             [Problem(path, line, message, path if key is None else key,
                                      severity, code)
                              for line, message, key, severity, code in problems])
    except (TypeError, ValueError):  # no payload, or one of another shape
        return None


def read_bib_text(text: str, path: str = "<string>") -> BibFileReport:
    """Entries and problems of BibTeX *text* (``path`` names it in messages)."""
    import logging  # with the parser: a cached file needs neither

    import bibtexparser
    from bibtexparser import model

    report = BibFileReport(path)
    quiet = logging.getLogger("bibtexparser")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # the parser's log lines become Problems below
    try:
        library = bibtexparser.parse_string(text, parse_stack=[])
    finally:
        quiet.setLevel(level)
    strings = read_strings(library.blocks, path, report.problems)
    first_line: dict[str, int] = {}
    spelled: dict[str, str] = {}  # lower-case key → the key as first written
    for block in library.blocks:
        line = (block.start_line or 0) + 1
        if isinstance(block, model.Entry):
            _read_entry(block, line, strings, report, first_line)
            _check_key_case(block.key.strip(), line, report, (spelled, first_line))
        elif isinstance(block, model.DuplicateBlockKeyBlock):
            if not isinstance(block.ignore_error_block, model.String):  # strings: above
                report.problems.append(Problem(path, line, (
                    f"duplicate key {block.key!r} (first at line "
                    f"{first_line.get(block.key, '?')}); this later entry is not loaded — "
                    "give one of them another key"), block.key, code="bib-entry"))
        elif isinstance(block, model.ParsingFailedBlock):
            report.problems.append(_failed_block_problem(block, path, line))
    report.problems.sort(key=lambda problem: problem.line)  # stable: file order
    return report


def _failed_block_problem(block: Any, path: str, line: int) -> Problem:
    raw = block.raw or ""
    error = getattr(block, "error", None)
    reason = " ".join(str(getattr(error, "abort_reason", "") or error or "").split())
    ran_on = "Unexpected block start" in reason or "end of" in reason.lower()
    if ran_on and raw.count("{") != raw.count("}"):
        opened, closed = raw.count("{"), raw.count("}")
        why = (f"has unbalanced braces ({opened} '{{' against {closed} '}}'); close every "
               "brace in this entry")
    else:
        why = f"cannot be parsed{': ' + reason if reason else ''}; check commas and '=' signs"
    head = raw.split("\n", 1)[0][:60]
    return Problem(path, line, f"entry {head!r} {why}; it is not loaded", code="bib-entry")


def _read_entry(block: Any, line: int, strings: dict[str, str], report: BibFileReport,
                first_line: dict[str, int]) -> None:
    path, key, entry_type = report.path, block.key.strip(), block.entry_type.lower()
    if not key:
        report.problems.append(Problem(path, line, (
            f"@{entry_type} entry has no key; add one after the opening brace — "
            "it is not loaded"), code="bib-entry"))
        return
    first_line.setdefault(key, line)
    if entry_type not in ENTRY_TYPES:
        report.problems.append(Problem(path, line, (
            f"{key}: unknown entry type @{entry_type}; use a BibTeX or biblatex type such "
            "as @article, @book, @online or @misc"), key, "warning", code="bib-entry"))
    fields = []
    for item in block.fields:
        name, where = item.key.lower(), (item.start_line or block.start_line or 0) + 1
        value = _field_value(item.value, name, key, strings, report, where)
        fields.append((name, value))
    report.entries.append(RawEntry(key, entry_type, tuple(fields), path, line))


def _check_key_case(key: str, line: int, report: BibFileReport,
                    seen: tuple[dict[str, str], dict[str, int]]) -> None:
    """Warn about a key that differs from an earlier one only in letter case."""
    spelled, first_line = seen
    other = spelled.setdefault(folded_key(key), key)
    if key and other != key:
        report.problems.append(key_case_clash(
            key, other, f"(line {first_line.get(other, '?')})", report.path, line))


def key_case_clash(key: str, other: str, where: str, path: str, line: int) -> Problem:
    """The warning for *key* differing from *other* (found *where*) only in case."""
    return Problem(path, line, (
        f"{key}: differs from the key {other!r} {where} only in letter case; BibTeX takes "
        "them for one key and biber for two — rename one of them"), key, "warning",
        code="bib-key-case")


def _field_value(raw: str, name: str, key: str, strings: dict[str, str],
                 report: BibFileReport, line: int) -> str:
    value, undefined = expand(raw, strings)
    for piece in undefined:
        report.problems.append(Problem(report.path, line, (
            f"{key}: field {name!r} uses the undefined @string macro {piece!r}; define "
            "it with @string or put the value in braces"), key, code="bib-entry"))
    value = " ".join(value.split())
    # only a parse needs the LaTeX decoder: a file read from the cache never imports it
    from .latex import VERBATIM_FIELDS, decode_latex, has_raw_percent

    if name in VERBATIM_FIELDS:
        return value
    if has_raw_percent(value) and not name.startswith("x-"):  # x-* fields are never typeset
        report.problems.append(Problem(report.path, line, (
            f"{key}: field {name!r} has a raw '%', which LaTeX reads as the start of a "
            "comment; write it as '\\%'"), key, "warning", code="bib-entry"))
    return decode_latex(value)
