"""A data file named twice (another spelling of its path, a link to it, the bundled
file by its path) is read once, on every surface."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from caglossary.bib.library import load_bibliography
from caglossary.cli import main
from caglossary.resources import builtin_bib_paths, builtin_glossary_path
from caglossary.termbase.loader import read_glossary_files
from caglossary.text.files import distinct_files

BIB = "@book{twice2020,\n  author = {Doe, Jane},\n  title = {Twice},\n  year = {2020},\n}\n"
TERMS = '''schema = 1
[[concept]]
id = "twice-named"
category = "concept"
sources = [{ key = "twice2020" }]
[concept.tr]
term = "iki kez adlandırılan"
definition = "Tanım."
[concept.en]
term = "twice named"
definition = "Definition."
'''


@pytest.fixture
def files(tmp_path, monkeypatch) -> tuple[Path, Path]:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "terms.toml").write_text(TERMS, encoding="utf-8")
    if hasattr(os, "symlink"):
        os.symlink("refs.bib", tmp_path / "link.bib")
        os.symlink("terms.toml", tmp_path / "link.toml")
    return tmp_path / "refs.bib", tmp_path / "terms.toml"


def _spellings(path: Path) -> list[str]:
    link = path.with_name("link" + path.suffix)
    return [path.name, f"./{path.name}", str(path), *([link.name] if link.exists() else [])]


def test_a_bibliography_named_twice_is_read_once(files):
    bib, _ = files
    library = load_bibliography(_spellings(bib))
    assert [str(p) for p in library.problems if "twice2020" in str(p)] == []
    assert library.get("twice2020").path == "refs.bib"


def test_a_glossary_named_twice_is_read_once(files):
    _, terms = files
    reports, problems = read_glossary_files([*_spellings(terms), str(builtin_glossary_path())])
    assert [r.path for r in reports] == [str(builtin_glossary_path()), "terms.toml"]
    assert [p.code for p in problems if p.code == "duplicate-id"] == []


def test_validate_counts_and_reports_each_file_once(files, capsys):
    bib, terms = files
    argv = ["validate", "--no-builtin"]
    for spelling in (*_spellings(terms), *_spellings(bib), str(builtin_bib_paths()[0])):
        argv += ["--bib" if spelling.endswith(".bib") else "--glossary", spelling]
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert out == "" and err.endswith(f"{1 + len(builtin_bib_paths()) + 1} file(s) checked: "
                                      "0 error(s), 0 warning(s)\n")


def test_a_path_that_cannot_be_examined_stays_to_be_reported_once(tmp_path):
    missing = tmp_path / "nope.bib"
    assert distinct_files([missing, str(missing), "x\0y"]) == [missing, "x\0y"]
