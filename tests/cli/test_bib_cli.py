"""``caglossary bib`` and the citations in ``caglossary annotate``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caglossary.cli import main
from caglossary.bib.library import bibliography

SEED = Path(__file__).parents[2] / "seeds" / "003_c98496c7ed6a7cb8.txt"


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_keys_as_bibtex(capsys):
    code, out, err = _run(capsys, "bib", "cooley2012great", "sari2017")
    assert code == 0 and not err
    assert out.startswith("@book{cooley2012great,\n") and "@misc{sari2017," in out
    assert "author   = {Sarı}" in out


def test_latex_and_no_private(capsys):
    code, out, _ = _run(capsys, "bib", "sari2017", "--latex", "--no-private")
    assert code == 0
    assert "author = {Sar{\\i}}" in out and "x-" not in out and out.isascii()


def test_biblatex_and_csl_json(capsys):
    code, out, _ = _run(capsys, "bib", "aydin2024sco", "--format", "biblatex")
    assert code == 0 and "journaltitle = {SDE Akademi Dergisi}" in out
    code, out, _ = _run(capsys, "bib", "aydin2024sco", "--format", "csl-json")
    assert code == 0 and json.loads(out)[0]["type"] == "article-journal"


def test_unknown_key_exits_1_with_suggestions(capsys):
    code, out, err = _run(capsys, "bib", "coolley2012", "sari2017")
    assert code == 1
    assert "no reference has the key 'coolley2012'" in err and "cooley2012great" in err
    assert "@misc{sari2017," in out


def test_no_keys_prints_everything_in_turkish_order(capsys):
    code, out, err = _run(capsys, "bib", "--format", "csl-json", "--include-incomplete")
    assert code == 0 and err == ""
    assert [item["id"] for item in json.loads(out)] == [r.key for r in bibliography()]


def test_cited_in_the_ocr_seed(capsys):
    code, out, err = _run(capsys, "bib", "--cited-in", str(SEED), "--ocr", "--format",
                          "csl-json")
    assert code == 0 and not err
    ids = [item["id"] for item in json.loads(out)]
    assert len(ids) == 21 and "sari2017" in ids and "mfa-tr-asia" in ids
    assert ids == [r.key for r in bibliography() if r.key in set(ids)]


def test_cited_in_without_ocr_reports_the_unresolved_citation(capsys):
    code, out, err = _run(capsys, "bib", "--cited-in", str(SEED), "--format", "csl-json")
    assert code == 1
    assert f"{SEED}:441: unresolved citation:" in err and "Sar1" in err
    assert "sari2017" not in out


def test_unreadable_inputs_exit_2(capsys, tmp_path):
    code, _, err = _run(capsys, "bib", "--cited-in", str(tmp_path / "none.txt"))
    assert code == 2 and "none.txt" in err
    code, _, err = _run(capsys, "bib", "--bib", str(tmp_path / "none.bib"))
    assert code == 2 and "none.bib" in err and "Traceback" not in err


def test_extra_bib_file(capsys, tmp_path):
    extra = tmp_path / "mine.bib"
    extra.write_text("@book{mine, author = {Işık, Ayşe}, title = {Kitap}, year = {2021}}\n",
                     encoding="utf-8")
    code, out, _ = _run(capsys, "bib", "--bib", str(extra), "mine", "--latex")
    assert code == 0 and "author = {I{\\c{s}}{\\i}k, Ay{\\c{s}}e}" in out


@pytest.mark.parametrize("ocr", [False, True])
def test_annotate_lists_citations(capsys, tmp_path, ocr):
    text = tmp_path / "m.txt"
    text.write_text("Önce (Cooley, 2012:79) ve Vanderhill vd. (2020).\n", encoding="utf-8")
    args = ["annotate", str(text), "--json"] + (["--ocr"] if ocr else [])
    code, out, _ = _run(capsys, *args)
    assert code == 0
    citations = json.loads(out)[0]["citations"]
    assert citations == [
        {"start": 5, "end": 22, "text": "(Cooley, 2012:79)", "keys": ["cooley2012great"],
         "locators": ["79"]},
        {"start": 26, "end": 47, "text": "Vanderhill vd. (2020)",
         "keys": ["vanderhill2020between"], "locators": [""]},
    ]


def test_stubs_are_left_out_by_default_with_a_reason_each(capsys):
    from caglossary.bib.completeness import is_stub

    code, out, err = _run(capsys, "bib", "--no-private")
    stubs = [r.key for r in bibliography() if is_stub(r)]
    assert code == 0 and stubs
    assert all(f"@misc{{{key}," not in out for key in stubs)
    lines = err.splitlines()
    assert len(lines) == len(stubs)
    assert all(f"left out {key}: not verified" in err for key in stubs)
    assert all(":" in line.split(" left out ")[0] and "--include-incomplete" in line
               for line in lines)  # path:line, then the way to get it


@pytest.mark.parametrize("argv", [("bib", "alpar2020"), ("bib", "--include-incomplete")])
def test_a_named_or_included_stub_carries_a_visible_note(capsys, argv):
    code, out, err = _run(capsys, *argv, "--no-private")
    assert code == 0 and err == ""
    entry = out[out.index("@misc{alpar2020,"):].split("\n}\n")[0]
    assert "note   = {Incomplete reference, not verified: given name, title" in entry


def test_cited_in_ocr_text_suggests_ocr(capsys, tmp_path):
    text = tmp_path / "ocr.txt"
    text.write_text("Bu konu (Sar1, 2017: 361) ve (Cooley, 2012) tarafından ele alındı.\n",
                    encoding="utf-8")
    code, out, err = _run(capsys, "bib", "--cited-in", str(text))
    assert code == 1 and "cooley2012great" in out and "sari2017" not in out
    assert f"{text}:1: 1 citation(s) resolve only when the text is read as OCR output" in err
    assert "rerun with --ocr" in err
    code, out, err = _run(capsys, "bib", "--cited-in", str(text), "--ocr")
    assert code == 0 and "sari2017" in out and "--ocr" not in err
