"""The search page's stemmer (JavaScript, run by Node where it is installed) folds
and stems a query word as the index's Python stemmer did, apostrophes included."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from caglossary.sphinxext.search import GlossarySearchTurkish, glossary_stems, register_words
from caglossary.text.turkish import APOSTROPHES

NODE = shutil.which("node") or shutil.which("nodejs")
WORDS = ["Şanghay", "Şanghay'ın", "ŞANGHAY’IN", *(f"Örgüt{mark}ü" for mark in APOSTROPHES),
         *(f"Beşlisi{mark}nin" for mark in APOSTROPHES), "örgütlerin", "sanghay"]


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
def test_the_pages_stemmer_stems_as_the_index_did():
    from caglossary import glossary

    from caglossary.sphinxext import search

    before = dict(search._WORDS)
    register_words(lambda: glossary_stems(glossary()))
    try:
        language = GlossarySearchTurkish({})
    finally:
        search._WORDS.update(before)  # other tests' builds hand over their own words
    script = (language.js_stemmer_code
              + f"\nconst s = new Stemmer();\nconsole.log(JSON.stringify("
                f"{json.dumps(WORDS)}.map((w) => s.stemWord(w))));\n")
    run = subprocess.run([NODE, "-e", script], capture_output=True, text=True, timeout=60,
                         check=True)
    assert json.loads(run.stdout) == [language.stem(word) for word in WORDS]
