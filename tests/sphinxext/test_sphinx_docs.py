"""The project's own documentation builds with the extension, warning-free, links intact."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_sphinx_support import broken_links, link_counts

DOCS = Path(__file__).parents[2] / "docs"


@pytest.mark.slow
def test_docs_build_clean_with_every_link_resolving(make_app, tmp_path):
    app = make_app("html", srcdir=DOCS, builddir=tmp_path / "build", freshenv=True)
    app.build()
    warnings = re.sub(r"\x1b\[[0-9;]*m", "", app._warning.getvalue())
    assert warnings == ""
    count, broken = broken_links(app.outdir)
    assert broken == []
    for page in ("research/seed-000.html", "research/seed-003.html"):
        terms, _ = link_counts(app.outdir / page)
        assert terms > 0, page
    assert link_counts(app.outdir / "research/seed-003.html")[1] > 0
