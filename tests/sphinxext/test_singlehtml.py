"""The singlehtml builder: every page in one file, so every link is ``#anchor``.

Sphinx 8.2 to 9.0 make ``#document-glossary#cag-term-sco`` of a link to
another page (sphinx-doc/sphinx#14221); a browser looks for an element with
that whole id and finds none, so every term, citation, source and back-link
of a researcher's single-page book went nowhere.
"""

from __future__ import annotations

import re

import pytest


@pytest.mark.sphinx("singlehtml", testroot="researcher", freshenv=True)
def test_every_caglossary_link_points_at_an_anchor_of_the_page(app):
    app.build()
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    ids = set(re.findall(r'\bid="([^"]+)"', page))
    ours = re.findall(r'<a class="cag-[^"]*reference internal" href="([^"]*)"', page)
    assert len(ours) > 20
    assert [href for href in ours if href.count("#") != 1 or not href.startswith("#")] == []
    assert sorted({href[1:] for href in ours} - ids) == []
