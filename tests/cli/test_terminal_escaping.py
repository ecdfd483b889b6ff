"""File and folder names reach the terminal escaped, whichever command echoes them.

A name may hold any byte but ``/`` and NUL; one holding ``ESC [ 31 m`` must not
colour (or clear, or retitle) the user's terminal when a command prints it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from caglossary.cli import main

ESC_NAME = "x\x1b[31my"
_PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "The Shanghai Cooperation Organization met."
msgstr "Toplantı yapıldı."
"""


def _run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def named(tmp_path: Path):
    def make(suffix: str, content: str) -> str:
        path = tmp_path / f"{ESC_NAME}{suffix}"
        path.write_text(content, encoding="utf-8")
        return str(path)
    return make


def _escaped(output: str) -> bool:
    return "\x1b" not in output and "x\\x1b[31my" in output


def test_annotate_text_output_and_unresolved_citations(capsys, named):
    path = named(".txt", "ŞİÖ toplandı (Nobody, 2031).\n")
    code, output = _run(capsys, "annotate", path)
    assert code == 1 and _escaped(output)
    assert output.count("x\\x1b[31my") == 3  # two lines of output, one message


def test_annotate_json_keeps_the_name_itself(capsys, named):
    import json

    path = named(".txt", "ŞİÖ\n")
    code, output = _run(capsys, "annotate", "--json", path)
    assert code == 0 and json.loads(output)[0]["file"] == path


def test_bib_cited_in_messages(capsys, named):
    path = named(".txt", "(Nobody, 2031) and Cooley (2012).\n")
    code, output = _run(capsys, "bib", "--cited-in", path)
    assert code == 1 and _escaped(output)


def test_check_translation_summary(capsys, named):
    path = named(".po", _PO)
    code, output = _run(capsys, "check-translation", "--from", "en", "--to", "tr", path)
    assert code == 1 and _escaped(output)


def test_export_and_init_name_what_they_wrote(capsys, tmp_path):
    code, output = _run(capsys, "export", "-f", "csv", "-o", str(tmp_path / f"{ESC_NAME}.csv"))
    assert code == 0 and _escaped(output)
    code, output = _run(capsys, "init", str(tmp_path / ESC_NAME))
    assert code == 0 and _escaped(output)


def test_validate_problems(capsys, named):
    path = named(".bib", "@article{broken,\n  title = {Unclosed}\n")
    code, output = _run(capsys, "validate", "--bib", path)
    assert code != 0 and _escaped(output)
