"""Fill the glossary and bibliography placeholders when a page is written.

Runs at ``doctree-resolved``, after every document has been read, so "used
in" and "cited in" back-links see the whole project.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes

from .links import ONE_DOCUMENT_BUILDERS
from .nodes import bibliography_placeholder, glossary_placeholder

__all__ = ["fill_placeholders"]


def fill_placeholders(app: Any, doctree: nodes.document, fromdocname: str) -> None:
    if not _may_hold_placeholders(app, fromdocname):  # spare most pages a walk of their tree
        return
    # imported here: a build that writes no glossary or bibliography page (most
    # incremental ones) need not define what only those pages use
    from .bibpage import bibliography
    from .pages import Page, glossary

    for node in list(doctree.findall(glossary_placeholder)):
        page = Page(app, fromdocname, node.get("docname", ""))
        node.replace_self(glossary(page, node["lang"]))
    for bib_node in list(doctree.findall(bibliography_placeholder)):
        page = Page(app, fromdocname, bib_node.get("docname", ""))
        bib_node.replace_self(bibliography(page, bib_node["which"], bib_node["scope"]))


def _may_hold_placeholders(app: Any, fromdocname: str) -> bool:
    data = app.env.get_domain("cag").data
    pages = set(data["glossaries"]) | set(data["bibliographies"])
    if not pages:
        return False
    return fromdocname in pages or app.builder.name not in ONE_DOCUMENT_BUILDERS
