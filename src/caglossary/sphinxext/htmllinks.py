"""Automatic links written straight to HTML.

A page of a project about the field holds dozens of automatic links; made
into docudocutils nodes (a reference around an inline around the text, and the
text between them split) and then written one visit at a time, they cost a
large project more than finding them did. For the HTML builders that write
one page at a time with Sphinx's own HTML translator, :class:`.autolinks.ExpandAutoLinks`
instead works out where each link goes (:func:`prepare`) and the
:class:`.autolinks.auto_links` node is written here, in one piece, with the
translator's own escaping: the same bytes its reference, inline and text
visitors write (a test compares both ways). A translator that writes any of
those differently (a theme's or the user's) gets the ordinary nodes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from docutils import nodes

from .links import ONE_DOCUMENT_BUILDERS, Destination, internal_address

__all__ = ["WrittenLink", "prepare", "visit_auto_links", "writes_html", "writes_plainly"]

# what writing a reference, its inline content and text involves in the HTML translator
_WRITER_METHODS = ("starttag", "attval", "encode", "visit_reference", "depart_reference",
                   "visit_inline", "depart_inline", "visit_Text", "depart_Text")
_PLAIN: dict[type, bool] = {}


class WrittenLink(NamedTuple):
    """One automatic link, resolved: its offsets, address and destination."""

    start: int
    end: int
    kind: str  # "refid" or "refuri"; empty when the link goes nowhere
    address: str
    destination: Destination
    anchor: str


def writes_plainly(translator_class: type) -> bool:
    """Whether *translator_class* writes references, inlines and text as Sphinx's HTML5 one."""
    if translator_class not in _PLAIN:
        from sphinx.writers.html5 import HTML5Translator

        _PLAIN[translator_class] = issubclass(translator_class, HTML5Translator) and all(
            getattr(translator_class, name, None) is getattr(HTML5Translator, name)
            for name in _WRITER_METHODS)
    return _PLAIN[translator_class]


def writes_html(builder: Any) -> bool:
    """Whether *builder* writes each page alone with Sphinx's own HTML translator."""
    return (builder.format == "html" and builder.name in ONE_DOCUMENT_BUILDERS
            and writes_plainly(builder.get_translator_class()))


def prepare(node: nodes.Element, builder: Any, fromdocname: str,
            destination_of: Callable[[Any], Destination]) -> None:
    """Note on *node* where each of its links goes, for :func:`visit_auto_links`."""
    written = []
    for link in node["cag_links"]:
        destination = destination_of(link)
        kind, address = "", ""
        if destination.docname:
            kind, address = internal_address(builder, fromdocname, destination.docname,
                                             destination.anchor)
        written.append(WrittenLink(link.start, link.end, kind, address, destination,
                                   link.anchor))
    node["cag_written"] = written


def visit_auto_links(translator: Any, node: nodes.Element) -> None:
    """The text and links of a prepared node; an unprepared one writes its text as usual."""
    written: list[WrittenLink] | None = node.get("cag_written")
    if written is None:
        return
    text = str(node[0])
    encode = translator.encode
    parts: list[str] = []
    pos = 0
    for link in written:
        if link.start > pos:
            parts.append(encode(nodes.unescape(text[pos:link.start])))
        parts.append(_link_html(translator, link, encode(nodes.unescape(text[link.start:link.end]))))
        pos = link.end
    if pos < len(text):
        parts.append(encode(nodes.unescape(text[pos:])))
    translator.body.append("".join(parts))
    raise nodes.SkipNode


def _link_html(translator: Any, link: WrittenLink, surface: str) -> str:
    # attributes in the order the translator's starttag sorts them: class, href, id, title
    head, tail = _tags(translator, link)
    anchor = f' id="{translator.attval(link.anchor)}"' if link.anchor else ""
    return f"{head}{anchor}{tail}{surface}{_CLOSE[bool(link.kind)]}"


_CLOSE = {True: "</span></a>", False: "</span>"}


def _tags(translator: Any, link: WrittenLink) -> tuple[str, str]:
    """The start tag of *link* around its ``id``: a page links the same few concepts
    again and again, so each (address, destination) is escaped once per page."""
    memo = translator.__dict__.setdefault("_cag_link_tags", {})
    key = (link.kind, link.address, link.destination, translator.in_mailto)
    if key not in memo:
        attval = translator.attval
        classes = " ".join(link.destination.classes)
        if not link.kind:
            memo[key] = (f'<span class="{attval(classes)}"', ">")
        else:
            href = f"#{link.address}" if link.kind == "refid" else link.address or "#"
            title = link.destination.title
            tip = f' title="{attval(title)}"' if title else ""
            memo[key] = (f'<a class="{attval(classes)} reference internal" href="{attval(href)}"',
                         f"{tip}><span>")
    return memo[key]
