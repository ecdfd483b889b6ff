"""Anaphora in a Sphinx build: "Örgüt" links to the SCO when the project asks for it."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.sphinx("html", testroot="anaphora", freshenv=True)


def _links(app, name: str) -> list[tuple[str, str, str]]:
    html = (app.outdir / name).read_text(encoding="utf-8")
    return re.findall(r'<a class="([^"]*cag-term[^"]*)" href="([^"]*)"[^>]*>(?:<[^>]+>)*([^<]+)',
                      html)


def test_anaphors_link_to_their_concept_styled_apart(app, warning):
    app.build()
    links = _links(app, "notes.html")
    anaphors = [(href, text) for classes, href, text in links if "cag-anaphor" in classes]
    assert anaphors == [("glossary.html#cag-term-sco", "Örgüt")]
    # indefinite ("bir örgüt olarak") and generic plural ("örgütler") uses stay plain
    html = (app.outdir / "notes.html").read_text(encoding="utf-8")
    assert "bir örgüt olarak" in html and "uluslararası\nörgütler" in html
    assert "cag-anaphor" in (app.outdir / "_static" / "caglossary.css").read_text()


def test_anaphors_count_in_the_back_links(app):
    app.build()
    domain = app.env.get_domain("cag")
    assert domain.data["terms"]["notes"]["sco"] >= 2  # the name and "Örgüt"


@pytest.mark.sphinx("html", testroot="anaphora", freshenv=True,
                    confoverrides={"caglossary_link_anaphora": False})
def test_anaphora_is_off_by_default_or_when_turned_off(app):
    app.build()
    assert all("cag-anaphor" not in classes for classes, _, _ in _links(app, "notes.html"))
