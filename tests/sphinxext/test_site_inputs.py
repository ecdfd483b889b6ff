"""``caglossary build`` on hostile or unusual folders: what is published, and how."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from caglossary.sphinxext.sitebuild import build_site

SITES = Path(__file__).parents[1] / "bad_inputs" / "sites"
sys.path.insert(0, str(Path(__file__).parents[1] / "cli"))
import bad_input_setups  # noqa: E402


def _build(source: Path, out: Path) -> str:
    warnings = io.StringIO()
    build_site(source, out, warning_stream=warnings)
    return warnings.getvalue()


def _html(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8")
            for p in out.rglob("*.html") if ".caglossary" not in p.parts}


def test_hostile_names_stay_text(tmp_path):
    bad_input_setups.hostile_names(tmp_path)
    source = tmp_path / "site<img src=x onerror=alert(1)>"
    warnings = _build(source, tmp_path / "out")
    pages = _html(tmp_path / "out")
    assert all("<img src=x" not in html for html in pages.values())
    assert all("<script>alert(1)" not in html for html in pages.values())
    assert all(".. raw::" not in name and "\n" not in name for name in pages)
    assert "\x1b" not in warnings and "\\x1b[31m" in warnings
    # every document is still listed on the front page
    assert pages["index.html"].count('class="toctree-l1"') == 6 + 3


def test_a_link_out_of_the_folder_is_not_published(tmp_path):
    bad_input_setups.link_outside(tmp_path)
    warnings = _build(tmp_path / "linked", tmp_path / "out")
    assert "secret.txt: a link to a file outside the folder" in warnings
    published = b"".join(p.read_bytes() for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert b"private notes" not in published


def test_neighbour_files_are_included(tmp_path):
    warnings = _build(SITES / "neighbour_files", tmp_path / "out")
    main = _html(tmp_path / "out")["main.html"]
    assert "Included text about the" in main
    assert "print" in main and "literal" in main
    assert "<td><p>1</p></td>" in main
    assert "WARNING" not in warnings


def test_index_txt_is_the_front_page_and_lists_the_documents(tmp_path):
    _build(SITES / "index_txt_front_page", tmp_path / "out")
    front = _html(tmp_path / "out")["index.html"]
    assert "Giriş sayfası." in front
    assert 'href="a.html"' in front and 'href="b.html"' in front


def test_pages_named_like_generated_pages_are_renamed(tmp_path):
    warnings = _build(SITES / "generated_page_names", tmp_path / "out")
    pages = _html(tmp_path / "out")
    assert {"search-page.html", "genindex-page.html", "glossary-page.html"} <= set(pages)
    assert "Mine." in pages["genindex-page.html"]
    assert warnings.count("published as") == 3


def test_a_conf_py_in_the_folder_is_never_run(tmp_path):
    _build(SITES / "conf_py_is_not_run", tmp_path / "out")
    assert (tmp_path / "out" / "a.html").is_file()


def test_the_site_title_from_settings_is_text(tmp_path):
    _build(SITES / "settings_title_markup", tmp_path / "out")
    for html in _html(tmp_path / "out").values():
        assert "<script>alert(1)</script>" not in html


def test_warnings_name_the_users_file_without_colour(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    (source / "main.rst").write_text("Main\n====\n\nText :cag:cite:`nokey`.\n",
                                     encoding="utf-8")
    warnings = _build(source, tmp_path / "out")
    assert f"{source / 'main.rst'}:4: WARNING" in warnings
    assert ".caglossary" not in warnings and "\x1b" not in warnings


def test_empty_documents_build(tmp_path):
    _build(SITES / "empty_documents", tmp_path / "out")
    assert {"empty.html", "bom_only.html", "blank.html"} <= set(_html(tmp_path / "out"))


def test_an_output_folder_inside_the_source_is_skipped(tmp_path):
    bad_input_setups.output_inside_source(tmp_path)
    source = tmp_path / "with-out"
    _build(source, source / "site")
    _build(source, source / "site")
    assert not (source / "site" / "site").exists()
    assert sorted(p.name for p in source.iterdir()) == ["a.txt", "site"]
    shutil.rmtree(source / "site")
