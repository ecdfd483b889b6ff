"""Bad BibTeX input: each problem has its path:line, exit code, and nothing else is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from caglossary.cli import main
from caglossary.bib.library import load_bibliography, validate_bib_files

BAD = Path(__file__).parents[1] / "bad_inputs" / "bib"

# file, line, severity, words in the message, keys that must still load, exit code
CASES = [
    ("duplicate_key.bib", 12, "error", "duplicate key 'first' (first at line 1)",
     {"first", "second", "third"}, 1),
    ("raw_percent.bib", 3, "warning", "raw '%'", {"growth", "escaped"}, 0),
    ("unbalanced_braces.bib", 6, "error", "unbalanced braces", {"before", "after"}, 1),
    ("failed_block.bib", 6, "error", "Expected comma after entry key", {"good", "alsogood"}, 1),
    ("missing_key.bib", 1, "error", "has no key", {"kept"}, 1),
    ("unknown_type.bib", 1, "warning", "unknown entry type @newspaperarticle", {"paper"}, 0),
    ("undefined_macro.bib", 7, "error", "undefined @string macro 'newyork'", {"macro"}, 1),
    ("not_utf8.bib", 7, "error", "not valid UTF-8", {"ascii", "cp1254"}, 1),
]


@pytest.mark.parametrize(("name", "line", "severity", "words", "keys", "code"), CASES,
                         ids=[c[0] for c in CASES])
def test_problem_is_reported_on_load_and_nothing_else_is_lost(name, line, severity, words,
                                                             keys, code):
    path = BAD / name
    bib = load_bibliography([path], builtin=False)
    assert set(bib.keys) == keys
    problems = [p for p in bib.problems if words in p.message]
    assert len(problems) == 1, bib.problems
    assert (problems[0].path, problems[0].line, problems[0].severity) == (str(path), line,
                                                                          severity)
    assert validate_bib_files([path]) == list(bib.problems)


@pytest.mark.parametrize(("name", "line", "severity", "words", "keys", "code"), CASES,
                         ids=[c[0] for c in CASES])
def test_validate_command(name, line, severity, words, keys, code, capsys):
    path = BAD / name
    assert main(["validate", "--no-builtin", "--bib", str(path)]) == code
    out = capsys.readouterr().out
    assert f"{path}:{line}: " in out and words in out
    assert "Traceback" not in out


def test_duplicate_keeps_the_first_entry():
    bib = load_bibliography([BAD / "duplicate_key.bib"], builtin=False)
    assert bib.lookup("first").title == "First"


def test_raw_percent_is_kept_in_the_value():
    bib = load_bibliography([BAD / "raw_percent.bib"], builtin=False)
    assert bib.lookup("growth").title == "Growth of 50% in trade"
    assert bib.lookup("escaped").title == "A 25% share"


def test_defined_macro_and_bare_number_are_expanded():
    ref = load_bibliography([BAD / "undefined_macro.bib"], builtin=False).lookup("macro")
    assert ref.field("publisher") == "Oxford University Press"
    assert ref.year == "2012"
    assert ref.field("address") == "newyork"  # kept as written, and reported


def test_missing_file_is_a_problem_not_an_exception(tmp_path):
    missing = tmp_path / "none.bib"
    problems = validate_bib_files([missing])
    assert len(problems) == 1 and problems[0].path == str(missing)
    assert problems[0].code == "file-missing" and "no such file" in problems[0].message


def test_bib_command_with_a_bad_file_exits_1_but_prints_the_rest(capsys):
    assert main(["bib", "--bib", str(BAD / "duplicate_key.bib"), "second", "third"]) == 1
    captured = capsys.readouterr()
    assert "@misc{second," in captured.out and "@misc{third," in captured.out
    assert f"{BAD / 'duplicate_key.bib'}:12: duplicate key" in captured.err
