"""The package's layering: no module imports from a layer above its own, and no import cycles.

`LAYERS` is the map of record, bottom first (issue 13's target shape). Each entry names a
top-level module or a package of `src/whimbrel`; units of one layer may import each other,
as long as that makes no cycle. Imports are read from the source (an AST walk), wherever they
sit, function bodies included; only imports under `if TYPE_CHECKING:` are left out, as they
never run (they are how an interface names a type from above without importing it).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "whimbrel"

LAYERS: list[set[str]] = [
    # `periods` is calendar arithmetic over plain dates: it imports nothing of whimbrel.
    {"records", "errors", "settings", "contract", "periods", "geonames"},
    # The stages, and the spaCy set-up (`nlp`, with its attribute-ruler index).
    {"normalise", "attribute_index", "nlp", "timex", "actors", "quotes", "events"},
    # `whimbrel` is the package's own __init__: the public API over the pipeline.
    {"pipeline", "whimbrel"},
    {"ingest", "sources", "fetch"},
    {"store"},
    {"engines"},
    # `alerts` is statistics over period series: pure, fed by the store's queries.
    {"runs", "evaluate", "alerts"},
    {"export"},
    {"web"},
    {"cli", "__main__"},
]

# Accepted violations: each is (importer unit, imported unit) for a layer breach, or for a
# cycle the sorted members of one strongly connected component (packages as units, and
# modules). Empty since issue 13; a violation not listed fails the test, and so does a listed
# one that has gone, so the lists can only shrink.
KNOWN_UPWARD_IMPORTS: set[tuple[str, str]] = set()
KNOWN_CYCLES: set[tuple[str, ...]] = set()


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _unit(module: str) -> str:
    """The layer unit of a module: its package under whimbrel, or the module itself."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _layer(unit: str) -> int:
    for number, layer in enumerate(LAYERS):
        if unit in layer:
            return number
    raise AssertionError(f"{unit!r} is in no layer: add it to LAYERS in {__file__}")


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for branch in child.orelse:
                yield from _runtime_imports(branch)
            continue
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child
        yield from _runtime_imports(child)


def _imported(module: str, path: Path) -> set[str]:
    """The whimbrel modules `module` imports at run time."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # `from whimbrel.events import ontology` imports the module whimbrel.events.ontology
            names = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
                for alias in node.names
            ]
        for name in names:
            while name and name not in MODULES:
                name = name.rpartition(".")[0]  # `import whimbrel.store.read as r`
            if name.startswith("whimbrel") and name != module:
                found.add(name)
    return found


GRAPH = {module: _imported(module, path) for module, path in MODULES.items()}


def _cycles(graph: dict[str, set[str]]) -> set[tuple[str, ...]]:
    """The strongly connected components of more than one node (Tarjan), as sorted tuples."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[tuple[str, ...]] = set()

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.add(tuple(sorted(component)))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _short(module: str) -> str:
    return module.removeprefix("whimbrel.")


def test_every_module_is_in_a_layer() -> None:
    for module in MODULES:
        _layer(_unit(module))


def test_no_module_imports_from_a_layer_above() -> None:
    upward = {
        (_unit(module), _unit(other)): f"{_short(module)} -> {_short(other)}"
        for module, imported in GRAPH.items()
        for other in imported
        if _layer(_unit(other)) > _layer(_unit(module))
    }
    new = {pair: where for pair, where in upward.items() if pair not in KNOWN_UPWARD_IMPORTS}
    assert not new, f"imports from a layer above: {sorted(new.values())}"
    gone = KNOWN_UPWARD_IMPORTS - set(upward)
    assert not gone, f"fixed, remove from KNOWN_UPWARD_IMPORTS: {sorted(gone)}"


def test_no_import_cycles_between_packages_or_modules() -> None:
    units: dict[str, set[str]] = {}
    for module, imported in GRAPH.items():
        units.setdefault(_unit(module), set()).update(
            _unit(other) for other in imported if _unit(other) != _unit(module)
        )
    modules = {_short(m): {_short(o) for o in imported} for m, imported in GRAPH.items()}
    cycles = _cycles(units) | _cycles(modules)
    new = cycles - KNOWN_CYCLES
    assert not new, f"import cycles: {sorted(new)}"
    gone = KNOWN_CYCLES - cycles
    assert not gone, f"fixed, remove from KNOWN_CYCLES: {sorted(gone)}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from whimbrel.events import ontology", {"whimbrel.events.ontology"}),
        ("from whimbrel.store import Store", {"whimbrel.store"}),
        ("import whimbrel.store.read as r", {"whimbrel.store.read"}),
        ("from . import ontology", {"whimbrel.events.ontology"}),
        ("from .lexicon import lexicon", {"whimbrel.events.lexicon"}),
        ("def f():\n    from whimbrel.cli import main", {"whimbrel.cli"}),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import whimbrel.cli", set()),
        ("import json", set()),
    ],
)
def test_the_walk_reads_every_kind_of_import(
    source: str, expected: set[str], tmp_path: Path
) -> None:
    path = tmp_path / "triggers.py"
    path.write_text(source, encoding="utf-8")
    assert _imported("whimbrel.events.triggers", path) == expected


def test_the_cycle_finder_finds_a_cycle_and_only_one() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == {("a", "b", "c")}
