"""``annotate --pdf-text``: PDF-text mode on the command line, off unless asked."""

from __future__ import annotations

import json

from caglossary.cli import main


def test_pdf_text_flag_reads_lost_turkish_letters(capsys, tmp_path):
    doc = tmp_path / "extracted.txt"
    doc.write_text("anghay birli i Örgütü 2001'de kuruldu.", encoding="utf-8")
    assert main(["annotate", str(doc), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["mentions"] == []
    assert main(["annotate", str(doc), "--json", "--pdf-text"]) == 0
    (result,) = json.loads(capsys.readouterr().out)
    assert [(m["text"], m["concept"]) for m in result["mentions"]] == [
        ("anghay birli i Örgütü", "sco")]
