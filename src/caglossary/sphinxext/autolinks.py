"""Automatic links kept compact from reading to writing.

Sphinx keeps every page's doctree in memory from the moment it is read until
the page is written. A link made as a ``pending_xref`` with the text around it
split into pieces costs about 1.7 KB there, and a project of a few hundred
pages holds thousands. So the auto-linker leaves each text node whole, wrapped
in one :class:`auto_links` node that lists its links as tuples.
:class:`ExpandAutoLinks` resolves them just before Sphinx resolves its own
references, through the ``cag`` domain as a ``pending_xref`` would be: into
reference nodes, or, for the HTML builders that write with Sphinx's own
translator, into a note of each link's address that :mod:`.htmllinks` writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any, NamedTuple, cast
from weakref import WeakKeyDictionary

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from .htmllinks import prepare, visit_auto_links, writes_html
from .links import destination_node
from .nodes import FORMATS
from .roles import cite_xref

__all__ = ["ExpandAutoLinks", "LinkSpec", "auto_links", "compact",
           "expanded", "link_holders", "make_xref", "register"]


class LinkSpec(NamedTuple):
    """One automatic link: what ``make_xref`` needs, and its back-link anchor."""

    start: int
    end: int
    kind: str  # "term" or "cite"
    target: str
    keys: tuple[str, ...] = ()
    locators: tuple[str, ...] = ()
    lang: str = ""
    anaphor: bool = False
    anchor: str = ""  # cag-use-<id> on the first link to a concept, cag-cite-<n> on citations


class auto_links(nodes.Inline, nodes.TextElement):  # noqa: N801 (docutils naming)
    """A text node's words, whole, with the links found in them (``cag_links``)."""


def compact(text_node: nodes.Text, links: list[LinkSpec]) -> auto_links:
    """*text_node* wrapped with its *links* (offsets into ``str(text_node)``)."""
    node = auto_links()
    node += text_node.__class__(str(text_node))  # the NUL escapes stay for later unescaping
    node["cag_links"] = links
    return node


def make_xref(link: LinkSpec, surface: str) -> addnodes.pending_xref:
    """The cross-reference for one mention; its content is exactly *surface*."""
    if link.kind == "cite":
        return cite_xref(surface, link.keys, link.locators)
    xref = addnodes.pending_xref("", nodes.Text(surface), refdomain="cag",
                                 reftype=link.kind, reftarget=link.target)
    xref["cag_lang"] = link.lang
    if link.anaphor:
        xref["cag_anaphor"] = True
    return xref


def expanded(node: auto_links) -> list[nodes.Node]:
    """The Text and ``pending_xref`` nodes the links of *node* stand for."""
    return resolved(node, _pending_xref)


def _pending_xref(link: LinkSpec, surface: str) -> nodes.Element:
    xref = make_xref(link, surface)
    if link.anchor:
        xref["ids"].append(link.anchor)
    return xref


def link_holders(doctree: nodes.Node) -> Iterable[nodes.Element]:
    """Every cross-reference and :class:`auto_links` node, in document order."""
    found = doctree.findall(lambda n: isinstance(n, (auto_links, addnodes.pending_xref)))
    return cast(Iterable[nodes.Element], found)


def resolved(node: auto_links, resolve: Callable[[LinkSpec, str], nodes.Element]
             ) -> list[nodes.Node]:
    """The Text and reference nodes of *node*, each link made by ``resolve(link, surface)``."""
    text = str(node[0])
    pieces: list[nodes.Node] = []
    pos = 0
    for link in node["cag_links"]:
        if link.start > pos:
            pieces.append(nodes.Text(text[pos:link.start]))
        pieces.append(resolve(link, text[link.start:link.end]))
        pos = link.end
    if pos < len(text):
        pieces.append(nodes.Text(text[pos:]))
    return pieces


# The builder of each environment, noted when it is set up: a transform has no
# public way to reach it, and resolving needs it for relative addresses.
_BUILDERS: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()


def note_builder(app: Any) -> None:
    _BUILDERS[app.env] = app.builder


class ExpandAutoLinks(SphinxPostTransform):
    """Before references are resolved (priority 10), the compact links are resolved.

    The ``cag`` domain works out where each goes, as Sphinx's resolver would
    resolve their ``pending_xref`` (it never leaves one of ours unresolved),
    without making the cross-reference node first; HTML builders with Sphinx's
    own translator keep the node and write it (:mod:`.htmllinks`). Without a
    known builder they become ``pending_xref`` nodes for Sphinx to resolve.
    """

    default_priority = 5

    def run(self, **kwargs: Any) -> None:
        from .domain import cag_domain

        domain = cag_domain(self.env)
        # most pages of a large project that is not about the field hold no link
        # of ours: a project with none at all spares every page the walk
        if not domain.holds_links():
            return
        builder, fromdocname = _BUILDERS.get(self.env), self.env.docname
        found = list(self.document.findall(auto_links))
        if builder is None:
            for node in found:
                node.replace_self(expanded(node))
        elif writes_html(builder):
            for node in found:
                prepare(node, builder, fromdocname,
                        partial(domain.auto_link_destination, fromdocname))
        else:
            def resolve(link: LinkSpec, surface: str) -> nodes.Element:
                contnode = nodes.inline(surface, "", nodes.Text(surface))
                return destination_node(builder, fromdocname,
                                        domain.auto_link_destination(fromdocname, link),
                                        contnode, [link.anchor] if link.anchor else [])

            for node in found:
                node.replace_self(resolved(node, resolve))


def _as_text(translator: Any, node: nodes.Element) -> None:
    # only a builder that writes without resolving references meets the node: its words
    pass


def register(app: Any) -> None:
    plain = (_as_text, _as_text)
    visitors = {name: plain for name in FORMATS}
    visitors["html"] = (visit_auto_links, _as_text)
    app.add_node(auto_links, **visitors)
    app.add_post_transform(ExpandAutoLinks)
    app.connect("builder-inited", note_builder)
