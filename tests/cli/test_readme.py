"""The README's command-line examples run, and print what the README says."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from caglossary.cli import main

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Command line", 1)[1].split("\n## ", 1)[0]
BLOCK = re.search(r"```console\n(.*?)```", SECTION, re.S).group(1)


def _examples():
    examples, current = [], None
    for line in BLOCK.splitlines():
        if line.startswith("$ "):
            current = [shlex.split(line[2:]), []]
            examples.append(current)
        elif current is not None:
            current[1].append(line)
    return [pytest.param(argv, lines, id=" ".join(argv)) for argv, lines in examples]


def test_quick_start_is_two_commands():
    quick = README.split("## Quick start", 1)[1].split("```console\n", 1)[1].split("```")[0]
    commands = [line for line in quick.splitlines() if line.startswith("$ ")]
    assert commands == ["$ pip install . && caglossary build",
                        '$ pip install -e ".[test]" && python -m pytest']


@pytest.mark.parametrize("argv, expected", _examples())
def test_readme_example(argv, expected, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert argv[0] == "caglossary"
    assert main(argv[1:]) == 0
    out = capsys.readouterr().out
    for line in expected:
        assert line in out


def test_no_page_installs_caglossary_from_pypi():
    # the quick start told a new user to `pip install caglossary`, which finds
    # nothing: the package is installed from a clone
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.rst"))]
    offending = [f"{page.name}:{number}" for page in pages
                 for number, line in enumerate(page.read_text("utf-8").splitlines(), 1)
                 if re.search(r"\$ pip install\s+(?:-[-\w]+\s+)*caglossary(?![-\w])", line)]
    assert offending == []
