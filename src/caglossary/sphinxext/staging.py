"""The staged source tree of ``caglossary build``: what is copied, under which name.

The user's folder is read, never written. Every file in it that is not hidden
(no part of its path starts with ``.`` or ``_``) is staged under
``OUT/.caglossary/src``, so ``include``, ``literalinclude``, ``csv-table
:file:`` and images find their neighbours. ``.txt`` documents also get a small
reST page of their own. Staging is incremental (a copy keeps its modification
time and is skipped when unchanged) and removes whatever disappeared from the
folder, so a deleted document leaves no page behind.

A document name reaches reST (the generated index's toctree) and HTML (file
names, links), so it is used only when it is plainly a name: letters, digits
and ``- _ . , ( ) +`` and single spaces between path parts that do not start
with a space. Any other name — a newline, ``<``, a backquote, a control
character — is published under a safe name derived from it, and a name that
Sphinx or this build gives to a generated page (``search``, ``genindex``,
``glossary`` …) gets a ``-page`` suffix; both are reported.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CaglossaryError
from ..text.files import printable

__all__ = ["Stage", "StagedDocument", "StagingError", "scan_folder"]

DOCUMENT_SUFFIXES = (".txt", ".rst", ".md")
#: Pages the build itself publishes: Sphinx's own and this build's generated ones.
RESERVED = frozenset({"genindex", "search", "py-modindex", "glossary", "glossary-tr",
                      "glossary-en", "references"})
_LONGEST = 200  # bytes of one part of a name
_PLAIN_PART = re.compile(r"[\w\-.,()+]+(?: [\w\-.,()+]+)*")


class StagingError(CaglossaryError):
    """The folder cannot be staged (exit code 2)."""

    def __init__(self, message: str, key: str = "") -> None:
        super().__init__(key, message)


@dataclass(frozen=True, slots=True)
class StagedDocument:
    """One document: its path in the user's folder and its name in the site."""

    rel: Path
    docname: str
    renamed_because: str = ""


@dataclass
class FolderScan:
    """What the user's folder holds, in a stable order."""

    documents: list[StagedDocument] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)  # every other file, staged as it is
    notes: list[str] = field(default_factory=list)  # skipped or renamed, said once


def _plain(docname: str) -> bool:
    return all(_PLAIN_PART.fullmatch(part) for part in docname.split("/"))


def site_docname(rel: Path) -> tuple[str, str]:
    """The name *rel* is published under, and why it differs from its own (or "")."""
    docname = rel.with_suffix("").as_posix()
    # Sphinx adds ".rst.txt" to a name for its _sources copy; keep that under NAME_MAX.
    too_long = any(len(part.encode("utf-8", "surrogateescape")) > _LONGEST
                   for part in docname.split("/"))
    if too_long or not _plain(docname):
        digest = hashlib.sha256(docname.encode("utf-8", "surrogateescape")).hexdigest()[:8]
        readable = re.sub(r"[^\w\-.]+", "-", docname).strip("-.")[:40] or "document"
        why = "its name is too long" if too_long else \
            "its name holds characters that are not safe in a link"
        return f"{readable}-{digest}", why
    if docname in RESERVED:
        return f"{docname}-page", f"{docname!r} is the name of a page the build generates"
    return docname, ""


def _walk(source_dir: Path, skip: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """Every visible regular file under *source_dir*; unreadable folders stop the build."""
    found: list[Path] = []
    notes: list[str] = []
    root = source_dir.resolve()

    def unreadable(exc: OSError) -> None:
        raise StagingError(f"caglossary: {printable(exc.filename)}: cannot read the folder: "
                           f"{exc.strerror}; fix its permissions or move it out",
                           str(exc.filename))

    for folder, dirs, files in os.walk(source_dir, onerror=unreadable, followlinks=False):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_"))
                         and not any((here / d).resolve() == s for s in skip))
        for name in sorted(files):
            path = here / name
            if name.startswith((".", "_")):
                continue
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                notes.append(f"{printable(path)}: a link to a file outside the folder; not published")
                continue
            if path.is_file():
                found.append(path.relative_to(source_dir))
    return found, notes


def scan_folder(source_dir: Path, skip: Sequence[Path], markdown: bool) -> FolderScan:
    """The documents and other files of *source_dir*, with their site names."""
    paths, notes = _walk(source_dir, [s.resolve() for s in skip])
    scan = FolderScan(notes=notes)
    taken: dict[str, Path] = {}
    for rel in paths:
        suffix = rel.suffix.lower()
        if suffix not in DOCUMENT_SUFFIXES or (suffix == ".md" and not markdown):
            if suffix == ".md":
                scan.notes.append(f"{printable(source_dir / rel)}: Markdown needs myst-parser "
                                  "(pip install myst-parser); not published as a page")
            scan.files.append(rel)
            continue
        docname, why = site_docname(rel)
        if docname in taken:
            raise StagingError(f"caglossary: {printable(source_dir / rel)}: another document "
                               f"({printable(taken[docname])}) is also published as {docname!r}; "
                               "rename one of them", str(rel))
        taken[docname] = rel
        scan.documents.append(StagedDocument(rel, docname, why))
        if why:
            scan.notes.append(f"{printable(source_dir / rel)}: published as {docname}.html: {why}")
    return scan


class Stage:
    """The staged source tree; writes only what changed, removes what is gone."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.kept: set[Path] = set()

    def write(self, rel: Path | str, text: str) -> None:
        target = self.root / rel
        self.kept.add(target)
        data = text.encode("utf-8")
        if target.is_file() and target.read_bytes() == data:
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, data)

    def copy(self, source: Path, rel: Path | str) -> None:
        target = self.root / rel
        self.kept.add(target)
        stat = source.stat()
        if target.is_file() and not target.is_symlink() \
                and target.stat().st_mtime_ns == stat.st_mtime_ns \
                and target.stat().st_size == stat.st_size:
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = _temp_beside(target)
        try:
            shutil.copy2(source, temp)
            os.replace(temp, target)
        finally:
            temp.unlink(missing_ok=True)

    def prune(self) -> None:
        for path in sorted(self.root.rglob("*"), reverse=True):
            if path.is_dir() and not path.is_symlink():
                if not any(path.iterdir()):
                    path.rmdir()
            elif path not in self.kept:
                path.unlink()


def _temp_beside(target: Path) -> Path:
    # a short name: the target's own may already be as long as the file system allows
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".cag-", suffix=".tmp")
    os.close(handle)
    return Path(temp)


def write_atomically(target: Path, data: bytes) -> None:
    """Replace *target* with *data* in one step: a reader sees the old or the new file."""
    temp = _temp_beside(target)
    try:
        temp.write_bytes(data)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
