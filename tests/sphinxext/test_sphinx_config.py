"""Configuration values, their one documentation table, and the UI message catalogues."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from babel.messages.pofile import read_po

from caglossary.sphinxext import config
from caglossary.sphinxext.i18n import catalogue_path, primary_language, translator

ROOT = Path(__file__).parents[2]
SPHINXEXT = ROOT / "src" / "caglossary" / "sphinxext"


def test_every_option_is_in_the_configuration_table_and_nothing_else():
    table = (ROOT / "docs" / "configuration.rst").read_text(encoding="utf-8")
    documented = set(re.findall(r"``(caglossary_\w+)``", table))
    assert documented == {option.name for option in config.OPTIONS}


def _used_msgids() -> set[str]:
    """Literal strings passed to ``_()`` / ``page._()`` in the extension and site builder."""
    found = set()
    for path in SPHINXEXT.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                    getattr(node.func, "id", "")
                if name == "_" and isinstance(node.args[0].value, str):
                    found.add(node.args[0].value)
    return found


def test_catalogues_translate_every_ui_string():
    used = _used_msgids()
    assert {"Glossary", "References", "unverified", "Used in", "See also"} <= used
    for lang in ("tr", "en"):
        with catalogue_path(lang).open("rb") as handle:
            catalogue = read_po(handle)
        translated = {m.id for m in catalogue if m.id and m.string}
        assert used <= translated, f"{lang}: missing {sorted(used - translated)}"


def test_turkish_strings():
    _ = translator("tr")
    assert [_("Glossary"), _("References"), _("unverified"), _("Used in"), _("See also")] == [
        "Sözlük", "Kaynakça", "doğrulanmamış", "Geçtiği sayfalar", "Ayrıca bakınız"]
    assert translator("en")("Used in") == "Used in"


def test_primary_language_follows_sphinx_language():
    assert primary_language("tr") == "tr"
    assert primary_language("tr_TR") == "tr"
    assert primary_language("de") == "en"
    assert primary_language(None) == "en"
    assert primary_language("en", "tr") == "tr"


def test_link_mode_is_validated():
    class Config:
        caglossary_link_mode = "sometimes"
        caglossary_language = "fr"

    errors = config.validate(Config())
    assert len(errors) == 2 and "caglossary_link_mode" in errors[0]
