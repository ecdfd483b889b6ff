"""The user's data files, checked before a command uses them.

A file given with ``--glossary`` or ``--bib`` that yields nothing because it
cannot be read, or is not the format the option takes (a ``.bib`` given as a
glossary, a RIS or CSL-JSON file given as BibTeX), stops the command with
exit 2 and one ``path: message`` line, instead of loading nothing quietly.
A file that is the right format but has bad entries is not stopped here: its
problems are reported by line and its good entries load.
"""

from __future__ import annotations

import re

import argparse
from typing import TYPE_CHECKING

from ..errors import UNREADABLE_CODES
from .common import UsageError, require_files, say

if TYPE_CHECKING:
    from ..recognition.glossary import Glossary

__all__ = ["check_bib_files", "check_glossary_files", "guess_format", "load_user_glossary"]

_STOPPING = UNREADABLE_CODES | {"glossary-syntax"}
_FORMATS = (
    (re.compile(r"^\s*TY  - ", re.MULTILINE), "RIS"),
    (re.compile(r"^\s*[\[{]\s*[\[{\"]"), "JSON (CSL-JSON?)"),
    (re.compile(r"^\s*\[\[?\s*[\w\"']+", re.MULTILINE), "TOML"),
    (re.compile(r"^\s*@\w+\s*[{(]", re.MULTILINE), "BibTeX"),
    (re.compile(r"^%PDF|^PK\x03\x04|\x00"), "binary"),
)


def guess_format(text: str) -> str:
    """What *text* looks like: "BibTeX", "RIS", "TOML", "JSON (CSL-JSON?)", "binary" or ""."""
    head = text[:20000]
    return next((name for pattern, name in _FORMATS if pattern.search(head)), "")


def _head(path: str) -> str:
    from ..errors import UnreadableFile
    from ..text.files import read_bytes

    try:  # read as the loader read it: a pipe gives its bytes once
        return read_bytes(path)[:20000].decode("utf-8", "replace")
    except UnreadableFile:
        return ""


def check_glossary_files(paths: list[str]) -> None:
    """Stop (exit 2) at the first glossary file that gives nothing and cannot be used."""
    from ..termbase.reader import read_glossary_file

    for path in paths:
        report = read_glossary_file(path)
        stopping = [p for p in report.problems if p.code in _STOPPING]
        if report.concepts or not stopping:
            continue
        kind = guess_format(_head(path))
        if kind not in ("", "TOML") and stopping[0].code == "glossary-syntax":
            raise UsageError(f"caglossary: {path}: looks like a {kind} file, not a glossary; "
                             "--glossary takes a TOML file of [[concept]] tables", path)
        raise UsageError(f"caglossary: {stopping[0]}", path)


def check_bib_files(paths: list[str]) -> None:
    """Stop (exit 2) at the first ``--bib`` file that is unreadable or not BibTeX."""
    from ..bib.reader import read_bib_file

    for path in paths:
        report = read_bib_file(path)
        unreadable = [p for p in report.problems if p.code.startswith("file-")]
        if unreadable and not report.entries:
            raise UsageError(f"caglossary: {unreadable[0]}", path)
        if report.entries:
            continue
        kind = guess_format(_head(path))
        if kind != "BibTeX":
            what = f"looks like a {kind} file" if kind else "holds no BibTeX entry"
            raise UsageError(f"caglossary: {path}: {what}; --bib takes BibTeX (.bib) files "
                             "with entries such as @article{key, …}", path)


def load_user_glossary(args: argparse.Namespace) -> Glossary:
    """The built-in glossary extended by ``--glossary`` files; bad files stop with exit 2."""
    from .. import glossary, load_glossary

    paths = list(getattr(args, "glossary", []) or [])
    if not paths:
        return glossary()
    require_files(paths, "glossary", "--glossary")
    check_glossary_files(paths)
    loaded = load_glossary(paths)
    errors = [p for p in loaded.problems if p.severity == "error"]
    for problem in loaded.problems:
        say(problem)
    if errors and not len(loaded):
        raise UsageError(f"caglossary: no usable concept in {', '.join(paths)}")
    return loaded
