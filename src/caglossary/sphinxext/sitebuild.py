"""``caglossary build``: a research site from a folder of .txt/.rst/.md, no conf.py needed.

The source folder is never written to. Its documents are staged under
``OUT/.caglossary/src`` (copies keep their modification times, so rebuilds
are incremental): ``.rst``/``.md`` files as they are, each ``.txt`` as a small
reST page holding a ``caglossary-text`` directive, which reads the text as
paragraphs and never as markup. A generated ``index`` lists the documents and
the glossary and bibliography pages. Per-file settings live in an optional
``caglossary-build.toml`` in the source folder::

    title = "Site title"
    language = "tr"

    [files."003_scan.txt"]
    title = "A page title"
    ocr = true
"""

from __future__ import annotations

import fnmatch
import importlib.util
import shutil
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO, cast

from ..errors import CaglossaryError, UnreadableFile
from ..text.files import read_utf8

__all__ = ["BuildError", "BuildResult", "SiteSettings", "build_site", "read_settings"]

SETTINGS_FILE = "caglossary-build.toml"
_STAGE = ".caglossary"
_TEXTS = "_texts"
_COPIED = {".rst", ".md", ".png", ".jpg", ".jpeg", ".gif", ".svg"}
_RESERVED = {"index", "glossary", "glossary-tr", "glossary-en", "references"}
_RST_SPECIALS = "\\`*_|[]<>"


class BuildError(CaglossaryError):
    """The site cannot be built from this input (exit code 2)."""

    def __init__(self, message: str, key: str = "") -> None:
        super().__init__(key, message)


@dataclass(frozen=True, slots=True)
class FileSettings:
    title: str = ""
    ocr: bool = False


@dataclass(frozen=True)
class SiteSettings:
    """What ``caglossary-build.toml`` says (everything optional)."""

    title: str = ""
    language: str = ""
    files: dict[str, FileSettings] = field(default_factory=dict)


@dataclass(frozen=True)
class BuildResult:
    index_html: Path
    warnings: int
    documents: tuple[str, ...]


def _settings_error(path: Path, message: str) -> BuildError:
    return BuildError(f"caglossary: {path}: {message}", str(path))


def read_settings(source_dir: Path) -> SiteSettings:
    """The folder's ``caglossary-build.toml``, or defaults when there is none."""
    path = source_dir / SETTINGS_FILE
    if not path.is_file():
        return SiteSettings()
    try:
        raw = tomllib.loads(read_utf8(path).removeprefix("\ufeff"))
    except UnreadableFile as exc:
        raise BuildError(f"caglossary: {exc}", str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise _settings_error(path, f"{exc}; fix the TOML syntax") from None
    files = {}
    for name, table in (raw.get("files") or {}).items():
        if not isinstance(table, dict) or set(table) - {"title", "ocr"}:
            raise _settings_error(path, f'[files."{name}"] may only set title and ocr')
        files[name] = FileSettings(str(table.get("title", "")), bool(table.get("ocr", False)))
    language = str(raw.get("language", ""))
    if language not in ("", "tr", "en"):
        raise _settings_error(path, f"language = {language!r}: use 'tr' or 'en'")
    return SiteSettings(str(raw.get("title", "")), language, files)


def escape_rst(text: str) -> str:
    """*text* with every reST special backslash-escaped, so it stays literal text."""
    return "".join(f"\\{ch}" if ch in _RST_SPECIALS else ch for ch in " ".join(text.split()))


def _heading(title: str, mark: str) -> str:
    from docutils.utils import column_width

    escaped = escape_rst(title)
    return f"{escaped}\n{mark * max(column_width(escaped), 3)}\n"


def _check_utf8(path: Path) -> None:
    try:
        read_utf8(path)
    except UnreadableFile as exc:
        raise BuildError(f"caglossary: {exc}", str(path)) from None


def _sources(source_dir: Path, skip: Sequence[Path]) -> list[Path]:
    markdown = importlib.util.find_spec("myst_parser") is not None
    found = []
    for path in sorted(source_dir.rglob("*")):
        rel = path.relative_to(source_dir)
        if any(part.startswith((".", "_")) for part in rel.parts) or not path.is_file():
            continue
        if any(path.is_relative_to(s) for s in skip):
            continue
        suffix = path.suffix.lower()
        if suffix == ".txt" or suffix in _COPIED and (suffix != ".md" or markdown):
            found.append(rel)
    return found


class _Stage:
    """The staged source tree; writes only what changed, removes what is gone."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.kept: set[Path] = set()

    def write(self, rel: Path | str, text: str) -> None:
        target = self.root / rel
        self.kept.add(target)
        if target.is_file() and target.read_text(encoding="utf-8") == text:
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def copy(self, source: Path, rel: Path | str) -> None:
        target = self.root / rel
        self.kept.add(target)
        stat = source.stat()
        if target.is_file() and target.stat().st_mtime_ns == stat.st_mtime_ns \
                and target.stat().st_size == stat.st_size:
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)

    def prune(self) -> None:
        for path in sorted(self.root.rglob("*"), reverse=True):
            if path.is_file() and path not in self.kept:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()


def _text_page(rel: Path, settings: FileSettings, original: Path) -> str:
    title = settings.title or rel.stem
    lines = [_heading(title, "=")]
    if settings.ocr:
        lines.append(".. caglossary-ocr::\n")
    lines.append(f".. caglossary-text:: /{_TEXTS}/{rel.as_posix()}\n"
                 f"   :source-path: {original}\n")
    return "\n".join(lines)


def _stage_documents(source_dir: Path, stage: _Stage, settings: SiteSettings,
                     skip: Sequence[Path]) -> tuple[list[str], dict[str, bool]]:
    docnames: list[str] = []
    ocr: dict[str, bool] = {}
    for rel in _sources(source_dir, skip):
        suffix = rel.suffix.lower()
        docname = rel.with_suffix("").as_posix()
        if suffix in (".txt", ".rst", ".md"):
            if docname in docnames or docname in _RESERVED - {"index"}:
                raise BuildError(f"caglossary: {source_dir / rel}: another document is "
                                 f"also named {docname!r} (or the name is reserved for a generated "
                                 "page); rename the file", str(rel))
            docnames.append(docname)
        if suffix == ".txt":
            _check_utf8(source_dir / rel)
            file_settings = settings.files.get(rel.as_posix(), FileSettings())
            stage.copy(source_dir / rel, Path(_TEXTS) / rel)
            stage.write(rel.with_suffix(".rst"), _text_page(rel, file_settings, source_dir / rel))
            ocr[docname] = file_settings.ocr
        else:
            stage.copy(source_dir / rel, rel)
    return docnames, ocr


def _generated_pages(stage: _Stage, docnames: list[str], title: str, lang: str) -> None:
    from .i18n import translator

    _ = translator(lang)
    other = "en" if lang == "tr" else "tr"
    views = _("English → Turkish") if lang == "tr" else _("Turkish → English")
    stage.write("glossary.rst", f"{_heading(_('Glossary'), '=')}\n"
                f".. caglossary-glossary::\n   :lang: {lang}\n")
    stage.write(f"glossary-{other}.rst", f"{_heading(views, '=')}\n"
                f".. caglossary-glossary::\n   :lang: {other}\n")
    stage.write("references.rst", f"{_heading(_('References'), '=')}\n"
                ".. caglossary-bibliography::\n")
    if "index" not in docnames:
        entries = "".join(f"   {d}\n" for d in docnames if d != "index")
        stage.write("index.rst", f"{_heading(title, '=')}\n.. toctree::\n   :maxdepth: 1\n\n"
                    f"{entries}   glossary\n   glossary-{other}\n   references\n")


def _ocr_documents(docnames: list[str], flagged: dict[str, bool],
                   globs: Sequence[str]) -> list[str]:
    chosen = {d for d, on in flagged.items() if on}
    for pattern in globs:
        chosen.update(d for d in flagged
                      if fnmatch.fnmatch(f"{d}.txt", pattern) or fnmatch.fnmatch(d, pattern)
                      or fnmatch.fnmatch(Path(d).name + ".txt", pattern))
    return sorted(chosen)


def build_site(source_dir: Path, out_dir: Path, *, ocr_globs: Sequence[str] = (),
               language: str = "", glossary_files: Sequence[str] = (),
               bib_files: Sequence[str] = (), quiet: bool = True,
               warning_stream: TextIO | None = None) -> BuildResult:
    """Build the HTML site of *source_dir* into *out_dir*; returns where index.html is."""
    if not source_dir.is_dir():
        raise BuildError(f"caglossary: {source_dir}: no such folder; give a folder of "
                         ".txt/.rst files", str(source_dir))
    settings = read_settings(source_dir)
    lang = language or settings.language or "en"
    out_dir = out_dir.resolve()
    stage = _Stage(out_dir / _STAGE / "src")
    docnames, flagged = _stage_documents(source_dir, stage, settings, skip=[out_dir])
    if not docnames:
        raise BuildError(f"caglossary: {source_dir}: no .txt, .rst or .md documents found",
                         str(source_dir))
    _generated_pages(stage, docnames, settings.title or source_dir.resolve().name, lang)
    stage.prune()
    overrides = _overrides(docnames, flagged, ocr_globs, lang, settings.title or
                           source_dir.resolve().name, glossary_files, bib_files)
    warnings = _run_sphinx(stage.root, out_dir, overrides, quiet, warning_stream)
    return BuildResult(out_dir / "index.html", warnings, tuple(docnames))


def _overrides(docnames: list[str], flagged: dict[str, bool], globs: Sequence[str],
               lang: str, title: str, glossary_files: Sequence[str],
               bib_files: Sequence[str]) -> dict[str, object]:
    markdown = importlib.util.find_spec("myst_parser") is not None
    # Sphinx's language gives <html lang>, Sphinx's own Turkish interface and
    # the search language (ours for tr, see search.py); docutils has no Turkish
    # module and falls back to English for its few generated words.
    return {
        "project": title, "language": lang, "html_search_language": lang,
        "caglossary_language": lang, "root_doc": "index",
        "extensions": ["caglossary", *(["myst_parser"] if markdown else [])],
        "source_suffix": {".rst": "restructuredtext", **({".md": "markdown"} if markdown
                                                          else {})},
        "exclude_patterns": [_TEXTS],
        "html_theme": "alabaster",
        "caglossary_ocr_documents": _ocr_documents(docnames, flagged, globs),
        "caglossary_glossary_files": [str(Path(p).resolve()) for p in glossary_files],
        "caglossary_bib_files": [str(Path(p).resolve()) for p in bib_files],
    }


def _run_sphinx(srcdir: Path, out_dir: Path, overrides: dict[str, object], quiet: bool,
                warning_stream: TextIO | None) -> int:
    import io
    import sys

    from sphinx.application import Sphinx
    from sphinx.util.docutils import docutils_namespace, patch_docutils

    stream = warning_stream if warning_stream is not None else sys.stderr
    counter = _CountingStream(stream)
    with patch_docutils(srcdir), docutils_namespace():
        app = Sphinx(srcdir, None, out_dir, out_dir / _STAGE / "doctrees", "html",
                     confoverrides=overrides, status=io.StringIO() if quiet else sys.stdout,
                     warning=cast(TextIO, counter), freshenv=False)
        app.build()
    return counter.count


class _CountingStream:
    """Passes Sphinx's warning output through and counts the warnings."""

    def __init__(self, stream: TextIO) -> None:
        self.stream, self.count = stream, 0

    def write(self, text: str) -> int:
        self.count += text.count("WARNING:") + text.count("ERROR:")
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()
