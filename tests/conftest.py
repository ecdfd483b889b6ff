from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

from caglossary import load_glossary

DATA = Path(__file__).parent / "data"
# Test folders mirror the package; the shared helpers (lookup_cases,
# test_sphinx_support) stay here, importable from every folder.
sys.path.insert(0, str(Path(__file__).parent))
ROOT = Path(__file__).parent.parent

pytest_plugins = ["sphinx.testing.fixtures"]

# The compiled glossary cache goes to a folder of this run, never the user's own
# cache (subprocesses inherit it through the environment). A folder made here is
# removed when the run ends, so repeated runs leave nothing behind in the
# temporary directory; a folder the caller named is the caller's to keep.
if "CAGLOSSARY_CACHE_DIR" not in os.environ:
    _RUN_CACHE = tempfile.mkdtemp(prefix="caglossary-cache-")
    os.environ["CAGLOSSARY_CACHE_DIR"] = _RUN_CACHE
    atexit.register(shutil.rmtree, _RUN_CACHE, ignore_errors=True)

# `pytest --hypothesis-profile=long`: property tests run 20× their usual examples.
settings.register_profile("long", max_examples=2000, deadline=None)


@pytest.fixture(scope="session")
def mini():
    """A small glossary whose concepts are chosen for their traps."""
    return load_glossary([DATA / "mini_glossary.toml"], builtin=False, strict=True)


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return Path(__file__).parent / "roots"
