"""Reading text files, and finding a line and column in text.

Every reader of the project goes through :func:`read_utf8`, so an unreadable
file, a directory, binary data or bytes that are not UTF-8 become one
:class:`~caglossary.errors.UnreadableFile` that names the path and, for bad
bytes, the line — never an ``OSError`` or ``UnicodeDecodeError`` traceback.
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from ..errors import UnreadableFile

__all__ = ["LineIndex", "decode_utf8", "read_bytes", "read_utf8"]


def read_bytes(path: str | Path) -> bytes:
    """The bytes of *path*, or :class:`UnreadableFile` saying why not."""
    try:
        return Path(path).read_bytes()
    except IsADirectoryError:
        raise UnreadableFile(str(path), 0, "is a folder; give a file", "file-unreadable") from None
    except FileNotFoundError:
        raise UnreadableFile(str(path), 0, "no such file; check the path",
                             "file-missing") from None
    except OSError as exc:
        raise UnreadableFile(str(path), 0, f"cannot read the file: {exc.strerror or exc}",
                             "file-unreadable") from None


def decode_utf8(raw: bytes, path: str | Path, *, encoding: str = "utf-8") -> str:
    """*raw* decoded, or :class:`UnreadableFile` naming the bad line.

    A byte-order mark stays in the text (offsets index the file's text and
    nothing else); data readers drop it themselves.
    """
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


class LineIndex:
    """Line and column of any offset in one text, after one pass over it.

    Lines end at ``\\n`` only, as editors and ``grep -n`` count them; looking an
    offset up is a binary search, so reporting n positions costs O(n log n).
    """

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        at = find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = find("\n", at + 1)
        self._starts = starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of *offset*."""
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1
