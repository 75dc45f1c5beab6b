"""The layers a reader sees in the folders, held by the imports themselves.

- ``model/``: the pure model. It imports nothing of Home Assistant, and of this package only
  ``model/`` itself and ``const``.
- ``house/``: the controllers that act on the house. They import the model and the root's shared
  glue (``const``, ``compat``, ``signals``, ``runtime_data``), never an entity or platform module.
- ``panel/``: the Sleep panel and card (the bundle, its websocket API, what it shows). It reads
  the model and the house through the root's shared glue, never an entity or platform module.
- ``sensors/``: the sensor families ``sensor.py`` adds (every other platform file holds its own
  entities).
- No module imports, at run time, a module that imports it back (however far round).

An import deferred into a function (to save memory until it is needed) keeps to the layers too,
and is made first in the executor (``async_import_module``), as Home Assistant imports: an import
reads files, which the event loop must not wait for.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "custom_components" / "sleep_hygiene"
NAME = "custom_components.sleep_hygiene"
HOUSE_MAY_IMPORT = {"const", "compat", "signals", "runtime_data"}
PANEL_MAY_IMPORT = HOUSE_MAY_IMPORT | {"summary_service"}


def _module(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE).with_suffix("").parts).removesuffix(".__init__")


MODULES = {_module(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _imports(module: str, *, run_time_only: bool = False) -> set[str]:
    """Return what ``module`` imports: package modules by name, others by their full name.

    All its imports, also those for type checking and those deferred into a function; with
    ``run_time_only``, those that run when it is imported (a deferred import cannot close a circle).
    """
    tree = ast.parse(MODULES[module].read_text("utf-8"))
    found: set[str] = set()
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]

    def add(node: ast.Import | ast.ImportFrom) -> None:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
            return
        if node.level == 0:
            found.add(node.module or "")
            return
        base = package.split(".") if package else []
        base = base[: len(base) - (node.level - 1)]
        target = ".".join([*base, *([node.module] if node.module else [])])
        for alias in node.names:
            sub = f"{target}.{alias.name}" if target else alias.name
            found.add(sub if sub in MODULES else target)

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and _is_type_checking(node):
                visit(node.orelse)
            elif isinstance(node, ast.If | ast.Try):
                visit(node.body)
                visit(node.orelse)
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)
            elif isinstance(node, ast.ClassDef):
                visit(node.body)
            elif isinstance(node, ast.Import | ast.ImportFrom):
                add(node)

    if run_time_only:
        visit(tree.body)
    else:
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                add(node)
    return {name.removeprefix(f"{NAME}.") for name in found}


@pytest.mark.parametrize("module", [m for m in MODULES if m.startswith("model")])
def test_the_model_imports_nothing_of_home_assistant(module: str) -> None:
    imports = _imports(module)
    assert not {name for name in imports if name.split(".")[0] == "homeassistant"}
    ours = {name for name in imports if name in MODULES or name == ""}
    assert all(name.startswith("model") or name == "const" for name in ours), ours


@pytest.mark.parametrize("module", [m for m in MODULES if m.startswith("house")])
def test_the_house_uses_the_model_and_the_shared_glue_only(module: str) -> None:
    ours = {name for name in _imports(module) if name in MODULES}
    outside = {name for name in ours if not name.startswith(("model", "house"))}
    assert outside <= HOUSE_MAY_IMPORT, outside


@pytest.mark.parametrize("module", [m for m in MODULES if m.startswith("panel")])
def test_the_panel_uses_the_model_the_house_and_the_shared_glue_only(module: str) -> None:
    ours = {name for name in _imports(module) if name in MODULES}
    outside = {name for name in ours if not name.startswith(("model", "house", "panel"))}
    assert outside <= PANEL_MAY_IMPORT, outside


def test_no_import_circles() -> None:
    graph = {m: {n for n in _imports(m, run_time_only=True) if n in MODULES} for m in MODULES}
    done: set[str] = set()

    def walk(module: str, path: list[str]) -> None:
        if module in path:
            raise AssertionError(" -> ".join([*path[path.index(module) :], module]))
        if module in done:
            return
        for imported in sorted(graph[module]):
            walk(imported, [*path, module])
        done.add(module)

    for module in sorted(graph):
        walk(module, [])


def test_the_layers_are_folders() -> None:
    assert {m.split(".")[0] for m in MODULES if "." in m} == {"model", "house", "panel", "sensors"}
    assert len([m for m in MODULES if m.startswith("model.")]) >= 15


def _deferred_imports(tree: ast.Module) -> list[tuple[ast.AST, ast.ImportFrom]]:
    """Return each import of this package made inside a function, with its function."""
    found = []
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            found += [
                (function, node)
                for node in ast.walk(function)
                if isinstance(node, ast.ImportFrom) and node.level > 0
            ]
    return found


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_deferred_import_is_made_in_the_executor_first(module: str) -> None:
    tree = ast.parse(MODULES[module].read_text("utf-8"))
    for function, node in _deferred_imports(tree):
        name = getattr(function, "name", "?")
        assert isinstance(function, ast.AsyncFunctionDef), f"{module}.{name} imports in the loop"
        before = [
            call
            for call in ast.walk(function)
            if isinstance(call, ast.Call)
            and getattr(call.func, "id", None) in {"async_import_module", "async_import_forms"}
            and call.lineno < node.lineno
        ]
        assert before, f"{module}.{name}: import {node.module} in the executor first"
