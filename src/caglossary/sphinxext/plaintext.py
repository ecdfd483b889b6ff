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
from dataclasses import dataclass

__all__ = ["TextParagraph", "text_paragraphs"]

_BLANK = re.compile(r"\n[ \t\f\v\u00a0]*\n")
_SOFT_BREAK = re.compile(r"(?<=\w)-[ \t]*\n[ \t]*(?=[^\W\d_])")


@dataclass(frozen=True, slots=True)
class TextParagraph:
    """One paragraph and the 1-based line of the source it starts on."""

    line: int
    text: str


def _join_soft_breaks(text: str) -> str:
    def join(match: re.Match[str]) -> str:
        following = text[match.end()]
        return "" if following.islower() else match.group()

    return _SOFT_BREAK.sub(join, text)


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
            found.append(TextParagraph(line, _join_soft_breaks("\n".join(lines))))
        pos = block.end() - 1 if block else len(text)
    return found
