"""caglossary leaves other extensions' nodes written in every HTML-format builder.

Sphinx looks up node visitors by the builder's name before its format: an
extension that registered any visitor for "epub" or "singlehtml" by name would
hide every html-only visitor of other extensions (sphinx.ext.todo's) from those
builders. The root ``test-otherextensions`` has a todo and a linked term.
"""

from __future__ import annotations

import shutil

import pytest


@pytest.mark.parametrize("builder", ["html", "singlehtml", "epub", "dirhtml"])
def test_todo_and_terms_are_written_by_each_html_builder(make_app, rootdir, tmp_path, builder):
    srcdir = tmp_path / "otherextensions"
    shutil.copytree(rootdir / "test-otherextensions", srcdir)
    app = make_app(builder, srcdir=srcdir, freshenv=True)
    app.build()
    warnings = app.warning.getvalue()
    assert "unknown node" not in warnings
    written = "".join(p.read_text(encoding="utf-8") for p in app.outdir.rglob("*.*html"))
    assert "genişlemesini yaz" in written  # the todo's text
    assert "cag-term-dialogue-partner" in written  # and the term linked to its entry
