"""Links inside ``.. only::`` blocks, which a builder may leave out.

The back-links of the glossary and the bibliography go to one anchor per page
and concept (or work); an anchor inside a block the builder drops leaves the
back-link pointing nowhere (an undefined reference in a PDF), so anchors go
to mentions every builder keeps, or just before the blocks.
"""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes

from .autolinks import auto_links

__all__ = ["anchor_before_block", "anchor_homes", "cites_in"]


def cites_in(holder: nodes.Element) -> int:
    """How many citation anchors *holder* received."""
    if isinstance(holder, auto_links):
        return sum(link.kind != "term" for link in holder["cag_links"])
    return int(holder.get("refdomain") == "cag" and holder["reftype"] == "cite")


def anchor_homes(holders: list[nodes.Element], conditional: set[int]
                 ) -> dict[str, tuple[int, int]]:
    """Concept id → (holder, link) of its first mention outside ``only`` blocks.

    The HTML-only mention that came first was the anchor, and the PDF's
    back-link to it was an undefined reference.
    """
    homes: dict[str, tuple[int, int]] = {}
    for number, holder in enumerate(holders):
        if id(holder) in conditional:
            continue
        if isinstance(holder, auto_links):
            for index, link in enumerate(holder["cag_links"]):
                if link.kind == "term":
                    homes.setdefault(link.target, (number, index))
        elif holder.get("refdomain") == "cag" and holder["reftype"] == "term":
            homes.setdefault(holder["reftarget"], (number, 0))
    return homes


def anchor_before_block(holder: nodes.Element, anchor: str) -> None:
    """Put *anchor* just before the outermost ``only`` block around *holder*.

    Each format keeps its own block (``only:: html``, ``only:: latex``) or none;
    the place where the blocks stand is in every one of them.
    """
    block: nodes.Element | None = None
    node: nodes.Element | None = holder
    while node is not None:
        if isinstance(node, addnodes.only):
            block = node
        node = node.parent
    if block is not None and block.parent is not None:
        block.parent.insert(block.parent.index(block), nodes.target("", "", ids=[anchor]))
