"""Helpers shared by the commands."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, TextIO

from ..errors import CaglossaryError, UnreadableFile
from ..text.files import printable


__all__ = ["UsageError", "emit_json", "read_text_file", "refuse_idle_options", "require_files",
           "say", "text_of"]


class UsageError(CaglossaryError):
    """Bad usage or unreadable input: exit code 2."""

    def __init__(self, message: str, key: str = "") -> None:
        super().__init__(key, message)


def say(message: object, stream: TextIO | None = None) -> None:
    """*message* on one line of *stream* (standard error by default), its control
    characters escaped: a file name or a user's data must not drive the terminal."""
    print(printable(message), file=sys.stderr if stream is None else stream)


def refuse_idle_options(command: str, idle: dict[str, str]) -> None:
    """Stop with exit 2 on the first option of *idle* (flag → what it applies to).

    An option the chosen mode ignores would leave the user believing it took
    effect (``export -f tbx --template`` wrote no template), so it is refused.
    """
    if idle:
        flag, applies_to = next(iter(idle.items()))
        raise UsageError(f"caglossary {command}: {flag} applies only to {applies_to}; "
                         "drop it or choose what it applies to")


def emit_json(data: Any) -> None:
    """*data* as indented JSON on stdout, in one write (unbuffered streams stay fast)."""
    from .jsonout import indented_json

    sys.stdout.write(indented_json(data) + "\n")


def require_files(paths: list[str], kind: str, option: str) -> None:
    """Stop with exit 2 naming the first of *paths* that is not a file."""
    import os

    for path in paths:
        if not os.path.lexists(path):
            raise UsageError(f"caglossary: {path}: no such {kind} file; check the path "
                             f"given to {option}", path)
        if Path(path).is_dir():
            raise UsageError(f"caglossary: {path}: is a folder; give {option} a {kind} file",
                             path)
        # anything else that exists is read, and reading names what is wrong with it


def read_text_file(path: str) -> str:
    """Read a UTF-8 text file, or stop with a message naming the file (exit 2)."""
    from ..text.files import read_bytes

    try:
        raw = read_bytes(path)
    except UnreadableFile as exc:
        raise UsageError(f"caglossary: {exc}", path) from None
    return text_of(raw, path)


def text_of(raw: bytes, name: str) -> str:
    """*raw* (a file's or standard input's bytes) as UTF-8 text, or stop (exit 2) with
    a message naming *name*, the line and the fix: one check for every text input."""
    from ..text.files import decode_utf8, wide_encoding

    if b"\x00" in raw[:8192] and not wide_encoding(raw):
        raise UsageError(f"caglossary: {name}: looks like a binary file; give UTF-8 text", name)
    try:
        return decode_utf8(raw, name)
    except UnreadableFile as exc:
        raise UsageError(f"caglossary: {exc}", name) from None
