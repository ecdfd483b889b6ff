"""A researcher's own project (tests/roots/test-researcher): what its reader sees.

Turkish prose with an English chapter, the researcher's own terms file and
``.bib`` (no ``x-status``), the built-in glossary left on. Built with html,
latex and text; every build must be free of warnings (``-W``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zlib

import pytest

from caglossary.text.turkish import tr_sort_key

pytestmark = pytest.mark.sphinx(testroot="researcher", freshenv=True)


def _warnings(warning) -> list[str]:
    """Warnings, less docutils' note that it has no Turkish module.

    sphinx-build silences that note (it patches docutils' language lookup);
    the test application does not, so it is dropped here.
    """
    return [line for line in warning.getvalue().splitlines() if "[docutils]" not in line]


def _page(app, name: str) -> str:
    return (app.outdir / name).read_text(encoding="utf-8")


def _from_to(html: str, start: str, end: str) -> str:
    """The markup from the first *start* up to the first *end* after it."""
    piece = html[html.index(start):]
    return piece[:piece.index(end)]


def _glossary_terms(html: str) -> list[str]:
    return re.findall(r'<dt class="cag-entry-term" id="cag-term-([^"]+)"', html)


@pytest.mark.sphinx("html")
def test_glossary_lists_what_the_pages_use_and_marks_see_also_targets(app, warning):
    app.build()
    assert _warnings(warning) == []
    html = _page(app, "sozluk.html")
    shown = _glossary_terms(html)
    # used on the pages: the own term, built-in concepts mentioned in prose
    assert {"sco", "dialogue-partner", "trans-caspian-transit-corridor"} <= set(shown)
    assert "middle-corridor" in shown  # the own term's see-also target, marked below
    assert len(shown) < 40  # not the whole built-in glossary (192 concepts)
    assert "nato" not in shown and "ots" not in shown
    marked = re.findall(r'id="cag-term-([^"]+)".*?</dt>', html, flags=re.S)
    see_also_only = [m for m in re.findall(
        r'id="cag-term-([^"]+)"[^>]*>(?:(?!</dt>).)*cag-see-also-only', html, flags=re.S)]
    assert "middle-corridor" in see_also_only and "sco" not in see_also_only
    assert marked


@pytest.mark.sphinx("html", confoverrides={"caglossary_glossary_see_also": False})
def test_see_also_targets_can_be_left_out(app):
    app.build()
    shown = _glossary_terms(_page(app, "sozluk.html"))
    assert "middle-corridor" not in shown and "sco" in shown


@pytest.mark.sphinx("html")
def test_back_links_are_grouped_per_page_with_a_count(app):
    app.build()
    html = _page(app, "sozluk.html")
    sco = _from_to(html, 'id="cag-term-sco"', "</dd>")
    assert re.search(r'class="cag-used-in[^"]*"[^>]*>Bölgesel örgütler</a>'
                     r'<span class="cag-count"> \(\d+\)</span>', sco)
    pages = re.findall(r'class="cag-used-in[^"]*" href="([^"#]+)#', sco)
    assert len(pages) == len(set(pages))  # one link per page, not one per mention
    references = _page(app, "kaynakca.html")
    assert re.search(r'>Bölgesel örgütler</a><span class="cag-count"> \(3\)</span>',
                     references)
    assert re.search(r'>Energy routes</a><span class="cag-count"> \(2\)</span>', references)


@pytest.mark.sphinx("html")
def test_bibliography_lists_what_prose_and_shown_entries_cite_without_marks(app):
    app.build()
    html = _page(app, "kaynakca.html")
    entries = re.findall(r'<p class="cag-reference[^"]*">(.*?)</p>', html, flags=re.S)
    # rendered by the project's CSL style (ISNAD by default): names and years, not wording
    assert any("Karimov" in e and "2019" in e for e in entries)
    assert any("Smith" in e and "Öztürk" in e and "2021" in e for e in entries)
    own = [e for e in entries if "Karimov" in e or "Smith" in e]
    assert all("doğrulanmamış" not in e and "cag-unverified" not in e for e in own)
    assert len(entries) < 10  # not every record the built-in concepts know
    # a glossary source counts once, as the glossary page, with its entry count
    aydin = next(e for e in entries if 'id="cag-ref-aydin2024sco"' in e)
    assert aydin.count(">Sözlük</a>") == 1


@pytest.mark.sphinx("html", confoverrides={"caglossary_status_marks": False})
def test_status_marks_can_be_turned_off(app):
    app.build()
    assert "cag-unverified" not in _page(app, "kaynakca.html")


@pytest.mark.sphinx("html")
def test_every_shown_concept_is_in_the_general_index_in_turkish_order(app):
    app.build()
    html = _page(app, "genindex.html")
    for text in ("Şanghay İşbirliği Örgütü", "Shanghai Cooperation Organization", "ŞİÖ",
                 "SCO", "Hazar geçiş koridoru", "Trans-Caspian Transit Corridor"):
        assert text in html, text
    letters = re.findall(r'<h2 id="([^"]+)">', html)
    assert letters == sorted(letters, key=tr_sort_key)
    assert "Ç" in letters or "Ş" in letters
    assert letters.index("S") < letters.index("Ş") < letters.index("T")


@pytest.mark.sphinx("html")
def test_terms_are_in_objects_inv_for_intersphinx(app):
    app.build()
    raw = (app.outdir / "objects.inv").read_bytes()
    body = zlib.decompress(raw.split(b"\n", 4)[4]).decode("utf-8")
    assert re.search(r"^Şanghay İşbirliği Örgütü std:term -1 sozluk\.html#cag-term-sco -$",
                     body, flags=re.M)
    assert re.search(r"^Shanghai Cooperation Organization std:term -1 "
                     r"sozluk\.html#cag-term-sco -$", body, flags=re.M)
    assert re.search(r"^sco cag:term 1 sozluk\.html#cag-term-\$ Şanghay İşbirliği Örgütü$",
                     body, flags=re.M)


@pytest.mark.sphinx("html")
def test_nolink_class_and_abbr_role_keep_text_unlinked(app):
    app.build()
    html = _page(app, "bolgesel-orgutler.html")
    nolink = _from_to(html, 'class="cag-nolink', "</p>")
    assert "Şanghay İşbirliği Örgütü" in nolink and "cag-term" not in nolink
    assert '<abbr title="Şanghay İşbirliği Örgütü">ŞİÖ</abbr>' in html


@pytest.mark.sphinx("html")
def test_turkish_search_folds_diacritics_and_inflection(app):
    app.build()
    index = _page(app, "searchindex.js")
    terms = re.search(r'"terms":\{(.*?)\}', index).group(1)
    assert re.search(r'"sanghay":', terms) and re.search(r'"orgut":', terms)
    # inflection folded away; whole terms only, since a source URL's slug is a term of its own
    assert '"örgütü":' not in terms and '"orgutu":' not in terms
    assert "&#x27;" not in index  # titles and names stored unescaped (Sphinx escapes them)
    assert "stems = new Set(" in _page(app, "_static/language_data.js")


@pytest.mark.sphinx("latex")
def test_latex_sets_terms_upright_and_back_links_resolve(app, warning):
    app.build()
    assert _warnings(warning) == []
    tex = _page(app, "arastirma.tex")
    assert r"\DUrole{cag-link}{" in tex
    assert r"\csname DUrolecag-link\endcsname#1{\textup{#1}}" in tex
    labels = set(re.findall(r"\\label\{\\detokenize\{([^}]+)\}\}", tex))
    refs = set(re.findall(r"\\hyperref\[\\detokenize\{([^}]+)\}\]", tex))
    assert refs and refs <= labels, sorted(refs - labels)
    pagerefs = set(re.findall(r"\\autopageref\*\{\\detokenize\{([^}]+)\}\}", tex))
    assert pagerefs and pagerefs <= labels
    assert r"\index{" in tex and "Hazar geçiş koridoru" in tex and "Karimov" in tex


@pytest.mark.sphinx("latex")
def test_latex_sets_glossary_sources_see_also_and_back_links_as_the_prose_links(app):
    # Sphinx's \sphinxcrossref is italic: the glossary's "Kaynaklar" citations,
    # see-also terms and page back-links were italic while the same citations
    # and terms in the prose were upright
    app.build()
    tex = _page(app, "arastirma.tex")
    links = re.findall(r"\\hyperref\[\\detokenize\{[^}]*:cag-[^}]+\}\]\{\\sphinxcrossref\{(.{0,20})",
                       tex)
    assert links and all(text.startswith(r"\DUrole{cag-link}{") for text in links), [
        text for text in links if not text.startswith(r"\DUrole{cag-link}{")][:5]
    sources = _from_to(tex, r"\sphinxstylestrong{Kaynaklar}", "\n")
    assert r"\sphinxcrossref{\DUrole{cag-link}{(" in sources


@pytest.mark.sphinx("latex", confoverrides={"caglossary_latex_term_style": "italic"})
def test_latex_term_style_is_configurable(app):
    app.build()
    assert r"\csname DUrolecag-link\endcsname#1{\textit{#1}}" in _page(app, "arastirma.tex")


@pytest.mark.sphinx("latex")
@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="needs pdflatex (TeX Live)")
def test_pdf_compiles_without_undefined_references(app):
    app.build()
    for _ in range(2):  # the second run resolves page references
        done = subprocess.run(["pdflatex", "-interaction=nonstopmode", "arastirma.tex"],
                              cwd=app.outdir, capture_output=True, timeout=300)
    log = _page(app, "arastirma.log") if (app.outdir / "arastirma.log").exists() else ""
    if "not found" in log and ".sty" in log:
        pytest.skip("TeX Live lacks a package Sphinx's LaTeX needs (texlive-latex-recommended)")
    assert done.returncode == 0, log[-2000:]
    assert "undefined" not in log.lower()


@pytest.mark.sphinx("text")
def test_text_build_shows_glossary_and_references(app, warning):
    app.build()
    assert _warnings(warning) == []
    glossary = _page(app, "sozluk.txt")
    assert "Hazar geçiş koridoru" in glossary and "Bölgesel örgütler (" in glossary
    text = _page(app, "kaynakca.txt")
    assert "Karimov" in text and "2019" in text
