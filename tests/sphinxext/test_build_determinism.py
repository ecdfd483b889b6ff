"""Builds are reproducible: serial = parallel, clean = clean, incremental = clean.

The project (tests/roots/test-determinism) has eight pages, the built-in data
and a small glossary and .bib of its own, which the incremental tests edit.
Every build runs with the network switched off.
"""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1] / "roots" / "test-determinism"


class NetworkUsed(RuntimeError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to reach the network fails the build (forked workers inherit this)."""
    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network access during a build: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_the_network_guard_refuses_connections():
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(NetworkUsed):
        socket.socket().connect(("127.0.0.1", 9))


def copy_root(target: Path) -> Path:
    shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns("_build", "__pycache__"))
    return target


def build(make_app, srcdir: Path, **kwargs):
    app = make_app("html", srcdir=srcdir, **kwargs)
    app.build()
    assert app.statuscode == 0
    assert "NetworkUsed" not in app.warning.getvalue()
    return app


def snapshot(outdir: Path, suffix: str = "") -> dict[str, bytes]:
    """Every output file (or those ending in *suffix*) by relative path."""
    return {p.relative_to(outdir).as_posix(): p.read_bytes()
            for p in sorted(outdir.rglob(f"*{suffix}")) if p.is_file()}


def differing(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted(name for name in set(a) | set(b) if a.get(name) != b.get(name))


@pytest.fixture(scope="module")
def serial_html(tmp_path_factory):
    """One clean serial build, shared by the comparisons below."""
    from sphinx.testing.util import SphinxTestApp

    src = copy_root(tmp_path_factory.mktemp("serial") / "src")
    app = SphinxTestApp("html", srcdir=src, freshenv=True)
    try:
        app.build()
        assert app.statuscode == 0
        yield snapshot(app.outdir), app.warning.getvalue()
    finally:
        app.cleanup()


def test_the_project_links_terms_and_citations(serial_html):
    files, warnings = serial_html
    page = files["tr-one.html"].decode("utf-8")
    assert page.count('class="cag-term') >= 3 and page.count('class="cag-cite') >= 2
    assert "cag-ref-synthetic2001" in page and "cag-term-sample-term" in page
    assert "Örnekoğlu 2003" in warnings  # the one unresolved citation, reported


def test_two_clean_builds_are_byte_identical(make_app, tmp_path, serial_html):
    again = build(make_app, copy_root(tmp_path / "src"), freshenv=True)
    files, _ = serial_html
    assert differing(files, snapshot(again.outdir)) == []


def test_parallel_build_writes_the_same_html(make_app, tmp_path, serial_html):
    parallel = build(make_app, copy_root(tmp_path / "src"), freshenv=True, parallel=2)
    files, _ = serial_html
    html = {name: data for name, data in files.items() if name.endswith(".html")}
    assert len(html) >= 10
    assert differing(html, snapshot(parallel.outdir, ".html")) == []
    assert differing(files, snapshot(parallel.outdir)) == []  # and every other file too


# ---------------------------------------------------------------- incremental = clean

def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def edit_tooltips_only(src: Path) -> None:
    """Changes no form, name or year: pages are re-written, not re-read."""
    edit(src / "data" / "glossary.toml", "Derleme testleri için yapay bir kavram.",
         "Derleme testleri için yapay bir kavram; tanımı değiştirildi.")
    edit(src / "data" / "refs.bib", "A synthetic record for the build tests",
         "A synthetic record for the build tests, retitled")


def edit_recognition(src: Path) -> None:
    """A new variant and a new record: links move, so pages must be re-read."""
    edit(src / "data" / "glossary.toml", 'term = "örnek teri|m"',
         'term = "örnek teri|m"\nvariants = ["deneme teri|mi"]')
    with (src / "data" / "refs.bib").open("a", encoding="utf-8") as bib:
        bib.write("\n@misc{synthetic2003,\n  author = {Örnekoğlu, Deniz},\n"
                  "  title = {A second synthetic record},\n  year = {2003},\n"
                  "  x-status = {unverified},\n"
                  "  x-note = {Synthetic test record; not a real work.}\n}\n")


def test_incremental_builds_after_data_edits_equal_clean_builds(make_app, tmp_path):
    """Two rounds of edits on one environment; after each, the same site as a clean build.

    (tests/test_sphinx_builds.py edits one term, year or definition of the basic
    root and compares page bodies; here whole files, a new variant that links a
    page which had no link, and a new record that resolves a reported citation.)
    """
    src = copy_root(tmp_path / "incremental")
    build(make_app, src, freshenv=True)
    done = []
    for change in (edit_tooltips_only, edit_recognition):
        change(src)
        done.append(change)
        incremental = build(make_app, src)
        clean_src = copy_root(tmp_path / f"clean-{len(done)}")
        for earlier in done:
            earlier(clean_src)
        clean = build(make_app, clean_src, freshenv=True)
        assert differing(snapshot(clean.outdir, ".html"),
                         snapshot(incremental.outdir, ".html")) == []
    page = (incremental.outdir / "tr-one.html").read_text(encoding="utf-8")
    # the title is shown as the citation style writes it (ISNAD title-cases English titles)
    assert "tanımı değiştirildi" in page and "build tests, retitled" in page.lower()
    assert "cag-ref-synthetic2003" in (incremental.outdir / "tr-two.html").read_text("utf-8")
    assert "cag-term-sample-term" in (incremental.outdir / "tr-three.html").read_text("utf-8")
    assert "Örnekoğlu 2003" not in incremental.warning.getvalue()
