"""The references API: loading, lookup, Turkish order, names, year labels, aliases."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from caglossary.bib.names import Person, parse_names
from caglossary.errors import ReferenceNotFound
from caglossary.bib.library import Bibliography, bibliography, load_bibliography
from caglossary.text.turkish import tr_sort_key


def _bib(tmp_path, text: str, name: str = "extra.bib"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_builtin_loads_without_errors():
    bib = bibliography()
    assert len(bib) >= 30
    assert not [p for p in bib.problems if p.severity == "error"]
    assert bibliography() is bib  # cached


def test_reference_fields_and_status():
    ref = bibliography().lookup("vanderhill2020between")
    assert ref.entry_type == "article"
    assert ref.year == "2020"
    assert ref.status == "verified" and ref.verified
    assert ref.field("doi") == "10.1093/ia/iiaa061"
    assert ref.field("missing", "?") == "?"
    assert [p.family for p in ref.authors] == ["Vanderhill", "Joireman", "Tulepbayeva"]
    assert ref.authors[1] == Person("Joireman", "Sandra F.")
    assert ref.source_urls[-1] == "https://doi.org/10.1093/ia/iiaa061"
    assert ref.origin.endswith(f"caglossary.bib:{ref.line}") and ref.line > 1
    with pytest.raises(AttributeError):
        ref.year = "1999"  # frozen


def test_aliases_are_split_on_semicolons():
    ref = bibliography().lookup("mfa-tr-sco")
    assert ref.aliases == ("Türkiye Cumhuriyeti Dışişleri Bakanlığı",
                           "Türkiye Cumhuriyeti Dış İşleri Bakanlığı", "Dış İşleri Bakanlığı")
    assert ref.authors == (Person("Türkiye Cumhuriyeti Dışişleri Bakanlığı", corporate=True),)


def test_get_and_lookup():
    bib = bibliography()
    assert bib.get("nope") is None
    with pytest.raises(ReferenceNotFound) as caught:
        bib.lookup("cooley2012")
    assert caught.value.key == "cooley2012"
    assert "cooley2012great" in caught.value.suggestions
    assert "cooley2012great" in str(caught.value)


def test_iteration_is_turkish_author_order():
    refs = list(bibliography())
    firsts = [r.authors[0].surname for r in refs if r.authors]
    assert firsts == sorted(firsts, key=tr_sort_key)
    # Turkish order, not code-point order: Türkiye (T) comes before Umarov (U) and
    # Vanderhill, Sarı after Saeedi.
    assert firsts.index("Saeedi") < firsts.index("Sarı")
    assert firsts.index("Türkiye Cumhuriyeti Dışişleri Bakanlığı") < firsts.index("Umarov")
    alpars = [r.key for r in refs if r.key.startswith("alpar")]
    assert alpars == ["alpar2020", "alpar2023"]  # same author: by year


@pytest.mark.parametrize(("value", "expected"), [
    ("Aydın, Figen", [("Aydın", "Figen", "")]),
    ("Figen Aydın", [("Aydın", "Figen", "")]),
    ("İlber Ortaylı and Işık, Ayşe", [("Ortaylı", "İlber", ""), ("Işık", "Ayşe", "")]),
    ("van der Berg, Jan", [("Berg", "Jan", "van der")]),
    ("Jan van der Berg", [("Berg", "Jan", "van der")]),
    ("{Türkiye Cumhuriyeti Dışişleri Bakanlığı}", [("Türkiye Cumhuriyeti Dışişleri Bakanlığı", "", "")]),
    ("Sarı", [("Sarı", "", "")]),
    ("{Oxford and Cambridge} and Chen, Yu-Wen", [("Oxford and Cambridge", "", ""), ("Chen", "Yu-Wen", "")]),
])
def test_name_parsing(value, expected):
    people = parse_names(value)
    assert [(p.family, p.given, p.prefix) for p in people] == expected


def test_turkish_initials():
    assert Person("Ortaylı", "ilber").initials() == "İ."
    assert Person("Chen", "Yu-Wen").initials() == "Y.-W."
    assert Person("Joireman", "Sandra F.").inverted() == "Joireman, S. F."
    assert Person("Işık", "ışıl").inverted() == "Işık, I."


def test_year_suffixes_when_works_collide(tmp_path):
    path = _bib(tmp_path, """
        @book{b, author = {Cooley, Alexander}, title = {Zeta}, year = {2012}}
        @article{a, author = {Cooley, A.}, title = {Alpha}, year = {2012}}
        @article{c, author = {Cooley, A. and Chen, Yu-Wen}, title = {Beta}, year = {2012}}
        @article{d, author = {Cooley, A.}, title = {Gamma}, year = {2015}}
    """)
    bib = load_bibliography([path], builtin=False)
    assert not bib.problems
    assert bib.label("a") == "2012a"  # Alpha before Zeta
    assert bib.label("b") == "2012b"
    assert bib.label("c") == "2012"  # cited as "Cooley ve Chen": no collision
    assert bib.label("d") == "2015"
    assert bibliography().label("cooley2012great") == "2012"


def test_later_file_replaces_a_key_with_a_warning(tmp_path):
    path = _bib(tmp_path, """
        @book{cooley2012great, author = {Cooley, Alexander}, title = {Changed}, year = {2012}}
    """)
    bib = load_bibliography([path])
    assert bib.lookup("cooley2012great").title == "Changed"
    warnings = [p for p in bib.problems if p.key == "cooley2012great"]
    assert warnings and warnings[0].severity == "warning"
    assert "replaces the record" in warnings[0].message
    assert len(bib) == len(bibliography())


def test_key_differing_only_in_case_from_another_file_loads_with_a_warning(tmp_path):
    path = _bib(tmp_path, """
        @book{Cooley2012Great, author = {Cooley, Alexander}, title = {Other}, year = {2012}}
    """)
    bib = load_bibliography([path])
    assert bib.lookup("Cooley2012Great").title == "Other"
    assert bib.lookup("cooley2012great").title != "Other"
    warnings = [p for p in bib.problems if p.key == "Cooley2012Great"]
    assert [w.severity for w in warnings] == ["warning"]
    assert "differs from the key 'cooley2012great'" in warnings[0].message
    assert "only in letter case" in warnings[0].message


def test_latex_values_are_decoded_and_braces_kept_for_names(tmp_path):
    path = _bib(tmp_path, r"""
        @article{x,
          author = {Ayd{\i}n, Figen and {\c{S}}ahin, {\.I}smail},
          title = {{\c{S}}anghay {\.I}{\c{s}}birli{\u{g}}i {\"O}rg{\"u}t{\"u} and {NATO}: 50\% \& more},
          year = {2024}
        }
    """)
    ref = load_bibliography([path], builtin=False).lookup("x")
    assert ref.field("title") == "Şanghay İşbirliği Örgütü and {NATO}: 50% & more"
    assert ref.title == "Şanghay İşbirliği Örgütü and NATO: 50% & more"
    assert [p.inverted() for p in ref.authors] == ["Aydın, F.", "Şahin, İ."]


def test_bibliography_from_references_directly():
    refs = [bibliography().lookup("cooley2012great")]
    bib = Bibliography(refs)
    assert len(bib) == 1 and "cooley2012great" in bib and bib.keys == ("cooley2012great",)


def test_import_caglossary_does_not_load_bibtexparser():
    code = ("import sys, caglossary; caglossary.find_citations; "
            "print('bibtexparser' in sys.modules, 'babel' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
