"""Standard output in an encoding that lacks Turkish letters: never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

TEXT = "Şanghay İşbirliği Örgütü toplandı.\n"


def _run(args: list[str], encoding: str, tmp_path, **streams) -> subprocess.CompletedProcess:
    (tmp_path / "t.txt").write_text(TEXT, encoding="utf-8")
    env = dict(os.environ, PYTHONIOENCODING=encoding)
    return subprocess.run([sys.executable, "-m", "caglossary", *args], cwd=tmp_path, env=env,
                          check=False, **({"capture_output": True} | streams))


@pytest.mark.parametrize("args", [["annotate", "t.txt"], ["lookup", "ŞİÖ"],
                                  ["bib", "--include-incomplete"], ["list"]])
@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp1252"])
def test_a_file_or_pipe_gets_utf8_whatever_the_locale(args, encoding, tmp_path):
    done = _run(args, encoding, tmp_path)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert "Şanghay İşbirliği Örgütü" in done.stdout.decode("utf-8")


def test_json_through_an_ascii_pipe_is_json_with_the_letters(tmp_path):
    done = _run(["annotate", "--json", "t.txt"], "ascii", tmp_path)
    assert done.returncode == 0, done.stderr
    (table,) = json.loads(done.stdout.decode("utf-8"))
    assert table["mentions"][0]["text"] == "Şanghay İşbirliği Örgütü"


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_an_ascii_terminal_shows_escapes(tmp_path):
    main, other = os.openpty()
    try:
        done = _run(["lookup", "ŞİÖ"], "ascii", tmp_path, capture_output=False, stdout=other,
                    stderr=subprocess.PIPE)
        os.close(other)
        shown = b""
        while chunk := _read_some(main):
            shown += chunk
    finally:
        os.close(main)
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    assert b"\\u015eanghay" in shown and b"Shanghai Cooperation Organization" in shown


def _read_some(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # the other end is closed and all is read
        return b""
