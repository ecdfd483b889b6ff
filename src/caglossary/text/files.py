"""Reading text files, and finding a line and column in text.

Every reader of the project goes through :func:`read_utf8`, so an unreadable
file, a directory, binary data or bytes that are not UTF-8 become one
:class:`~caglossary.errors.UnreadableFile` that names the path and, for bad
bytes, the line — never an ``OSError`` or ``UnicodeDecodeError`` traceback.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate, repeat
from operator import add, sub
from pathlib import Path

from ..errors import UnreadableFile

__all__ = ["MAX_BYTES", "LineIndex", "decode_utf8", "distinct_files", "printable", "read_bytes", "read_utf8",
           "wide_encoding"]

#: The largest input read (64 MiB). Reading stops one byte past it, so an
#: endless device such as ``/dev/zero`` or a runaway pipe costs that much memory
#: at most instead of all of it.
MAX_BYTES = 64 * 1024 * 1024


def distinct_files(paths: Iterable[str | Path]) -> list[str | Path]:
    """*paths* without the later ones that name a file met before.

    The same data file given twice (``--bib refs.bib --bib ./refs.bib``, a
    symbolic link, the bundled file named by its path) was read twice, and its
    every record then 'replaced' itself, a warning that failed a ``-W`` build.
    A path that cannot be examined stays, so reading it reports what is wrong.
    """
    import os

    seen: set[object] = set()
    kept = []
    for path in paths:
        try:
            found = os.stat(path)
            identity: object = (found.st_dev, found.st_ino)
        except (OSError, ValueError):
            identity = os.path.normcase(os.path.abspath(path))
        if identity not in seen:
            seen.add(identity)
            kept.append(path)
    return kept


# What was read from a pipe, /dev/stdin or another file that gives its bytes only
# once, by the path read: a command checks a data file before it loads it, and
# the second read of ``--bib <(…)`` found nothing, so its records were lost.
_READ_ONCE: dict[str, bytes] = {}


def read_bytes(path: str | Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of *path*, or :class:`UnreadableFile` saying why not.

    A file that is not a regular one (a pipe, a terminal) gives the same bytes
    each time it is read in this process.
    """
    import os
    import stat

    if str(path) in _READ_ONCE:
        return _READ_ONCE[str(path)]
    try:
        with open(path, "rb") as handle:
            raw = handle.read(limit + 1)
            once = not stat.S_ISREG(os.fstat(handle.fileno()).st_mode)
    except IsADirectoryError:
        raise UnreadableFile(str(path), 0, "is a folder; give a file", "file-unreadable") from None
    except FileNotFoundError:
        raise UnreadableFile(str(path), 0, "no such file; check the path",
                             "file-missing") from None
    except OSError as exc:
        raise UnreadableFile(str(path), 0, f"cannot read the file: {exc.strerror or exc}",
                             "file-unreadable") from None
    if len(raw) > limit:
        raise UnreadableFile(str(path), 0, f"is larger than {limit // (1024 * 1024)} MiB (or "
                             "endless); give a text file", "file-too-large")
    if once:
        _READ_ONCE[str(path)] = raw
    return raw


# Byte-order marks of the encodings Windows editors save as "Unicode"; UTF-32
# first, as its little-endian mark begins with UTF-16's.
_WIDE_MARKS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
               (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))


def wide_encoding(raw: bytes) -> str:
    """``"UTF-16"`` or ``"UTF-32"`` when *raw* begins with that byte-order mark, else ``""``."""
    return next((name for mark, name in _WIDE_MARKS if raw.startswith(mark)), "")


def decode_utf8(raw: bytes, path: str | Path, *, encoding: str = "utf-8") -> str:
    """*raw* decoded, or :class:`UnreadableFile` naming the bad line.

    A byte-order mark stays in the text (offsets index the file's text and
    nothing else); data readers drop it themselves. A UTF-16 or UTF-32 file is
    named as such: "byte 0xff on line 1" or "a binary file" told the user
    nothing they could act on.
    """
    wide = wide_encoding(raw) if encoding.lower().replace("-", "") == "utf8" else ""
    if wide:
        raise UnreadableFile(str(path), 1, f"is {wide} text, not UTF-8; save the file as "
                             "UTF-8", "file-encoding")
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise UnreadableFile(str(path), line, f"not valid {encoding.upper()} (byte "
                             f"{raw[exc.start]:#04x}); save the file as UTF-8",
                             "file-encoding") from None


def read_utf8(path: str | Path) -> str:
    """The text of a UTF-8 file, or :class:`UnreadableFile`."""
    return decode_utf8(read_bytes(path), path)


def printable(text: object) -> str:
    """*text* (a path, usually) safe on one terminal line: control characters, line and
    paragraph separators and undecodable bytes are shown as escapes (``\\n``,
    ``\\x1b``, ``\\u2028``) so a file name cannot break a message or drive the terminal."""
    text = str(text)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else
                   ch.encode("unicode_escape", "backslashreplace").decode("ascii")
                   for ch in text)


class LineIndex:
    """Line and column of any offset in one text, after one pass over it.

    Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r``, as editors count them and
    as ``caglossary build`` reads a text, so both name the same line. U+2028,
    U+0085 and the other Unicode separators do not end a line (``grep -n`` and
    TOML agree). Looking an offset up is a binary search.
    """

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        if "\r" in text:
            self._starts = [0, *map(re.Match.end, _LINE_END.finditer(text))]
        else:  # the lengths of the lines, summed: a third of the time of a match per line
            ends = accumulate(map(add, map(len, text.split("\n")), repeat(1)))
            self._starts = [0, *ends]
            self._starts.pop()  # the last "line" runs to the end of the text: no line after it
        if text.startswith("\ufeff"):
            # an editor hides a byte-order mark: the first line's columns start after it
            # (the mark itself, where nothing is ever found, reads as column 1 too)
            self._starts[0] = 1

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of *offset*."""
        offset = max(offset, self._starts[0])
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def lines_cols(self, offsets: Iterable[int]) -> tuple[list[int], list[int]]:
        """1-based lines and columns of many *offsets* (what :meth:`line_col` gives each)."""
        offsets = list(offsets)
        if self._starts[0]:
            offsets = [max(offset, 1) for offset in offsets]
        lines = list(map(bisect_right, repeat(self._starts), offsets))
        starts = map(self._starts.__getitem__, map(sub, lines, repeat(1)))
        return lines, list(map(add, map(sub, offsets, starts), repeat(1)))


_LINE_END = re.compile(r"\r\n?|\n")
