"""Explicit roles: ``:cag:term:`` and ``:cag:cite:``.

``:cag:term:`ŞİÖ``` links any written form (any case, diacritics, inflection)
to its concept; ``:cag:term:`the organisation <sco>``` gives its own text.
``:cag:cite:`cooley2012great, 79; peyrouse2008``` renders ``(Cooley, 2012:79;
Peyrouse, 2008)`` and links to the bibliography. The name ``cite`` is left
free for sphinxcontrib-bibtex.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.roles import XRefRole
from sphinx.util import logging

from ..bib.render import in_text
from .data import project_data
from .i18n import primary_language

__all__ = ["CiteRole", "TermRole", "parse_cite_target"]

logger = logging.getLogger(__name__)


class _CagRole(XRefRole):
    innernodeclass = nodes.inline

    def result_nodes(self, document: nodes.document, env: Any, node: nodes.Element,
                     is_ref: bool) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        if node.get("cag_unknown"):
            # already warned; keep the words, drop the link
            return [nodes.inline(node.astext(), node.astext())], []
        content = node[0]
        if isinstance(content, nodes.Element):
            content["classes"] = []  # "xref" would make the text builder add *emphasis*
        return [node], []

    def _warn(self, env: Any, subtype: str, message: str) -> None:
        logger.warning("caglossary: %s", message, type="caglossary", subtype=subtype,
                       location=(env.docname, self._role_line()))

    def _role_line(self) -> int:
        """The line the role itself is on.

        docutils gives a role its paragraph's first line; the role's own line is
        found by looking for its text in the lines of that paragraph. (Two equal
        roles in one paragraph both get the first one's line.)
        """
        machine = getattr(self.inliner.reporter.get_source_and_line, "__self__", None)
        lines = getattr(machine, "input_lines", None)
        first = self.rawtext.split("\n", 1)[0]
        if lines is None or not first:
            return self.lineno
        for index, (source, offset) in enumerate(lines.items):
            if offset + 1 < self.lineno or source != lines.items[0][0]:
                continue
            if offset + 1 > self.lineno + 200 or not lines[index].strip():
                break
            if first in lines[index]:
                return offset + 1
        return self.lineno


class TermRole(_CagRole):
    """``:cag:term:`` — a glossary term by any of its forms or its concept id."""

    def process_link(self, env: Any, refnode: nodes.Element, has_explicit_title: bool,
                     title: str, target: str) -> tuple[str, str]:
        glossary = project_data(env.config).glossary
        concept = glossary[target] if target in glossary else glossary.get(target)
        if concept is None:
            refnode["cag_unknown"] = True
            self._warn(env, "unknown-term", f"no glossary concept matches {target!r}; "
                       "check the spelling or add the term to a glossary file")
            return title, target
        refnode["cag_lang"] = _written_language(concept, title)
        return title, concept.id


def _written_language(concept: Any, text: str) -> str:
    from ..text.turkish import fold

    folded = fold(text)
    tr_forms = {fold(form) for form in concept.tr.forms}
    return "tr" if folded in tr_forms else "en"


def parse_cite_target(target: str) -> list[tuple[str, str]]:
    """``key, 79; key2`` → ``[("key", "79"), ("key2", "")]``."""
    cited = []
    for part in target.split(";"):
        key, _, locator = part.partition(",")
        if key.strip():
            cited.append((key.strip(), locator.strip()))
    return cited


class CiteRole(_CagRole):
    """``:cag:cite:`` — one or more bib keys with optional page locators."""

    def process_link(self, env: Any, refnode: nodes.Element, has_explicit_title: bool,
                     title: str, target: str) -> tuple[str, str]:
        data = project_data(env.config)
        cited = parse_cite_target(target)
        unknown = [key for key, _ in cited if data.reference(key) is None]
        if not cited or unknown:
            refnode["cag_unknown"] = True
            self._warn(env, "unknown-citation", f"no reference has the key "
                       f"{', '.join(unknown) or target!r}; check refs/*.bib or "
                       "caglossary_bib_files")
            return title, target
        refnode["cag_keys"] = [key for key, _ in cited]
        refnode["cag_locators"] = [locator for _, locator in cited]
        if not has_explicit_title:
            lang = primary_language(env.config.language, env.config.caglossary_language)
            title = in_text([ref for k, _ in cited if (ref := data.reference(k)) is not None],
                            refnode["cag_locators"],
                            lang=lang, bibliography=data.bibliography)
        return title, cited[0][0]
