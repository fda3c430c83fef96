"""The web layer's modules import each other one way: app -> api, pages -> deps -> errors.

Read from the source (every import, at module level or inside a function), so a cycle cannot
hide behind a lazy import.
"""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import whimbrel.web

WEB = Path(whimbrel.web.__file__).parent


def _web_imports(path: Path) -> set[str]:
    """The `whimbrel.web` modules that the module at `path` imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "whimbrel.web":
                found.update(alias.name for alias in node.names)
            elif node.module.startswith("whimbrel.web."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            found.update(
                alias.name.split(".")[2]
                for alias in node.names
                if alias.name.startswith("whimbrel.web.")
            )
    return found


def _graph() -> dict[str, set[str]]:
    return {path.stem: _web_imports(path) for path in WEB.glob("*.py") if path.stem != "__init__"}


def test_web_modules_have_no_import_cycle() -> None:
    graph = _graph()
    assert {"app", "api", "pages", "errors", "deps"} <= graph.keys()
    try:
        order = list(TopologicalSorter(graph).static_order())
    except CycleError as err:
        raise AssertionError(f"import cycle in whimbrel.web: {err.args[1]}") from None
    assert order.index("errors") < order.index("deps") < order.index("api")


def test_lower_web_modules_import_no_upper_one() -> None:
    graph = _graph()
    assert graph["errors"] == set()  # the page renderer is passed in by the app
    assert graph["deps"] <= {"config", "errors"}
    assert "app" not in graph["api"] | graph["pages"] | graph["deps"]
    assert "pages" not in graph["api"] and "api" not in graph["pages"]
