"""The layers a reader sees in the folders, held by the imports themselves.

- ``model/``: the pure model. It imports nothing of Home Assistant, and of this package only
  ``model/`` itself and ``const``.
- ``house/``: the controllers that act on the house, in feature folders. They import the model and
  the root's shared glue (``const``, ``compat``, ``signals``), never an entity or platform module
  nor the runtime data: each controller is made from the ``Bedroom`` (``house/bedroom.py``).
- ``panel/``: the Sleep panel and card (the bundle, its websocket API, what it shows). It reads
  the model and the house through the root's shared glue, never an entity or platform module.
- ``sensors/``: the sensor families ``sensor.py`` adds (every other platform file holds its own
  entities).
- No module imports a module that imports it back (however far round): neither at run time nor
  in types (``TYPE_CHECKING``) nor in a function.
- The optional parts (``house/parts.py``) are imported there only, when a bedroom needs them.

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
HOUSE_MAY_IMPORT = {"const", "compat", "signals"}
PANEL_MAY_IMPORT = HOUSE_MAY_IMPORT | {"runtime_data", "summary_service"}


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


@pytest.mark.parametrize("run_time_only", [True, False], ids=["run time", "types too"])
def test_no_import_circles(run_time_only: bool) -> None:
    graph = {
        m: {n for n in _imports(m, run_time_only=run_time_only) if n in MODULES} for m in MODULES
    }
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


def _optional_modules() -> set[str]:
    tree = ast.parse(MODULES["house.parts"].read_text("utf-8"))
    return {
        f"house.{node.args[0].value}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "OptionalPart"
        and isinstance(node.args[0], ast.Constant)
    }


def test_the_part_table_names_modules() -> None:
    assert _optional_modules() >= {"house.phones.check_in", "house.voice.check_in"}
    assert _optional_modules() <= set(MODULES)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_optional_parts_are_imported_by_the_part_table_only(module: str) -> None:
    """An optional module is imported (in the executor) by ``house/parts.py``, nowhere else.

    Other optional parts may import one at run time (they are only imported when wanted); types
    may name one.
    """
    optional = _optional_modules()
    if module == "house.parts" or module in optional:
        return
    tree = ast.parse(MODULES[module].read_text("utf-8"))
    deferred = {_imports_of(module, node) for _function, node in _deferred_imports(tree)}
    assert not deferred & optional, f"{module} defers an import of an optional part"
    assert not _imports(module, run_time_only=True) & optional, f"{module} imports a part"
    named = {
        call.args[1].values[-1].value.lstrip(".")
        for call in ast.walk(tree)
        if isinstance(call, ast.Call)
        and getattr(call.func, "id", None) == "async_import_module"
        and len(call.args) > 1
        and isinstance(call.args[1], ast.JoinedStr)
        and isinstance(call.args[1].values[-1], ast.Constant)
    }
    assert not {name for name in named if f"house.{name.removeprefix('house.')}" in optional}


def _imports_of(module: str, node: ast.ImportFrom) -> str:
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    base = package.split(".") if package else []
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])
