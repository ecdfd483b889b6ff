"""Config values a theme prints as markup, handed to it as text.

Sphinx's own templates escape ``project`` and ``copyright`` (``|e``), but
Alabaster, Sphinx's default theme, prints both as they are, so a project named
``Notlar <taslak>`` loses a word and one named with a ``<script>`` runs it.
Each page's context gets them already escaped, as ``Markup``: a template that
escapes again leaves ``Markup`` unchanged, so every theme shows the characters
written, once.
"""

from __future__ import annotations

from typing import Any

__all__ = ["escape_theme_text"]

_TEXT_VALUES = ("project", "copyright")


def escape_theme_text(app: Any, pagename: str, templatename: str, context: dict[str, Any],
                      doctree: Any) -> None:
    """``html-page-context``: the plain-text config values of *context* as escaped ``Markup``."""
    from markupsafe import escape

    for key in _TEXT_VALUES:
        value = context.get(key)
        if isinstance(value, str):  # Markup is a str: escaping it again changes nothing
            context[key] = escape(value)
