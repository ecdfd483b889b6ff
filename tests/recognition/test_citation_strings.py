"""The citation table: citation strings as researchers write them, Turkish and English.

``tests/data/citation_strings.tsv`` holds one string a row: what it cites (one
``key@locator`` per link), or that it must be reported as unknown (with the
suggestion offered), or that it is no citation at all. The bibliography is
the bundled one plus a user's ``.bib`` (``tests/data/citations_extra.bib``),
the way ``annotate --bib`` and ``find_citations(bibliography=...)`` read it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import caglossary

DATA = Path(__file__).parents[1] / "data"
EXTRA_BIB = DATA / "citations_extra.bib"


def _rows() -> list[tuple[str, str, str, str, str]]:
    rows = []
    for line in (DATA / "citation_strings.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, text, expect, works, note = (line.split("\t") + [""] * 5)[:5]
            rows.append((lang, text, expect, works, note))
    return rows


ROWS = _rows()


@pytest.fixture(scope="module")
def bib():
    from caglossary.bib.library import load_bibliography

    return load_bibliography([EXTRA_BIB])


def test_the_table_is_large_and_mixed():
    assert len(ROWS) >= 80
    assert {lang for lang, *_ in ROWS} == {"tr", "en"}
    assert {expect for _, _, expect, _, _ in ROWS} == {"cite", "unknown", "none"}


@pytest.mark.parametrize(("lang", "text", "expect", "works", "note"), ROWS,
                         ids=[row[1] for row in ROWS])
def test_citation_string(bib, lang, text, expect, works, note):
    found = caglossary.find_citations(text, bibliography=bib)
    if expect == "none":
        assert found == []
        return
    (mention,) = found
    assert text[mention.start:mention.end] == mention.surface
    if expect == "unknown":
        assert not mention.keys and mention.problem_codes == ("unknown-citation",)
        if note != "-":
            assert mention.problems[0].endswith(f"; {note}")
        else:
            assert "did you mean" not in mention.problems[0]
        return
    assert not mention.problems
    wanted = [tuple(work.split("@")) for work in works.split("|")]
    assert [(w.key, w.locator) for w in mention.works] == wanted
    for work in mention.works:  # each work's link lies inside the citation
        assert mention.start <= work.start < work.end <= mention.end
        assert text[work.start:work.end].strip() == text[work.start:work.end]


def test_find_citations_takes_bib_paths():
    (mention,) = caglossary.find_citations("(Öztürk, 2021:42)", bibliography=str(EXTRA_BIB))
    assert mention.keys == ("ozturk2021",)
    (mention,) = caglossary.find_citations("(Öztürk, 2021:42)")
    assert mention.unresolved  # not in the bundled bibliography alone


def _prose() -> list[tuple[str, bool]]:
    """The seeds (seed 003 is a scan, read in OCR mode) and the held-out public texts."""
    root = Path(__file__).parents[2]
    texts = [(p, "003_" in p.name) for p in sorted((root / "seeds").glob("*.txt"))]
    texts += [(p, False) for p in sorted((DATA / "heldout").glob("*.txt"))]
    return [(str(p.relative_to(root)), ocr) for p, ocr in texts]


# Real author–year citations in the public texts whose works the bundled
# bibliography does not hold: reporting them is right (the user adds the record).
REAL_CITATIONS = {
    "94_hagueresearch_middle_corridor_energy.txt": ["(European Commission 2023)"],
    "185_perspektif_taliban_bolgesel_iliskiler.txt": ["(Mir, 2023)"],
    "226_crowdelevator_armenia_eaeu.txt": ["(Dragneva and Wolczuk, 2015)", "(WTO TPR, 2010)"],
    "259_9lib_kirgizistan_sorun_alanlari.txt": [
        "(BM ve BDT, 2021)", "(Laruelle ve Peyrouse, 2009: 82)", "(Joldoshov, 2013: 102)",
    ],
    "300_docslib_aral_sea_basin.txt": ["(Kirmani and LeMoigne, 1997)"],
}


# False alarms the finder still raises on public prose, kept visible rather than hidden:
# strict, so that the fix turns them into failures and they are taken off this list.
KNOWN_FALSE_ALARMS = {
    # a country and the year it became an observer, "Macaristan (2019)", read as narrative
    "280_soyledik_tdt_ve_kktc.txt": "a place name with a year in brackets taken for a citation",
    # the last word of a two-word publisher's name before a year, read as a narrative citation
    "313_docslib_itic_foreign_investment.txt": "a publisher's name with a year taken for an author",
    # a journal's issue line, a season with its year in brackets ("(Yaz 2015)"), in a
    # round held back unseen: its annotator reported the alarm, and it is not worked on
    # until the round is scored
    "427_9lib_tanap_guney_kafkasya_pdf.txt": "a season and year in brackets taken for a citation",
}


def _prose_cases() -> list:
    return [pytest.param(path, ocr, id=path, marks=pytest.mark.xfail(
        strict=True, reason=KNOWN_FALSE_ALARMS[Path(path).name]))
        if Path(path).name in KNOWN_FALSE_ALARMS else pytest.param(path, ocr, id=path)
        for path, ocr in _prose()]


@pytest.mark.parametrize(("path", "ocr"), _prose_cases())
def test_no_false_alarms_on_real_prose(path, ocr):
    """Dates, figures and places in real prose are never reported as unknown citations;
    the text's own citations of works the bibliography lacks are."""
    text = (Path(__file__).parents[2] / path).read_text(encoding="utf-8")
    alarms = [m.surface for m in caglossary.find_citations(text, ocr=ocr) if m.unresolved]
    assert alarms == REAL_CITATIONS.get(Path(path).name, [])
