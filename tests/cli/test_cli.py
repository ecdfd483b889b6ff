"""The command line contract: output shapes, exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from lookup_cases import LOOKUPS

from caglossary.cli import main
from caglossary.text.turkish import sort_key

DATA = Path(__file__).parents[1] / "data"
MINI = str(DATA / "mini_glossary.toml")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_lookup_json_shape(capsys):
    code, out, _ = run(capsys, "lookup", "diyalog ortağı", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["id"] == "dialogue-partner"
    assert set(data) == {"id", "category", "tr", "en", "see_also", "sources"}
    assert set(data["tr"]) == set(data["en"]) == {"term", "abbr", "variants", "guarded",
                                                "definition"}
    assert all(set(s) == {"key", "pages"} for s in data["sources"])


@pytest.mark.parametrize("query, concept", LOOKUPS)
def test_lookup_accepts_what_people_type(capsys, query, concept):
    code, out, _ = run(capsys, "lookup", query, "--json")
    assert code == 0 and json.loads(out)["id"] == concept


def test_lookup_not_found_suggests(capsys):
    code, out, err = run(capsys, "lookup", "qwzxyv")
    assert code == 1 and out == ""
    assert "no concept matches 'qwzxyv'" in err and "Did you mean" in err


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_lookup_of_an_empty_term_is_bad_usage(capsys, query):
    code, out, err = run(capsys, "lookup", query)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "the term is empty" in err and "Did you mean" not in err


def test_lookup_near_miss_suggests_the_term(capsys):
    code, _, err = run(capsys, "lookup", "Sanghay Beslsi", "--glossary", MINI)
    assert code in (0, 1)
    if code == 1:
        assert "Şanghay Beşlisi" in err


def test_list_json_in_turkish_order(capsys):
    code, out, _ = run(capsys, "list", "--json", "--glossary", MINI)
    terms = [c["tr"]["term"] for c in json.loads(out)]
    assert code == 0
    assert terms == sorted(terms, key=lambda t: sort_key(t, "tr"))
    assert terms.index("Çin") < terms.index("diyalog ortağı")


def test_list_english_order(capsys):
    code, out, _ = run(capsys, "list", "--lang", "en")
    terms = [line.split("\t")[0] for line in out.splitlines()]
    assert code == 0 and terms == sorted(terms, key=lambda t: sort_key(t, "en"))


def test_user_glossary_extends(capsys):
    code, out, _ = run(capsys, "lookup", "Türklerin", "--glossary", MINI, "--json")
    assert code == 0 and json.loads(out)["id"] == "turk"


def test_missing_user_glossary_is_usage_error(capsys):
    code, _, err = run(capsys, "lookup", "x", "--glossary", "nope.toml")
    assert code == 2 and "nope.toml" in err


def test_bad_usage_exits_2(capsys):
    code, _, err = run(capsys, "list", "--lang", "de")
    assert code == 2 and "invalid choice" in err


def test_validate_builtin_is_clean(capsys):
    code, out, err = run(capsys, "validate")
    assert code == 0, out
    assert "0 error(s)" in err


def test_validate_reports_path_line(capsys, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[concept]]\nid = "x"\ncategory = "nope"\n', encoding="utf-8")
    code, out, _ = run(capsys, "validate", "--glossary", str(bad), "--no-builtin")
    assert code == 1
    assert f'{bad}:3: x: category "nope" is not one of' in out
    assert f"{bad}:1: x: the 'tr' side is missing" in out


def test_validate_bad_syntax(capsys, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[concept]\nid = "x"\n', encoding="utf-8")
    code, out, _ = run(capsys, "validate", "--glossary", str(bad), "--no-builtin")
    assert code == 1 and f"{bad}:1: not valid TOML" in out


def test_annotate_human_and_json(capsys, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("Türkiye 2012'de\nŞİÖ'nün diyalog ortağı oldu.", encoding="utf-8")
    code, out, _ = run(capsys, "annotate", str(doc))
    assert code == 0
    assert f"{doc}:2:1  ŞİÖ'nün → sco" in out
    code, out, _ = run(capsys, "annotate", str(doc), "--json")
    (result,) = json.loads(out)
    text = doc.read_text(encoding="utf-8")
    assert result["file"] == str(doc)
    assert [m["concept"] for m in result["mentions"]][:2] == ["sco", "dialogue-partner"]
    assert all(text[m["start"]:m["end"]] == m["text"] for m in result["mentions"])


@pytest.mark.parametrize("content, why", [
    (b"\x00\x01binary\x00", "binary"),
    ("Türkiye".encode("cp1254") + b"\n\xfe\xff", "UTF-8"),
])
def test_annotate_rejects_unreadable(capsys, tmp_path, content, why):
    doc = tmp_path / "doc.bin"
    doc.write_bytes(content)
    code, _, err = run(capsys, "annotate", str(doc))
    assert code == 2 and str(doc) in err and why in err


def test_annotate_missing_file(capsys):
    code, _, err = run(capsys, "annotate", "no-such-file.txt")
    assert code == 2 and "no-such-file.txt" in err


def test_python_dash_m_entry_point():
    proc = subprocess.run([sys.executable, "-m", "caglossary", "lookup", "SCO", "--json"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and json.loads(proc.stdout)["id"] == "sco"


def test_import_is_light():
    code = ("import sys, caglossary; heavy = [m for m in ('sphinx', 'docutils', 'bibtexparser', "
            "'babel') if m in sys.modules]; print(','.join(heavy))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == ""


def test_annotate_applies_the_overlap_rule_of_sphinx(capsys, tmp_path):
    """A citation of an organisation is a citation only, as in a Sphinx build."""
    doc = tmp_path / "cica.txt"
    doc.write_text("Bölgede güven artırıcı önlemler öne çıktı (CICA, 2021). CICA genişledi.\n",
                   encoding="utf-8")
    code, out, _ = run(capsys, "annotate", str(doc), "--json")
    (result,) = json.loads(out)
    cite = next(c for c in result["citations"] if c["text"] == "(CICA, 2021)")
    assert all(not (m["start"] < cite["end"] and cite["start"] < m["end"])
               for m in result["mentions"])
    assert [m["text"] for m in result["mentions"] if m["concept"] == "cica"] == ["CICA"]
    assert code == 1  # (CICA, 2021) names no record of the bundled bibliography


def test_annotate_anaphora_marks_the_kind(capsys, tmp_path):
    doc = tmp_path / "sco.txt"
    doc.write_text("Şanghay İşbirliği Örgütü 2001'de kuruldu. Örgüt, bölgede güvenliği "
                   "önemser.\n", encoding="utf-8")
    code, out, _ = run(capsys, "annotate", str(doc), "--json", "--anaphora")
    (result,) = json.loads(out)
    kinds = [(m["text"], m["concept"], m["kind"]) for m in result["mentions"]]
    assert ("Örgüt", "sco", "anaphor") in kinds and ("Şanghay İşbirliği Örgütü", "sco",
                                                      "term") in kinds
    code, out, _ = run(capsys, "annotate", str(doc), "--json")
    assert all(m["kind"] == "term" for m in json.loads(out)[0]["mentions"])
    code, out, _ = run(capsys, "annotate", str(doc), "--anaphora")
    assert "Örgüt → sco (anaphor)" in out


def test_a_byte_order_mark_reads_the_same_from_a_file_and_from_stdin(capsys, monkeypatch,
                                                                     tmp_path):
    import io

    raw = "\ufeffŞİÖ toplandı.\n".encode("utf-8")
    path = tmp_path / "bom.txt"
    path.write_bytes(raw)
    _, from_file, _ = run(capsys, "annotate", "--json", str(path))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    _, from_stdin, _ = run(capsys, "annotate", "--json", "-")
    assert json.loads(from_file)[0]["mentions"] == json.loads(from_stdin)[0]["mentions"]
    _, text_output, _ = run(capsys, "annotate", str(path))
    assert text_output.startswith(f"{path}:1:1  ŞİÖ")  # the mark takes no column
