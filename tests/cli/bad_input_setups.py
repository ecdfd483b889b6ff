"""Inputs of the bad-input corpus that cannot live in git, made in a temporary folder.

A case with ``prepare = "name"`` gets the function of that name run on the
run's temporary folder before the commands; its ``{tmp}`` paths point there.
File names with newlines or escape sequences, links and permissions do not
survive a checkout everywhere, so they are written here.
"""

from __future__ import annotations

import os
from pathlib import Path

DOC = "Şanghay İşbirliği Örgütü üzerine kısa bir not.\n"


def _write(path: Path, text: str = DOC) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def hostile_names(tmp: Path) -> None:
    """Markup, reST and terminal escapes in the names of the folder and its files."""
    site = tmp / "site<img src=x onerror=alert(1)>"
    _write(site / "a.txt")
    _write(site / "b\n\n.. raw:: html\n\n   <script>alert(1)</script>\n.txt")
    _write(site / "c\x1b[31mred.txt")
    _write(site / "d <e>`f`_.txt")
    _write(site / ("x" * 230 + ".txt"))
    _write(site / "trailing space .txt")


def link_outside(tmp: Path) -> None:
    """A document that is a link to a file outside the folder."""
    secret = _write(tmp / "outside" / "secret.txt", "private notes\n")
    site = tmp / "linked"
    _write(site / "a.txt")
    (site / "secret.txt").symlink_to(secret)


def looping_link(tmp: Path) -> None:
    """A file that cannot be opened by anyone, root included (ELOOP)."""
    (tmp / "loop.toml").symlink_to(tmp / "loop.toml")


def output_is_a_file(tmp: Path) -> None:
    _write(tmp / "a-file")


def read_only_output(tmp: Path) -> None:
    (tmp / "read-only").mkdir()
    os.chmod(tmp / "read-only", 0o555)


def unreadable_subfolder(tmp: Path) -> None:
    _write(tmp / "closed-site" / "a.txt")
    _write(tmp / "closed-site" / "private" / "b.txt")
    os.chmod(tmp / "closed-site" / "private", 0)


def unreadable_document(tmp: Path) -> None:
    _write(tmp / "closed-doc" / "a.txt")
    os.chmod(_write(tmp / "closed-doc" / "b.rst", "B\n=\n\nText.\n"), 0)


def unreadable_settings(tmp: Path) -> None:
    _write(tmp / "closed-settings" / "a.txt")
    os.chmod(_write(tmp / "closed-settings" / "caglossary-build.toml", 'title = "x"\n'), 0)


def output_inside_source(tmp: Path) -> None:
    _write(tmp / "with-out" / "a.txt")
