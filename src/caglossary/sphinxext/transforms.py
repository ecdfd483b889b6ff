"""Auto-linking: glossary terms and citations in text nodes become cross-references.

The text is never changed: each mention's exact characters move into the
content of a ``pending_xref`` (domain ``cag``), which the domain resolves at
write time, so every builder gets a real link. Code, literal, raw and math
nodes, comments, existing references, titles (unless configured) and the
glossary and bibliography themselves are left alone.
"""

from __future__ import annotations

import fnmatch
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from typing import Any, cast

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from . import nodes as cag_nodes
from .domain import cag_domain
from .autolinks import LinkSpec, auto_links, compact, make_xref
from .backanchors import number_links
from .finder import Finder, Span, make_finder
from .roles import ROLE_LINKS

__all__ = ["AutoLink", "Finder", "Span", "link_document", "make_finder", "make_xref",
           "number_links"]

logger = logging.getLogger(__name__)

_SKIP = (nodes.FixedTextElement, nodes.literal, nodes.math, nodes.raw, nodes.comment,
         nodes.reference, nodes.target, nodes.image, nodes.substitution_definition,
         nodes.abbreviation, nodes.citation_reference, nodes.footnote_reference,
         nodes.docinfo, nodes.field_name, nodes.system_message, nodes.problematic,
         nodes.option_string, addnodes.pending_xref, auto_links, addnodes.desc_signature,
         addnodes.toctree, addnodes.index, cag_nodes.glossary_placeholder,
         cag_nodes.bibliography_placeholder)
_NUL = re.compile("\x00")  # docutils' mark of a backslash escape
_TITLES = (nodes.title, nodes.subtitle, nodes.rubric)
_SKIP_AND_TITLES = _SKIP + _TITLES
NOLINK_CLASS = "cag-nolink"


def _collect(node: nodes.Element, scope: nodes.Element, skip: tuple[type, ...],
             out: list[tuple[nodes.Node, nodes.Element]]) -> None:
    """Text nodes and existing cag references in document order, with their section."""
    _collect_in(node, scope, skip, _KINDS.setdefault(skip, {}), out)


def _collect_in(node: nodes.Element, scope: nodes.Element, skip: tuple[type, ...],
                kinds: dict[type, int], out: list[tuple[nodes.Node, nodes.Element]]) -> None:
    for child in node.children:
        kind = kinds.get(type(child))
        if kind is None:
            kind = kinds[type(child)] = _kind(type(child), skip)
        if kind == _READ:
            out.append((child, scope))
            continue
        element = cast(nodes.Element, child)  # every other kind but _PASS is an element
        if kind == _XREF and element.get("refdomain") == "cag":
            out.append((element, scope))
        elif kind >= _ENTER and NOLINK_CLASS not in element.get("classes", ()):
            _collect_in(element, element if kind == _SECTION else scope, skip, kinds, out)


_READ, _XREF, _PASS, _ENTER, _SECTION = range(5)
# node class → what _collect does with it, per skip list: worked out once per class
_KINDS: dict[tuple[type, ...], dict[type, int]] = {}


def _kind(cls: type, skip: tuple[type, ...]) -> int:
    if issubclass(cls, nodes.Text):
        return _READ
    if issubclass(cls, addnodes.pending_xref):
        return _XREF
    if not issubclass(cls, nodes.Element) or issubclass(cls, skip):
        return _PASS
    # an only block is a scope of its own: a builder may drop it, so its first
    # mention must not stand for the section's (or the document's)
    return _SECTION if issubclass(cls, (nodes.section, addnodes.only)) else _ENTER


def link_document(doctree: nodes.Element, find: Finder, *, mode: str = "section",
                  link_titles: bool = False,
                  on_problem: Callable[[nodes.Text, Span], None] | None = None) -> int:
    """Replace mentions in *doctree*'s text by cross-references; returns how many.

    ``mode``: ``every`` mention, first per ``section`` or first per ``document``
    (citations are always linked: each carries its own locator).
    """
    items: list[tuple[nodes.Node, nodes.Element]] = []
    _collect(doctree, doctree, _SKIP if link_titles else _SKIP_AND_TITLES, items)
    found = iter(_spans_each(find, [str(item) for item, _ in items
                                    if isinstance(item, nodes.Text)]))
    seen: dict[int, set[str]] = {}
    made = 0
    for item, scope in items:
        own_scope = mode == "section" or isinstance(scope, addnodes.only)
        linked = seen.setdefault(id(scope) if own_scope else 0, set())
        if isinstance(item, addnodes.pending_xref):
            if item.get("reftype") == "term":
                linked.add(item["reftarget"])
            continue
        if isinstance(item, nodes.Text):
            spans = next(found)
            made += _link_text(item, spans, linked, mode, on_problem) if spans else 0
    return made


def _spans_each(find: Finder, texts: list[str]) -> list[list[Span]]:
    """The spans of each text node's *text*, read as docutils shows it.

    docutils keeps a backslash escape as NUL + the character (``2012\\:79`` is
    ``2012\\x00:79``); the finder reads the text without the NULs, and the spans
    map back so the node still splits at the right places with its escapes kept.
    """
    found = find.each([text.replace("\x00", "") if "\x00" in text else text for text in texts])
    return [_with_escapes(text, spans) if spans and "\x00" in text else spans
            for text, spans in zip(texts, found)]


def _with_escapes(text: str, spans: list[Span]) -> list[Span]:
    nuls = [match.start() for match in _NUL.finditer(text)]
    shifted_at = [pos - count for count, pos in enumerate(nuls)]  # NUL k in the NUL-free text

    def to_text(offset: int) -> int:
        return offset + bisect_right(shifted_at, offset)

    return [replace(span, start=to_text(span.start), end=to_text(span.end - 1) + 1)
            for span in spans]


def _link_text(text_node: nodes.Text, spans: list[Span], linked: set[str], mode: str,
               on_problem: Callable[[nodes.Text, Span], None] | None) -> int:
    links = []
    for span in spans:
        if span.problems and on_problem is not None:
            on_problem(text_node, span)
        if not span.target:
            continue
        # link modes count anaphors apart: "Örgüt" links once per section even where
        # the SCO's name was linked already
        seen_as = f"anaphor:{span.target}" if span.anaphor else span.target
        if span.kind == "term" and mode != "every" and seen_as in linked:
            continue
        linked.add(seen_as) if span.kind == "term" else None
        links.append(LinkSpec(span.start, span.end, span.kind, span.target, span.keys,
                              span.locators, span.lang, span.anaphor))
    if links:
        text_node.parent.replace(text_node, compact(text_node, links))
    return len(links)


def document_uses_ocr(doctree: nodes.document, env: Any, config: Any) -> bool:
    """OCR mode: globally, by docname pattern, by directive or by metadata field."""
    if config.caglossary_ocr or env.current_document.get("caglossary_ocr"):
        return True
    if any(fnmatch.fnmatch(env.docname, pattern) for pattern in config.caglossary_ocr_documents):
        return True
    # the bibliographic fields of a document are always one of its own children
    for info in (child for child in doctree.children if isinstance(child, nodes.docinfo)):
        for fieldnode in info.findall(nodes.field):
            name = fieldnode[0].astext().strip()
            if name == "caglossary-ocr":
                return fieldnode[1].astext().strip().lower() in ("true", "yes", "1", "on")
    return False


def document_uses_pdf_text(env: Any, config: Any) -> bool:
    """PDF-text mode, only for documents named in ``caglossary_pdf_text_documents``."""
    return any(fnmatch.fnmatch(env.docname, pattern)
               for pattern in config.caglossary_pdf_text_documents)


class AutoLink(SphinxTransform):
    """Link every glossary term and citation in a document just read."""

    # after smart quotes (750), before doctree-read handlers collect the document (880)
    default_priority = 850

    def apply(self, **kwargs: object) -> None:
        config = self.config
        domain: Any = self.env.get_domain("cag")
        data = domain.project  # loaded once per build, not per page
        made = 0
        if config.caglossary_link_terms or config.caglossary_link_citations:
            find = make_finder(data, ocr=document_uses_ocr(self.document, self.env, config),
                               terms=config.caglossary_link_terms,
                               citations=config.caglossary_link_citations,
                               pdf_text=document_uses_pdf_text(self.env, config),
                               anaphora=config.caglossary_link_anaphora)
            made = link_document(self.document, find, mode=config.caglossary_link_mode,
                                 link_titles=config.caglossary_link_titles,
                                 on_problem=self._warn)
        # most pages of a large project hold no link of ours: spare them another walk
        if made or self.env.current_document.get(ROLE_LINKS):
            terms, cites = number_links(self.document)
        else:
            terms, cites = {}, []
        cag_domain(self.env).note_links(self.env.docname, terms, cites)

    def _warn(self, node: nodes.Text, span: Span) -> None:
        location = problem_location(node, span.start)
        for problem, code in zip(span.problems, span.problem_codes):
            logger.warning("caglossary: %s", problem, type="caglossary", subtype=code,
                           location=location)


def problem_location(text_node: nodes.Text, offset: int) -> str | nodes.Node:
    """``source:line`` of ``text_node[offset]``, or the nearest node with a location.

    A paragraph knows only its first line; the lines before *offset* are counted
    from its text, or read from the line starts a plain-text paragraph keeps
    (where joined hyphenation removed line breaks from the text).
    """
    block = text_node.parent
    while block is not None and not isinstance(block, nodes.paragraph):
        block = block.parent
    if block is None or not block.line or not block.source:
        return text_node.parent
    before = []
    for text in block.findall(nodes.Text):
        if text is text_node:
            break
        before.append(str(text))
    before.append(str(text_node)[:offset])
    preceding = "".join(before)
    starts = block.get("cag_line_starts")
    extra = bisect_right(starts, len(preceding)) if starts is not None else preceding.count("\n")
    return f"{block.source}:{block.line + extra}"
