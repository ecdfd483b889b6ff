"""Builders (LaTeX, text), parallel builds and incremental rebuilds after data edits."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from test_sphinx_support import body

EXTRA_PAGE = """Page {n}
=======

Kazakistan ve ŞİÖ üzerine bir not {n} (Cooley, 2012:{n}). Şanghay Beşlisi ve Çin.

Section
-------

The SCO and China, with Vanderhill et al. (2020:979).
"""


def _copy_root(rootdir: Path, tmp_path: Path, name: str = "test-basic") -> Path:
    target = tmp_path / name
    shutil.copytree(rootdir / "test-basic", target)
    return target


@pytest.mark.sphinx("latex", testroot="basic", freshenv=True)
def test_latex_has_hyperlinks_glossary_and_bibliography(app, warning):
    app.build()
    assert warning.getvalue() == ""
    tex = next(app.outdir.glob("*.tex")).read_text(encoding="utf-8")
    assert r"\hyperref[\detokenize{glossary:cag-term-sco}]" in tex
    assert r"\hyperref[\detokenize{references:cag-ref-cooley2012great}]" in tex
    assert r"\label{\detokenize{glossary:cag-term-sco}}" in tex  # the anchor exists
    assert r"\label{\detokenize{references:cag-ref-cooley2012great}}" in tex
    assert "Great Games, Local Rules" in tex
    assert "Kuzey Atlantik Antlaşması Örgütü" in tex


@pytest.mark.sphinx("text", testroot="basic", freshenv=True)
def test_text_builder_prints_terms_glossary_and_references(app, warning):
    app.build()
    assert warning.getvalue() == ""
    research = (app.outdir / "research.txt").read_text(encoding="utf-8")
    assert "Şanghay İşbirliği Örgütü'nün (ŞİÖ)" in research
    assert "An explicit link: diyalog ortağı, and (Cooley, 2012, 79)." in research  # ISNAD
    glossary = (app.outdir / "glossary.txt").read_text(encoding="utf-8")
    assert "**Çin** — *China*" in glossary
    assert "Used in: Research notes" in glossary.replace("**", "")
    references = (app.outdir / "references.txt").read_text(encoding="utf-8")
    assert "Peyrouse, 2008. [unverified]" in references  # ISNAD; the mark says what is missing


def _site(outdir: Path) -> dict[str, str]:
    return {p.relative_to(outdir).as_posix(): body(p) for p in sorted(outdir.glob("*.html"))
            if p.name not in ("genindex.html", "search.html")}


def test_parallel_build_gives_the_same_html(make_app, rootdir, tmp_path):
    sites = []
    for jobs in (1, 2):
        src = _copy_root(rootdir, tmp_path, f"jobs{jobs}")
        for n in range(1, 13):
            (src / f"page{n:02d}.rst").write_text(EXTRA_PAGE.format(n=n), encoding="utf-8")
        index = src / "index.rst"
        index.write_text(index.read_text(encoding="utf-8") + "   page*\n".replace(
            "   page*", "   " + "\n   ".join(f"page{n:02d}" for n in range(1, 13))),
            encoding="utf-8")
        app = make_app("html", srcdir=src, freshenv=True, parallel=jobs)
        app.build()
        sites.append(_site(app.outdir))
    assert len(sites[0]) == 16
    assert sites[0] == sites[1]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _rebuilt_then_clean(make_app, rootdir: Path, tmp_path: Path, edits) -> tuple[dict, dict]:
    src = _copy_root(rootdir, tmp_path, "incremental")
    make_app("html", srcdir=src, freshenv=True).build()
    for name, old, new in edits:
        _edit(src / "cag" / name, old, new)
    incremental = make_app("html", srcdir=src)
    incremental.build()
    clean_src = tmp_path / "clean"
    shutil.copytree(src, clean_src, ignore=shutil.ignore_patterns("_build"))
    clean = make_app("html", srcdir=clean_src, freshenv=True)
    clean.build()
    return _site(incremental.outdir), _site(clean.outdir)


def test_incremental_after_changing_a_term(make_app, rootdir, tmp_path):
    rebuilt, clean = _rebuilt_then_clean(make_app, rootdir, tmp_path, [
        ("glossary.toml", 'term = "Shanghai Five"', 'term = "Shanghai Five Group"')])
    assert 'title="Shanghai Five Group — ' in rebuilt["research.html"]
    assert rebuilt == clean


def test_incremental_after_changing_a_bib_year(make_app, rootdir, tmp_path):
    rebuilt, clean = _rebuilt_then_clean(make_app, rootdir, tmp_path, [
        ("refs.bib", "year = {2012},", "year = {2013},")])
    assert "Oxford University Press, 2013." in rebuilt["references.html"]  # ISNAD: the year last
    # "(Cooley, 2012:79)" no longer matches a record: the old link is gone
    assert "<span>(Cooley, 2012:79)</span>" not in rebuilt["research.html"]
    assert "(Cooley, 2012:79)" in rebuilt["research.html"]
    assert rebuilt == clean


def test_incremental_after_changing_a_definition_or_title(make_app, rootdir, tmp_path):
    rebuilt, clean = _rebuilt_then_clean(make_app, rootdir, tmp_path, [
        ("glossary.toml", "Doğu Asya'da bir devlet.", "Doğu Asya'da büyük bir devlet."),
        ("refs.bib", "title = {Great Games, Local Rules:", "title = {Great Games, Local Rules --")])
    assert "title=\"China — Doğu Asya'da büyük bir devlet.\"" in rebuilt["research.html"]
    assert "Great Games, Local Rules – The New" in rebuilt["references.html"]
    assert rebuilt == clean


def test_definition_change_rewrites_without_rereading(make_app, rootdir, tmp_path):
    src = _copy_root(rootdir, tmp_path, "reread")
    make_app("html", srcdir=src, freshenv=True).build()
    _edit(src / "cag" / "glossary.toml", "Doğu Asya'da bir devlet.", "Doğu Asya'da bir ülke.")
    app = make_app("html", srcdir=src)
    app.build()
    status = re.sub(r"\x1b\[[0-9;]*m", "", app._status.getvalue())
    assert "0 added, 0 changed, 0 removed" in status  # nothing re-read
    written = set(re.findall(r"writing output\.\.\. \[\s*\d+%\] (\S+)", status))
    # the page whose tooltip changed, the glossary and bibliography pages, and the
    # index whose toctree lists them (Sphinx's own rule)
    assert written == {"glossary", "references", "research", "index"}
