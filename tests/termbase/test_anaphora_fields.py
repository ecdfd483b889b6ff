"""The anaphora fields of a concept: class_nouns (per side) and succeeded_by."""

from __future__ import annotations

import pytest

from caglossary.termbase.cache import load_cached, store_cached
from caglossary.termbase.loader import read_glossary_files
from caglossary.termbase.reader import read_glossary_file

CONCEPT = '''
[[concept]]
id = "{id}"
category = "organisation"
sources = [{{ key = "aydin2024sco", pages = "151" }}]
{concept_extra}

[concept.tr]
term = "{id} Örgüt|ü"
class_nouns = {tr_nouns}
definition = "Tanım."

[concept.en]
term = "{id} Organization"
class_nouns = ["organization"]
definition = "Definition."
'''


def concept(cid: str, *, tr_nouns: str = '["örgüt|"]', concept_extra: str = "") -> str:
    return CONCEPT.format(id=cid, tr_nouns=tr_nouns, concept_extra=concept_extra)


def test_class_nouns_and_successor_load_and_survive_the_cache(tmp_path):
    path = tmp_path / "g.toml"
    path.write_text(concept("old", concept_extra='succeeded_by = { id = "new", year = 2001 }')
                    + concept("new"), encoding="utf-8")
    report = read_glossary_file(path)
    assert report.problems == []
    old = report.concepts[0]
    assert old.tr.class_nouns == ("örgüt|",) and old.en.class_nouns == ("organization",)
    assert old.successor == ("new", 2001)
    raw = path.read_bytes()
    store_cached(path, raw, 11, report)
    cached = load_cached(path, raw, 11)
    assert cached is not None and cached.concepts == report.concepts


@pytest.mark.parametrize("extra, fragment", [
    ('succeeded_by = "new"', "succeeded_by must be a table with id and year"),
    ('succeeded_by = { id = "new" }', "succeeded_by must be a table with id and year"),
    ('succeeded_by = { id = "new", year = "2001" }', "succeeded_by.year must be a four-digit"),
    ('succeeded_by = { id = "", year = 2001 }', "succeeded_by.id must be a concept id"),
])
def test_a_bad_successor_is_reported_with_its_line(tmp_path, extra, fragment):
    path = tmp_path / "g.toml"
    path.write_text(concept("old", concept_extra=extra), encoding="utf-8")
    [problem] = read_glossary_file(path).problems
    assert fragment in problem.message and problem.line == 6


def test_a_successor_no_concept_has_is_a_broken_link(tmp_path):
    path = tmp_path / "g.toml"
    path.write_text(concept("old", concept_extra='succeeded_by = { id = "gone", year = 2001 }'),
                    encoding="utf-8")
    _, problems = read_glossary_files([path], builtin=False)
    assert [p.code for p in problems] == ["broken-successor"]


def test_class_nouns_take_the_inflection_marker_rules(tmp_path):
    path = tmp_path / "g.toml"
    path.write_text(concept("x", tr_nouns='["ör|güt|"]'), encoding="utf-8")
    problems = read_glossary_file(path).problems
    assert problems and all(p.severity == "error" for p in problems)
    assert "class_nouns" in problems[0].message or "ör|güt|" in problems[0].message
