"""Automatic links written straight to HTML are the bytes the ordinary nodes give.

The html builder with Sphinx's own translator gets the links written in one
piece (sphinxext/htmllinks.py); a translator that writes references its own
way gets reference nodes. A translator subclass that only passes through to
Sphinx's methods takes the second path, so the two builds of each root must
write the same pages byte for byte: links, tooltips with hostile characters,
anaphors, citations, same-page links and links with nowhere to go.
"""

from __future__ import annotations

import shutil

import pytest
from sphinx.writers.html5 import HTML5Translator

from caglossary.sphinxext.autolinks import auto_links
from caglossary.sphinxext.htmllinks import writes_plainly


class PassingTranslator(HTML5Translator):
    """Writes references exactly as Sphinx does, but is not Sphinx's own class."""

    def visit_reference(self, node):
        super().visit_reference(node)


def _pages(outdir):
    return {p.relative_to(outdir).as_posix(): p.read_bytes()
            for p in sorted(outdir.rglob("*.html"))}


def _build(make_app, source, tmp_path, name, translator=None):
    srcdir = tmp_path / name
    shutil.copytree(source, srcdir)
    app = make_app("html", srcdir=srcdir, freshenv=True)
    if translator is not None:
        app.set_translator("html", translator, override=True)
    kept = []
    app.connect("doctree-resolved", lambda _app, doctree, _doc: kept.extend(
        doctree.findall(auto_links)))
    app.build()
    return app, kept


@pytest.mark.parametrize("root", ["test-basic", "test-researcher", "test-escaping",
                                  "test-anaphora", "test-citestyles"])
def test_written_links_are_the_bytes_of_the_nodes(make_app, rootdir, tmp_path, root):
    direct, kept = _build(make_app, rootdir / root, tmp_path, "direct")
    nodes_way, replaced = _build(make_app, rootdir / root, tmp_path, "nodes", PassingTranslator)
    assert kept and all("cag_written" in node for node in kept)
    assert not replaced  # the other translator met reference nodes only
    written, expected = _pages(direct.outdir), _pages(nodes_way.outdir)
    assert written.keys() == expected.keys()
    for page, content in written.items():
        assert content == expected[page], page


def test_only_sphinx_own_writing_counts_as_plain():
    assert writes_plainly(HTML5Translator)
    assert not writes_plainly(PassingTranslator)
    assert not writes_plainly(object)


def test_matchers_are_released_once_every_page_is_read(make_app, rootdir, tmp_path):
    from caglossary.sphinxext.domain import cag_domain

    app, kept = _build(make_app, rootdir / "test-basic", tmp_path, "released")
    assert kept  # pages were linked while the matchers were held
    glossary = cag_domain(app.env).project.glossary
    assert "_matchers" not in glossary.__dict__
    assert glossary.find_terms("ŞİÖ zirvesi")  # and a later search builds them again
