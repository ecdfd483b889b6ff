"""Mentions inside ``.. only::`` blocks, which a builder may drop.

The glossary's "Geçtiği sayfalar" back-link goes to the first mention of a
concept on a page. When that mention was inside ``.. only:: html``, the PDF
dropped it with its anchor and the back-link was an undefined reference
(pdflatex: "Hyper reference ... undefined"). The anchor now sits on the first
mention every builder keeps.
"""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.sphinx(testroot="onlyblocks", freshenv=True)


def _labels_and_refs(tex: str) -> tuple[set[str], set[str]]:
    labels = set(re.findall(r"\\label\{\\detokenize\{([^}]+)\}\}", tex))
    refs = set(re.findall(r"\\hyperref\[\\detokenize\{([^}]+)\}\]", tex))
    refs |= set(re.findall(r"\\autopageref\*\{\\detokenize\{([^}]+)\}\}", tex))
    return labels, refs


@pytest.mark.sphinx("latex")
def test_every_back_link_of_the_pdf_has_its_anchor(app):
    app.build()
    (tex_file,) = app.outdir.glob("*.tex")
    labels, refs = _labels_and_refs(tex_file.read_text(encoding="utf-8"))
    assert "bolum:cag-use-sco" in refs  # the glossary links back to the chapter
    assert "bolum:cag-use-eaeu" in refs  # mentioned inside only blocks alone
    assert sorted(refs - labels) == []


@pytest.mark.sphinx("html")
def test_html_keeps_one_anchor_per_concept_and_it_resolves(app):
    app.build()
    page = (app.outdir / "bolum.html").read_text(encoding="utf-8")
    assert page.count('id="cag-use-sco"') == 1
    glossary = (app.outdir / "sozluk.html").read_text(encoding="utf-8")
    assert 'href="bolum.html#cag-use-sco"' in glossary
    assert page.count('id="cag-use-eaeu"') == 1 and 'href="bolum.html#cag-use-eaeu"' in glossary

