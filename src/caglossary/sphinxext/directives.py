"""Directives: the glossary and bibliography pages, OCR mode, plain-text documents.

``.. caglossary-glossary::`` (``:lang: tr`` or ``en``; ``:all:`` for every
concept, not only those the pages use) and
``.. caglossary-bibliography::`` (``:cited:`` or ``:all:``, ``:page:`` for the
citations of this page only) leave placeholders that :mod:`.pages` fills when
the page is written. ``.. caglossary-ocr::`` switches the whole file to OCR
tolerance. ``.. caglossary-text:: path`` inserts a plain-text file as
paragraphs (the same reading ``caglossary build`` uses); ``:source-path:``
names the original file in warnings when the one read is a copy.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from ..errors import UnreadableFile
from ..text.files import read_utf8
from .domain import cag_domain
from .i18n import primary_language
from .nodes import bibliography_placeholder, glossary_placeholder

logger = logging.getLogger(__name__)

__all__ = ["BibliographyDirective", "GlossaryDirective", "OcrDirective", "TextDirective"]


def _language_option(value: str | None) -> str:
    return directives.choice(value or "", ("tr", "en"))


class GlossaryDirective(SphinxDirective):
    """A glossary view (Turkish→English or English→Turkish) of the concepts used, or ``:all:``."""

    option_spec = {"lang": _language_option, "all": directives.flag}

    def run(self) -> list[nodes.Node]:
        config = self.config
        lang = self.options.get("lang") or primary_language(config.language,
                                                            config.caglossary_language)
        cag_domain(self.env).note_glossary(self.env.docname, lang, "all" in self.options)
        node = glossary_placeholder(lang=lang, docname=self.env.docname)
        self.set_source_info(node)
        return [node]


class BibliographyDirective(SphinxDirective):
    """The reference list: cited works (default) or all, for the project or this page."""

    option_spec = {"cited": directives.flag, "all": directives.flag, "page": directives.flag}

    def run(self) -> list[nodes.Node]:
        if "cited" in self.options and "all" in self.options:
            raise self.error(":cited: and :all: exclude each other; keep one")
        which = "all" if "all" in self.options else "cited"
        scope = "page" if "page" in self.options else "global"
        cag_domain(self.env).note_bibliography(self.env.docname, which, scope)
        node = bibliography_placeholder(which=which, scope=scope, docname=self.env.docname)
        self.set_source_info(node)
        return [node]


class OcrDirective(SphinxDirective):
    """Read this whole document with OCR tolerance (ü→ii, ş→$, ı→1 …)."""

    def run(self) -> list[nodes.Node]:
        self.env.current_document["caglossary_ocr"] = True
        return []


def _warn_unreadable(message: str, location: str | tuple[str | None, int | None] | None) -> None:
    logger.warning("caglossary: %s", message, type="caglossary", subtype="unreadable",
                   location=location)


class TextDirective(SphinxDirective):
    """Insert a UTF-8 plain-text file as paragraphs; ``:ocr:`` reads the page in OCR mode."""

    required_arguments = 1
    final_argument_whitespace = True
    option_spec = {"ocr": directives.flag, "source-path": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        from .plaintext import text_paragraphs  # only a page with this directive needs it

        relative, absolute = self.env.relfn2path(self.arguments[0])
        path = Path(absolute)
        self.env.note_dependency(relative)
        try:
            text = read_utf8(path)
        except UnreadableFile as exc:
            where = f"{path}:{exc.line}" if exc.line else self.get_location()
            _warn_unreadable(f"{relative}: {exc.reason}", where)
            return []
        if "ocr" in self.options:
            self.env.current_document["caglossary_ocr"] = True
        paragraphs: list[nodes.Node] = []
        for paragraph in text_paragraphs(text):
            node = nodes.paragraph(paragraph.text, paragraph.text)
            node.source = self.options.get("source-path") or str(path)
            node.line = paragraph.line
            node["cag_line_starts"] = list(paragraph.line_starts)  # for warnings' lines
            paragraphs.append(node)
        return paragraphs
