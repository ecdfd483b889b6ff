"""A data file that gives its bytes once (a pipe: /dev/stdin, bash's <(…)) is read
once and used: the command checked it, then loaded it again and found it empty."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from caglossary.text import files

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/stdin"), reason="needs /dev/stdin")

BIB = "@book{piped2020,\n  author = {Doe, Jane},\n  title = {Through a Pipe},\n  year = {2020},\n}\n"
TERMS = '''schema = 1
[[concept]]
id = "piped-term"
category = "concept"
[concept.tr]
term = "boru terimi"
definition = "Tanım."
[concept.en]
term = "piped term"
definition = "Definition."
'''


def _run(data: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "caglossary", *args], input=data,
                          capture_output=True, text=True, check=False, timeout=120)


def test_a_bibliography_through_a_pipe_keeps_its_records():
    done = _run(BIB, "bib", "--bib", "/dev/stdin", "piped2020")
    assert done.returncode == 0, done.stderr
    assert "{piped2020," in done.stdout and "Through a Pipe" in done.stdout


def test_a_glossary_through_a_pipe_keeps_its_concepts():
    done = _run(TERMS, "lookup", "--glossary", "/dev/stdin", "boru terimi")
    assert done.returncode == 0, done.stderr
    assert "piped term" in done.stdout


def test_a_regular_file_is_read_afresh_each_time(tmp_path):
    path = tmp_path / "refs.bib"
    path.write_text("first", encoding="utf-8")
    assert files.read_bytes(path) == b"first"
    path.write_text("second", encoding="utf-8")
    assert files.read_bytes(path) == b"second" and str(path) not in files._READ_ONCE
