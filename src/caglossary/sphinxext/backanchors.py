"""The back-link anchors of one page's references to concepts and works.

The glossary links back to the first reference of each concept on a page
(``cag-use-<id>``), the bibliography to each citation (``cag-cite-<n>``). A
reference inside an ``only`` block may be dropped by the builder with its
anchor, so a concept's anchor goes to its first reference outside such blocks
(or just before the blocks, when it has none), and the citations inside them
go last in the list, whose first anchor per work the bibliography uses.
"""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes
from sphinx import addnodes

from .autolinks import auto_links, link_holders
from .onlyblocks import anchor_before_block, anchor_homes, cites_in

__all__ = ["number_links"]


class _Numbering:
    """The anchors handed out so far on one page, and where the only blocks are."""

    def __init__(self, doctree: nodes.Element) -> None:
        self.terms: dict[str, int] = {}
        self.cites: list[tuple[str, list[str]]] = []
        self.holders = list(link_holders(doctree))
        self.conditional = {id(node) for block in doctree.findall(addnodes.only)
                            for node in link_holders(block)}
        self.homes = anchor_homes(self.holders, self.conditional) if self.conditional else {}
        self.dropped: set[str] = set()  # citation anchors a builder may drop
        self.unhomed: dict[str, nodes.Element] = {}  # concepts only inside only blocks

    def anchor(self, kind: str, target: str, keys: Sequence[str] | None,
               place: tuple[int, int]) -> str:
        """The anchor of the reference at *place* (holder, link), or "" for none."""
        if kind != "term":
            anchor = f"cag-cite-{len(self.cites) + 1}"
            self.cites.append((anchor, list(keys or [target])))
            return anchor
        self.terms[target] = self.terms.get(target, 0) + 1
        home = self.homes.get(target)
        first = place == home if home else self.terms[target] == 1
        if first and not home and self.conditional:
            self.unhomed[target] = self.holders[place[0]]
            return ""
        return f"cag-use-{target}" if first else ""

    def number(self, index: int, holder: nodes.Element) -> None:
        """Give the references of *holder*, the page's *index*-th, their anchors."""
        if isinstance(holder, auto_links):
            holder["cag_links"] = [link._replace(anchor=self.anchor(
                link.kind, link.target, link.keys, (index, position)))
                for position, link in enumerate(holder["cag_links"])]
        elif holder.get("refdomain") == "cag" and holder["reftype"] in ("term", "cite"):
            anchor = self.anchor(holder["reftype"], holder["reftarget"],
                                 holder.get("cag_keys"), (index, 0))
            if anchor:
                holder["ids"].append(anchor)
        if id(holder) in self.conditional:
            added = cites_in(holder)
            self.dropped.update(anchor for anchor, _ in self.cites[len(self.cites) - added:])


def number_links(doctree: nodes.Element) -> tuple[dict[str, int], list[tuple[str, list[str]]]]:
    """Give cag references their back-link anchors; return term counts and citations.

    The first reference to each concept gets ``cag-use-<id>`` (the first one
    outside an ``only`` block, when there is one); every citation gets
    ``cag-cite-<n>`` in document order, automatic links and roles alike, those
    inside ``only`` blocks last.
    """
    numbering = _Numbering(doctree)
    for index, holder in enumerate(numbering.holders):
        numbering.number(index, holder)
    cites = numbering.cites
    if numbering.dropped:
        cites.sort(key=lambda cite: cite[0] in numbering.dropped)  # stable otherwise
    for target, holder in numbering.unhomed.items():
        anchor_before_block(holder, f"cag-use-{target}")
    return numbering.terms, cites
