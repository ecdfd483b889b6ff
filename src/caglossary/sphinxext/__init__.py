"""The caglossary Sphinx extension: ``extensions = ["caglossary"]``.

Auto-links glossary terms and author–year citations in every page, adds the
``cag`` domain (roles ``:cag:term:`` and ``:cag:cite:``), the
``caglossary-glossary``, ``caglossary-bibliography``, ``caglossary-ocr`` and
``caglossary-text`` directives, and fills glossary and bibliography pages
with back-links once every page has been read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["setup"]

#: bump when the domain data or the doctree shape changes
ENV_VERSION = 2


def _add_static_path(app: Any, config: Any) -> None:
    # At config-inited, not builder-inited: the saved environment keeps the
    # config as it is after this event, so every later build compares like with
    # like instead of saying "The configuration has changed (html_static_path)".
    static = str(Path(__file__).parent / "static")
    if static not in config.html_static_path:
        config.html_static_path = [*config.html_static_path, static]


def _add_static(app: Any) -> None:
    if app.builder.format == "html":
        app.add_css_file("caglossary.css")
        app.add_js_file("caglossary.js", loading_method="defer")


def setup(app: Any) -> dict[str, Any]:
    from . import autolinks, config, nodes
    from .directives import BibliographyDirective, GlossaryDirective, OcrDirective, TextDirective
    from .domain import CagDomain
    from .events import (on_builder_inited, on_config_inited, on_env_get_outdated,
                         on_env_get_updated, release_matchers, report_unused,
                         warn_missing_pages)
    from .indexing import publish_concepts, turkish_general_index
    from .placeholders import fill_placeholders
    from .search import GlossarySearchTurkish, unescape_search_titles
    from .themetext import escape_theme_text
    from .transforms import AutoLink

    config.register(app)
    nodes.register(app)
    autolinks.register(app)
    app.add_domain(CagDomain)
    app.add_directive("caglossary-glossary", GlossaryDirective)
    app.add_directive("caglossary-bibliography", BibliographyDirective)
    app.add_directive("caglossary-ocr", OcrDirective)
    app.add_directive("caglossary-text", TextDirective)
    app.add_transform(AutoLink)
    # Replaces Sphinx's own "tr" search language in this process: it folds
    # diacritics and knows the glossary's inflected words (see search.py).
    app.add_search_language(GlossarySearchTurkish)
    app.connect("config-inited", on_config_inited)
    app.connect("config-inited", _add_static_path)
    app.connect("builder-inited", on_builder_inited)
    app.connect("builder-inited", _add_static)
    app.connect("env-get-outdated", on_env_get_outdated)
    app.connect("env-get-updated", on_env_get_updated)
    app.connect("env-updated", publish_concepts)
    app.connect("env-updated", warn_missing_pages)
    app.connect("env-updated", release_matchers, priority=900)
    app.connect("html-page-context", turkish_general_index)
    app.connect("doctree-resolved", fill_placeholders)
    app.connect("build-finished", report_unused)
    app.connect("html-page-context", unescape_search_titles)
    app.connect("html-page-context", escape_theme_text)
    from .. import __version__

    return {"version": __version__, "env_version": ENV_VERSION,
            "parallel_read_safe": True, "parallel_write_safe": True}
