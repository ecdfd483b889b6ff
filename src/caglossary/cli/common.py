"""Helpers shared by the commands."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import CaglossaryError, UnreadableFile

if TYPE_CHECKING:
    from ..recognition.glossary import Glossary

__all__ = ["UsageError", "emit_json", "load_user_glossary", "read_text_file", "require_files"]


class UsageError(CaglossaryError):
    """Bad usage or unreadable input: exit code 2."""

    def __init__(self, message: str, key: str = "") -> None:
        super().__init__(key, message)


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def load_user_glossary(args: argparse.Namespace) -> Glossary:
    """The built-in glossary extended by ``--glossary`` files; bad files stop with exit 2."""
    from .. import glossary, load_glossary

    paths = list(getattr(args, "glossary", []) or [])
    if not paths:
        return glossary()
    require_files(paths, "glossary", "--glossary")
    from .inputs import check_glossary_files

    check_glossary_files(paths)
    loaded = load_glossary(paths)
    errors = [p for p in loaded.problems if p.severity == "error"]
    for problem in loaded.problems:
        print(problem, file=sys.stderr)
    if errors and not len(loaded):
        raise UsageError(f"caglossary: no usable concept in {', '.join(paths)}")
    return loaded


def require_files(paths: list[str], kind: str, option: str) -> None:
    """Stop with exit 2 naming the first of *paths* that is not a file."""
    for path in paths:
        if not Path(path).is_file():
            raise UsageError(f"caglossary: {path}: no such {kind} file; check the path "
                             f"given to {option}", path)


def read_text_file(path: str) -> str:
    """Read a UTF-8 text file, or stop with a message naming the file (exit 2)."""
    from ..text.files import decode_utf8, read_bytes

    try:
        raw = read_bytes(path)
        if b"\x00" in raw[:8192]:
            raise UsageError(f"caglossary: {path}: looks like a binary file; give UTF-8 text", path)
        return decode_utf8(raw, path)
    except UnreadableFile as exc:
        raise UsageError(f"caglossary: {exc}", path) from None
