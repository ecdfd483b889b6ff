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


@pytest.mark.parametrize("title", [
    "*Bold* `x` <b>&</b> |sub| _t [1]_ \\ end", "notes_", "- a list?", ".. comment?",
    "Orta Asya'da Güç: 中文標題", "#1 :role:`x` ``lit``",
])
def test_a_title_is_shown_as_typed(tmp_path, title, capsys):
    # a folder named notes_ (the default title) or a title with |x| was read as markup
    # and the project no longer built with -W
    from docutils.core import publish_doctree
    from docutils.nodes import title as title_node

    assert main(["init", str(tmp_path / "p"), "--title", title]) == 0
    heading = "".join((tmp_path / "p" / "index.rst").read_text(encoding="utf-8")
                      .splitlines(keepends=True)[:2])
    doctree = publish_doctree(heading, settings_overrides={"report_level": 1,
                                                           "halt_level": 5,
                                                           "warning_stream": io.StringIO()})
    assert [node.astext() for node in doctree.findall(title_node)] == [title]
    assert not list(doctree.findall(lambda node: node.tagname == "system_message"))


def test_a_title_on_two_lines_is_refused(tmp_path, capsys):
    assert main(["init", str(tmp_path / "p"), "--title", "one\n.. raw:: html"]) == 2
    assert "give the title on one line" in capsys.readouterr().err
    assert not (tmp_path / "p").exists()


def test_the_build_command_shown_can_be_pasted(tmp_path, capsys):
    import shlex

    folder = tmp_path / "my thesis's"
    assert main(["init", str(folder)]) == 0
    command = capsys.readouterr().out.split("`")[1]
    assert shlex.split(command) == ["sphinx-build", "-W", str(folder),
                                    str(folder / "_build" / "html")]
