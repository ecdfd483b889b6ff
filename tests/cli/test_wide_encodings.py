"""A UTF-16 or UTF-32 input is named as such on every command that reads text.

Windows editors save "Unicode" text as UTF-16 with a byte-order mark. The
commands called such a file "a binary file", or "not valid UTF-8 (byte 0xff)",
and standard input "not UTF-8 (byte 0)": nothing a user could act on.
"""

from __future__ import annotations

import io
import sys

import pytest

from caglossary.cli import main

GLOSSARY = """schema = 1

[[concept]]
id = "wide-one"
category = "concept"

[concept.tr]
term = "Geniş terim"
definition = "Deneme."

[concept.en]
term = "Wide term"
definition = "A test."
"""
BIB = "@book{wide2020, author = {Wide, Wanda}, title = {T}, publisher = {P}, year = {2020}}\n"
PO = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "Şanghay İşbirliği Örgütü"\nmsgstr "SCO"\n'
TEXT = "Şanghay İşbirliği Örgütü (Cooley, 2012).\n"

COMMANDS = {
    "annotate": (TEXT, ("annotate", "{path}")),
    "bib --cited-in": (TEXT, ("bib", "--cited-in", "{path}")),
    "check-translation": (PO, ("check-translation", "{path}")),
    "lookup --glossary": (GLOSSARY, ("lookup", "--glossary", "{path}", "sco")),
    "validate --glossary": (GLOSSARY, ("validate", "--no-builtin", "--glossary", "{path}")),
    "validate --bib": (BIB, ("validate", "--no-builtin", "--bib", "{path}")),
}


@pytest.mark.parametrize("encoding, name", [("utf-16", "UTF-16"), ("utf-16-be", "UTF-16"),
                                            ("utf-32", "UTF-32")])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_wide_file_is_named_with_its_encoding(capsys, tmp_path, command, encoding, name):
    text, argv = COMMANDS[command]
    path = tmp_path / "wide.txt"
    mark = "\ufeff" if encoding == "utf-16-be" else ""  # utf-16 and utf-32 write their own
    path.write_bytes((mark + text).encode(encoding))
    code = main([arg.replace("{path}", str(path)) for arg in argv])
    out, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in out + err  # unreadable input, not a problem found
    assert f"{path}:1: is {name} text, not UTF-8; save the file as UTF-8" in out + err


def test_standard_input_gets_the_checks_a_file_gets(capsys, monkeypatch):
    for raw, message in [(TEXT.encode("utf-16"), "<stdin>:1: is UTF-16 text, not UTF-8"),
                         (b"abc\x00def", "<stdin>: looks like a binary file"),
                         (b"ok\nT\xfcrk", "<stdin>:2: not valid UTF-8 (byte 0xfc)")]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
        assert main(["annotate", "-"]) == 2
        assert message in capsys.readouterr().err
