"""Glossary and bibliography pages: order, letter headings, UI language, scopes, back-links."""

from __future__ import annotations

import re

import pytest
from test_sphinx_support import DATA, broken_links, parse_page


def _entry_ids(html: str) -> list[str]:
    return re.findall(r'<dt class="cag-entry-term" id="([^"]+)"', html)


def _letters(html: str) -> list[str]:
    return re.findall(r'<p class="rubric" id="cag-letter-[^"]+">([^<]+)</p>', html)


@pytest.mark.sphinx("html", testroot="turkish", freshenv=True, confoverrides=DATA)
def test_turkish_view_order_and_letter_groups(app, warning):
    app.build()
    # docutils itself has no Turkish localisation and says so; nothing else may warn
    assert [w for w in warning.getvalue().splitlines() if "[docutils]" not in w] == []
    html = (app.outdir / "sozluk.html").read_text(encoding="utf-8")
    assert _letters(html) == ["Ç", "D", "I", "İ", "K", "Ş"]
    assert _entry_ids(html) == [
        "cag-term-china", "cag-term-multi-vector-foreign-policy", "cag-term-dialogue-partner",
        "cag-term-iraq", "cag-term-iran", "cag-term-kazakhstan", "cag-term-nato",
        "cag-term-shanghai-five", "cag-term-sco"]


@pytest.mark.sphinx("html", testroot="turkish", freshenv=True, confoverrides=DATA)
def test_english_view_is_in_english_order_with_its_own_anchors(app):
    app.build()
    html = (app.outdir / "sozluk-en.html").read_text(encoding="utf-8")
    assert _letters(html) == ["C", "D", "I", "K", "M", "N", "S"]
    ids = _entry_ids(html)
    assert ids[:3] == ["cag-term-china", "cag-term-dialogue-partner", "cag-term-iran"]
    assert ids[-2:] == ["cag-term-sco", "cag-term-shanghai-five"]


@pytest.mark.sphinx("html", testroot="turkish", freshenv=True, confoverrides=DATA)
def test_ui_strings_follow_language_tr(app):
    app.build()
    glossary = (app.outdir / "sozluk.html").read_text(encoding="utf-8")
    assert "<strong>Geçtiği sayfalar</strong>" in glossary
    assert "<strong>Ayrıca bakınız</strong>" in glossary
    assert "<strong>Kaynaklar</strong>" in glossary
    references = (app.outdir / "kaynakca.html").read_text(encoding="utf-8")
    assert "Atıf yapılan sayfalar:" in references
    # term links go to the Turkish view (language = tr), all anchors exist
    hrefs = [link["href"] for link in parse_page(app.outdir / "metin.html").links]
    assert "sozluk.html#cag-term-sco" in hrefs
    assert broken_links(app.outdir)[1] == []


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_english_ui_and_two_views_on_one_page(app):
    app.build()
    html = (app.outdir / "glossary.html").read_text(encoding="utf-8")
    assert "<strong>Used in</strong>" in html and "<strong>See also</strong>" in html
    ids = _entry_ids(html)
    assert len(ids) == len(set(ids)) == 18  # the second view gets cag-term-<lang>-<id>
    assert "cag-term-sco" in ids and "cag-term-tr-sco" in ids


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_used_in_back_links_point_at_the_first_mention(app):
    app.build()
    html = (app.outdir / "glossary.html").read_text(encoding="utf-8")
    assert 'href="research.html#cag-use-sco">Research notes</a>' in html
    assert 'id="cag-use-sco"' in (app.outdir / "research.html").read_text(encoding="utf-8")


def _reference_keys(path) -> list[str]:
    return re.findall(r'id="cag-ref-([^"]+)"', path.read_text(encoding="utf-8"))


@pytest.mark.sphinx("html", testroot="bibliography", freshenv=True, confoverrides=DATA)
def test_bibliography_scopes(app, warning):
    app.build()
    assert warning.getvalue() == ""
    assert _reference_keys(app.outdir / "first.html") == ["cooley2012great"]
    assert _reference_keys(app.outdir / "cited.html") == ["cooley2012great",
                                                          "vanderhill2020between"]
    assert _reference_keys(app.outdir / "everything.html") == [
        "aydin2024sco", "cooley2012great", "jain2017", "peyrouse2008", "vanderhill2020between"]
    # a page with its own bibliography links there; other pages to the global one
    first = [link["href"] for link in parse_page(app.outdir / "first.html").links]
    second = [link["href"] for link in parse_page(app.outdir / "second.html").links]
    assert first == ["#cag-ref-cooley2012great"]
    assert second == ["cited.html#cag-ref-vanderhill2020between"]
    assert broken_links(app.outdir)[1] == []


@pytest.mark.sphinx("html", testroot="bibliography", freshenv=True, confoverrides=DATA)
def test_unverified_records_are_marked_and_back_linked(app):
    app.build()
    html = (app.outdir / "everything.html").read_text(encoding="utf-8")
    jain = re.search(r'id="cag-ref-jain2017".*?</p>', html, re.S).group()
    assert '<span class="cag-unverified">[unverified]</span>' in jain
    cooley = re.search(r'id="cag-ref-cooley2012great".*?</p>', html, re.S).group()
    assert "cag-unverified" not in cooley
    assert 'href="first.html#cag-cite-1">First</a>' in cooley
