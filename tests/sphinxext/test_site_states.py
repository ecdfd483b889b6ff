"""``caglossary build`` after deletions, renames and an interrupted run equals a clean build.

Also: the same folder named by a relative and an absolute path gives the same
bytes, and nothing of the user's machine (the folder's absolute path) is
published.
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from caglossary.sphinxext.sitebuild import build_site

SEEDS = Path(__file__).parents[2] / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="needs the seed documents")


def _folder(tmp_path: Path) -> Path:
    source = tmp_path / "src"
    shutil.copytree(SEEDS, source)
    (source / "extra.txt").write_text("Şanghay İşbirliği Örgütü ve KEİ üzerine bir not.\n",
                                      encoding="utf-8")
    (source / "sub").mkdir()
    (source / "sub" / "inner.rst").write_text("Inner\n=====\n\nAsya Güven Konferansı.\n",
                                              encoding="utf-8")
    return source


def _build(source: Path, out: Path) -> None:
    build_site(source, out, warning_stream=io.StringIO())


def _published(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".caglossary" not in p.relative_to(out).parts}


def _assert_same(out: Path, clean: Path) -> None:
    got, want = _published(out), _published(clean)
    assert sorted(got) == sorted(want)
    assert [name for name in want if got[name] != want[name]] == []


def test_deleting_and_renaming_documents(tmp_path):
    source = _folder(tmp_path)
    _build(source, tmp_path / "out")
    (source / "extra.txt").unlink()
    (source / "sub" / "inner.rst").rename(source / "sub" / "renamed.rst")
    _build(source, tmp_path / "out")
    _build(source, tmp_path / "clean")
    _assert_same(tmp_path / "out", tmp_path / "clean")
    assert not (tmp_path / "out" / "extra.html").exists()
    assert b"extra.html" not in (tmp_path / "out" / "index.html").read_bytes()


def test_a_rerun_after_an_interrupted_write_is_complete(tmp_path, monkeypatch):
    from sphinx.builders.html import StandaloneHTMLBuilder

    source = _folder(tmp_path)
    _build(source, tmp_path / "out")
    (source / "extra.txt").write_text("Değişen bir metin: Türk Devletleri Teşkilatı.\n",
                                      encoding="utf-8")
    (source / "new.txt").write_text("Yeni bir belge.\n", encoding="utf-8")
    written = []
    real_write_doc = StandaloneHTMLBuilder.write_doc

    def interrupted(self, docname, doctree):
        if written:
            raise KeyboardInterrupt
        written.append(docname)
        real_write_doc(self, docname, doctree)

    monkeypatch.setattr(StandaloneHTMLBuilder, "write_doc", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _build(source, tmp_path / "out")
    monkeypatch.setattr(StandaloneHTMLBuilder, "write_doc", real_write_doc)
    _build(source, tmp_path / "out")
    _build(source, tmp_path / "clean")
    _assert_same(tmp_path / "out", tmp_path / "clean")
    assert b"new" in (tmp_path / "out" / "searchindex.js").read_bytes()


def test_relative_and_absolute_invocations_give_the_same_bytes(tmp_path, monkeypatch):
    source = _folder(tmp_path)
    _build(source.resolve(), tmp_path / "absolute")
    monkeypatch.chdir(tmp_path)
    _build(Path("src"), Path("relative"))
    _assert_same(tmp_path / "relative", tmp_path / "absolute")
    leaks = [name for name, data in _published(tmp_path / "absolute").items()
             if str(tmp_path).encode() in data]
    assert leaks == []


def test_nothing_is_written_into_the_source_folder(tmp_path):
    source = _folder(tmp_path)
    glossary = source / "terms.toml"
    glossary.write_text("", encoding="utf-8")
    before = sorted(os.walk(source))
    build_site(source, tmp_path / "out", glossary_files=[str(glossary)],
               warning_stream=io.StringIO())
    assert sorted(os.walk(source)) == before
