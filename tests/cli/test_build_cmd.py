"""``caglossary build``: plain text as paragraphs, no conf.py, bundled seeds, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_sphinx_support import BASIC_DATA, broken_links, link_counts

from caglossary.cli import main
from caglossary.sphinxext.sitebuild import build_site, escape_rst, read_settings
from caglossary.sphinxext.plaintext import text_paragraphs

SEEDS = Path(__file__).parents[2] / "seeds"


def test_paragraphs_join_soft_hyphens_and_keep_everything_else():
    text = "Kazakis-\ntan ve Türkiye-\nKazakistan ilişkileri.[1]\n\n  *ŞİÖ* `x` |y|\n"
    paragraphs = text_paragraphs(text)
    assert [p.text for p in paragraphs] == [
        "Kazakistan ve Türkiye-\nKazakistan ilişkileri.[1]", "*ŞİÖ* `x` |y|"]
    assert [p.line for p in paragraphs] == [1, 5]


def test_escape_rst_keeps_titles_literal():
    assert escape_rst("a *b* `c` _d_ |e| [1]") == r"a \*b\* \`c\` \_d\_ \|e\| \[1\]"


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_build_a_folder_without_conf(tmp_path, capsys):
    src = tmp_path / "notes"
    _write(src, "note.txt", "ŞİÖ ve Kazakis-\ntan (Cooley, 2012:79).[1]\n\n"
                            ".. raw:: html\n\n   <b>not markup</b> *nor this*\n")
    _write(src, "chapter.rst", "Chapter\n=======\n\nThe SCO and Kazakhstan.\n")
    status = main(["build", str(src), "-o", str(tmp_path / "site"), "--glossary",
                   str(BASIC_DATA / "glossary.toml")])
    out = capsys.readouterr().out.strip()
    assert status == 0
    assert out == str(tmp_path / "site" / "index.html")
    note = (tmp_path / "site" / "note.html").read_text(encoding="utf-8")
    assert ".. raw:: html" in note and "&lt;b&gt;not markup&lt;/b&gt; *nor this*" in note
    assert "Kazakis-\ntan" not in note and "<span>Kazakistan</span>" in note
    assert "[1]" in note
    terms, cites = link_counts(tmp_path / "site" / "note.html")
    assert terms >= 2 and cites == 1
    assert link_counts(tmp_path / "site" / "chapter.html")[0] >= 2
    count, broken = broken_links(tmp_path / "site")
    assert count > 0 and broken == []
    assert not (src / "_build").exists() and sorted(p.name for p in src.iterdir()) == [
        "chapter.rst", "note.txt"]


def test_bundled_seeds_build_with_ocr_for_the_scan(tmp_path, capsys):
    assert main(["build", "-o", str(tmp_path / "site")]) == 0
    site = tmp_path / "site"
    assert capsys.readouterr().out.strip() == str(site / "index.html")
    terms_000, _ = link_counts(site / "000_34587709eea600bb.html")
    terms_003, cites_003 = link_counts(site / "003_c98496c7ed6a7cb8.html")
    assert terms_000 > 0 and terms_003 > 0 and cites_003 > 0
    assert broken_links(site)[1] == []
    assert (site / "glossary.html").is_file() and (site / "references.html").is_file()


def test_ocr_setting_changes_what_is_found(tmp_path):
    src = tmp_path / "scan"
    _write(src, "scan.txt", "Sanghay Isbirligi Orgiitii ile diyalog ortags.\n")
    plain = build_site(src, tmp_path / "plain")
    ocr = build_site(src, tmp_path / "ocr", ocr_globs=["scan.txt"])
    assert link_counts(plain.index_html.parent / "scan.html")[0] < \
        link_counts(ocr.index_html.parent / "scan.html")[0]


def test_seed_settings_switch_ocr_on_for_the_scan_only():
    settings = read_settings(SEEDS)
    assert settings.files["003_c98496c7ed6a7cb8.txt"].ocr is True
    assert settings.files["000_34587709eea600bb.txt"].ocr is False


@pytest.mark.parametrize(("args", "message"), [
    (["build", "{tmp}/missing"], "no such folder"),
    (["build", "{tmp}/empty"], "no .txt, .rst or .md documents"),
    (["build", "{tmp}/latin1"], "not valid UTF-8"),
    (["build", "{tmp}/badtoml"], "fix the TOML syntax"),
])
def test_bad_input_exits_2_with_a_message(tmp_path, capsys, args, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "latin1").mkdir()
    (tmp_path / "latin1" / "x.txt").write_bytes("satır\nŞ".encode("cp1254"))
    _write(tmp_path / "badtoml", "a.txt", "text\n")
    _write(tmp_path / "badtoml", "caglossary-build.toml", "title = \n")
    argv = [a.format(tmp=tmp_path) for a in args] + ["-o", str(tmp_path / "out")]
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_strict_exits_1_on_warnings(tmp_path, capsys):
    src = tmp_path / "w"
    _write(src, "a.txt", "An unknown work (Nosuchauthor, 2019:4).\n")
    assert main(["build", str(src), "-o", str(tmp_path / "o1")]) == 0
    assert main(["build", str(src), "-o", str(tmp_path / "o2"), "--strict"]) == 1
    assert "Nosuchauthor" in capsys.readouterr().err
