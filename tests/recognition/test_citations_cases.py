"""Citation recognition, case by case: what is a citation, what it cites, what is not."""

from __future__ import annotations

import textwrap

import pytest

from caglossary.recognition.citations import find_citations
from caglossary.bib.library import load_bibliography

# text, OCR mode, [(surface, keys, locators)]
POSITIVE = [
    ("(Cooley, 2012:79)", False, [("(Cooley, 2012:79)", ["cooley2012great"], ["79"])]),
    ("(Vanderhill vd. 2020:988)", False,
     [("(Vanderhill vd. 2020:988)", ["vanderhill2020between"], ["988"])]),
    ("(Vanderhill et al., 2020, p. 988)", False,
     [("(Vanderhill et al., 2020, p. 988)", ["vanderhill2020between"], ["988"])]),
    ("(Vanderhill vd., 2020, s. 979)", False,
     [("(Vanderhill vd., 2020, s. 979)", ["vanderhill2020between"], ["979"])]),
    ("(Burkhanov, Chen, 2016:3)", False,
     [("(Burkhanov, Chen, 2016:3)", ["burkhanov2016kazakh"], ["3"])]),
    ("(Burkhanov ve Chen, 2016)", False,
     [("(Burkhanov ve Chen, 2016)", ["burkhanov2016kazakh"], [""])]),
    ("(Burkhanov & Chen 2016)", False,
     [("(Burkhanov & Chen 2016)", ["burkhanov2016kazakh"], [""])]),
    ("(Burkhanov and Chen, 2016, pp. 3-5)", False,
     [("(Burkhanov and Chen, 2016, pp. 3-5)", ["burkhanov2016kazakh"], ["3-5"])]),
    ("as shown (Cooley, 2012:79; Vanderhill vd. 2020:988).", False,
     [("(Cooley, 2012:79; Vanderhill vd. 2020:988)",
       ["cooley2012great", "vanderhill2020between"], ["79", "988"])]),
    ("(Alpar, 2020, 2023)", False, [("(Alpar, 2020, 2023)", ["alpar2020", "alpar2023"],
                                     ["", ""])]),
    ("(bkz. Cooley, 2012:75)", False, [("(bkz. Cooley, 2012:75)", ["cooley2012great"],
                                        ["75"])]),
    ("Cooley (2012) bunu yazar.", False, [("Cooley (2012)", ["cooley2012great"], [""])]),
    ("Cooley (2012:79)", False, [("Cooley (2012:79)", ["cooley2012great"], ["79"])]),
    ("Vanderhill vd. (2020) ise", False,
     [("Vanderhill vd. (2020)", ["vanderhill2020between"], [""])]),
    ("Burkhanov ve Chen (2016)", False,
     [("Burkhanov ve Chen (2016)", ["burkhanov2016kazakh"], [""])]),
    ("In Kazakhstan Cooley (2012) argues", False,
     [("Cooley (2012)", ["cooley2012great"], [""])]),
    ("(Türkiye Cumhuriyeti Dışişleri Bakanlığı)", False,
     [("(Türkiye Cumhuriyeti Dışişleri Bakanlığı)", ["mfa-tr-sco"], [""])]),
    ("(TÜRKİYE CUMHURİYETİ DIŞİŞLERİ BAKANLIĞI)", False,
     [("(TÜRKİYE CUMHURİYETİ DIŞİŞLERİ BAKANLIĞI)", ["mfa-tr-sco"], [""])]),
    ("(CICA)", False, [("(CICA)", ["cica"], [""])]),
    ("(Declaration)", False, [("(Declaration)", ["sco2001declaration"], [""])]),
    ("(Sarı, 2017:361-362)", False, [("(Sarı, 2017:361-362)", ["sari2017"], ["361-362"])]),
    ("(Sari, 2017)", False, [("(Sari, 2017)", ["sari2017"], [""])]),  # ASCII typing
    ("(Sar1, 2017:361-362)", True, [("(Sar1, 2017:361-362)", ["sari2017"], ["361-362"])]),
    ("(Tiirkiye Cumhuriyeti Disisleri Bakanligr)", True,
     [("(Tiirkiye Cumhuriyeti Disisleri Bakanligr)", ["mfa-tr-sco"], [""])]),
    ("x (Vanderhill\nvd. 2020:988) y", True,
     [("(Vanderhill\nvd. 2020:988)", ["vanderhill2020between"], ["988"])]),
    ("(Tiirkiye Cumhu-\nriyeti Disisleri Bakanlig1)", True,
     [("(Tiirkiye Cumhu-\nriyeti Disisleri Bakanlig1)", ["mfa-tr-sco"], [""])]),
    # No-date markers: t.y. / ty (Turkish), n.d. (English), with the render side's letters.
    ("(CICA, t.y.)", False, [("(CICA, t.y.)", ["cica"], [""])]),
    ("(China Kazakhstan Ambassador, n.d.)", False,
     [("(China Kazakhstan Ambassador, n.d.)", ["china-kz-ambassador"], [""])]),
    ("(Dış İşleri Bakanlığı, ty)", False, [("(Dış İşleri Bakanlığı, ty)", ["mfa-tr-sco"], [""])]),
    ("(CICA, T.Y.)", False, [("(CICA, T.Y.)", ["cica"], [""])]),
    ("(Türkiye Cumhuriyeti Dışişleri Bakanlığı, t.y.-b:4)", False,
     [("(Türkiye Cumhuriyeti Dışişleri Bakanlığı, t.y.-b:4)", ["mfa-tr-asia"], ["4"])]),
    ("(Türkiye Cumhuriyeti Dışişleri Bakanlığı, n.d.-a, p. 2)", False,
     [("(Türkiye Cumhuriyeti Dışişleri Bakanlığı, n.d.-a, p. 2)", ["mfa-tr-sco"], ["2"])]),
    ("CICA (t.y.) bunu söyler", False, [("CICA (t.y.)", ["cica"], [""])]),
    ("(Cooley, 2012:79; CICA, n. d.)", False,
     [("(Cooley, 2012:79; CICA, n. d.)", ["cooley2012great", "cica"], ["79", ""])]),
    ("(Tiirkiye Cumhuriyeti Disisleri Bakanlig1, t.y.-a)", True,
     [("(Tiirkiye Cumhuriyeti Disisleri Bakanlig1, t.y.-a)", ["mfa-tr-sco"], [""])]),
]

NEGATIVE = [
    "(2012)", "(1996)", "(SCO)", "(PLA)", "(ŞİÖ)", "yılında (2012)", "(Haziran 2012)",
    "(6-7 Haziran 2012)", "(see above)", "(ABD'nin 2019 raporu)",
    "(Tiirkiye Cumhuriyeti Disisleri Bakanligr)",  # OCR damage needs OCR mode
    "SCO (2001) kuruldu", "(Declaration of 2001)",
    # A no-date marker needs a name before it, and is a whole word.
    "(n.d.)", "(t.y.)", "(ty)", "(t.y.:12)", "yılında (t.y.)", "(Haziran, t.y.)",
    "(City)", "(Beauty)", "(CICAty)", "(CICA, tyz)",
]


@pytest.mark.parametrize(("text", "ocr", "expected"), POSITIVE, ids=[c[0] for c in POSITIVE])
def test_positive(text, ocr, expected):
    found = find_citations(text, ocr=ocr)
    assert [(m.surface, list(m.keys), list(m.locators)) for m in found] == expected
    for mention in found:
        assert text[mention.start:mention.end] == mention.surface
        assert not mention.unresolved


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert find_citations(text) == []


@pytest.mark.parametrize(("text", "unresolved", "problem"), [
    ("(Smith, 2019)", "Smith 2019", "no reference in the bibliography by Smith"),
    ("(Cooley, 2015)", "Cooley 2015", "Cooley has no work of 2015"),
    ("Cooley (2015)", "Cooley 2015", "known: 2012"),
    ("(Cooley 2012b)", "Cooley 2012b", "Cooley has no work of 2012b"),
    ("(Smith, n.d.)", "Smith n.d.", "no reference in the bibliography by Smith"),
    ("(Cooley, t.y.)", "Cooley n.d.", "Cooley has no work of n.d."),
    ("Cooley (ty)", "Cooley n.d.", "known: 2012"),
    ("(CICA, t.y.-b)", "CICA n.d.-b", "CICA has no work of n.d.-b"),
    ("(Türkiye Cumhuriyeti Dışişleri Bakanlığı, t.y.)",
     "Türkiye Cumhuriyeti Dışişleri Bakanlığı n.d.", "ambiguous (n.d.-a, n.d.-b)"),
])
def test_unresolved_citations_are_reported_not_dropped(text, unresolved, problem):
    (mention,) = find_citations(text)
    assert mention.keys == () and mention.unresolved == (unresolved,)
    assert problem in mention.problems[0]
    assert mention.as_json()["unresolved"] == [unresolved]


def test_group_with_one_unresolved_item_keeps_the_resolved_one():
    (mention,) = find_citations("(Cooley, 2012:79; Smith, 2019)")
    assert mention.keys == ("cooley2012great",) and mention.locators == ("79",)
    assert mention.unresolved == ("Smith 2019",)


def test_the_text_is_never_changed():
    text = "Önce (Cooley, 2012:79), sonra Vanderhill vd. (2020) — İŞ."
    before = str(text)
    find_citations(text, ocr=True)
    assert text == before


def test_offsets_after_dotted_capital_i():
    text = "İİİ İstanbul'da (Cooley, 2012:79)"
    (mention,) = find_citations(text)
    assert text[mention.start:mention.end] == "(Cooley, 2012:79)"


@pytest.fixture()
def suffixed(tmp_path):
    path = tmp_path / "two.bib"
    path.write_text(textwrap.dedent("""
        @book{z, author = {Cooley, Alexander}, title = {Zeta}, year = {2012}}
        @book{a, author = {Cooley, Alexander}, title = {Alpha}, year = {2012}}
        @book{org, author = {{Acme Institute}}, title = {Annual}, year = {2019},
              x-aliases = {AI ; Acme}}
        @online{u, x-aliases = {Ministry}}
        @online{v, title = {Yeniden Asya Girişimi}, x-aliases = {Ministry}}
        @online{w1, title = {One}, x-aliases = {Office}}
        @online{w2, title = {Two}, x-aliases = {Office}}
    """), encoding="utf-8")
    return load_bibliography([path], builtin=False)


def test_year_suffixes_resolve_and_a_bare_year_is_ambiguous(suffixed):
    found = find_citations("(Cooley, 2012a; Cooley, 2012b:5) (Cooley, 2012)", bibliography=suffixed)
    assert found[0].keys == ("a", "z") and found[0].locators == ("", "5")
    assert found[1].keys == () and "ambiguous (2012a, 2012b)" in found[1].problems[0]


def test_a_year_letter_may_be_a_capital(suffixed):
    found = find_citations("(Cooley, 2012A:7) ve Cooley (2012B)", bibliography=suffixed)
    assert [m.keys for m in found] == [("a",), ("z",)]
    assert found[0].locators == ("7",)


def test_corporate_author_with_year_and_alias(suffixed):
    found = find_citations("(Acme Institute, 2019) (AI) (Acme, 2019)", bibliography=suffixed)
    assert [m.keys for m in found] == [("org",), ("org",), ("org",)]


def test_shared_alias_goes_by_title_in_the_paragraph(suffixed):
    text = "Yeniden Asya girişimi başladı (Ministry).\n\nBaşka bir konu (Ministry)."
    found = find_citations(text, bibliography=suffixed)
    assert [m.keys for m in found] == [("v",), ("u",)]


def test_shared_alias_that_nothing_decides_is_reported(suffixed):
    (mention,) = find_citations("Bir konu (Office).", bibliography=suffixed)
    assert mention.keys == () and mention.unresolved == ("Office",)
    assert "w1, w2" in mention.problems[0]


@pytest.fixture()
def undated(tmp_path):
    path = tmp_path / "undated.bib"
    path.write_text(textwrap.dedent("""
        @misc{y-later, author = {Yılmaz, Ayşe}, title = {Zaman dışı}}
        @misc{y-first, author = {Yılmaz, Ayşe}, title = {Anılar}}
        @misc{y2015, author = {Yılmaz, Ayşe}, title = {Bir yıl}, year = {2015}}
        @misc{kaya, author = {Kaya, Ali}, title = {Tek}}
    """), encoding="utf-8")
    return load_bibliography([path], builtin=False)


def test_undated_works_resolve_by_their_letter(undated):
    text = "(Yılmaz, t.y.-a; Yılmaz, n.d.-b:7) Yılmaz (2015) Kaya (ty) (Yılmaz, t.y.)"
    found = find_citations(text, bibliography=undated)
    assert [m.keys for m in found] == [("y-first", "y-later"), ("y2015",), ("kaya",), ()]
    assert found[0].locators == ("", "7")
    assert "ambiguous (n.d.-a, n.d.-b)" in found[3].problems[0]


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_rendered_undated_citations_read_back(undated, lang):
    from caglossary.bib.render import cite

    keys = ["y-first", "y-later", "kaya"]
    text = cite(undated, [(key, "3") for key in keys], lang)
    narrative = cite(undated, [("kaya", "")], lang, narrative=True)
    found = find_citations(f"{text} {narrative}", bibliography=undated)
    assert [m.keys for m in found] == [tuple(keys), ("kaya",)]
    assert found[0].locators == ("3", "3", "3")


@pytest.mark.parametrize("lang", ["tr", "en"])
@pytest.mark.parametrize("narrative", [False, True])
def test_every_bundled_record_that_can_be_named_reads_back_as_rendered(lang, narrative):
    """Organisations ("U.S. Department of State") and works cited by title included."""
    from caglossary.bib.library import bibliography
    from caglossary.bib.render import cite

    bib = bibliography()
    unnamed = []
    for ref in bib:
        text = cite(bib, [(ref.key, "5")], lang, narrative=narrative)
        found = find_citations(f"Metin {text} sonra.", bibliography=bib)
        if not (ref.authors or ref.editors or ref.title or ref.aliases):
            unnamed.append(ref.key)
            continue
        assert [(m.keys, m.locators) for m in found] == [((ref.key,), ("5",))], text
    # without author, title or alias a work can only be shown as "[author unknown]"
    assert len(unnamed) < len(bib) // 5


def test_an_organisation_with_small_words_and_dots_is_read_whole():
    from caglossary.bib.library import bibliography

    text = ("Strateji (U.S. Department of State, 2020:3) ve Conference on Interaction and "
            "Confidence Building Measures in Asia (t.y.) ile (“Kazakhstan, China sign deals”, 2025).")
    found = find_citations(text, bibliography=bibliography())
    assert [m.surface for m in found] == [
        "(U.S. Department of State, 2020:3)",
        "Conference on Interaction and Confidence Building Measures in Asia (t.y.)"]
    assert [m.keys for m in found] == [("usdos2020strategy",), ("cica",)]


@pytest.mark.parametrize("text", [
    "the International Defence Industry Fair (IDEF) in Istanbul … firms met at the fair (IDEF 2025).",
    "Uluslararası Savunma Sanayii Fuarı (IDEF) … fuarda (IDEF 2025) imzalandı.",
    "Astana hosted the world fair (EXPO 2017).",
])
def test_an_event_named_by_its_acronym_and_year_is_no_citation(text):
    assert find_citations(text) == []


@pytest.mark.parametrize("text", [
    # an acronym the text defines as an organisation's stays a corporate author
    "the Organisation for Economic Co-operation and Development (OECD) … (OECD 2020).",
    "as reported (IDEF 2025).",  # an acronym the text never defines: reported, as before
])
def test_an_acronym_defined_as_no_event_is_still_cited(text):
    (mention,) = find_citations(text)
    assert mention.unresolved
