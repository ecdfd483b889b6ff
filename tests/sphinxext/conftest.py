"""Fixtures for the Sphinx tests of this folder."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="module")
def _fresh_sphinx_translations():
    """Forget Sphinx's interface translations before each module.

    Sphinx keeps them per process and adds to them, so after a build with
    ``language = "tr"`` (``caglossary build --lang tr``) a later English build in
    the same test session would still say "Dizin" instead of "Index".
    """
    from sphinx import locale

    locale.translators.clear()
    yield
