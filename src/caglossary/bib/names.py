"""Person names in BibTeX ``author``/``editor`` values.

BibTeX's own rules — ``and`` between people; ``Last, First``, ``von Last,
Jr, First`` or ``First von Last``; a name wholly in braces is an organisation —
with Turkish-aware letters: case tests and initials use the Turkish rules, so
``ilber`` gives the initial ``İ.`` and ``ışık`` counts as lower case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.turkish import tr_upper

__all__ = ["Person", "display_text", "parse_names", "strip_braces"]

_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_UNESCAPED_BRACE = re.compile(r"(?<!\\)[{}]")
# A command the decoder does not know, written before its braced argument
# (\textbf{x}, \emph{x}, \mkbibquote{x}): without its braces it would glue to
# the argument ("\textbfx"), so a reader is shown the argument alone.
_COMMAND_BEFORE_ARGUMENT = re.compile(r"(?<!\\)\\[A-Za-z]+\s*(?=\{)")


@dataclass(frozen=True, slots=True)
class Person:
    """One author or editor; an organisation has only ``family`` and ``corporate``."""

    family: str
    given: str = ""
    prefix: str = ""  # the "von" part: van der, de, al-
    suffix: str = ""  # Jr, III
    corporate: bool = False

    @property
    def surname(self) -> str:
        """The family name as cited in running text: ``van der Berg``, ``Cooley``."""
        return f"{self.prefix} {self.family}".strip()

    def initials(self) -> str:
        """Initials of the given names: ``Sandra F.`` → ``S. F.``, ``Jean-Paul`` → ``J.-P.``."""
        words = []
        for word in self.given.split():
            parts = [p for p in word.split("-") if p]
            words.append("-".join(f"{tr_upper(p[0])}." for p in parts))
        return " ".join(words)

    def inverted(self) -> str:
        """``Family, I.`` for a reference list (organisations as written)."""
        if self.corporate or not self.given:
            return self.surname
        tail = f", {self.suffix}" if self.suffix else ""
        return f"{self.surname}, {self.initials()}{tail}"


def strip_braces(text: str) -> str:
    """*text* without grouping braces (escaped ``\\{`` ``\\}`` stay) and without the
    formatting commands before them (``\\textsc{x}`` is ``x``)."""
    return _UNESCAPED_BRACE.sub("", _COMMAND_BEFORE_ARGUMENT.sub("", text))


def display_text(text: str) -> str:
    """*text* as a reader sees it: no grouping braces, ``\\{ \\}`` shown as braces,
    and a formatting command (``\\emph{x}``) shown as its argument.

    Stored values keep the escapes and commands so that they stay BibTeX.
    """
    return strip_braces(text).replace("\\{", "{").replace("\\}", "}")


def _split_top(text: str, separator: re.Pattern[str] | str) -> list[str]:
    """Split at *separator* where it is outside braces."""
    depth, start, pieces = 0, 0, []
    pattern = separator if isinstance(separator, re.Pattern) else re.compile(re.escape(separator))
    protected = set()
    for index, char in enumerate(text):
        if char == "{":
            depth += 1
        elif char == "}":
            depth = max(0, depth - 1)
        if depth:
            protected.add(index)
    for match in pattern.finditer(text):
        if match.start() in protected:
            continue
        pieces.append(text[start:match.start()])
        start = match.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces]


def _is_lower_word(word: str) -> bool:
    # A braced word is case-protected, so it counts as capitalised.
    return bool(word) and word[0] != "{" and word[0].isalpha() and word[0].islower()


def _von_last(words: list[str]) -> tuple[str, str]:
    """Split ``von Last`` words: leading lower-case words form the prefix."""
    cut = 0
    while cut < len(words) - 1 and _is_lower_word(words[cut]):
        cut += 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def _parse_one(name: str) -> Person:
    if name.startswith("{") and name.endswith("}") and len(_split_top(name, " ")) == 1:
        return Person(strip_braces(name).strip(), corporate=True)
    parts = _split_top(name, ",")
    if len(parts) == 1:
        words = _split_top(name, " ")
        words = [w for w in words if w]
        first = 0
        while first < len(words) - 1 and not _is_lower_word(words[first]):
            first += 1
        given_words = words[:first] if first < len(words) - 1 else words[:-1]
        prefix, family = _von_last(words[len(given_words):])
        return Person(strip_braces(family), strip_braces(" ".join(given_words)),
                      strip_braces(prefix))
    prefix, family = _von_last([w for w in _split_top(parts[0], " ") if w])
    suffix = parts[1] if len(parts) > 2 else ""
    return Person(strip_braces(family), strip_braces(parts[-1]), strip_braces(prefix),
                  strip_braces(suffix))


def parse_names(value: str) -> tuple[Person, ...]:
    """The people in a BibTeX name list; ``others`` (as in ``and others``) is dropped."""
    names = [n for n in _split_top(" ".join(value.split()), _AND) if n]
    return tuple(_parse_one(n) for n in names if n.lower() != "others")
