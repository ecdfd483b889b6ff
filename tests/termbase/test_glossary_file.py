"""The glossary file format: every mistake is reported as path:line, nothing valid is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from caglossary import load_glossary
from caglossary.termbase.reader import read_glossary_file
from caglossary.termbase.checks import validate_files

GOOD = '''
[[concept]]
id = "{id}"
category = "concept"
sources = [{{ key = "aydin2024sco", pages = "151" }}]

[concept.tr]
term = "{tr}"
definition = "Tanım."

[concept.en]
term = "{en}"
definition = "Definition."
'''


def good(cid: str, tr: str, en: str) -> str:
    return GOOD.format(id=cid, tr=tr, en=en)


def write(tmp_path: Path, text: str | bytes, name: str = "g.toml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def messages(problems) -> list[str]:
    return [str(p) for p in problems]


def test_valid_file_loads(tmp_path):
    path = write(tmp_path, good("a-b", "alfa", "alpha") + good("c", "beta", "beta two"))
    report = read_glossary_file(path)
    assert [c.id for c in report.concepts] == ["a-b", "c"]
    assert report.problems == []


def test_duplicate_id_names_both_lines_and_keeps_the_first(tmp_path):
    path = write(tmp_path, good("x", "alfa", "alpha") + good("x", "beta", "beta"))
    report = read_glossary_file(path)
    assert [c.tr.term for c in report.concepts] == ["alfa"]
    assert messages(report.problems) == [
        f"{path}:16: duplicate id 'x' (first defined on line 2); give one of them another id"]


def test_missing_language_side(tmp_path):
    text = good("x", "alfa", "alpha").split("[concept.en]")[0] + good("y", "beta", "beta")
    report = read_glossary_file(write(tmp_path, text))
    assert [c.id for c in report.concepts] == ["y"]
    (problem,) = report.problems
    assert problem.line == 2 and "the 'en' side is missing" in problem.message


def test_wrong_types_are_reported_on_their_line(tmp_path):
    text = good("x", "alfa", "alpha").replace('sources = [', 'see_also = "y"\nsources = [')
    report = read_glossary_file(write(tmp_path, text + good("y", "beta", "beta")))
    assert [c.id for c in report.concepts] == ["y"]
    assert messages(report.problems) == [
        f"{tmp_path / 'g.toml'}:5: x: see_also must be a list of non-empty strings, "
        'e.g. see_also = ["…"]']


def test_pages_must_be_a_string(tmp_path):
    text = good("x", "alfa", "alpha").replace('pages = "151"', "pages = 151")
    report = read_glossary_file(write(tmp_path, text))
    assert report.concepts == [] and report.problems[0].line == 5


@pytest.mark.parametrize("term, why", [
    ("diyalog ortağ||ı", "at most one"),
    ("diyalog| ortağı", "the last word"),
    ("|diyalog", "follow the stem"),
    ("diyalog ortağ|1", "only letters"),
])
def test_malformed_inflection_marker(tmp_path, term, why):
    report = read_glossary_file(write(tmp_path, good("x", term, "alpha")))
    assert report.concepts == []
    (problem,) = report.problems
    assert problem.line == 8 and "malformed inflection marker" in problem.message
    assert why in problem.message


def test_markers_are_for_turkish_only(tmp_path):
    report = read_glossary_file(write(tmp_path, good("x", "alfa", "alph|a")))
    assert "Turkish forms only" in report.problems[0].message
    assert report.problems[0].line == 12


def test_bad_toml_syntax_names_the_line(tmp_path):
    text = good("x", "alfa", "alpha") + "\n[[concept]]\nid = x-y\n"
    report = read_glossary_file(write(tmp_path, text))
    (problem,) = report.problems
    assert problem.line == 16 and "not valid TOML" in problem.message


def test_non_utf8_names_the_line(tmp_path):
    raw = good("x", "alfa", "alpha").encode("utf-8") + "\n# \u015f".encode("cp1254")
    report = read_glossary_file(write(tmp_path, raw))
    assert report.problems[0].line == 15 and "UTF-8" in report.problems[0].message


def test_empty_file_is_a_warning(tmp_path):
    report = read_glossary_file(write(tmp_path, ""))
    assert report.problems[0].severity == "warning"


def test_unknown_field_is_a_warning_and_the_concept_loads(tmp_path):
    text = good("x", "alfa", "alpha").replace("definition = \"Tanım.\"",
                                               "definition = \"Tanım.\"\ndefintion = \"\"")
    report = read_glossary_file(write(tmp_path, text))
    assert [c.id for c in report.concepts] == ["x"]
    assert report.problems[0].severity == "warning" and report.problems[0].line == 10


def test_missing_file(tmp_path):
    report = read_glossary_file(tmp_path / "nope.toml")
    assert report.problems[0].code == "file-missing" and "no such file" in report.problems[0].message


def test_cross_file_checks(tmp_path):
    bib = write(tmp_path, "@misc{aydin2024sco,\n  title = {T},\n}\n", "refs.bib")
    first = write(tmp_path, good("x", "alfa", "alpha") + good("y", "Alfa", "beta"), "a.toml")
    second = write(tmp_path, good("z", "gama", "gamma").replace(
        'category = "concept"', 'category = "concept"\nsee_also = ["nope"]').replace(
        "aydin2024sco", "nokey2020"), "b.toml")
    problems = messages(validate_files([first, second], [bib]))
    assert problems == [
        f"{first}:15: y: the term 'Alfa' is also a term of 'x' ({first}:2); a term must name "
        "one concept — remove it from one of them",
        f"{second}:2: z: see_also names 'nope', which no concept has as its id; fix the id "
        "or remove it",
        f"{second}:2: z: source key 'nokey2020' is not in the bibliography; add the record "
        "to refs/ or fix the key",
    ]


def test_user_file_overrides_and_extends(tmp_path):
    user = write(tmp_path, good("dialogue-partner", "diyalog ortağ|ı", "dialog partner")
                 + good("new-term", "yeni terim", "new term"))
    merged = load_glossary([user])
    assert merged["dialogue-partner"].en.term == "dialog partner"
    assert merged.lookup("yeni terimler").id == "new-term"
    assert "sco" in merged


def test_a_source_may_be_a_web_page(tmp_path):
    from caglossary.termbase.cache import load_cached, store_cached
    from caglossary.resources import builtin_bib_paths

    text = good("w", "alfa", "alpha").replace(
        'sources = [{ key = "aydin2024sco", pages = "151" }]',
        'sources = [{ url = "https://example.org/page?id=1" }, { key = "aydin2024sco", pages = "151" }]')
    path = write(tmp_path, text)
    report = read_glossary_file(path)
    assert report.problems == []
    web, bib = report.concepts[0].sources
    assert (web.key, web.url, web.label) == ("", "https://example.org/page?id=1",
                                             "https://example.org/page?id=1")
    assert web.as_json() == {"url": "https://example.org/page?id=1"}
    assert bib.label == "aydin2024sco 151" and bib.as_json() == {"key": "aydin2024sco", "pages": "151"}
    # a web page needs no bibliography record
    assert validate_files([path], builtin_bib_paths()) == []
    # and survives the compiled cache
    raw = path.read_bytes()
    store_cached(path, raw, 7, report)
    cached = load_cached(path, raw, 7)
    assert cached is not None and cached.concepts[0].sources == report.concepts[0].sources


@pytest.mark.parametrize("item", [
    '{ url = "example.org/page" }',
    '{ url = "ftp://example.org/page" }',
    '{ url = "https://example.org/a", pages = "3" }',
    '{ url = 5 }',
])
def test_a_malformed_web_source_is_reported(tmp_path, item):
    text = good("w", "alfa", "alpha").replace(
        '{ key = "aydin2024sco", pages = "151" }', item)
    path = write(tmp_path, text)
    report = read_glossary_file(path)
    assert report.concepts == []
    [problem] = messages(report.problems)
    assert problem.startswith(f"{path}:5: w: a web source is {{ url = \"https://…\" }} alone, "
                              "with a full http(s) address (got ")


@pytest.mark.parametrize("escape", ["\\uFFFE", "\\uFFFF"])
def test_characters_xml_forbids_are_reported_with_a_code(tmp_path, escape):
    text = good("x", "alfa", "alpha").replace('"Definition."', f'"Defini{escape}tion."')
    report = read_glossary_file(write(tmp_path, text))
    assert [c.id for c in report.concepts] == ["x"]
    [problem] = report.problems
    assert (problem.code, problem.severity, problem.line) == ("xml-forbidden-char", "warning", 13)
    assert "en.definition" in problem.message


def test_a_control_character_is_an_error_not_only_an_xml_warning(tmp_path):
    """It would reach terminals and pages as is: the concept is not loaded, and said once."""
    text = good("x", "alfa", "alpha").replace('"Definition."', '"Defini\\u0001tion."')
    report = read_glossary_file(write(tmp_path, text))
    assert report.concepts == []
    [problem] = report.problems
    assert problem.severity == "error" and "U+0001" in problem.message


@pytest.mark.parametrize(("line", "shown"), [("schema = 2", "2"), ('schema = "1"', '"1"'),
                                             ("schema = true", "true"), ("schema = 1.0", "1.0")])
def test_a_schema_this_reader_does_not_know_is_an_error_at_its_line(tmp_path, line, shown):
    path = write(tmp_path, f"# a comment\n{line}\n" + good("x", "alfa", "alpha"))
    report = read_glossary_file(path)
    assert [(p.line, p.severity) for p in report.problems] == [(2, "error")]
    assert messages(report.problems)[0].startswith(f"{path}:2: schema = {shown} is not")
    assert "write schema = 1" in messages(report.problems)[0]


def test_schema_1_or_none_is_read_without_a_word(tmp_path):
    for head in ("schema = 1\n", ""):
        assert read_glossary_file(write(tmp_path, head + good("x", "a", "b"))).problems == []


def test_an_unknown_top_level_key_is_named_at_its_line(tmp_path):
    report = read_glossary_file(write(tmp_path, "schema = 1\n\ncolour = 3\n" + good("x", "a", "b")))
    assert [(p.line, p.severity) for p in report.problems] == [(3, "warning")]


def test_a_missing_category_says_so_in_the_file_s_words(tmp_path):
    text = good("x", "alfa", "alpha").replace('category = "concept"\n', "")
    (problem,) = read_glossary_file(write(tmp_path, text)).problems
    assert "x: no category; add a line category = " in str(problem) and "None" not in str(problem)
    text = good("x", "alfa", "alpha").replace('category = "concept"', "category = true")
    (problem,) = read_glossary_file(write(tmp_path, text)).problems
    assert "category true is not one of" in str(problem)
