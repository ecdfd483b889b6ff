"""``annotate --bib`` and ``annotate -``; ``bib --style``."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from caglossary.cli import main

DATA = Path(__file__).parents[1] / "data"
EXTRA_BIB = str(DATA / "citations_extra.bib")
TEXT = "Bkz. (Vanderhill vd., 2020:988; Öztürk, 2021:42).\n"


def run(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_own_references_count_as_unresolved_without_bib(capsys, tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text(TEXT, encoding="utf-8")
    code, _, err = run(capsys, "annotate", str(path))
    assert code == 1 and f"{path}:1:6: unresolved citation" in err and "Öztürk 2021" in err


def test_bib_resolves_them_each_work_its_own_span(capsys, tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text(TEXT, encoding="utf-8")
    code, out, err = run(capsys, "annotate", str(path), "--bib", EXTRA_BIB, "--json")
    assert code == 0, err
    (cite,) = json.loads(out)[0]["citations"]
    assert cite["keys"] == ["vanderhill2020between", "ozturk2021"]
    assert cite["locators"] == ["988", "42"]
    assert [TEXT[w["start"]:w["end"]] for w in cite["works"]] == [
        "Vanderhill vd., 2020:988", "Öztürk, 2021:42"]


def test_standard_input(capsys, monkeypatch):
    code, out, err = run(capsys, "annotate", "-", stdin="Cooly (2012) argues.\n",
                         monkeypatch=monkeypatch)
    assert code == 1
    assert err.startswith("<stdin>:1:1: unresolved citation Cooly (2012):")
    assert "did you mean Cooley (2012)?" in err


def test_standard_input_must_be_utf8(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xff\xfe(")))
    code = main(["annotate", "-"])
    _, err = capsys.readouterr()
    assert code == 2 and "<stdin>" in err and "UTF-8" in err


def test_missing_bib_is_bad_usage(capsys, tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text(TEXT, encoding="utf-8")
    code, _, err = run(capsys, "annotate", str(path), "--bib", str(tmp_path / "none.bib"))
    assert code == 2 and "none.bib" in err and "--bib" in err


@pytest.mark.parametrize(("style", "start"), [
    ("isnad-metinici", "Cooley, Alexander. Great Games"),
    ("apa", "Cooley, A. (2012). Great Games"),
    ("chicago-author-date", "Cooley, Alexander. 2012. Great Games"),
])
def test_bib_style(capsys, style, start):
    code, out, _ = run(capsys, "bib", "cooley2012great", "--style", style)
    assert code == 0 and out.startswith(start) and out.endswith("\n")


def test_bib_style_renders_a_users_bib(capsys):
    code, out, _ = run(capsys, "bib", "yilmaz2019b", "--bib", EXTRA_BIB, "--style", "apa")
    assert code == 0
    assert out.startswith("Yılmaz, M. (2019b). Şanghay İşbirliği Örgütü ve Türkiye")
