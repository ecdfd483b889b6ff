"""OmegaT, CSV and JSON exports: shapes a CAT tool or spreadsheet relies on."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from caglossary import Concept, Glossary, LangSide
from caglossary.cli import main
from caglossary.exchange import ExportError, export_glossary
from caglossary.exchange.csv_format import COLUMNS
from caglossary.text.turkish import sort_key


def omegat_rows(text: str) -> list[list[str]]:
    assert text.endswith("\n") and "\r" not in text
    return [line.split("\t") for line in text.splitlines()]


@pytest.mark.parametrize("source, target", [("tr", "en"), ("en", "tr")])
def test_omegat_has_a_line_per_source_form(mini, source, target):
    rows = omegat_rows(export_glossary(mini, "omegat", source=source, target=target))
    assert all(len(row) == 3 and all(cell.strip() == cell and cell for cell in row)
               for row in rows)
    expected = {form for c in mini for form in c.side(source).forms}
    assert {row[0] for row in rows} == expected
    assert len(rows) == sum(len(set(c.side(source).forms)) for c in mini)
    targets = {form for c in mini for form in (c.side(target).term, *c.side(target).abbr)}
    assert {row[1] for row in rows} <= targets


def test_omegat_pairs_and_comments(mini):
    rows = {row[0]: row[1:] for row in omegat_rows(export_glossary(mini, "omegat"))}
    assert rows["ŞİÖ"] == ["SCO", "abbreviation of Şanghay İşbirliği Örgütü; also: "
                           "Shanghai Cooperation Organization, Shanghai Cooperation "
                           "Organisation; id: sco"]
    assert rows["Şangay Beşlisi"] == ["Shanghai Five",
                                      "variant of Şanghay Beşlisi; id: shanghai-five"]
    reverse = {row[0]: row[1] for row in omegat_rows(export_glossary(mini, "omegat",
                                                                     source="en"))}
    assert reverse["SCO"] == "ŞİÖ" and reverse["dialogue partnership"] == "diyalog ortağı"


def test_tabs_and_newlines_cannot_break_a_line():
    side = LangSide("iki\tsütun", "tanım")
    glossary = Glossary([Concept("x", "concept", side, LangSide("two\ncolumns", "d"))])
    assert omegat_rows(export_glossary(glossary, "omegat")) == [
        ["iki sütun", "two columns", "id: x"]]


def test_same_language_both_ways_is_refused(mini):
    with pytest.raises(ExportError, match="bad target language"):
        export_glossary(mini, "omegat", source="tr", target="tr")


def test_csv_one_row_per_concept_with_documented_columns(mini):
    text = export_glossary(mini, "csv")
    assert text.startswith("\ufeff")  # spreadsheets then read UTF-8, not a code page
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert [r["id"] for r in rows] == [c.id for c in mini.sorted_by("tr")]
    sco = next(r for r in rows if r["id"] == "sco")
    assert sco["tr_abbr"] == "ŞİÖ" and sco["en_variants"] == "Shanghai Cooperation Organisation"
    assert sco["see_also"] == "shanghai-five; dialogue-partner"
    assert sco["sources"] == "aydin2024sco 149"
    usa = next(r for r in rows if r["id"] == "usa")
    assert usa["en_abbr"] == "USA; U.S."
    assert text.count("\r\n") == len(mini) + 1


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


@pytest.mark.parametrize("risky", ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)",
                                   "\tx"])
def test_csv_cells_never_start_a_formula(risky):
    side = LangSide(risky, risky.strip() + " tanım")
    glossary = Glossary([Concept("x", "concept", side, LangSide("term", risky))])
    row = _csv_rows(export_glossary(glossary, "csv"))[0]
    for cell in (row["tr_term"], row["en_definition"]):
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert row["en_definition"].lstrip("'") == risky.strip() or risky.startswith("\t")


def test_csv_is_in_turkish_order(mini):
    rows = _csv_rows(export_glossary(mini, "csv"))
    terms = [r["tr_term"] for r in rows]
    assert terms == sorted(terms, key=lambda t: sort_key(t, "tr"))
    assert terms.index("Irak") < terms.index("Kazakistan") < terms.index("Şanghay Beşlisi")


def test_json_is_what_list_json_prints(mini, capsys):
    mini_path = str(Path(__file__).parents[1] / "data" / "mini_glossary.toml")
    assert main(["list", "--json", "--glossary", mini_path]) == 0
    listed = json.loads(capsys.readouterr().out)
    exported = json.loads(export_glossary(mini, "json"))
    assert exported == [c.as_json() for c in mini.sorted_by("tr")]
    assert [c for c in listed if c["id"] in mini] == exported


def _as_omegat_reads(text: str) -> list[tuple[str, str]]:
    """What OmegaT's tab-separated glossary reader keeps: lines not beginning with '#',
    cut at tabs, each cell trimmed, a first cell and a second one required."""
    kept = []
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) >= 2 and cells[0]:
            kept.append((cells[0], cells[1]))
    return kept


def test_a_form_beginning_with_a_hash_is_not_read_as_a_comment():
    tr = LangSide("etiket kampanyası", "tanım", abbr=("#BenDe",))
    en = LangSide("hashtag campaign", "d", abbr=("#MeToo",))
    glossary = Glossary([Concept("hashtag-campaign", "concept", tr, en)])
    for source, target in (("tr", "en"), ("en", "tr")):
        read = _as_omegat_reads(export_glossary(glossary, "omegat", source=source, target=target))
        assert {pair[0] for pair in read} == set(next(iter(glossary)).side(source).forms)
    assert ("#BenDe", "#MeToo") in _as_omegat_reads(export_glossary(glossary, "omegat"))
