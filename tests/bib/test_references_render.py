"""In-text citations as researchers write them, in Turkish and English."""

from __future__ import annotations

import textwrap

import pytest

from caglossary.bib.library import bibliography, load_bibliography
from caglossary.bib.render import cite, in_text, join_list, short_names


def test_rendered_reference_list_snapshot(data_regression):
    bib = bibliography()
    data_regression.check({
        ref.key: {"cite_tr": cite(bib, [(ref.key, "")], "tr"),
                  "cite_en": cite(bib, [(ref.key, "")], "en")}
        for ref in bib})


@pytest.mark.parametrize(("lang", "page_style", "expected"), [
    ("tr", False, "(Cooley, 2012:79; Vanderhill vd., 2020:988; Burkhanov ve Chen, 2016)"),
    ("en", False, "(Cooley, 2012:79; Vanderhill et al., 2020:988; Burkhanov and Chen, 2016)"),
    ("tr", True, "(Cooley, 2012, s. 79; Vanderhill vd., 2020, s. 988; Burkhanov ve Chen, 2016)"),
    ("en", True, "(Cooley, 2012, p. 79; Vanderhill et al., 2020, p. 988; Burkhanov and Chen, 2016)"),
])
def test_in_text_group(lang, page_style, expected):
    items = [("cooley2012great", "79"), ("vanderhill2020between", "988"),
             ("burkhanov2016kazakh", "")]
    assert cite(bibliography(), items, lang, page_style=page_style) == expected


def test_page_ranges_and_narrative():
    bib = bibliography()
    assert cite(bib, [("jain2017", "4-6")], "tr", page_style=True) == "(Jain, 2017, ss. 4–6)"
    assert cite(bib, [("jain2017", "4-6")], "en", page_style=True) == "(Jain, 2017, pp. 4–6)"
    assert cite(bib, [("cooley2012great", "79")], "tr", narrative=True) == "Cooley (2012:79)"
    # Two undated works of the Ministry: told apart by letters, untitled one first.
    assert cite(bib, [("mfa-tr-sco", ""), ("mfa-tr-asia", "")], "tr") == (
        "(Türkiye Cumhuriyeti Dışişleri Bakanlığı, t.y.-a; "
        "Türkiye Cumhuriyeti Dışişleri Bakanlığı, t.y.-b)")
    assert cite(bib, [("mfa-tr-sco", "")], "en") == "(Türkiye Cumhuriyeti Dışişleri Bakanlığı, n.d.-a)"
    assert cite(bib, [("cica", "")], "tr") == (
        "(Conference on Interaction and Confidence Building Measures in Asia, t.y.)")
    assert in_text([bib.lookup("sco2015strategy")], lang="en") == (
        "(Shanghai Cooperation Organization, 2015)")


def test_name_lists():
    assert join_list(["A", "B", "C"], "tr") == "A, B ve C"
    assert join_list(["A", "B", "C"], "en") == "A, B, and C"
    assert short_names(bibliography().lookup("burkhanov2016kazakh"), "tr") == "Burkhanov ve Chen"
    assert short_names(bibliography().lookup("vanderhill2020between"), "en") == (
        "Vanderhill et al.")


def test_suffixed_year(tmp_path):
    path = tmp_path / "x.bib"
    path.write_text(textwrap.dedent("""
        @article{a, author = {Işık, Ayşe}, title = {ilk makale}, year = {2019}}
        @article{b, author = {Işık, Ayşe}, title = {İkinci makale}, year = {2019},
                 journal = {Bilig}, volume = {9}}
    """), encoding="utf-8")
    bib = load_bibliography([path], builtin=False)
    # Suffixes follow Turkish title order: İkinci (İ-k) before ilk (i-l).
    assert cite(bib, [("b", "3")], "tr") == "(Işık, 2019a:3)"
    assert cite(bib, [("a", "")], "en", narrative=True) == "Işık (2019b)"


def test_unknown_language_is_an_error():
    with pytest.raises(ValueError):
        cite(bibliography(), [("jain2017", "")], "de")
