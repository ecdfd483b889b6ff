"""Placeholder nodes filled in once every document has been read, and back-link lists.

A glossary page's "used in" back-links and a bibliography's "cited in" lists
depend on all other pages, so the directives leave a placeholder at read time
and :mod:`.pages` replaces it when the page is written (``doctree-resolved``).
In HTML those lists are one :class:`counted_links` node each: a busy glossary
page holds thousands of back-links, and five docutils nodes apiece, made and
then written one visit at a time, cost a large project more than the rest of
the page (other builders get the ordinary nodes).
"""

from __future__ import annotations

from typing import Any

from docutils import nodes

__all__ = ["FORMATS", "bibliography_placeholder", "counted_links", "glossary_placeholder", "register"]


class glossary_placeholder(nodes.General, nodes.Element):  # noqa: N801 (docutils naming)
    """Where a glossary view goes; ``lang`` is ``tr`` or ``en``."""


class bibliography_placeholder(nodes.General, nodes.Element):  # noqa: N801
    """Where a bibliography goes: ``which`` is cited or all, ``scope`` page or global."""


class counted_links(nodes.Inline, nodes.Element):  # noqa: N801
    """Back-links written straight to HTML by the translator's own escaping.

    ``links``: (address kind ``refid``/``refuri``, address, page title, count) per
    link; ``link_classes``; ``separator`` between links; ``wrap``: the class of a
    ``span`` around each link and its count, or empty.
    """


def _visit_counted_links(translator: Any, node: counted_links) -> None:
    # what the HTML translator writes for reference + inline nodes, byte for byte
    link_class = " ".join([*node["link_classes"], "reference", "internal"])
    wrap = node["wrap"]
    parts = []
    for kind, address, title, count in node["links"]:
        href = f"#{address}" if kind == "refid" else address
        link = (f'<a class="{translator.attval(link_class)}" href="{translator.attval(href)}">'
                f'{translator.encode(title)}</a><span class="cag-count"> ({count})</span>')
        parts.append(f'<span class="{translator.attval(wrap)}">{link}</span>' if wrap else link)
    translator.body.append(translator.encode(node["separator"]).join(parts))
    raise nodes.SkipNode


def _skip(translator: Any, node: nodes.Element) -> None:
    # Only reached by a builder that writes without resolving references;
    # there is nothing meaningful to print then.
    raise nodes.SkipNode


# Visitors are registered per output format, never per builder name: Sphinx
# looks a builder's name up first and, when that name has any visitor at all,
# ignores the format's, so naming "epub" or "singlehtml" here would cost every
# other extension's html-only nodes (sphinx.ext.todo's …) their visitors there.
FORMATS = ("html", "latex", "text", "man", "texinfo", "xml")
_VISITORS = {name: (_skip, None) for name in FORMATS}


def register(app: Any) -> None:
    for node_class in (glossary_placeholder, bibliography_placeholder):
        app.add_node(node_class, **_VISITORS)
    html = (_visit_counted_links, None)
    app.add_node(counted_links, html=html)
