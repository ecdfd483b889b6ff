"""The bad-input corpus (tests/bad_inputs/cases.toml) through the command line.

Every case runs the command line's entry point in a subprocess, so an
uncaught exception shows up as a traceback on that case's stderr and fails it.
Each case checks the exit code, a ``path:line: message`` line, and that every
valid entry in the same file still loads. tests/test_bad_inputs_sphinx.py
builds the same corpus with Sphinx.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import bad_input_setups
from caglossary import load_glossary
from caglossary.termbase.reader import read_glossary_file, read_glossary_text

from bad_input_cases import BAD, CASES


def case_id(case: dict) -> str:
    suffix = f":{case['id']}" if "id" in case else ""
    return f"{case['command'][0]}:{case['input']}{suffix}"


_TMP: list[Path] = []  # the run's temporary folder, for {tmp} in "where"


_ENV = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"}


def run_cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "caglossary", *args], cwd=cwd, env=_ENV,
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          check=False)

# One interpreter runs every case through the real entry point, caglossary.cli.main,
# with its own stdout and stderr; anything main() lets escape is printed as a
# traceback into that case's stderr. (A fresh interpreter per case costs ~0.25 s each.)
# A case with stdout_file writes its stdout to that file (/dev/full: a full disk).
_DRIVER = """
import contextlib, io, json, sys, traceback
from caglossary.cli import main
results = []
for argv, stdout_file in json.load(sys.stdin):
    out, err = io.StringIO(), io.StringIO()
    target = open(stdout_file, "w", encoding="utf-8") if stdout_file else out
    with contextlib.redirect_stdout(target), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        except BaseException:
            traceback.print_exc()
            code = -1
    results.append([code, out.getvalue(), err.getvalue()])
json.dump(results, sys.stdout)
"""


@pytest.fixture(scope="session")
def cli_results(tmp_path_factory) -> dict[str, subprocess.CompletedProcess]:
    """Every case of the corpus, run once in a subprocess."""
    tmp = tmp_path_factory.mktemp("cli")
    _TMP[:] = [tmp]
    for name in sorted({case["prepare"] for case in CASES if "prepare" in case}):
        getattr(bad_input_setups, name)(tmp)
    argvs = [[a.replace("{input}", case["input"]).replace("{tmp}", str(tmp))
              for a in case["command"]] for case in CASES]
    runs = [[argv, case.get("stdout_file", "")] for case, argv in zip(CASES, argvs)]
    done = subprocess.run([sys.executable, "-c", _DRIVER], cwd=BAD, env=_ENV, text=True,
                          input=json.dumps(runs), capture_output=True, encoding="utf-8",
                          timeout=600, check=False)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return {case_id(case): subprocess.CompletedProcess(argv, *result)
            for case, argv, result in zip(CASES, argvs, json.loads(done.stdout))}


def message_pattern(where: str, message: str) -> re.Pattern[str]:
    """``where`` (maybe followed by a column), a colon, and later on the line *message*."""
    return re.compile(rf"(?<![\w/.]){re.escape(where)}(?::\d+)?:?\s.*{re.escape(message)}")


def test_the_corpus_is_big_enough():
    inputs = {case["input"] for case in CASES}
    assert len(inputs) >= 25
    assert len({case_id(case) for case in CASES}) == len(CASES)
    assert all((BAD / name).exists() for name in inputs
               if "no_such" not in name and "{tmp}" not in name)


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_cli_exit_code_and_message(case, cli_results):
    if case.get("needs_permissions") and os.geteuid() == 0:
        pytest.skip("file permissions do not stop root")
    result = cli_results[case_id(case)]
    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == case["exit"], result.stderr
    output = getattr(result, case["stream"])
    where = case["where"].replace("{tmp}", str(_TMP[0]))
    assert message_pattern(where, case["message"]).search(output), output
    for line in result.stderr.splitlines():  # one line per message, no terminal codes
        assert "\x1b" not in line, line


def test_messages_name_the_program_once(cli_results):
    assert not [key for key, result in cli_results.items()
                if "caglossary: caglossary:" in result.stderr]


def _loaded(case: dict) -> set[str]:
    path = BAD / case["input"]
    if case["input"].startswith("glossary/"):
        return set(load_glossary([path], builtin=False).ids)
    from caglossary.bib.library import load_bibliography

    if case["input"].startswith("bib/"):
        return set(load_bibliography([path], builtin=False).keys)
    from caglossary.recognition.citations import find_citations

    extra = [BAD / case["bib"]] if "bib" in case else []
    text = path.read_text(encoding="utf-8")
    mentions = find_citations(text, bibliography=load_bibliography(extra))
    return {key for mention in mentions for key in mention.keys}


@pytest.mark.parametrize("case", [c for c in CASES if "loads" in c], ids=case_id)
def test_every_valid_entry_still_loads(case):
    assert _loaded(case) == set(case["loads"])


GLOSSARY_FILES = sorted({c["input"] for c in CASES if c["input"].startswith("glossary/")
                         and (BAD / c["input"]).is_file()})


@pytest.mark.parametrize("name", GLOSSARY_FILES)
def test_cached_report_equals_a_fresh_read(name):
    """The per-file cache must not change what a second run reports."""
    path = BAD / name
    first, second = read_glossary_file(path), read_glossary_file(path)
    assert first.problems == second.problems and first.concepts == second.concepts
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return  # nothing is cached for a file that cannot be decoded
    fresh = read_glossary_text(text, str(path))
    assert fresh.concepts == first.concepts
    assert [_where_and_what(p) for p in fresh.problems] == [_where_and_what(p)
                                                            for p in first.problems]


def _where_and_what(problem) -> tuple:
    return problem.path, problem.line, problem.message, problem.severity


def test_file_level_problem_key_follows_the_path(tmp_path):
    (tmp_path / "sub").mkdir()
    path = tmp_path / "sub" / "empty.toml"
    path.write_text("", encoding="utf-8")
    here = os.getcwd()
    try:
        os.chdir(tmp_path)
        read_glossary_file(Path("sub/empty.toml"))  # fills the cache
    finally:
        os.chdir(here)
    (problem,) = read_glossary_file(path).problems
    assert problem.key == str(path)


# ---------------------------------------------------------------- a huge file

_HUGE_BLOCK = '''[[concept]]
id = "huge-{n}"
category = "concept"
sources = [{{ key = "aydin2024sco", pages = "{n}" }}]

[concept.tr]
term = "büyük dosya terimi {n}"
definition = "Büyük dosyanın {n}. kavramı; yükleme ve satır numaraları için."

[concept.en]
term = "huge file term {n}"
definition = "Concept number {n} of the huge file, for loading and line numbers."

'''
HUGE_COUNT = 4000
HUGE_BAD = 2345


def _huge_glossary(path: Path) -> int:
    """Write the huge file; return the line of the one bad concept's category."""
    blocks = [_HUGE_BLOCK.format(n=n) for n in range(HUGE_COUNT)]
    blocks[HUGE_BAD] = blocks[HUGE_BAD].replace('category = "concept"', 'category = 7')
    text = "".join(blocks)
    path.write_text(text, encoding="utf-8")
    head = "".join(blocks[:HUGE_BAD])
    return head.count("\n") + 3


def test_huge_glossary_file(tmp_path):
    path = tmp_path / "huge.toml"
    line = _huge_glossary(path)
    assert path.stat().st_size > 1_000_000
    result = run_cli(["validate", "--no-builtin", "--glossary", str(path)], tmp_path)
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    problems = result.stdout.splitlines()
    assert problems == [(f"{path}:{line}: huge-{HUGE_BAD}: category 7 is not one of "
                         "agreement, body, concept, country, doctrine, document, event, "
                         "exercise, initiative, institution, organisation, region, status")]
    loaded = load_glossary([path], builtin=False)
    assert len(loaded) == HUGE_COUNT - 1 and f"huge-{HUGE_BAD}" not in loaded
    assert loaded.lookup("huge file term 3999").id == "huge-3999"


# ---------------------------------------------------------------- fixed gaps, kept fixed

def test_syntax_error_keeps_the_other_concepts():
    report = read_glossary_file(BAD / "glossary" / "bad_syntax.toml")
    assert {c.id for c in report.concepts} == {"before-error", "after-error"}


def test_redefined_string_names_the_first_line():
    from caglossary.bib.library import validate_bib_files

    problems = validate_bib_files([BAD / "bib" / "string_redefined.bib"])
    assert any("(first at line 1)" in p.message for p in problems), problems


def test_nameless_string_is_reported():
    from caglossary.bib.library import validate_bib_files

    problems = validate_bib_files([BAD / "bib" / "string_nameless.bib"])
    assert [p.line for p in problems] == [1]


def test_citation_without_a_year_is_found():
    from caglossary.recognition.citations import find_citations
    from caglossary.bib.library import load_bibliography

    text = (BAD / "documents" / "no_year_marker.txt").read_text(encoding="utf-8")
    bib = load_bibliography([BAD / "bib" / "no_year.bib"])
    mentions = find_citations(text, bibliography=bib)
    assert [m.keys or m.unresolved for m in mentions] == [("yilmaz-undated",)] * 2
