"""A reference with neither author nor title on the bibliography page."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.sphinx(testroot="onlyblocks", freshenv=True)


@pytest.mark.sphinx("html")
def test_a_record_without_author_or_title_is_named_by_its_note(app):
    # the built-in record of an untitled commentary on the C5+1 summit, a source
    # of the C5+1 entry, was listed as "ts. [doğrulanmamış]" and nothing else
    app.build()
    page = (app.outdir / "kaynakca.html").read_text(encoding="utf-8")
    start = page.index('id="cag-ref-c5plus1summit2025"')
    entry = page[start:page.index("</p>", start)]
    assert "Untitled Turkish commentary on the C5+1 Washington Summit" in entry
