"""Internal references whose relative addresses are worked out once per pair of pages.

Sphinx's ``make_refnode`` asks the builder for the relative address of the
target page on every call. A project with thousands of term links, and a
glossary page with thousands of back-links, ask the same few hundred
questions over and over; the answers do not change while a builder writes,
so they are kept for the builder's lifetime.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from docutils import nodes

__all__ = ["internal_reference"]

_ADDRESSES: WeakKeyDictionary[Any, dict[tuple[str, str], str]] = WeakKeyDictionary()


def _relative_address(builder: Any, fromdocname: str, todocname: str) -> str:
    known = _ADDRESSES.setdefault(builder, {})
    pair = (fromdocname, todocname)
    if pair not in known:
        known[pair] = builder.get_relative_uri(fromdocname, todocname)
    return known[pair]


def internal_reference(builder: Any, fromdocname: str, todocname: str, anchor: str,
                       child: nodes.Node, title: str | None = None) -> nodes.reference:
    """A reference to *anchor* on *todocname*, as ``make_refnode`` makes it."""
    node = nodes.reference("", "", internal=True)
    if fromdocname == todocname and anchor:
        node["refid"] = anchor
    else:
        address = _relative_address(builder, fromdocname, todocname)
        node["refuri"] = f"{address}#{anchor}" if anchor else address
    if title:
        node["reftitle"] = title
    node += child
    return node
