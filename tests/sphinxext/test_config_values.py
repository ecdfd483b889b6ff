"""conf.py values that cannot work are refused, and a missing file keeps its own name."""

from __future__ import annotations

import pytest

from caglossary.sphinxext import config


class _Config:
    def __init__(self, **values):
        for option in config.OPTIONS:
            setattr(self, option.name, values.get(option.name, option.default))


@pytest.mark.parametrize(("name", "value", "fragment"), [
    ("caglossary_glossary_files", "terms.toml", "is not list of strings"),
    ("caglossary_bib_files", ["refs.bib", 3], "is not list of strings"),
    ("caglossary_ocr", "false", "is not bool"),
    ("caglossary_link_terms", 0, "is not bool"),
    ("caglossary_language", 5, "is not string or unset"),
])
def test_a_value_of_the_wrong_kind_is_refused(name, value, fragment):
    errors = config.validate(_Config(**{name: value}))
    assert any(e.startswith(f"{name} = {value!r}") and fragment in e for e in errors), errors


@pytest.mark.sphinx("html", testroot="config-string", freshenv=True)
def test_a_string_where_a_list_belongs_is_a_warning_at_its_line(app, warning):
    # a ConfigError reached the user as Sphinx's crash report (a traceback and a
    # plea to report a Sphinx bug); a warning names conf.py, the line and the fix
    assert app.config.caglossary_glossary_files == []
    from sphinx.util.console import strip_colors

    ((line,),) = [[w for w in strip_colors(warning.getvalue()).splitlines()
                   if "caglossary_glossary_files" in w]]
    assert line.startswith(f"{app.confdir / 'conf.py'}:3: WARNING: caglossary: "
                           "caglossary_glossary_files = 'terms.toml' is not list of strings")
    assert line.endswith("building with the default [] [caglossary.config]")


@pytest.mark.sphinx("html", testroot="config-string", freshenv=True,
                    confoverrides={"caglossary_citation_style": ["apa"]})
def test_a_bad_value_fails_a_build_with_W_without_a_crash_report(app_params, make_app):
    args, kwargs = app_params
    app = make_app(*args, **kwargs, warningiserror=True)
    app.build()
    assert app.statuscode == 1
    assert app.config.caglossary_citation_style == "isnad-metinici"


@pytest.mark.sphinx("html", testroot="config-values", freshenv=True)
def test_a_missing_file_is_named_as_it_is(app, warning):
    app.build()
    text = warning.getvalue()
    assert "missing.toml: no such file" in text
    assert "missing.toml.rst" not in text


@pytest.mark.sphinx("html", testroot="config-values", freshenv=True)
def test_letters_of_other_scripts_get_ids_of_their_own(app):
    from caglossary.sphinxext.pages import letter_anchor

    ids = {letter_anchor("tr", letter) for letter in ("Б", "Д", "Ж", "ω", "ß")}
    assert len(ids) == 5
    assert all(i.isascii() for i in ids)


@pytest.mark.parametrize("option", config.OPTIONS, ids=lambda option: option.name)
@pytest.mark.parametrize("value", [42, 1.5, ["apa"], ("x",), {"a": 1}, "no-such-value", None])
def test_any_value_gets_a_message_never_an_exception(option, value):
    # a list where a style name belongs crashed the check ("unhashable type: 'list'"),
    # which Sphinx showed as an extension's crash report, not as the option's problem
    errors = config.validate(_Config(**{option.name: value}))
    assert all(error.count(" = ") >= 1 for error in errors)
    assert len([e for e in errors if e.startswith(f"{option.name} = ")]) <= 1
