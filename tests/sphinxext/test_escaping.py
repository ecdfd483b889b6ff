"""Data is text, never markup: HTML, template and reST syntax in terms, definitions
and bib fields reach the page and its tooltips as the characters written.

The root tests/roots/test-escaping holds synthetic concepts and records whose
fields carry ``<script>``, quotes, ``{{ }}``/``{% %}`` and reST markup. The build
runs with the network switched off.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_build_determinism import no_network  # noqa: F401  (autouse fixture)

SCRIPT_DEFINITION = ('Holds <script>alert("def")</script>, </a><b>bold</b> & "double" and '
                     "'single' quotes.")
MARKUP_DEFINITION = ("*not emphasis*, **not strong**, ``not code``, :cag:term:`Script "
                     "Council`, `a link <https://example.org>`_, |subst| and [1]_.")
TEMPLATE_DEFINITION = "Tanım {{ 7*7 }} ve {% if x %}şablon{% endif %} içerir."
ENTITY_DEFINITION = "Bu tanımda <img src=x onerror=alert(1)> ve &amp; &lt; varlıkları vardır."
BIB_TITLE = 'Title with <script>alert("bib")</script>'
BIB_QUOTED = "\"Quoted\" 'title' with </a> and <em>no emphasis</em>"


class Page(HTMLParser):
    """Elements, attributes, text and <a> nesting of one page, as a browser reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.open_links = 0
        self.nested_links = 0
        self.inline_scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        values = {k: v or "" for k, v in attrs}
        self.tags.append((tag, values))
        if tag == "a":
            self.nested_links += self.open_links > 0
            self.open_links += 1
        self._in_script = tag == "script" and "src" not in values

    def handle_endtag(self, tag):
        if tag == "a":
            self.open_links = max(0, self.open_links - 1)
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.inline_scripts.append(data)
        else:
            self.text.append(data)

    @property
    def all_text(self) -> str:
        return " ".join("".join(self.text).split())

    def titles(self, href_end: str) -> set[str]:
        return {a["title"] for tag, a in self.tags
                if tag == "a" and a.get("href", "").endswith(href_end)}


def read_page(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    import shutil

    from sphinx.testing.util import SphinxTestApp

    src = tmp_path_factory.mktemp("escaping") / "src"
    shutil.copytree(Path(__file__).parents[1] / "roots" / "test-escaping", src)
    # Sphinx's test app swaps Alabaster, the default theme, for "basic" unless asked;
    # Alabaster is what a real project gets, and it prints project and copyright as markup
    app = SphinxTestApp("html", srcdir=src, freshenv=True,
                        confoverrides={"html_theme": "alabaster"})
    try:
        app.build()
        yield app, {p.name: read_page(p) for p in app.outdir.glob("*.html")}
    finally:
        app.cleanup()


def test_build_is_clean(site):
    app, pages = site
    assert app.statuscode == 0 and app.warning.getvalue() == ""
    assert {"page.html", "glossary.html", "references.html"} <= set(pages)


def test_no_data_becomes_an_element_or_attribute(site):
    _, pages = site
    for name, page in pages.items():
        assert not any("alert" in script for script in page.inline_scripts), name
        assert [t for t, _ in page.tags if t in ("img", "b", "i")] == [], name
        assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs), name
        assert page.nested_links == 0, name  # a stray </a> in data closes nothing


def test_project_and_copyright_show_the_characters_written(site):
    # the default theme (Alabaster) prints both unescaped unless the extension escapes them
    _, pages = site
    page = pages["page.html"].all_text
    assert page.count('caglossary <script>alert("project")</script> & "escaping"') >= 1
    assert "caglossary <b>developers</b> & co" in page
    assert "&lt;" not in page and "&amp;" not in page  # escaped once, not twice


def test_tooltips_show_the_characters_written(site):
    _, pages = site
    page = pages["page.html"]
    assert page.titles("#cag-term-script-council") == {f"Betik Konseyi — {SCRIPT_DEFINITION}"}
    assert page.titles("#cag-term-markup-forum") == {
        f"İşaret Forumu — {MARKUP_DEFINITION}", f"Markup Forum — {ENTITY_DEFINITION}"}
    assert page.titles("#cag-term-science-council") == {
        "Bilim & Teknoloji Konseyi — A synthetic council whose name holds an ampersand: A&B <C>."}
    # the role's English mention, and the Turkish one found in the text although
    # smart quotes curled its straight quotes
    assert page.titles("#cag-term-new-asia-initiative") == {
        '"Yeni Asya" Girişimi — A synthetic initiative whose name is written in '
        '"double quotes".',
        '"New Asia" Initiative — Adı "çift tırnak" içinde yazılan yapay bir girişim.'}
    (cite,) = page.titles("#cag-ref-quoteson2019")
    assert BIB_QUOTED in cite and "<i>Co</i>" in cite
    (cite,) = page.titles("#cag-ref-obrien2020")
    assert BIB_TITLE in cite  # the CSL styles print no BibTeX note field


def test_a_backslash_escape_inside_a_citation_neither_stops_nor_shows_in_its_link(site):
    _, pages = site
    page = pages["page.html"]
    links = [a for tag, a in page.tags
             if tag == "a" and a.get("href", "").endswith("#cag-ref-quoteson2019")]
    assert len(links) == 2
    assert "(Quoteson, 2019:12)" in page.all_text and "\\" not in page.all_text


def test_glossary_and_bibliography_pages_show_the_characters_written(site):
    _, pages = site
    glossary = pages["glossary.html"].all_text
    for written in (SCRIPT_DEFINITION, MARKUP_DEFINITION, TEMPLATE_DEFINITION,
                    ENTITY_DEFINITION, '"Yeni Asya" Girişimi', "Science & Technology Council"):
        assert written in glossary
    references = pages["references.html"].all_text
    assert BIB_TITLE in references and BIB_QUOTED in references
    assert BIB_TITLE in references  # the CSL styles print no BibTeX note field


def test_escaped_braces_in_bib_fields_show_as_braces(site):
    _, pages = site
    (cite,) = pages["page.html"].titles("#cag-ref-obrien2020")
    assert "{{ 7*7 }} and *stars*" in cite and "\\{" not in cite


def test_glossary_letters_are_in_alphabetical_order(site):
    _, pages = site
    letters = [a["href"].rsplit("-", 1)[-1] for tag, a in pages["glossary.html"].tags
               if tag == "a" and "#cag-letter-en-" in a.get("href", "")]
    assert letters == sorted(letters)
