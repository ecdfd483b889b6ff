"""Where things are in a glossary TOML file: line numbers, blocks, stray tables.

``tomllib`` keeps no line numbers, and one syntax error makes it give up on
the whole file. This module finds the lines of ``[[concept]]`` blocks and
their keys itself, parses block by block when the whole file fails (one
syntax error costs one concept), and names top-level tables that are not
``[[concept]]`` — a typo such as ``[[concepts]]`` or ``[[Concept]]`` would
otherwise load nothing and say nothing.

Lines end at ``\\n`` only, as TOML counts them: U+2028, U+0085 and the other
separators that :meth:`str.splitlines` honours are ordinary characters inside
a TOML string, and counting them would shift every later line number.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import Problem

__all__ = ["SCHEMA", "BlockLines", "parse_blockwise", "stray_tables", "syntax_problem", "toml_value"]

_NAME = r"""(?:concept|"concept"|'concept')"""
_ARRAY_HEADER = re.compile(rf"^\s*\[\[\s*{_NAME}\s*\]\]")
# [[concepts]], [[Concept]]: not concepts, but a block of their own when parsing block-wise
_NEAR_MISS = re.compile(r"""^\s*\[\[\s*["']?concepts?["']?\s*\]\]""", re.IGNORECASE)
_SUB_HEADER = re.compile(rf"""^\s*\[\s*{_NAME}\s*\.\s*["']?([A-Za-z0-9_-]+)["']?\s*\]""")
_KEY_LINE = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")
_ANY_HEADER = re.compile(r"""^\s*\[\[?\s*["']?([^\]."']+)""")
_KNOWN_TOP_LEVEL = {"concept", "schema"}  # schema: the format version of the file
SCHEMA = 1  # the only version of the format there is
_TOML_AT_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


def toml_lines(text: str, keepends: bool = False) -> list[str]:
    """*text* cut at ``\\n`` only (see the module's note)."""
    pieces = text.split("\n")
    if keepends:
        pieces = [piece + "\n" for piece in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])
    elif pieces and not pieces[-1]:
        pieces.pop()
    return pieces


class BlockLines:
    """Line numbers of ``[[concept]]`` blocks and their keys."""

    def __init__(self, text: str) -> None:
        self.blocks: list[dict[tuple[str, str], int]] = []
        self.headers: dict[str, int] = {}  # first line of every top-level table name
        self.near_misses: list[int] = []
        section = ""
        in_multiline = False
        for number, line in enumerate(toml_lines(text), start=1):
            quotes = line.count('"""') + line.count("'''")
            if in_multiline:
                in_multiline = quotes % 2 == 0
                continue
            if header := _ANY_HEADER.match(line):
                self.headers.setdefault(header.group(1).strip(), number)
            if _ARRAY_HEADER.match(line):
                self.blocks.append({("", ""): number})
                section = ""
            elif _NEAR_MISS.match(line):
                self.near_misses.append(number)
            elif (sub := _SUB_HEADER.match(line)) and self.blocks:
                section = sub.group(1)
                self.blocks[-1][(section, "")] = number
            elif key := _KEY_LINE.match(line):
                if self.blocks:
                    self.blocks[-1].setdefault((section, key.group(1)), number)
                else:  # a top-level key such as schema: named at its own line
                    self.headers.setdefault(key.group(1), number)
            in_multiline = quotes % 2 == 1

    def line(self, index: int, section: str = "", key: str = "") -> int:
        if index >= len(self.blocks):
            return 0
        block = self.blocks[index]
        return block.get((section, key)) or block.get((section, "")) or block[("", "")]


def stray_tables(data: dict[str, Any], path: str, lines: BlockLines) -> list[Problem]:
    """A problem for every top-level name of *data* other than ``concept``, and for a
    ``schema`` other than the one this reader knows."""
    problems = []
    schema = data.get("schema", SCHEMA)
    if type(schema) is not int or schema != SCHEMA:
        # a file written for another version of the format would be read as this
        # one, its new fields dropped or misread without a word
        problems.append(Problem(path, lines.headers.get("schema", 1), (
            f"schema = {toml_value(schema)} is not a glossary format this caglossary reads; write "
            f"schema = {SCHEMA}, or update caglossary if the file was made for a newer one"),
            path, "error", "glossary-syntax"))
    for name in sorted(set(data) - _KNOWN_TOP_LEVEL):
        value = data[name]
        table = isinstance(value, dict) or (isinstance(value, list) and value
                                            and all(isinstance(v, dict) for v in value))
        line = lines.headers.get(name, 1)
        if table:
            problems.append(Problem(path, line, (
                f"unknown table {name!r}: its entries are not read; glossary entries are "
                "[[concept]] tables (lower case, singular)"), path, "error", "glossary-syntax"))
        else:
            problems.append(Problem(path, line, (
                f"unknown top-level key {name!r} is ignored; every field belongs inside a "
                "[[concept]] table"), path, "warning", "unknown-field"))
    return problems


def toml_value(value: Any) -> str:
    """*value* as the file writes it (``true``, ``"1"``), not as Python shows it
    (``True``, ``'1'``): a message quotes the user's own line."""
    import json

    try:
        return json.dumps(value, ensure_ascii=False, default=str)
    except ValueError:  # a nesting too deep for json: the type's name says enough
        return type(value).__name__


def syntax_problem(exc: Exception, path: str, first_line: int = 1) -> Problem:
    at = _TOML_AT_LINE.search(str(exc))
    detail = _TOML_AT_LINE.sub("", str(exc)).strip()
    line = first_line + int(at.group(1)) - 1 if at else first_line
    return Problem(path, line, f"not valid TOML: {detail}; fix the syntax on this line "
                   "(strings need double quotes)", path, "error", "glossary-syntax")


def parse_blockwise(text: str, path: str, lines: BlockLines) -> tuple[list, list[Problem]]:
    """Parse each ``[[concept]]`` block alone, so one syntax error costs one concept."""
    all_lines = toml_lines(text, keepends=True)
    concept_starts = {block[("", "")] for block in lines.blocks}
    starts = sorted(concept_starts | set(lines.near_misses)) + [len(all_lines) + 1]
    pieces = [(1, "".join(all_lines[: starts[0] - 1]))]
    pieces += [(a, "".join(all_lines[a - 1: b - 1])) for a, b in zip(starts, starts[1:])]
    import tomllib  # only when a glossary file is parsed, not read from the cache

    raw_concepts: list = []
    problems: list[Problem] = []
    for number, (first_line, piece) in enumerate(pieces):
        try:
            data = tomllib.loads(piece)
        except tomllib.TOMLDecodeError as exc:
            problems.append(syntax_problem(exc, path, first_line))
            data = {}
        except RecursionError:
            problems.append(Problem(path, first_line, "not valid TOML: nested too deeply",
                                    path, "error", "glossary-syntax"))
            data = {}
        problems += stray_tables(data, path, lines)
        if number and first_line in concept_starts:  # the preamble holds no concept
            concept = data.get("concept")
            raw_concepts.append(concept[0] if isinstance(concept, list) and concept else None)
    return raw_concepts, problems
