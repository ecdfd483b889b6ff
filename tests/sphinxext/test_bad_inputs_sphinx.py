"""The bad-input corpus (tests/bad_inputs/cases.toml) in a Sphinx build.

One project uses every glossary and .bib file of the corpus as its data and
every text document as a page. Each problem the command line reports must
come out as a typed ``caglossary`` warning at the same place, the build must
complete with every valid entry, and under ``-W`` it must fail.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bad_input_cases import BAD, CASES

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
# Data files and documents; folders are build cases (tests/sphinxext/test_site_*.py).
SPHINX_CASES = {(c["input"], c["where"], c["message"]): c for c in CASES
                if c.get("sphinx", True) and c["exit"] != 2
                and c["input"].startswith(("glossary/", "bib/", "documents/"))}


def _data_files(kind: str) -> list[str]:
    return sorted(str(p) for p in (BAD / kind).glob("*.*") if p.suffix in (".toml", ".bib"))


def _sphinx_project(src: Path, documents: bool = True) -> dict:
    """A project whose data is the whole corpus and whose pages are its documents."""
    src.mkdir()
    (src / "conf.py").write_text('extensions = ["caglossary"]\n', encoding="utf-8")
    pages = ["glossary", "references"]
    (src / "glossary.rst").write_text("Glossary\n========\n\n.. caglossary-glossary::\n",
                                      encoding="utf-8")
    (src / "references.rst").write_text("References\n==========\n\n"
                                        ".. caglossary-bibliography::\n   :all:\n",
                                        encoding="utf-8")
    for doc in sorted((BAD / "documents").glob("*.txt")) if documents else ():
        (src / doc.name).write_bytes(doc.read_bytes())
        pages.append(doc.stem)
        (src / f"{doc.stem}.rst").write_text(f"{doc.stem}\n{'=' * len(doc.stem)}\n\n"
                                             f".. caglossary-text:: {doc.name}\n",
                                             encoding="utf-8")
    toctree = "".join(f"   {page}\n" for page in pages)
    (src / "index.rst").write_text(f"Bad inputs\n==========\n\n.. toctree::\n\n{toctree}",
                                   encoding="utf-8")
    return {"caglossary_glossary_files": _data_files("glossary"),
            "caglossary_bib_files": _data_files("bib")}


@pytest.fixture(scope="module")
def sphinx_build(tmp_path_factory):
    """One build shared by the checks below (make_app is per test; this runs once)."""
    from sphinx.testing.util import SphinxTestApp

    src = tmp_path_factory.mktemp("bad-inputs") / "src"
    app = SphinxTestApp("html", srcdir=src, freshenv=True, confoverrides=_sphinx_project(src))
    try:
        app.build()
        yield app, _ANSI.sub("", app.warning.getvalue())
    finally:
        app.cleanup()


def _sphinx_where(case: dict) -> str:
    path, _, line = case.get("sphinx_where", case["where"]).partition(":")
    if path.startswith("documents/"):  # staged next to the page that includes it
        return f"{Path(path).name}:{line}"
    return f"{BAD / path}:{line}"


@pytest.mark.parametrize("key", list(SPHINX_CASES), ids=lambda k: f"{k[0]}:{k[2][:30]}")
def test_sphinx_reports_a_typed_warning_with_its_location(key, sphinx_build):
    case = SPHINX_CASES[key]
    app, warnings = sphinx_build
    assert app.statuscode == 0
    message = case["message"].removeprefix("warning: ")
    pattern = re.compile(rf"{re.escape(_sphinx_where(case))}: WARNING: caglossary: .*"
                         rf"{re.escape(message)}.*\[caglossary\.[a-z-]+\]")
    assert pattern.search(warnings), warnings


def test_sphinx_build_completes_with_every_valid_entry(sphinx_build):
    app, warnings = sphinx_build
    assert "Traceback" not in warnings and "Exception" not in warnings
    project = app.env.get_domain("cag").project
    for case in CASES:
        if case["input"].startswith("glossary/") and case.get("loads"):
            assert set(case["loads"]) <= set(project.glossary.ids), case["input"]
        if case["input"].startswith("bib/") and case.get("loads"):
            assert set(case["loads"]) <= set(project.bibliography.keys), case["input"]
    assert (app.outdir / "glossary.html").is_file() and (app.outdir / "references.html").is_file()
    html = (app.outdir / "unknown_citation.html").read_text(encoding="utf-8")
    assert "cag-ref-vanderhill2020between" in html  # the resolvable citation is still linked


def test_sphinx_warnings_fail_the_build_under_W(make_app, tmp_path):
    """Data files alone (no pages that docutils itself complains about)."""
    overrides = _sphinx_project(tmp_path / "src", documents=False)
    app = make_app("html", srcdir=tmp_path / "src", freshenv=True, confoverrides=overrides,
                   warningiserror=True)
    app.build()
    assert app.statuscode == 1
    assert re.search(r"\[caglossary\.(glossary-syntax|glossary-entry|bib-entry)\]",
                     app.warning.getvalue())


def test_sphinx_names_the_line_of_an_undecodable_text(sphinx_build):
    _, warnings = sphinx_build
    assert re.search(r"not_utf8\.txt:3: (WARNING|ERROR): caglossary: .*\[caglossary\.", warnings)
