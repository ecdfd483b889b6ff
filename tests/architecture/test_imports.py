"""The package's shape: which layer may import what, and no import cycles.

Imports are read from the source with ``ast`` (nothing is executed), so the
test sees imports inside functions too; those under ``if TYPE_CHECKING:``
are for the type checker only and are left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "caglossary"
ADAPTERS = ("cli", "sphinxext")
ADAPTER_ONLY = ("sphinx", "docutils", "argparse")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return isinstance(test, ast.Name) and test.id == "TYPE_CHECKING" or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _runtime_imports(tree: ast.AST, module: str, is_package: bool) -> set[str]:
    """Absolute names of every module imported at run time."""
    found: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            found.add(stem)
            found.update(f"{stem}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _graph() -> dict[str, set[str]]:
    graph = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[module] = _runtime_imports(tree, module, path.name == "__init__.py")
    return graph


GRAPH = _graph()


def _own(names: set[str]) -> set[str]:
    """Imported names that are modules of this package."""
    return {name for name in names if name in GRAPH}


def test_the_graph_sees_the_whole_package():
    assert {"caglossary.text.turkish", "caglossary.recognition.glossary", "caglossary.bib.library",
            "caglossary.recognition.annotate", "caglossary.exchange.po",
            "caglossary.sphinxext.transforms", "caglossary.cli.annotate_cmd"} <= set(GRAPH)


def test_only_the_adapters_import_sphinx_docutils_or_argparse():
    offenders = []
    for module, imports in GRAPH.items():
        if module.split(".")[1:2] and module.split(".")[1] in ADAPTERS:
            continue
        if module == "caglossary":  # setup() hands over to sphinxext lazily
            imports = {name for name in imports if not name.startswith("caglossary.sphinxext")}
        for name in imports:
            if name.split(".")[0] in ADAPTER_ONLY:
                offenders.append(f"{module} imports {name}")
    assert offenders == []


def test_no_two_modules_import_each_other_at_run_time():
    edges = {module: _own(imports) - {module} for module, imports in GRAPH.items()}
    cycles = []
    for module, targets in edges.items():
        for target in targets:
            # a package importing its own submodule (or the reverse) is how packages work
            if target.startswith(module + ".") or module.startswith(target + "."):
                continue
            if module in _reachable(target, edges, skip_parents=True):
                cycles.append(f"{module} -> {target}")
    assert cycles == []


def _reachable(start: str, edges: dict[str, set[str]], *, skip_parents: bool) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        current = todo.pop()
        for target in edges.get(current, ()):
            if skip_parents and (target.startswith(current + ".") or
                                 current.startswith(target + ".")):
                continue
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def test_the_core_never_imports_an_adapter():
    # the package's entry points (__main__, setup()) hand over to the adapters
    entry_points = {"caglossary", "caglossary.__main__"}
    core = [m for m in GRAPH if m.split(".")[1:2] and m.split(".")[1] not in ADAPTERS
            and m not in entry_points]
    offenders = [f"{module} imports {name}" for module in core for name in _own(GRAPH[module])
                 if name.split(".")[1:2] and name.split(".")[1] in ADAPTERS]
    assert offenders == []


def test_layers_point_one_way():
    """adapters → recognition/exchange → termbase/bib → text, never back up."""
    rank = {"text": 0, "errors": 0, "resources": 0, "sealedfiles": 0, "regexbundle": 0,
            "codebundle": 0,
            "termbase": 1, "bib": 1,
            "recognition": 2, "exchange": 2, "cli": 3, "sphinxext": 3}
    offenders = []
    for module, imports in GRAPH.items():
        layer = module.split(".")[1] if module.count(".") else None
        if layer not in rank:
            continue
        for name in _own(imports):
            target = name.split(".")[1] if name.count(".") else None
            if target in rank and rank[target] > rank[layer]:
                offenders.append(f"{module} imports {name}")
    assert offenders == []
