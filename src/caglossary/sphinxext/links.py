"""Internal references whose relative addresses are worked out once per pair of pages.

Sphinx's ``make_refnode`` asks the builder for the relative address of the
target page on every call. A project with thousands of term links, and a
glossary page with thousands of back-links, ask the same few hundred
questions over and over; the answers do not change while a builder writes,
so they are kept for the builder's lifetime.

A :class:`Destination` is where one link of ours goes, worked out once by the
``cag`` domain; :func:`destination_node` makes the reference (or, with nowhere
to go, the marked text) that Sphinx's resolver would have made of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

from docutils import nodes

__all__ = ["ONE_DOCUMENT_BUILDERS", "Destination", "address_node", "destination_node",
           "internal_address", "internal_reference"]

# builders whose resolving and doctree-resolved see one page alone (LaTeX, singlehtml,
# man and texinfo resolve books that hold many pages)
ONE_DOCUMENT_BUILDERS = frozenset({"html", "dirhtml", "text", "xml", "pseudoxml", "json",
                                   "pickle", "gettext", "linkcheck"})

_ADDRESSES: WeakKeyDictionary[Any, dict[tuple[str, str], str]] = WeakKeyDictionary()


def _relative_address(builder: Any, fromdocname: str, todocname: str) -> str:
    known = _ADDRESSES.setdefault(builder, {})
    pair = (fromdocname, todocname)
    if pair not in known:
        known[pair] = builder.get_relative_uri(fromdocname, todocname)
    return known[pair]


def internal_address(builder: Any, fromdocname: str, todocname: str, anchor: str
                     ) -> tuple[str, str]:
    """``("refid", anchor)`` on the same page, else ``("refuri", relative address)``."""
    if anchor and (fromdocname == todocname or builder.name == "singlehtml"):
        # singlehtml puts every page on one: Sphinx 8.2-9.0 would write
        # "#document-glossary#cag-term-sco", which no browser resolves
        # (sphinx-doc/sphinx#14221)
        return "refid", anchor
    address = _relative_address(builder, fromdocname, todocname)
    return "refuri", f"{address}#{anchor}" if anchor else address


def internal_reference(builder: Any, fromdocname: str, todocname: str, anchor: str,
                       child: nodes.Node, title: str | None = None) -> nodes.reference:
    """A reference to *anchor* on *todocname*, as ``make_refnode`` makes it."""
    node = nodes.reference("", "", internal=True)
    kind, address = internal_address(builder, fromdocname, todocname, anchor)
    node[kind] = address
    if title:
        node["reftitle"] = title
    node += child
    return node


class Destination(NamedTuple):
    """Where a link goes: a page and anchor with the link's tooltip, or nowhere."""

    docname: str  # empty when there is no glossary or bibliography page to point at
    anchor: str
    title: str
    classes: tuple[str, ...]  # the link's own classes ("cag-term", "cag-anaphor" …)


def address_node(kind: str, address: str, destination: Destination, contnode: nodes.Element,
                 ids: Sequence[str], latex: bool = False) -> nodes.Element:
    """The reference to *address* (``refid``/``refuri``; *kind* empty: nowhere) around *contnode*."""
    if not kind:
        contnode["classes"].extend(destination.classes)
        contnode["ids"].extend(ids)
        return contnode
    node = nodes.reference("", "", internal=True)
    node[kind] = address
    if destination.title:
        node["reftitle"] = destination.title
    node += contnode
    node["classes"].extend(destination.classes)
    if latex:
        # \DUrole{cag-link} sets the text in caglossary_latex_term_style,
        # inside Sphinx's \sphinxcrossref (which is \emph by default)
        contnode["classes"].append("cag-link")
    node["ids"].extend(ids)
    return node


def destination_node(builder: Any, fromdocname: str, destination: Destination,
                     contnode: nodes.Element, ids: Sequence[str]) -> nodes.Element:
    """What a link to *destination* from *fromdocname* resolves to for *builder*."""
    kind, address = "", ""
    if destination.docname:
        kind, address = internal_address(builder, fromdocname, destination.docname,
                                         destination.anchor)
    return address_node(kind, address, destination, contnode, ids, builder.format == "latex")
