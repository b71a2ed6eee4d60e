"""The layers import one way only, and no module imports itself through others.

``desktop`` (the application: start-up, command line, benchmark) sits on ``views`` (screens and
the Qt infrastructure they share), which sits on ``models`` (the domain, no Qt). Inside
``models``, the tools (demo data, load test, transfer) use the domain and the domain never uses
them; a migration imports no live code at all. ``views.documents`` renders records: no Qt, no database.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("desktop", "views", "models")
LAYER = {"desktop": 2, "views": 1, "models": 0}


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imported(tree: ast.AST, module: str) -> Iterator[str]:
    """Every module this one imports at run time (type-checking imports left out)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        for child in ast.iter_child_nodes(node):
            if _type_checking_only(child):
                continue
            stack.append(child)
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield alias.name
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    package = module.split(".")[
                        : -child.level + (1 if MODULES[module].name == "__init__.py" else 0) or None
                    ]
                    base = ".".join([*package, base] if base else package)
                for alias in child.names:
                    full = f"{base}.{alias.name}"
                    yield full if full in MODULES else base


def _graph() -> dict[str, set[str]]:
    graph = {}
    for module, path in MODULES.items():
        targets = set()
        for name in _imported(ast.parse(path.read_text()), module):
            # the deepest of our modules the name refers to
            parts = name.split(".")
            while parts and ".".join(parts) not in MODULES:
                parts.pop()
            if parts:
                targets.add(".".join(parts))
            elif name.split(".")[0] in ("PySide6", "shiboken6", "sqlalchemy", "reportlab"):
                targets.add(name.split(".")[0])
        graph[module] = targets - {module}
    return graph


GRAPH = _graph()


def test_imports_run_from_the_application_down_to_the_domain_only() -> None:
    upward = [
        f"{module} imports {target}"
        for module, targets in GRAPH.items()
        for target in targets
        if target.split(".")[0] in LAYER and LAYER[target.split(".")[0]] > LAYER[module.split(".")[0]]
    ]
    assert upward == []


def test_the_domain_has_no_qt() -> None:
    assert [m for m, targets in GRAPH.items() if m.startswith("models") and "PySide6" in targets] == []


def test_the_domain_never_uses_its_tools_and_migrations_use_no_live_code() -> None:
    wrong = [
        f"{module} imports {target}"
        for module, targets in GRAPH.items()
        for target in targets
        if target.startswith("models.tools")
        and module.startswith("models")
        and not module.startswith("models.tools")
    ]
    wrong += [
        f"{module} imports {target}"
        for module, targets in GRAPH.items()
        if module.startswith("models.migrations.versions")
        for target in targets
        if target.split(".")[0] in LAYER
    ]
    assert wrong == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in graph:
                continue
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_itself_through_others() -> None:
    assert _cycles(GRAPH) == []
