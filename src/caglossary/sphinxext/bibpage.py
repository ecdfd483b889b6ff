"""The bibliography page: cited (or all) records, their marks and grouped back-links."""

from __future__ import annotations

import html
import re
from typing import Any

from docutils import nodes

from ..bib.csl import entry_html
from ..bib.names import display_text
from .data import reference_status
from .domain import cite_anchor, term_anchor
from .pages import Page, citation_style

__all__ = ["bibliography"]

_URL = re.compile(r"https?://\S+[^\s.,;)]")


def bibliography(page: Page, which: str, scope: str) -> nodes.Element:
    project = page.domain.project
    root = nodes.container(classes=["cag-bibliography"])
    if project.bibliography is None:
        root += nodes.paragraph(text=page._("No entries."))
        return root
    wanted = page.domain.cited_keys(page.docname if scope == "page" else None)
    shown = [r for r in project.bibliography if which == "all" or r.key in wanted]
    if not shown:
        root += nodes.paragraph(text=page._("No entries."))
    for reference in shown:
        root += _bib_entry(page, reference, project.bibliography)
    return root


def _linkified(text: str) -> list[nodes.Node]:
    pieces: list[nodes.Node] = []
    pos = 0
    for match in _URL.finditer(text):
        pieces.append(nodes.Text(text[pos:match.start()]))
        pieces.append(nodes.reference(match.group(), match.group(), refuri=match.group()))
        pos = match.end()
    pieces.append(nodes.Text(text[pos:]))
    return [p for p in pieces if p.astext() or isinstance(p, nodes.reference)]


_MARKUP = re.compile(r"<(i|b)>(.*?)</\1>|<[^>]+>", re.DOTALL)


def _styled(markup: str) -> list[nodes.Node]:
    """Docutils nodes of the CSL engine's HTML: ``<i>`` is emphasis, ``<b>`` strong.

    Only those two carry meaning in the three styles; any other tag is
    dropped, and entities are decoded (docutils escapes again per builder).
    """
    out: list[nodes.Node] = []
    pos = 0
    for match in _MARKUP.finditer(markup):
        out.extend(_linkified(html.unescape(markup[pos:match.start()])))
        if match.group(1):
            inner = html.unescape(_MARKUP.sub("", match.group(2)))
            kind = nodes.emphasis if match.group(1) == "i" else nodes.strong
            out.append(kind(inner, inner))
        pos = match.end()
    out.extend(_linkified(html.unescape(markup[pos:])))
    return out


def _mark(page: Page, reference: Any) -> tuple[str, str]:
    """(status class, mark) — only a record that declares its status gets either.

    An ordinary ``.bib`` entry says nothing about verification, so it is shown
    plainly; ``caglossary_status_marks = False`` hides every mark.
    """
    if not reference.status or not page.env.config.caglossary_status_marks:
        return "", ""
    status = reference_status(reference)
    if status == "verified":
        return status, ""
    label = page._("partly verified") if status == "partial" else page._("unverified")
    return status, f"[{label}]"


def _bib_entry(page: Page, reference: Any, bibliography: Any) -> nodes.paragraph:
    status, default_mark = _mark(page, reference)
    para = nodes.paragraph(classes=["cag-reference"] + ([f"cag-status-{status}"] if status
                                                        else []))
    para += nodes.target("", "", ids=[cite_anchor(reference.key)])
    markup = entry_html(reference, style=citation_style(page), lang=page.lang,
                        bibliography=bibliography)
    unnamed = _unnamed(reference)
    if unnamed:
        para += nodes.inline(unnamed, unnamed, classes=["cag-unnamed"])
        para += nodes.Text(" ")
    para.extend(_styled(markup))
    mark = default_mark if status and status != "verified" else ""
    if mark:
        para += nodes.Text(" ")
        para += nodes.inline(mark, mark, classes=[f"cag-{status}"])
    backlinks = _cited_in(page, reference.key)
    if backlinks:
        para += nodes.Text(" ")
        para += nodes.inline("", "", *_cited_in_nodes(page, backlinks),
                             classes=["cag-cited-in"])
    return para


def _unnamed(reference: Any) -> str:
    """What names a record with neither author nor title: its note, else its key.

    The style prints neither and the entry read "ts. [doğrulanmamış]" alone.
    """
    if reference.authors or reference.editors or reference.field("title"):
        return ""
    return display_text(reference.field("note")).strip() or reference.key


def _cited_in(page: Page, key: str) -> list[tuple[str, str, int]]:
    """(docname, first anchor, how many) of every page citing *key*, in name order.

    A glossary page showing entries with *key* as a source counts once, with
    the number of such entries.
    """
    places = list(page.domain.pages_citing(key))
    concepts = page.domain.glossary_sources().get(key, [])
    glossary_doc = page.domain.glossary_doc(page.docname) if concepts else None
    if glossary_doc:
        places.append((glossary_doc, term_anchor(concepts[0]), len(concepts)))
    return places


def _cited_in_nodes(page: Page, places: list[tuple[str, str, int]]) -> list[nodes.Node]:
    return [nodes.Text(f"{page._('Cited in')}: "),
            *page.counted_links(places, ("cag-backlink",), "; ")]
