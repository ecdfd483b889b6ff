"""The cache keys of the matcher tables and the summit reader name every module of
the recognition package whose code decides what they hold, so a change to any of
them builds the cache again instead of reading what older code built."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from caglossary.recognition import matchertables, summitcache

PACKAGE = Path(matchertables.__file__).parent


def _recognition_imports(module: str) -> set[str]:
    """Modules of the recognition package *module* imports at run time, transitively
    (imports under ``if TYPE_CHECKING:`` only name types)."""
    seen: set[str] = set()
    todo = [module]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
        typing_only = {id(node) for stmt in ast.walk(tree) if isinstance(stmt, ast.If)
                       and ast.unparse(stmt.test) == "TYPE_CHECKING"
                       for node in ast.walk(stmt)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
                    and id(node) not in typing_only):
                todo.append(node.module)
    return seen


@pytest.mark.parametrize("roots, listed", [
    (("derived", "spelling", "termforms", "trie"), matchertables._BUILDERS),
    (("derived", "summits"), summitcache._SOURCES),
])
def test_every_module_that_builds_the_cache_is_in_its_key(roots, listed):
    needed = set().union(*map(_recognition_imports, roots))
    needed -= {"regexcache", "summitcache", "matchertables"}  # caches, not builders
    assert needed <= set(listed)
