"""``check-translation``: planted terminology errors are found, the consistent twin passes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from caglossary.exchange.check_translation import TranslationFileError, check_po_file
from caglossary.cli import main

PO = Path(__file__).parents[1] / "data" / "po"
MINI = str(Path(__file__).parents[1] / "data" / "mini_glossary.toml")
# Only the fixture glossary, so curators adding built-in terms cannot change the results.
ONLY_MINI = ("--no-builtin", "--glossary", MINI)

# Line of each planted msgid in planted.po → the concept its translation drops.
PLANTED = {
    13: "shanghai-five",  # "Shanghai Group"
    25: "sco",  # "Shanghai bloc's"
    37: "multi-vector-foreign-policy",  # the Turkish term left in the English text
    49: "usa",  # "US" is not one of United States, USA, U.S.
    61: "energy-club",  # "Energy Forum"
    69: "dialogue-partner",  # only the plural form says "dialogue members"
}
PLANTED_FUZZY = {84: "sco"}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_consistent_file_passes(mini):
    result = check_po_file(mini, PO / "consistent.po")
    assert (result.source, result.target) == ("tr", "en")
    assert result.checked == 14  # 15 messages: one untranslated, one fuzzy
    assert result.problems == ()
    assert check_po_file(mini, PO / "consistent.po", include_fuzzy=True).problems == ()


def test_every_planted_error_is_found_and_nothing_else(mini):
    result = check_po_file(mini, PO / "planted.po")
    assert {p.line: p.key for p in result.problems} == PLANTED
    assert len(result.problems) == len(PLANTED)


def test_fuzzy_messages_on_request(mini):
    result = check_po_file(mini, PO / "planted.po", include_fuzzy=True)
    assert {p.line: p.key for p in result.problems} == PLANTED | PLANTED_FUZZY


def test_message_names_term_and_expected_forms(mini):
    problems = {p.line: str(p) for p in check_po_file(mini, PO / "planted.po").problems}
    assert problems[25].endswith(
        'planted.po:25: "ŞİÖ\'nün" (sco) is not rendered in msgstr (en); expected one of: '
        '"Shanghai Cooperation Organization", "SCO", "Shanghai Cooperation Organisation"')
    assert "msgstr[1] (en)" in problems[69]


def test_direction_comes_from_the_language_header(mini):
    result = check_po_file(mini, PO / "en_tr.po")
    assert (result.source, result.target) == ("en", "tr")
    assert [(p.line, p.key) for p in result.problems] == [(17, "multi-vector-foreign-policy")]
    assert '"çok vektörlü dış politika", "çoklu vektör dış politika"' in result.problems[0].message


def test_explicit_direction_wins_over_the_header(mini):
    # Read as tr → en, the Turkish msgstrs of en_tr.po do not render English terms.
    result = check_po_file(mini, PO / "en_tr.po", source="tr", target="en")
    assert (result.source, result.target) == ("tr", "en")


def test_cli_reports_file_line_and_exits_1(capsys):
    code, out, err = run(capsys, "check-translation", str(PO / "planted.po"), *ONLY_MINI)
    lines = out.splitlines()
    assert code == 1
    assert [int(re.match(r".*planted\.po:(\d+): ", line).group(1)) for line in lines] == sorted(
        PLANTED)
    assert "14 translated message(s) checked (tr → en), 6 problem(s)" in err


def test_cli_passes_the_consistent_twin(capsys):
    code, out, err = run(capsys, "check-translation", str(PO / "consistent.po"),
                         "--from", "tr", "--to", "en", *ONLY_MINI)
    assert code == 0 and out == "" and "0 problem(s)" in err


MALFORMED = 'msgid "Şanghay Beşlisi"\nmsgstr "Shanghai Five"\nthis is not po syntax\n'


@pytest.mark.parametrize("content, message", [
    (MALFORMED.encode("utf-8"), "bad.po:3: not a valid .po file"),
    ('msgid "Çin"\nmsgstr "China"\n'.encode("cp1254"), "bad.po:1: not valid UTF-8"),
    (b'msgid ""\nmsgstr "Content-Type: text/plain; charset=NOPE\\n"\n', "unknown charset"),
])
def test_unreadable_input_exits_2(capsys, tmp_path, content, message):
    bad = tmp_path / "bad.po"
    bad.write_bytes(content)
    code, out, err = run(capsys, "check-translation", str(bad), *ONLY_MINI)
    assert code == 2 and out == "" and message in err
    with pytest.raises(TranslationFileError):
        check_po_file(None, bad)


def test_missing_file_exits_2(capsys, tmp_path):
    code, _, err = run(capsys, "check-translation", str(tmp_path / "nope.po"), *ONLY_MINI)
    assert code == 2 and "nope.po: no such file" in err


def test_same_language_twice_is_bad_usage(capsys):
    code, _, err = run(capsys, "check-translation", str(PO / "consistent.po"),
                       "--from", "tr", "--to", "tr", *ONLY_MINI)
    assert code == 2 and "two different languages" in err


def test_round_trip_with_the_po_export(mini, tmp_path):
    """The glossary's own catalogue is consistent with the glossary."""
    from caglossary.exchange import export_glossary

    for source in ("tr", "en"):
        po = tmp_path / f"{source}.po"
        po.write_text(export_glossary(mini, "po", source=source), encoding="utf-8")
        assert check_po_file(mini, po).problems == ()


def test_plural_forms_are_numbered_as_in_the_file(mini, tmp_path):
    po = tmp_path / "plural.po"
    po.write_text('msgid "%d ŞİÖ üyesi"\nmsgid_plural "%d ŞİÖ üyesi"\nmsgstr[0] ""\n'
                  'msgstr[1] "%d members of the bloc"\n', encoding="utf-8")
    (problem,) = check_po_file(mini, po).problems
    assert problem.line == 1 and "msgstr[1]" in problem.message


def _central_asia_glossary():
    from caglossary import Concept, Glossary, LangSide

    return Glossary([
        Concept("central-asia", "region", LangSide("Orta Asya", "d", marked_forms=("Orta Asya",)),
                LangSide("Central Asia", "d")),
        Concept("eu", "organisation", LangSide("Avrupa Birliği", "d", abbr=("AB",),
                                               marked_forms=("Avrupa Birliğ|i",)),
                LangSide("European Union", "d", abbr=("EU",))),
    ])


@pytest.mark.parametrize("msgid, msgstr, problems", [
    ("beş Orta Asya devleti", "the five Central Asian states", []),
    ("beş Orta Asya devleti", "the five states of the region", ["central-asia"]),
    ("AB'nin tutumu", "Europe's position", ["eu"]),  # an abbreviation is never a word prefix
    ("AB'nin tutumu", "the EU's position", []),
])
def test_english_derived_words_count_but_not_from_abbreviations(tmp_path, msgid, msgstr,
                                                                problems):
    po = tmp_path / "derived.po"
    po.write_text(f'msgid "{msgid}"\nmsgstr "{msgstr}"\n', encoding="utf-8")
    result = check_po_file(_central_asia_glossary(), po)
    assert [p.key for p in result.problems] == problems


BUILTIN_STABLE = {"shanghai-five", "sco", "multi-vector-foreign-policy", "dialogue-partner"}


def test_with_the_builtin_glossary_on_its_stable_concepts():
    """The built-in glossary is still being curated: only its stable ids are asserted."""
    import caglossary

    glossary = caglossary.glossary()
    consistent = check_po_file(glossary, PO / "consistent.po").problems
    planted = check_po_file(glossary, PO / "planted.po").problems
    assert not [p for p in consistent if p.key in BUILTIN_STABLE]
    assert {p.line: p.key for p in planted if p.key in BUILTIN_STABLE} == {
        line: key for line, key in PLANTED.items() if key in BUILTIN_STABLE}


@pytest.mark.parametrize("second", [
    'msgid "Şanghay Beşlisi"\nmsgstr "Shanghai Six"\n',
    'msgid ""\n"Şanghay "\n"Beşlisi"\nmsgstr "Shanghai Six"\n',  # the same msgid over two lines
])
def test_a_message_defined_twice_is_refused_with_both_lines(tmp_path, capsys, second):
    path = tmp_path / "twice.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    'msgid "Şanghay Beşlisi"\nmsgstr "Shanghai Five"\n\n'
                    '#~ msgid "Şanghay Beşlisi"\n#~ msgstr "old"\n\n' + second, encoding="utf-8")
    code, _, err = run(capsys, "check-translation", str(path), *ONLY_MINI)
    assert code == 2
    assert f"{path}:11: msgid 'Şanghay Beşlisi' is defined twice (first on line 5)" in err


def test_the_same_msgid_in_another_context_is_another_message(tmp_path, capsys):
    path = tmp_path / "contexts.po"
    path.write_text('msgid "Şanghay Beşlisi"\nmsgstr "Shanghai Five"\n\n'
                    'msgctxt "title"\nmsgid "Şanghay Beşlisi"\nmsgstr "Shanghai Five"\n',
                    encoding="utf-8")
    code, _, err = run(capsys, "check-translation", str(path), *ONLY_MINI)
    assert code == 0 and "2 translated message(s) checked" in err
