"""Helpers shared by the Sphinx extension tests (this module holds no tests)."""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path

ROOTS = Path(__file__).parent / "roots"
BASIC_DATA = ROOTS / "test-basic" / "cag"
DATA = {
    "caglossary_builtin_glossary": False,
    "caglossary_builtin_bib": False,
    "caglossary_glossary_files": [str(BASIC_DATA / "glossary.toml")],
    "caglossary_bib_files": [str(BASIC_DATA / "refs.bib")],
}


class _Links(HTMLParser):
    """Collects ids and cag-term/cag-cite links of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if "id" in values:
            self.ids.add(values["id"])
        classes = values.get("class", "").split()
        if tag == "a" and ({"cag-term", "cag-cite"} & set(classes)):
            self.links.append(values)


def parse_page(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def broken_links(outdir: Path) -> tuple[int, list[str]]:
    """(number of cag links, the ones whose href names no existing id)."""
    pages = {p.relative_to(outdir).as_posix(): parse_page(p) for p in outdir.rglob("*.html")}
    count, broken = 0, []
    for name, page in pages.items():
        for link in page.links:
            count += 1
            href = link.get("href", "")
            target, _, anchor = href.partition("#")
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), target)) \
                if target else name
            if not anchor or target not in pages or anchor not in pages[target].ids:
                broken.append(f"{name}: {href}")
            if not link.get("title"):
                broken.append(f"{name}: {href} has no title")
    return count, broken


def link_counts(path: Path) -> tuple[int, int]:
    page = parse_page(path)
    terms = sum("cag-term" in link["class"].split() for link in page.links)
    return terms, len(page.links) - terms


def body(path: Path) -> str:
    """The main content of a built HTML page (theme chrome left out)."""
    html = path.read_text(encoding="utf-8")
    start = html.index('<div class="body" role="main">')
    end = html.index('<div class="sphinxsidebar"', start)
    return html[start:end].strip() + "\n"


class _OwnMarkup(HTMLParser):
    """The markup of a page reduced to what the extension decides.

    Tags, ids, targets, tooltips, languages and the ``cag-*`` classes stay;
    Sphinx's own classes, header links and whitespace go, so a snapshot
    changes when caglossary's output changes and not when Sphinx's HTML
    writer reformats its part.
    """

    _KEPT = ("id", "href", "title", "lang")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.depth = 0
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        classes = values.get("class", "").split()
        if self.skipping or "headerlink" in classes:
            self.skipping += tag not in _VOID
            return
        if tag in _VOID:
            return
        own = [c for c in classes if c.startswith("cag")]
        shown = [f'{k}="{values[k]}"' for k in self._KEPT if k in values]
        if own:
            shown.append(f'class="{" ".join(own)}"')
        self.lines.append("  " * self.depth + " ".join([f"<{tag}", *shown]) + ">")
        self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if self.skipping:
            self.skipping -= 1
            return
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if text and not self.skipping:
            self.lines.append("  " * self.depth + text)


_VOID = {"br", "hr", "img", "input", "link", "meta", "wbr"}


def own_markup(path: Path) -> str:
    """:func:`body` of a page as :class:`_OwnMarkup` lines, for snapshots."""
    parser = _OwnMarkup()
    parser.feed(body(path))
    return "\n".join(parser.lines) + "\n"


def own_doctree(doctree) -> str:
    """A doctree with only the node names, text and the extension's attributes.

    docutils and Sphinx add attributes of their own from release to release
    (``translation_progress``, ``source``, ``names``); the snapshot keeps the
    ones caglossary sets: ``cag_*``, the cross-reference target and the ids.
    Automatic links, stored compactly until the page is written, are shown as
    the cross-references they become.
    """
    from docutils import nodes

    from caglossary.sphinxext.autolinks import auto_links, expanded

    lines: list[str] = []

    def walk(node, depth: int) -> None:
        pad = "  " * depth
        if isinstance(node, auto_links):  # shown as the nodes it stands for when resolved
            for piece in expanded(node):
                walk(piece, depth)
            return
        if isinstance(node, nodes.Text):
            text = " ".join(node.astext().split())
            if text:
                lines.append(pad + repr(text))
            return
        kept = sorted((k, v) for k, v in node.attributes.items()
                      if k.startswith(("cag_", "ref")) or (k == "ids" and v))
        lines.append(pad + " ".join([node.tagname, *(f"{k}={v!r}" for k, v in kept)]))
        for child in node.children:
            walk(child, depth + 1)

    for child in doctree.children:
        walk(child, 0)
    return "\n".join(lines) + "\n"
