"""``caglossary init DIR``: a project that builds with -W at once, never overwriting."""

from __future__ import annotations

import io

import pytest
from sphinx.cmd.build import build_main

from caglossary.cli import main


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_scaffolded_project_builds_with_warnings_as_errors(tmp_path, lang, capsys):
    project = tmp_path / "thesis"
    assert main(["init", str(project), "--lang", lang]) == 0
    assert (project / "data" / "terms.toml").is_file()
    out = tmp_path / "html"
    assert build_main(["-W", "-q", "-b", "html", str(project), str(out)]) == 0
    chapter = (out / "chapter.html").read_text(encoding="utf-8")
    assert 'class="cag-term' in chapter and 'class="cag-cite' in chapter
    glossary = (out / "glossary.html").read_text(encoding="utf-8")
    assert "cag-term-trans-caspian-transit-corridor" in glossary
    assert f'<html lang="{lang}"' in chapter


@pytest.mark.parametrize("builder", ["epub", "latex", "singlehtml", "text"])
def test_scaffolded_project_builds_every_format_with_warnings_as_errors(tmp_path, builder,
                                                                        capsys):
    # An EPUB needs a copyright and a version; without them "-W -b epub" failed.
    project = tmp_path / "thesis"
    assert main(["init", str(project)]) == 0
    out = tmp_path / builder
    doctrees = ["-d", str(tmp_path / "doctrees")]  # as "make" keeps them apart
    assert build_main(["-W", "-q", "-b", builder, *doctrees, str(project), str(out)]) == 0, \
        capsys.readouterr().err


def test_init_refuses_to_overwrite(tmp_path, capsys):
    assert main(["init", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["init", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "conf.py: already exists" in err and "Traceback" not in err
