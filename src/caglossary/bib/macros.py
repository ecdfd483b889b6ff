"""BibTeX values as written: ``@string`` macros, ``#`` concatenation, month names.

bibtexparser hands values over raw (braces and quotes on, macros unexpanded);
this module expands them the way BibTeX does and says which macro a value
uses without defining it, so the reader can name the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import Problem

__all__ = ["MACRO_NAME", "expand", "folded_key", "read_strings", "string_problem"]

_MONTHS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
#: What BibTeX accepts as a macro name: no space, no special character, no leading digit.
MACRO_NAME = re.compile(r"[^\s\d\"#%'(),={}][^\s\"#%'(),={}]*")


def folded_key(key: str) -> str:
    """What BibTeX compares entry keys and macro names by: ASCII identifiers, any case."""
    return key.lower()


def read_strings(blocks: list, path: str, problems: list[Problem]) -> dict[str, str]:
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
            problems.append(Problem(path, line, (
                f"duplicate key {name!r}: the @string macro is already defined (first at "
                f"line {first_line[folded_key(name)]}); this later definition is not used — "
                "remove one of them or give it another name"), name, code="bib-entry"))
            continue
        problem = string_problem(name, block.value, path, line)
        if problem:
            problems.append(problem)
            continue
        first_line[folded_key(name)] = line
        value, undefined = expand(block.value, strings)
        problems.extend(Problem(path, line, (
            f"@string macro {name!r} uses the undefined @string macro {piece!r}; "
            "define that one first or put the value in braces"), name, code="bib-entry")
            for piece in undefined)
        strings[folded_key(name)] = value
    return strings


def string_problem(name: str, raw: str, path: str, line: int) -> Problem | None:
    """Why an ``@string`` block defines nothing usable, or None when it is sound."""
    value = " ".join(raw.split())
    if not name:
        why = (f"@string with the value {value[:40]!r} has no macro name; write it as "
               "@string{name = {value}}")
    elif not MACRO_NAME.fullmatch(name):
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
    return piece.isdigit() or bool(MACRO_NAME.fullmatch(piece))


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


def expand(raw: str, strings: dict[str, str]) -> tuple[str, list[str]]:
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
