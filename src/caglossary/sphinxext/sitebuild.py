"""``caglossary build``: a research site from a folder of .txt/.rst/.md, no conf.py needed.

The source folder is never written to. Its files are staged under
``OUT/.caglossary/src`` (see :mod:`.staging`): ``.rst``/``.md`` files as they
are, each ``.txt`` as a small reST page holding a ``caglossary-text``
directive, which reads the text as paragraphs and never as markup. A
generated ``index`` lists the documents and the glossary and bibliography
pages (an ``index.txt`` becomes its text).

Sphinx writes into ``OUT/.caglossary/html``; only a build that finished is
published into ``OUT``, file by file with atomic replaces, and files an
earlier build published that this one did not produce are removed. A build
that was interrupted leaves a marker, and the next one rewrites every page,
so the search index is complete again. Warnings name the user's files, not
the staged copies. Per-file settings live in an optional
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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ..errors import UnreadableFile
from ..text.files import printable, read_utf8
from .publish import Output, run_sphinx
from .sitesettings import SETTINGS_FILE, FileSettings, SiteSettings, read_settings
from .staging import Stage, StagedDocument, StagingError, scan_folder

__all__ = ["BuildError", "BuildResult", "SETTINGS_FILE", "SiteSettings", "build_site",
           "escape_rst", "read_settings"]

BuildError = StagingError  # the site cannot be built from this input (exit code 2)
_RST_SPECIALS = "\\`*_|[]<>"
_TEMPLATES = Path(__file__).parent / "templates" / "site"


@dataclass(frozen=True)
class BuildResult:
    index_html: Path
    warnings: int
    documents: tuple[str, ...]


def escape_rst(text: str) -> str:
    """*text* with every reST special backslash-escaped, so it stays literal text."""
    return "".join(f"\\{ch}" if ch in _RST_SPECIALS else ch for ch in " ".join(text.split()))


def _heading(title: str, mark: str) -> str:
    from docutils.utils import column_width

    escaped = escape_rst(title) or "\\ "
    return f"{escaped}\n{mark * max(column_width(escaped), 3)}\n"


def _check_text(path: Path) -> None:
    """Stop at a document that cannot be read as UTF-8 text (exit 2, naming it)."""
    try:
        read_utf8(path)
    except UnreadableFile as exc:
        raise BuildError(f"caglossary: {exc}", str(path)) from None


def _text_page(doc: StagedDocument, text_rel: Path, settings: FileSettings) -> str:
    title = settings.title or doc.rel.stem
    lines = [_heading(title, "=")]
    if settings.ocr:
        lines.append(".. caglossary-ocr::\n")
    lines.append(f".. caglossary-text:: /{text_rel.as_posix()}\n")
    return "\n".join(lines)


def _stage(source_dir: Path, stage: Stage, settings: SiteSettings, scan_files: list[Path],
           documents: list[StagedDocument], toctree: str) -> dict[str, bool]:
    """Copy every file, write every text page; returns each text page's OCR setting."""
    for rel in scan_files:
        stage.copy(source_dir / rel, rel)
    ocr: dict[str, bool] = {}
    for doc in documents:
        _check_text(source_dir / doc.rel)
        suffix = doc.rel.suffix.lower()
        if suffix != ".txt":
            stage.copy(source_dir / doc.rel, doc.docname + suffix)
            continue
        # the text sits under its own name (for literalinclude) unless that name is unsafe
        text_rel = doc.rel if not doc.renamed_because else Path(doc.docname + ".txt")
        stage.copy(source_dir / doc.rel, text_rel)
        file_settings = settings.files.get(doc.rel.as_posix(), FileSettings())
        page = _text_page(doc, text_rel, file_settings)
        if doc.docname == "index":
            page = page.replace(".. caglossary-text::", f"{toctree}\n.. caglossary-text::", 1)
        stage.write(doc.docname + ".rst", page)
        ocr[doc.docname] = file_settings.ocr
    return ocr


def _toctree(docnames: list[str], lang: str) -> str:
    """The site's contents. Every docname is plain (staging renamed any other), so none
    can add markup."""
    other = "en" if lang == "tr" else "tr"
    entries = "".join(f"   {d}\n" for d in docnames if d != "index")
    return (f".. toctree::\n   :maxdepth: 1\n\n{entries}   glossary\n   glossary-{other}\n"
            "   references\n")


def _generated_pages(stage: Stage, docnames: list[str], title: str, lang: str) -> None:
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
        stage.write("index.rst", f"{_heading(title, '=')}\n{_toctree(docnames, lang)}")


def _ocr_documents(flagged: dict[str, bool], globs: Sequence[str]) -> list[str]:
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
    import sys

    if source_dir.exists() and not source_dir.is_dir():
        raise BuildError(f"caglossary: {printable(source_dir)}: is a file; give a folder of "
                         ".txt/.rst files", str(source_dir))
    if not source_dir.is_dir():
        raise BuildError(f"caglossary: {printable(source_dir)}: no such folder; give a folder of "
                         ".txt/.rst files", str(source_dir))
    output = Output.prepare(out_dir, source_dir)
    settings = read_settings(source_dir)
    lang = language or settings.language or "en"
    markdown = importlib.util.find_spec("myst_parser") is not None
    scan = scan_folder(source_dir, [output.root], markdown)
    if not scan.documents:
        raise BuildError(f"caglossary: {printable(source_dir)}: no .txt, .rst or .md documents found",
                         str(source_dir))
    stream = warning_stream if warning_stream is not None else sys.stderr
    known = {doc.rel.as_posix() for doc in scan.documents}
    scan.notes.extend(f"{printable(source_dir / SETTINGS_FILE)}: [files.\"{printable(name)}\"] "
                      "names no document of the folder; check the name"
                      for name in settings.files if name not in known)
    for note in scan.notes:
        print(f"caglossary: {note}", file=stream)
    stage = Stage(output.stage_src)
    docnames = [doc.docname for doc in scan.documents]
    flagged = _stage(source_dir, stage, settings, scan.files, scan.documents,
                     _toctree(docnames, lang))
    title = settings.title or source_dir.resolve().name
    _generated_pages(stage, docnames, title, lang)
    stage.prune()
    overrides = _overrides(flagged, ocr_globs, lang, title, glossary_files, bib_files, markdown)
    warnings = run_sphinx(output, overrides, quiet, stream,
                          _user_paths(source_dir, output.stage_src, scan.documents), docnames)
    return BuildResult(output.root / "index.html", warnings + len(scan.notes),
                       tuple(docnames))


def _user_paths(source_dir: Path, stage_src: Path,
                documents: list[StagedDocument]) -> dict[str, str]:
    """Staged file → the user's file, for warnings (other files map by their path)."""
    mapping = {}
    for doc in documents:
        suffix = doc.rel.suffix.lower()
        page = stage_src / (doc.docname + (".rst" if suffix == ".txt" else suffix))
        mapping[str(page)] = printable(source_dir / doc.rel)
        if suffix == ".txt" and doc.renamed_because:
            mapping[str(stage_src / (doc.docname + ".txt"))] = printable(source_dir / doc.rel)
    mapping[str(stage_src)] = printable(source_dir)  # any other staged file: the same path
    return mapping


def _overrides(flagged: dict[str, bool], globs: Sequence[str], lang: str, title: str,
               glossary_files: Sequence[str], bib_files: Sequence[str],
               markdown: bool) -> dict[str, object]:
    # Sphinx's language gives <html lang>, Sphinx's own Turkish interface and
    # the search language (ours for tr, see search.py); docutils has no Turkish
    # module and falls back to English for its few generated words.
    return {
        "project": title, "language": lang, "html_search_language": lang,
        "caglossary_language": lang, "root_doc": "index",
        "extensions": ["caglossary", *(["myst_parser"] if markdown else [])],
        "source_suffix": {".rst": "restructuredtext", **({".md": "markdown"} if markdown
                                                          else {})},
        "html_theme": "alabaster",
        "templates_path": [str(_TEMPLATES)],
        # No site-wide table of contents on every page: a page's size must not grow
        # with the number of documents (the front page lists them all).
        "html_sidebars": {"**": ["about.html", "searchfield.html", "relations.html"]},
        "caglossary_ocr_documents": _ocr_documents(flagged, globs),
        "caglossary_glossary_files": [str(Path(p).resolve()) for p in glossary_files],
        "caglossary_bib_files": [str(Path(p).resolve()) for p in bib_files],
    }
