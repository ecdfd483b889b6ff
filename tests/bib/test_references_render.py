"""The house author–year style in Turkish and English."""

from __future__ import annotations

import textwrap

import pytest

from caglossary.bib.library import bibliography, load_bibliography
from caglossary.bib.render import cite, format_authors, in_text, reference_entry, short_names


def test_rendered_reference_list_snapshot(data_regression):
    bib = bibliography()
    data_regression.check({
        ref.key: {"tr": reference_entry(ref, "tr", bib), "en": reference_entry(ref, "en", bib),
                  "cite_tr": cite(bib, [(ref.key, "")], "tr"),
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


def test_author_lists_use_babel_list_patterns():
    people = bibliography().lookup("vanderhill2020between").authors
    assert format_authors(people, "tr") == "Vanderhill, R., Joireman, S. F. ve Tulepbayeva, R."
    assert format_authors(people[:2], "en") == "Vanderhill, R. and Joireman, S. F."
    assert short_names(bibliography().lookup("burkhanov2016kazakh"), "tr") == "Burkhanov ve Chen"


def test_titles_are_never_recased_and_unverified_is_marked():
    bib = bibliography()
    entry = reference_entry(bib.lookup("aydin2024sco"), "en", bib)
    assert "Şanghay İşbirliği Örgütü: Türkiye'nin Kazakistan" in entry
    assert "[unverified]" not in entry and "SDE Akademi Dergisi, 4(1), 149–170." in entry
    assert reference_entry(bib.lookup("jain2017"), "tr", bib) == (
        "Jain (2017). [başlık bilinmiyor]. [doğrulanmamış]")
    assert reference_entry(bib.lookup("jain2017"), "en", bib) == (
        "Jain (2017). [title unknown]. [unverified]")


def test_missing_journal_and_suffixed_year(tmp_path):
    path = tmp_path / "x.bib"
    path.write_text(textwrap.dedent("""
        @article{a, author = {Işık, Ayşe}, title = {ilk makale}, year = {2019}}
        @article{b, author = {Işık, Ayşe}, title = {İkinci makale}, year = {2019},
                 journal = {Bilig}, volume = {9}}
    """), encoding="utf-8")
    bib = load_bibliography([path], builtin=False)
    # Suffixes follow Turkish title order: İkinci (İ-k) before ilk (i-l).
    assert reference_entry(bib.lookup("a"), "tr", bib) == (
        "Işık, A. (2019b). ilk makale. [dergi bilinmiyor].")
    assert reference_entry(bib.lookup("b"), "en", bib) == (
        "Işık, A. (2019a). İkinci makale. Bilig, 9.")
    assert cite(bib, [("b", "3")], "tr") == "(Işık, 2019a:3)"


def test_unknown_language_is_an_error():
    with pytest.raises(ValueError):
        reference_entry(bibliography().lookup("jain2017"), "de")
