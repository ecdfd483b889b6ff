"""An acronym a page defines for itself ("Central Asia (CA)") links in the rest of that page."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.sphinx("html", testroot="abbreviations", freshenv=True)


def _linked(app, name: str) -> list[tuple[str, str]]:
    html = (app.outdir / name).read_text(encoding="utf-8")
    return re.findall(r'<a class="[^"]*cag-term[^"]*" href="[^"]*#cag-term-([^"]+)"'
                      r'[^>]*>(?:<[^>]+>)*([^<]+)', html)


def test_the_acronym_links_in_every_later_text_node_of_the_page(app):
    app.build()
    linked = _linked(app, "notes.html")
    # the uses sit in other text nodes than the definition (strong, a new
    # section): the page, not one node, is what the acronym was defined for
    assert linked.count(("central-asia", "CA")) == 3
    assert ("central-asia", "CA’s") in linked or ("central-asia", "CA's") in linked


def test_another_page_does_not_inherit_the_definition(app):
    app.build()
    assert _linked(app, "other.html") == []
