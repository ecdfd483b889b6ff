"""``caglossary export``: files, standard output, options and errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from caglossary.cli import main
from caglossary.exchange import export_glossary

DATA = Path(__file__).parents[1] / "data"
MINI = str(DATA / "mini_glossary.toml")
ONLY_MINI = ("--no-builtin", "--glossary", MINI)

EXTRA = """schema = 1

[[concept]]
id = "kuresel-gecit"
category = "initiative"

[concept.tr]
term = "Küresel Geçit"
definition = "Deneme kavramı."

[concept.en]
term = "Global Gateway"
definition = "A test concept."
"""


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.mark.parametrize("fmt", ["tbx", "skos", "skos-jsonld", "omegat", "csv", "po", "json"])
def test_export_to_a_file_twice_is_byte_identical(capsys, tmp_path, fmt, mini):
    first, second = tmp_path / "one", tmp_path / "two"
    assert run(capsys, "export", "--format", fmt, "-o", str(first), *ONLY_MINI)[0] == 0
    assert run(capsys, "export", "--format", fmt, "-o", str(second), *ONLY_MINI)[0] == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == export_glossary(mini, fmt).encode("utf-8")


def test_export_to_stdout(capsys, mini):
    code, out, _ = run(capsys, "export", "-f", "omegat", "--from", "en", *ONLY_MINI)
    assert code == 0 and out == export_glossary(mini, "omegat", source="en")


def test_options_reach_the_writer(capsys, mini):
    code, out, _ = run(capsys, "export", "-f", "tbx", "--tbx-version", "2008", *ONLY_MINI)
    assert code == 0 and "<martif " in out and out == export_glossary(mini, "tbx", version="2008")
    code, out, _ = run(capsys, "export", "-f", "skos", "--base-iri", "https://example.org/g/",
                       *ONLY_MINI)
    assert code == 0 and "@prefix cag: <https://example.org/g/> ." in out


def test_pot_suffix_writes_a_template(capsys, tmp_path):
    target = tmp_path / "glossary.pot"
    assert run(capsys, "export", "-f", "po", "-o", str(target), *ONLY_MINI)[0] == 0
    text = target.read_text(encoding="utf-8")
    assert 'msgid "ŞİÖ"\nmsgstr ""' in text and "Language:" not in text


def test_user_glossary_is_exported(capsys, tmp_path):
    extra = tmp_path / "extra.toml"
    extra.write_text(EXTRA, encoding="utf-8")
    code, out, _ = run(capsys, "export", "-f", "csv", "--glossary", str(extra))
    assert code == 0 and "kuresel-gecit,initiative,Küresel Geçit" in out


@pytest.mark.parametrize("argv, message", [
    (("export", "-f", "docx", *ONLY_MINI), "invalid choice"),
    (("export", "-f", "skos", "--base-iri", "not an iri", *ONLY_MINI), "base IRI"),
    (("export", "-f", "po", "--from", "en", "--to", "en", *ONLY_MINI), "two different"),
    (("export", "-f", "csv", "--no-builtin"), "needs at least one --glossary"),
    (("export", "-f", "csv", "--glossary", "missing.toml"), "no such glossary file"),
    (("export", "-f", "csv", "-o", "no/such/folder/out.csv", *ONLY_MINI), "cannot write"),
])
def test_bad_usage_exits_2_with_a_message(capsys, argv, message):
    code, _, err = run(capsys, *argv)
    assert code == 2 and message in err


def test_module_entry_point_writes_utf8(tmp_path):
    result = subprocess.run([sys.executable, "-m", "caglossary", "export", "-f", "omegat",
                             *ONLY_MINI], capture_output=True, env={"PYTHONIOENCODING": "ascii",
                                                                    "PATH": ""})
    assert result.returncode == 0
    assert "ŞİÖ\tSCO\t".encode("utf-8") in result.stdout


def test_importing_the_registry_stays_light():
    code = ("import sys, caglossary.exchange as e; "
            "heavy = {'babel', 'xml.etree.ElementTree', 'csv', 'rdflib'} & set(sys.modules); "
            "print(sorted(heavy))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("error, fix", [
    ("ENOENT", "check that the folder exists"),
    ("EISDIR", "give a file name, not a folder"),
    ("ENOSPC", "free some disk space or write elsewhere"),
    ("EACCES", "choose a file in a folder you can write to"),
    ("EROFS", "choose a file in a folder you can write to"),
])
def test_a_failed_write_names_the_fix_for_its_cause(capsys, monkeypatch, tmp_path, error, fix):
    # every failed write said "check that the folder exists", even on a full disk
    import errno
    import os

    def refuse(self, data):
        number = getattr(errno, error)
        raise OSError(number, os.strerror(number), str(self))

    monkeypatch.setattr(Path, "write_bytes", refuse)
    code, _, err = run(capsys, "export", "-f", "csv", "-o", str(tmp_path / "x.csv"), *ONLY_MINI)
    assert code == 2 and err.rstrip().endswith(f"; {fix}") and err.count("\n") == 1
