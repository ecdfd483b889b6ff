"""LaTeX formatting commands in a user's BibTeX are shown as their argument.

The decoder turns accents and specials into Unicode and keeps every other
command as written, so the record stays BibTeX. Where a value is shown to a
reader (CSL-JSON, the reference list, a name an author–year citation matches)
the braces went and the command stayed glued to its argument:
``\\textbf{Great}`` read ``\\textbfGreat`` and ``\\textsc{Doe}`` cited as
``\\textscDoe``; the CSL-JSON export also kept ``\\{`` escapes.
"""

from __future__ import annotations

import json

import pytest

from caglossary.bib.csl import entry_text
from caglossary.bib.library import load_bibliography
from caglossary.exchange.bibtex import to_bibtex
from caglossary.exchange.csljson import to_csl_json
from caglossary.recognition.citations import find_citations

BIB = r"""@book{doe2020,
  author = {\textsc{Doe}, Jane and Roe, Rick},
  title = {The \emph{Great} Game and \textbf {Local} Rules of the \{Steppe\}},
  publisher = {\mkbibacro{SCO} Press},
  address = {Ankara},
  year = {2020},
  pages = {\textbf{1}--10},
}
"""


@pytest.fixture(scope="module")
def ref(tmp_path_factory):
    path = tmp_path_factory.mktemp("bib") / "markup.bib"
    path.write_text(BIB, encoding="utf-8")
    loaded = load_bibliography([path], builtin=False)
    assert not loaded.problems
    return loaded, loaded.lookup("doe2020")


def test_csl_json_holds_the_text_a_reader_sees(ref):
    (item,) = json.loads(to_csl_json([ref[1]]))
    # italic and bold reach CSL-JSON as its own markup, which pandoc and citeproc-js render
    assert item["title"] == "The <i>Great</i> Game and <b>Local</b> Rules of the {Steppe}"
    assert item["publisher"] == "SCO Press"
    assert item["page"] == "1-10"
    assert [a["family"] for a in item["author"]] == ["Doe", "Roe"]
    assert "\\" not in json.dumps(item, ensure_ascii=False).replace("\\\"", "")


@pytest.mark.parametrize("style", ["isnad-metinici", "apa", "chicago-author-date"])
def test_reference_list_entries_show_no_command(ref, style):
    bib, record = ref
    text = entry_text(record, style=style, bibliography=bib)
    assert "\\" not in text and "Doe" in text and "Great" in text


def test_an_author_written_in_small_capitals_is_cited_by_name(ref):
    bib, _ = ref
    (citation,) = find_citations("Doe (2020) shows it.", bibliography=bib)
    assert list(citation.keys) == ["doe2020"]


def test_the_bibtex_export_keeps_the_commands(ref):
    text = to_bibtex([ref[1]])
    assert "\\emph{Great}" in text and "\\textsc{Doe}" in text and "\\{Steppe\\}" in text
