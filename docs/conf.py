"""Sphinx configuration of the caglossary documentation."""

from __future__ import annotations

project = "caglossary"
author = "caglossary developers"
copyright = "2026, caglossary developers"
language = "en"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "caglossary",
]

# The documents of the site are in English; the glossary and bibliography
# pages follow the primary language set here.
caglossary_language = "en"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
exclude_patterns = ["_build"]
html_theme = "alabaster"
nitpicky = False
