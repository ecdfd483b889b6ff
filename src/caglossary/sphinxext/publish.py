"""Running Sphinx for ``caglossary build`` and publishing only what a finished build made.

``OUT/.caglossary`` holds the staged sources, Sphinx's doctrees and its HTML.
A marker file there says a build is under way; a build that finds it knows
the previous one was interrupted (Ctrl-C, a full disk) and rewrites every page,
so the search index holds every page again. The same full write follows a
change in the set of documents (one added, deleted or renamed): Sphinx would
otherwise keep its neighbours' stale next/previous links and the vanished
page's words in the search index. After Sphinx finishes, pages of
documents that no longer exist are dropped from its HTML, and the result is
published into ``OUT``: each changed file replaced in one step, each file that
an earlier build published and this one did not removed. ``OUT`` therefore
always holds whole files of a finished build.
"""

from __future__ import annotations

import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO, cast

from ..text.files import printable
from .staging import StagingError, write_atomically

__all__ = ["Output", "run_sphinx"]

_INTERNAL = ".caglossary"
_SPECIAL_PAGES = ("genindex.html", "search.html", "py-modindex.html")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@dataclass(frozen=True)
class Output:
    """Where one build writes; :meth:`prepare` checks it can."""

    root: Path

    @property
    def internal(self) -> Path:
        return self.root / _INTERNAL

    @property
    def stage_src(self) -> Path:
        return self.internal / "src"

    @property
    def html(self) -> Path:
        return self.internal / "html"

    @property
    def marker(self) -> Path:
        return self.internal / "build-in-progress"

    @property
    def documents(self) -> Path:
        return self.internal / "documents.txt"

    @property
    def manifest(self) -> Path:
        return self.internal / "published.txt"

    @classmethod
    def prepare(cls, out_dir: Path, source_dir: Path) -> Output:
        root = out_dir.resolve()
        if root.exists() and not root.is_dir():
            raise StagingError(f"caglossary: {printable(out_dir)}: is a file, not a folder; give -o a "
                               "folder (it is created if missing)", str(out_dir))
        if root == source_dir.resolve():
            raise StagingError(f"caglossary: {printable(out_dir)}: is the source folder, which the build "
                               "never writes to; give -o another folder", str(out_dir))
        try:
            (root / _INTERNAL).mkdir(parents=True, exist_ok=True)
            probe = root / _INTERNAL / "write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise StagingError(f"caglossary: {printable(out_dir)}: cannot write the output folder: "
                               f"{exc.strerror or exc}; choose another -o", str(out_dir)) from None
        return cls(root)


def run_sphinx(output: Output, overrides: dict[str, object], quiet: bool, stream: TextIO,
               user_paths: dict[str, str], docnames: list[str]) -> int:
    """Build, drop pages of vanished documents, publish; returns the warning count."""
    from sphinx.application import Sphinx
    from sphinx.util.console import nocolor
    from sphinx.util.docutils import docutils_namespace, patch_docutils

    listed = "".join(f"{d}\n" for d in sorted(docnames))
    rewrite_all = output.marker.exists() or not output.documents.is_file() \
        or output.documents.read_text(encoding="utf-8") != listed
    output.marker.write_bytes(b"")
    if rewrite_all:  # the search index is rebuilt from the pages, not patched
        (output.html / "searchindex.js").unlink(missing_ok=True)
    warnings = _WarningStream(stream, user_paths)
    if not warnings.colour:
        nocolor()
    with patch_docutils(output.stage_src), docutils_namespace():
        app = Sphinx(output.stage_src, None, output.html, output.internal / "doctrees", "html",
                     confoverrides=overrides, status=io.StringIO() if quiet else sys.stdout,
                     warning=cast(TextIO, warnings), freshenv=False)
        app.build(force_all=rewrite_all)
        _drop_stale(output.html, set(app.env.found_docs))
    _publish(output)
    write_atomically(output.documents, listed.encode("utf-8"))
    output.marker.unlink()
    return warnings.count


def _drop_stale(html: Path, docnames: set[str]) -> None:
    """Remove Sphinx's pages and sources of documents that are gone (Sphinx leaves them)."""
    pages = {f"{d}.html" for d in docnames} | set(_SPECIAL_PAGES)
    for path in html.rglob("*.html"):
        rel = path.relative_to(html).as_posix()
        if not rel.startswith("_static/") and rel not in pages:
            path.unlink()
    sources = html / "_sources"
    for path in sources.rglob("*.txt") if sources.is_dir() else ():
        rel = path.relative_to(sources).as_posix()
        if not any(rel.removesuffix(f"{s}.txt") in docnames for s in (".rst", ".md")):
            path.unlink()


def _publish(output: Output) -> None:
    previous = set(output.manifest.read_text(encoding="utf-8").splitlines()) \
        if output.manifest.is_file() else set()
    current = []
    for path in sorted(output.html.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(output.html).as_posix()
        current.append(rel)
        target = output.root / rel
        data = path.read_bytes()
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, data)
    for rel in sorted(previous - set(current), reverse=True):
        gone = output.root / rel
        gone.unlink(missing_ok=True)
        for parent in gone.parents:
            if parent == output.root or not parent.is_dir() or any(parent.iterdir()):
                break
            parent.rmdir()
    write_atomically(output.manifest, "".join(f"{rel}\n" for rel in current).encode("utf-8"))


class _WarningStream:
    """Sphinx's warnings, counted, naming the user's files, coloured only on a terminal."""

    def __init__(self, stream: TextIO, user_paths: dict[str, str]) -> None:
        self.stream, self.count, self.paths = stream, 0, user_paths
        isatty = getattr(stream, "isatty", None)
        self.colour = bool(isatty and isatty())
        longest_first = sorted(user_paths, key=len, reverse=True)
        self.pattern = re.compile("|".join(re.escape(p) for p in longest_first))

    def write(self, text: str) -> int:
        self.count += text.count("WARNING:") + text.count("ERROR:")
        text = self.pattern.sub(lambda m: self.paths[m.group(0)], text)
        if not self.colour:
            text = _ANSI.sub("", text)
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()
