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
