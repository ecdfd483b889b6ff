"""Incremental builds re-write the glossary and bibliography pages only when their back-links move.

Those two pages list every page that mentions a concept or cites a work, so
on a large project they are the most expensive pages to write; a re-read
page whose mentions, citations and title stayed the same must not cost them.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from test_sphinx_support import body


def _copy_basic(rootdir: Path, tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(rootdir / "test-basic", target, ignore=shutil.ignore_patterns("_build"))
    return target


def _written(app) -> set[str]:
    status = re.sub(r"\x1b\[[0-9;]*m", "", app._status.getvalue())
    return set(re.findall(r"writing output\.\.\. \[\s*\d+%\] (\S+)", status))


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _site(outdir: Path) -> dict[str, str]:
    return {p.name: body(p) for p in sorted(outdir.glob("*.html"))
            if p.name not in ("genindex.html", "search.html")}


def _incremental_and_clean(make_app, rootdir, tmp_path, old: str, new: str, *,
                           root: str = "test-basic", page: str = "research.rst"):
    """*root* built in full, *old* replaced by *new* on *page*, rebuilt; and a clean build."""
    src = tmp_path / "incremental"
    shutil.copytree(rootdir / root, src, ignore=shutil.ignore_patterns("_build"))
    make_app("html", srcdir=src, freshenv=True).build()
    _edit(src / page, old, new)
    incremental = make_app("html", srcdir=src)
    incremental.build()
    clean = make_app("html", srcdir=_clean_copy(src, tmp_path), freshenv=True)
    clean.build()
    return incremental, _site(incremental.outdir), _site(clean.outdir)


def _clean_copy(src: Path, tmp_path: Path) -> Path:
    target = tmp_path / "clean"
    shutil.copytree(src, target, ignore=shutil.ignore_patterns("_build"))
    return target


def test_touched_page_with_same_links_leaves_glossary_and_references_alone(
        make_app, rootdir, tmp_path):
    src = _copy_basic(rootdir, tmp_path, "touched")
    make_app("html", srcdir=src, freshenv=True).build()
    _edit(src / "research.rst", "düzenli katılır", "düzenli olarak katılır")
    app = make_app("html", srcdir=src)
    app.build()
    assert "research" in _written(app)
    assert not {"glossary", "references"} & _written(app)


def test_new_mention_on_a_page_updates_the_glossary_back_links(make_app, rootdir, tmp_path):
    app, rebuilt, clean = _incremental_and_clean(
        make_app, rootdir, tmp_path, "Not a term:", "NATO is a term. Not a term:")
    assert {"glossary", "research"} <= _written(app)
    assert rebuilt == clean


def test_removed_citation_updates_the_bibliography_back_links(make_app, rootdir, tmp_path):
    app, rebuilt, clean = _incremental_and_clean(
        make_app, rootdir, tmp_path, "; Peyrouse, 2008:16)", ")")
    assert "references" in _written(app)
    assert rebuilt == clean


def test_renamed_page_title_updates_the_back_link_text(make_app, rootdir, tmp_path):
    app, rebuilt, clean = _incremental_and_clean(
        make_app, rootdir, tmp_path, "Research notes\n==============",
        "Field notes\n===========")
    assert {"glossary", "references"} <= _written(app)
    assert "Field notes" in rebuilt["glossary.html"]
    assert rebuilt == clean


def test_one_more_link_to_a_concept_updates_its_count(make_app, rootdir, tmp_path):
    # the page already links the SCO: the set of concepts stays, the count the
    # glossary shows beside the page's title goes up by one
    app, rebuilt, clean = _incremental_and_clean(
        make_app, rootdir, tmp_path, "An explicit link:",
        "Once more\n---------\n\nThe SCO again.\n\nAn explicit link:")
    assert "glossary" in _written(app)
    assert rebuilt == clean


# -- test-backlinks: a Turkish page with terms and a citation, its glossary and
# bibliography pages listing only what the pages use ------------------------------


def _edited_backlinks_root(make_app, rootdir, tmp_path, old: str, new: str):
    return _incremental_and_clean(make_app, rootdir, tmp_path, old, new,
                                  root="test-backlinks", page="metin.rst")


def test_page_text_edited_without_its_terms_changing_leaves_the_glossary_alone(
        make_app, rootdir, tmp_path):
    app, rebuilt, clean = _edited_backlinks_root(
        make_app, rootdir, tmp_path, "yalnızca örnek bir cümledir",
        "yalnızca kısa bir örnek cümledir")
    assert "metin" in _written(app)
    assert not {"sozluk", "kaynakca"} & _written(app)
    assert "kısa bir örnek" in rebuilt["metin.html"]
    assert rebuilt == clean


def test_page_whose_terms_change_rewrites_the_glossary(make_app, rootdir, tmp_path):
    app, rebuilt, clean = _edited_backlinks_root(
        make_app, rootdir, tmp_path, "yalnızca örnek bir cümledir",
        "Avrasya Ekonomik Birliği'nden söz eder")
    assert {"metin", "sozluk"} <= _written(app)
    assert 'id="cag-term-eaeu"' in rebuilt["sozluk.html"]
    assert rebuilt == clean
