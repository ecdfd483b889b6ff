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

__all__ = ["internal_address", "internal_reference"]

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
    if fromdocname == todocname and anchor:
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
