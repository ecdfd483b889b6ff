"""Reading one BibTeX file: its entries with line numbers, and every problem.

bibtexparser 2 does the splitting into blocks (it keeps going after a bad
block and marks duplicate keys instead of stopping, unlike pybtex). Values are
read raw — enclosing braces and quotes still on, ``@string`` macros not yet
expanded — so the checks here can see what the parser would hide: a raw ``%``,
an undefined macro, unbalanced braces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Problem, UnreadableFile
from ..text.files import decode_utf8, read_bytes

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
_MONTHS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
#: What BibTeX accepts as a macro name: no space, no special character, no leading digit.
_MACRO_NAME = re.compile(r"[^\s\d\"#%'(),={}][^\s\"#%'(),={}]*")


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
        # Read on with replacement characters: every entry that decodes still loads.
        report = read_bib_text(raw.decode("utf-8", errors="replace").removeprefix("\ufeff"), name)
        report.problems.insert(0, Problem(name, exc.line, (
            f"{exc.reason}; characters that could not be read show as U+FFFD"),
            name, "error", exc.code))
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
                         f"{__package__}.bibcache"])


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
    strings = _read_strings(library.blocks, report)
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


def _read_strings(blocks: list, report: BibFileReport) -> dict[str, str]:
    """The ``@string`` macros by lower-case name; every bad or repeated one is a problem.

    Macro names are case-insensitive in BibTeX, so ``Pub`` repeats ``pub`` although
    bibtexparser (which compares names exactly) only flags the exact repeat. The
    first definition is kept, as bibtexparser keeps it.
    """
    from bibtexparser import model

    strings: dict[str, str] = {}
    first_line: dict[str, int] = {}
    for block in blocks:
        if isinstance(block, model.DuplicateBlockKeyBlock):
            block = block.ignore_error_block
        if not isinstance(block, model.String):
            continue
        line, name = (block.start_line or 0) + 1, block.key.strip()
        if folded_key(name) in first_line:
            report.problems.append(Problem(report.path, line, (
                f"duplicate key {name!r}: the @string macro is already defined (first at "
                f"line {first_line[folded_key(name)]}); this later definition is not used — "
                "remove one of them or give it another name"), name, code="bib-entry"))
            continue
        problem = _string_problem(name, block.value, report.path, line)
        if problem:
            report.problems.append(problem)
            continue
        first_line[folded_key(name)] = line
        value, undefined = _expand(block.value, strings)
        for piece in undefined:
            report.problems.append(Problem(report.path, line, (
                f"@string macro {name!r} uses the undefined @string macro {piece!r}; "
                "define that one first or put the value in braces"), name, code="bib-entry"))
        strings[folded_key(name)] = value
    return strings


def _string_problem(name: str, raw: str, path: str, line: int) -> Problem | None:
    """Why an ``@string`` block defines nothing usable, or None when it is sound."""
    value = " ".join(raw.split())
    if not name:
        why = (f"@string with the value {value[:40]!r} has no macro name; write it as "
               "@string{name = {value}}")
    elif not _MACRO_NAME.fullmatch(name):
        why = (f"@string macro name {name!r} is not a BibTeX name; use one word that "
               "does not start with a digit")
    elif not value:
        why = f"@string macro {name!r} has no value; write it as @string{{{name} = {{value}}}}"
    elif not all(_is_one_value(piece) for piece in _top_level_parts(raw)):
        why = (f"@string macro {name!r} has a value that cannot be read ({value[:40]!r}); "
               f"define one macro per @string, as @string{{{name} = {{value}}}}")
    else:
        return None
    return Problem(path, line, f"{why} — it is not loaded", name, code="bib-string")

def _is_one_value(piece: str) -> bool:
    """A braced or quoted text, a number or a macro name — one operand of ``#``."""
    if piece[:1] in "{\"":
        return 0 < _closing_index(piece) == len(piece) - 1
    return piece.isdigit() or bool(_MACRO_NAME.fullmatch(piece))


def _closing_index(text: str) -> int:
    """Index of the brace or quote that closes the one opening *text*, or -1."""
    depth = 0
    for index, char in enumerate(text):
        depth += (char == "{") - (char == "}")
        if text[0] == "{" and depth == 0:
            return index
        if text[0] == '"' and char == '"' and depth == 0 and index > 0:
            return index
    return -1


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


def folded_key(key: str) -> str:
    """What BibTeX compares entry keys and macro names by: ASCII identifiers, any case."""
    return key.lower()


def key_case_clash(key: str, other: str, where: str, path: str, line: int) -> Problem:
    """The warning for *key* differing from *other* (found *where*) only in case."""
    return Problem(path, line, (
        f"{key}: differs from the key {other!r} {where} only in letter case; BibTeX takes "
        "them for one key and biber for two — rename one of them"), key, "warning",
        code="bib-key-case")

def _field_value(raw: str, name: str, key: str, strings: dict[str, str],
                 report: BibFileReport, line: int) -> str:
    value, undefined = _expand(raw, strings)
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


def _expand(raw: str, strings: dict[str, str]) -> tuple[str, list[str]]:
    """*raw* with its ``#`` parts joined and macros expanded; the undefined macros."""
    pieces, undefined = [], []
    for piece in _top_level_parts(raw):
        if not piece or piece[:1] in "{\"" or piece.isdigit():
            pieces.append(_unquote(piece))
        elif folded_key(piece) in strings:
            pieces.append(strings[folded_key(piece)])
        elif piece.lower() in _MONTHS:
            pieces.append(piece.lower())
        else:
            undefined.append(piece)
            pieces.append(piece)
    return "".join(pieces), undefined


def _top_level_parts(raw: str) -> Iterator[str]:
    """The pieces of a ``#`` concatenation, outside braces and quotes."""
    depth, quoted, start = 0, False, 0
    for index, char in enumerate(raw):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == '"' and depth == 0:
            quoted = not quoted
        elif char == "#" and depth == 0 and not quoted:
            yield raw[start:index].strip()
            start = index + 1
    yield raw[start:].strip()


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] + value[-1] in ("{}", '""'):
        return value[1:-1]
    return value
