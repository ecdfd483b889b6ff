"""Placeholder nodes filled in once every document has been read.

A glossary page's "used in" back-links and a bibliography's "cited in" lists
depend on all other pages, so the directives leave a placeholder at read time
and :mod:`.pages` replaces it when the page is written (``doctree-resolved``).
"""

from __future__ import annotations

from typing import Any

from docutils import nodes

__all__ = ["bibliography_placeholder", "glossary_placeholder", "register"]


class glossary_placeholder(nodes.General, nodes.Element):  # noqa: N801 (docutils naming)
    """Where a glossary view goes; ``lang`` is ``tr`` or ``en``."""


class bibliography_placeholder(nodes.General, nodes.Element):  # noqa: N801
    """Where a bibliography goes: ``which`` is cited or all, ``scope`` page or global."""


def _skip(translator: Any, node: nodes.Element) -> None:
    # Only reached by a builder that writes without resolving references;
    # there is nothing meaningful to print then.
    raise nodes.SkipNode


_VISITORS = {name: (_skip, None) for name in
             ("html", "latex", "text", "man", "texinfo", "epub", "singlehtml", "xml")}


def register(app: Any) -> None:
    for node_class in (glossary_placeholder, bibliography_placeholder):
        app.add_node(node_class, **_VISITORS)
