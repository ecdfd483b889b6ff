"""The PDF's general index, as ``make latexpdf`` builds it (pdflatex + makeindex).

makeindex reads bytes: an entry sorted by ``Şanghay`` made it write half of
``Ş`` as a letter heading, and pdflatex stopped on the index. The glossary's
entries are sorted by an ASCII key in the project's alphabetical order.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from caglossary.sphinxext.latexindex import makeindex_sort_key
from caglossary.text.turkish import tr_sorted

pytestmark = pytest.mark.sphinx("latex", testroot="researcher", freshenv=True)


def _index_keys(tex: str) -> list[str]:
    return [level.split("@", 1)[0] for command in re.findall(r"\\index\{(.*)\}", tex)
            for level in command.split("!")]


def test_every_index_sort_key_is_ascii(app):
    app.build()
    tex = (app.outdir / "arastirma.tex").read_text(encoding="utf-8")
    keys = _index_keys(tex)
    assert keys and all(key.isascii() for key in keys), [k for k in keys if not k.isascii()]
    assert r"\spxentry{Şanghay İşbirliği Örgütü}" in tex  # the shown text keeps its letters


def test_sort_keys_follow_the_turkish_alphabet():
    words = ["Çin", "Cezayir", "ılık", "ilik", "İran", "Irak", "şura", "sulh", "Özbek", "Oman",
             "üye", "uzak", "ağ", "ağaç", "açık", "acil"]
    assert sorted(words, key=lambda w: makeindex_sort_key(w, "tr")) == tr_sorted(words)


@pytest.mark.skipif(not (shutil.which("pdflatex") and shutil.which("makeindex")),
                    reason="needs pdflatex and makeindex (TeX Live)")
def test_pdf_with_its_index_compiles(app):
    app.build()
    run = {"cwd": app.outdir, "capture_output": True, "timeout": 300}
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "arastirma.tex"], **run)
    subprocess.run(["makeindex", "-s", "python.ist", "arastirma.idx"], **run)
    done = subprocess.run(["pdflatex", "-interaction=nonstopmode", "arastirma.tex"], **run)
    log = (app.outdir / "arastirma.log").read_text(encoding="utf-8", errors="replace")
    if "not found" in log and ".sty" in log:
        pytest.skip("TeX Live lacks a package Sphinx's LaTeX needs (texlive-latex-recommended)")
    assert done.returncode == 0, log[-2000:]
    index = (app.outdir / "arastirma.ind").read_text(encoding="utf-8")
    assert r"\spxentry{Şanghay İşbirliği Örgütü}" in index
