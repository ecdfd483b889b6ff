"""Standard streams: one closed when the command starts (<&-, >&-, 2>&-) gives a
message and an exit code, never a traceback, and never one stream's text in another's
file; standard input is read once."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")


def _shell(tmp_path, redirections: str, *args: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "t.txt").write_text("Şanghay İşbirliği Örgütü toplandı.\n", encoding="utf-8")
    script = f'exec "$0" -m caglossary "$@" {redirections}'
    return subprocess.run(["sh", "-c", script, sys.executable, *args], cwd=tmp_path,
                          capture_output=True, text=True, check=False, timeout=120)


def test_notes_never_go_into_the_output_when_standard_error_is_closed(tmp_path):
    done = _shell(tmp_path, "2>&- >refs.bib", "bib")
    assert done.returncode == 0
    records = (tmp_path / "refs.bib").read_text(encoding="utf-8")
    assert records.startswith("@") and "left out" not in records


def test_closed_standard_output_is_exit_2_with_a_message(tmp_path):
    done = _shell(tmp_path, ">&-", "annotate", "t.txt")
    assert (done.returncode, done.stderr) == (2, (
        "caglossary: cannot write the output: standard output is closed; redirect it to a "
        "file or to /dev/null\n"))


def test_a_command_writing_a_file_does_not_need_standard_output(tmp_path):
    done = _shell(tmp_path, ">&-", "export", "-f", "csv", "-o", "out.csv")
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert (tmp_path / "out.csv").read_text(encoding="utf-8-sig").startswith("id,")


def test_closed_standard_input_read_as_dash_is_exit_2_naming_it(tmp_path):
    done = _shell(tmp_path, "<&-", "annotate", "-")
    assert (done.returncode, done.stderr) == (2, (
        "caglossary: -: standard input is closed; pipe text into the command or give a "
        "file\n"))


def test_all_three_closed_still_gives_the_exit_code(tmp_path):
    assert _shell(tmp_path, "<&- >&- 2>&-", "lookup", "no such concept").returncode == 1


def test_standard_input_named_twice_is_refused(tmp_path):
    done = _shell(tmp_path, "<t.txt", "annotate", "-", "t.txt", "-")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.endswith("- is given more than once; standard input can be read "
                                "once, so give it once\n")
