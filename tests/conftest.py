from __future__ import annotations

from pathlib import Path

import pytest

from caglossary import load_glossary

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent

pytest_plugins = ["sphinx.testing.fixtures"]


@pytest.fixture(scope="session")
def mini():
    """A small glossary whose concepts are chosen for their traps."""
    return load_glossary([DATA / "mini_glossary.toml"], builtin=False, strict=True)


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return Path(__file__).parent / "roots"
