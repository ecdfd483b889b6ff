"""An option the chosen mode would ignore is refused (exit 2), never dropped in silence.

``export -f tbx --template`` wrote an ordinary termbase and ``bib --style apa
--format csl-json`` a reference list, both with exit 0: the user believed the
option had worked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from caglossary.cli import main
from caglossary.exchange import FORMATS

MINI = str(Path(__file__).parents[1] / "data" / "mini_glossary.toml")
ONLY_MINI = ("--no-builtin", "--glossary", MINI)

# Each export option as a flag with a value every format that takes it accepts.
EXPORT_FLAGS = {"source": ("--from", "en"), "target": ("--to", "en"), "template": ("--template",),
                "version": ("--tbx-version", "2019"),
                "base_iri": ("--base-iri", "https://example.org/g/")}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_every_format_option_has_a_flag():
    assert {option for spec in FORMATS.values() for option in spec.options} <= set(EXPORT_FLAGS)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("option", sorted(EXPORT_FLAGS))
def test_export_refuses_an_option_its_format_ignores(capsys, fmt, option):
    flag = EXPORT_FLAGS[option]
    code, out, err = run(capsys, "export", "-f", fmt, *flag, *ONLY_MINI)
    if option in FORMATS[fmt].options:
        assert code == 0 and out
    else:
        assert code == 2 and not out
        assert f"{flag[0]} applies only to --format " in err
        takers = [name for name, spec in FORMATS.items() if option in spec.options]
        assert all(name in err for name in takers)


def test_a_pot_name_still_implies_a_template_only_for_po(capsys, tmp_path):
    assert run(capsys, "export", "-f", "po", "-o", str(tmp_path / "a.pot"), *ONLY_MINI)[0] == 0
    assert 'msgstr ""\n\n#.' in (tmp_path / "a.pot").read_text(encoding="utf-8")
    assert run(capsys, "export", "-f", "csv", "-o", str(tmp_path / "b.pot"), *ONLY_MINI)[0] == 0


@pytest.mark.parametrize("argv, flag", [
    (("--style", "apa", "--format", "csl-json"), "--format"),
    (("--style", "apa", "--format", "bibtex"), "--format"),
    (("--style", "apa", "--latex"), "--latex"),
    (("--format", "csl-json", "--latex"), "--latex"),
    (("--style", "apa", "--no-private"), "--no-private"),
    (("--ocr",), "--ocr"),
])
def test_bib_refuses_an_option_its_output_ignores(capsys, argv, flag):
    code, out, err = run(capsys, "bib", "cooley2012great", *argv)
    assert code == 2 and not out
    assert err.startswith(f"caglossary bib: {flag} applies only to ")


@pytest.mark.parametrize("argv", [
    ("--style", "apa"), ("--latex",), ("--format", "biblatex", "--latex"),
    ("--format", "csl-json", "--no-private"), ("--no-private",),
])
def test_bib_options_that_apply_still_work(capsys, argv):
    code, out, _ = run(capsys, "bib", "cooley2012great", *argv)
    assert code == 0 and "Cooley" in out
