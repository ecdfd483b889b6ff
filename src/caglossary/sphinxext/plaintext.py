"""Plain text as paragraphs, for ``caglossary build`` and the ``caglossary-text`` directive.

A blank line separates paragraphs. A word broken across lines with a hyphen
is joined again only where the next line starts with a lower-case letter
(``Kazakis-`` + ``tan``); a hyphen before a capital (``Türkiye-`` +
``Kazakistan``) is a real one and stays. Everything else — note markers such
as ``[1]``, asterisks, backquotes — is kept exactly: the text becomes docutils
text nodes directly and is never parsed as markup.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

__all__ = ["TextParagraph", "text_paragraphs"]

_BLANK = re.compile(r"\n[ \t\f\v\u00a0]*\n")
_WORD = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class TextParagraph:
    """One paragraph, the 1-based line it starts on and where its other lines start.

    ``line_starts`` holds the offset in ``text`` of each source line after the
    first, so an offset maps back to its line even where a soft hyphenation
    joined two lines into one word.
    """

    line: int
    text: str
    line_starts: tuple[int, ...] = ()

    def line_of(self, offset: int) -> int:
        """The source line holding ``text[offset]``."""
        return self.line + bisect_right(self.line_starts, offset)


def _soft_break(before: str, after: str) -> bool:
    # a word broken at the line end: a letter, a hyphen, then a lower-case letter
    return (len(before) > 1 and before[-1] == "-" and _WORD.match(before[-2]) is not None
            and after[:1].islower())


def _join_lines(lines: list[str]) -> tuple[str, tuple[int, ...]]:
    pieces, starts, size = [lines[0]], [], len(lines[0])
    for line in lines[1:]:
        if _soft_break(pieces[-1], line):
            pieces[-1] = pieces[-1][:-1]
            size -= 1
        else:
            pieces.append("\n")
            size += 1
        starts.append(size)
        pieces.append(line)
        size += len(line)
    return "".join(pieces), tuple(starts)


def text_paragraphs(text: str) -> list[TextParagraph]:
    """The paragraphs of *text*, lines trimmed, soft hyphenation joined."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    found: list[TextParagraph] = []
    pos = 0
    for block in [*_BLANK.finditer(text), None]:
        end = block.start() if block else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip("\n"))
            line = text.count("\n", 0, pos) + lead + 1
            lines = [part.strip() for part in chunk.strip("\n").split("\n")]
            found.append(TextParagraph(line, *_join_lines(lines)))
        pos = block.end() - 1 if block else len(text)
    return found
