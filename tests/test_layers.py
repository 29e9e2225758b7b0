"""The domain never imports Qt; no two modules import each other, even by a detour; only
``journal.db.fastpath`` reaches below SQLAlchemy's public API; the privacy guard finds identity
numbers."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from vagledare.journal.privacy import find_identity_number


def test_domain_and_cli_modules_do_not_import_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, vagledare\n"
        "for m in pkgutil.walk_packages(vagledare.__path__, 'vagledare.'):\n"
        "    skip = ('vagledare.gui', 'vagledare.__main__')\n"
        "    if m.name.startswith(skip) or 'migrations' in m.name:\n"
        "        continue\n"
        "    importlib.import_module(m.name)\n"
        "assert 'PySide6' not in sys.modules, [k for k in sys.modules if 'PySide6' in k]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


SRC = Path(__file__).resolve().parents[1] / "src"
Import = tuple[str, int]  # (imported module, line)


def _modules() -> dict[str, Path]:
    """Every module under src/vagledare by its dotted name (a package by its own name)."""
    found = {}
    for path in sorted((SRC / "vagledare").rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> Iterator[Import]:
    """The project modules one module imports, anywhere in it (at the top, inside functions,
    under ``if TYPE_CHECKING``). ``from x import y`` imports the module ``x.y`` when there is
    one, else ``x``; ``import a.b`` imports ``a.b``. Importing ``a.b`` also runs
    ``a/__init__.py``; that is no edge to ``a`` (else every package that re-exports its own
    modules would be a circle with them), but the imports in ``a/__init__.py`` (re-exports
    included) are ``a``'s own edges."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in modules:
                    yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            for alias in node.names:
                if f"{source}.{alias.name}" in modules:
                    yield f"{source}.{alias.name}", node.lineno
                elif source in modules:
                    yield source, node.lineno


def _import_graph() -> dict[str, dict[str, int]]:
    modules = _modules()
    graph: dict[str, dict[str, int]] = {m: {} for m in modules}
    for name, path in modules.items():
        for target, line in _imports(name, path, modules):
            if target != name:
                graph[name].setdefault(target, line)
    return graph


def _circles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
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
    return found


def test_no_import_circles() -> None:
    """No module imports another that imports it back, directly or by a detour, not even
    inside a function: a circle makes import order matter and the layers meaningless."""
    graph = _import_graph()
    report = []
    for circle in _circles(graph):
        report.append(" ↔ ".join(circle))
        report += [
            f"    {a} imports {b} (line {graph[a][b]})"
            for a in circle
            for b in sorted(graph[a])
            if b in circle
        ]
    assert not report, "import circles:\n" + "\n".join(report)


def test_the_circle_finder_finds_circles() -> None:
    graph = {"a": {"b": 1}, "b": {"c": 2}, "c": {"a": 3}, "d": {"a": 4}, "e": {}}
    assert _circles(graph) == [["a", "b", "c"]]
    assert _circles({"a": {"b": 1}, "b": {}}) == []


def test_relative_and_function_local_imports_are_edges(tmp_path: Path) -> None:
    pkg = tmp_path / "p"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("from .a import thing\n")
    (pkg / "a.py").write_text("def f():\n    from p import b\n    from p.b import name\n")
    modules = {"p": pkg / "__init__.py", "p.a": pkg / "a.py", "p.b": pkg / "b.py"}
    assert dict(_imports("p", modules["p"], modules)) == {"p.a": 1}
    assert [m for m, _ in _imports("p.a", modules["p.a"], modules)] == ["p.b", "p.b"]


# What only journal/db/fastpath.py may touch: the driver connection under SQLAlchemy's, compiled
# statements' insides, the column types' processors, the driver cursor behind a result.
SQLALCHEMY_INSIDES = {
    "driver_connection",
    "dbapi_connection",
    "positiontup",
    "binds",
    "escaped_bind_names",
    "effective_value",
    "dialect_impl",
    "bind_processor",
    "result_processor",
    "loaded_dbapi",
    "identifier_preparer",
    "quoted_name",
}
SQLALCHEMY_PUBLIC_MODULES = {
    "sqlalchemy",
    "sqlalchemy.dialects",
    "sqlalchemy.engine",
    "sqlalchemy.event",
    "sqlalchemy.exc",
    "sqlalchemy.orm",
    "sqlalchemy.pool",
    "sqlalchemy.schema",
    "sqlalchemy.sql",
    "sqlalchemy.types",
}


def _reaches_below_sqlalchemy(tree: ast.AST) -> Iterator[tuple[int, str]]:
    called = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            if node.attr in SQLALCHEMY_INSIDES or node.attr.startswith("_sa_"):
                yield node.lineno, f".{node.attr}"
            elif node.attr == "connection" and id(node) not in called:
                yield node.lineno, ".connection (the pooled DBAPI connection)"
            elif node.attr == "cursor" and id(node) not in called:
                yield node.lineno, ".cursor (a result's driver cursor)"
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            module = node.module or ""
            if module not in SQLALCHEMY_PUBLIC_MODULES and not module.startswith(
                "sqlalchemy.dialects."
            ):
                yield node.lineno, f"from {module} import …"
            for alias in node.names:
                if alias.name.startswith("_") or alias.name in SQLALCHEMY_INSIDES:
                    yield node.lineno, f"{module}.{alias.name}"


def test_only_fastpath_reaches_below_sqlalchemys_public_api() -> None:
    """The rest of the code stays on SQLAlchemy's public API, so that an upgrade of SQLAlchemy
    is checked in one module (``journal/db/fastpath.py``); migrations are Alembic's."""
    allowed = SRC / "vagledare" / "journal" / "db" / "fastpath.py"
    found = []
    for path in sorted((SRC / "vagledare").rglob("*.py")):
        if path == allowed or "migrations" in path.parts or "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        found += [
            f"{path.relative_to(SRC)}:{n}: {what}" for n, what in _reaches_below_sqlalchemy(tree)
        ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    "text",
    [
        "811218-9876",
        "198112189876",
        "19811218-9876",
        "8112189876",
        "811218+9876",
        "Besökte oss, pnr 811218-9876, igen",
        "701063-2391",
    ],  # last: samordningsnummer (day+60)
)
def test_identity_numbers_are_found(text: str) -> None:
    assert find_identity_number(text)


@pytest.mark.parametrize(
    "text", ["811218-9875", "FRÖ-2023-0142", "2023-08-31 10:15", "0701234567", "991332-1234", ""]
)
def test_other_numbers_are_not_mistaken_for_identity_numbers(text: str) -> None:
    assert find_identity_number(text) is None
