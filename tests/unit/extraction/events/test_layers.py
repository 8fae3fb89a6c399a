"""The event stages import one way (events/stages.py): detect -> link -> merge -> background.

Each stage imports only the stages before it and the shared modules beside them; a shared
module imports no stage; inside detect/ the subpackages import in the order sides -> refusals
-> refine -> words, inside merge/ in the order incidents -> crowds -> outcomes -> places ->
parties; outside events/ only the shared modules, ``stages``
and the package itself are read. The imports are read from the source with ``ast``, so a
cycle that Python happens to resolve still fails here."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

import newsevents
from newsevents.extraction import events

STAGES = ("detect", "link", "merge", "background")
MERGE_GROUPS = ("incidents", "crowds", "outcomes", "places", "parties")
DETECT_GROUPS = ("sides", "refusals", "refine", "words")
GROUPS = {"detect": DETECT_GROUPS, "merge": MERGE_GROUPS}
EVENTS = "newsevents.extraction.events"
PACKAGE_ROOT = Path(newsevents.__file__).parent.parent
EVENTS_ROOT = Path(events.__file__).parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str) -> bool:
    relative = Path(*name.split("."))
    return (PACKAGE_ROOT / relative).with_suffix(".py").is_file() or (
        PACKAGE_ROOT / relative / "__init__.py"
    ).is_file()


def imports_of(path: Path) -> set[str]:
    """The modules ``path`` imports, relative imports resolved: ``from ..draft import X`` in
    events/link/linking.py is ``newsevents.extraction.events.draft``; ``from . import roles``
    is the module ``roles``, not its package."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            found.add(base)
            found.update(
                f"{base}.{alias.name}" for alias in node.names if _is_module(f"{base}.{alias.name}")
            )
    return found


def _events_part(name: str) -> list[str]:
    """The path of a module inside events/: ``["merge", "places", "capital"]``."""
    return name[len(EVENTS) + 1 :].split(".") if name.startswith(EVENTS + ".") else []


def violations(modules: dict[str, set[str]]) -> list[str]:
    """Every import that goes against the layering, as "importer -> imported (why)"."""
    found: list[str] = []
    for importer, imported in sorted(modules.items()):
        own = _events_part(importer)
        for target in sorted(imported):
            theirs = _events_part(target)
            if not theirs or target == importer:
                continue
            if not importer.startswith(EVENTS):
                if theirs[0] in STAGES:
                    found.append(f"{importer} -> {target} (outside events/: read stages.py)")
                continue
            if not own or own[0] == "stages":
                continue  # the package face and the stage runner read every stage
            if own[0] not in STAGES:
                if theirs[0] in STAGES or theirs[0] == "stages":
                    found.append(f"{importer} -> {target} (a shared module imports no stage)")
                continue
            if theirs[0] == "stages" or (
                theirs[0] in STAGES and STAGES.index(theirs[0]) > STAGES.index(own[0])
            ):
                found.append(f"{importer} -> {target} (a later stage)")
            elif own[0] == theirs[0] and own[0] in GROUPS and len(own) > 2 and len(theirs) > 1:
                groups, group, their_group = GROUPS[own[0]], own[1], theirs[1]
                if their_group == "merging" or (
                    their_group in groups and groups.index(their_group) > groups.index(group)
                ):
                    found.append(f"{importer} -> {target} (a later {own[0]} group)")
    return found


@cache
def _read_modules() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple(
        (_module_name(path), frozenset(imports_of(path)))
        for path in sorted((PACKAGE_ROOT / "newsevents").rglob("*.py"))
    )


def _all_modules() -> dict[str, set[str]]:
    """Every module of the package and the modules it imports (read once per test run)."""
    return {name: set(imported) for name, imported in _read_modules()}


def test_every_stage_and_merging_group_is_a_folder_of_modules() -> None:
    """The layering below is checked against folders that exist, so it cannot pass empty."""
    for stage in STAGES:
        assert list((EVENTS_ROOT / stage).glob("*.py")), stage
    for stage, groups in GROUPS.items():
        for group in groups:
            assert list((EVENTS_ROOT / stage / group).glob("*.py")), (stage, group)


def test_stages_import_only_earlier_stages_and_shared_modules() -> None:
    """No stage imports a later one, no shared module a stage, and nothing outside events/
    reaches into a stage: the order stages.py runs them in is the order of their imports."""
    assert violations(_all_modules()) == []


def test_the_import_walk_sees_relative_imports_across_stages() -> None:
    """The walk resolves the imports the rule is about: linking reads detect (an earlier
    stage), the merging list reads each group, the runner reads every stage."""
    modules = _all_modules()
    assert f"{EVENTS}.detect.refine.fights.fight_sides" in modules[f"{EVENTS}.link.linked_type"]
    assert f"{EVENTS}.detect.sides.parties" in modules[f"{EVENTS}.link.linking"]
    assert f"{EVENTS}.merge.places.capital" in modules[f"{EVENTS}.merge.merging"]
    assert {f"{EVENTS}.link.linking", f"{EVENTS}.background.closing"} <= modules[f"{EVENTS}.stages"]


@pytest.mark.parametrize(
    ("importer", "imported", "why"),
    [
        (f"{EVENTS}.link.linking", f"{EVENTS}.merge.merging", "a later stage"),
        (f"{EVENTS}.link.where", f"{EVENTS}.stages", "a later stage"),
        (
            f"{EVENTS}.geography.precision",
            f"{EVENTS}.link.where",
            "a shared module imports no stage",
        ),
        (
            f"{EVENTS}.merge.incidents.story",
            f"{EVENTS}.merge.places.per_place.nested_places",
            "a later merge group",
        ),
        (
            f"{EVENTS}.detect.refusals.gates",
            f"{EVENTS}.detect.refine.refinement",
            "a later detect group",
        ),
        (
            "newsevents.extraction.output.confidence",
            f"{EVENTS}.merge.incidents.acts",
            "outside events/: read stages.py",
        ),
    ],
)
def test_an_import_against_the_order_is_reported(importer: str, imported: str, why: str) -> None:
    """Each kind of wrong import, added to a layout that is otherwise right, is named."""
    modules = _all_modules()
    modules[importer] = modules[importer] | {imported}
    assert violations(modules) == [f"{importer} -> {imported} ({why})"]


# Folders given subpackages by stage (fiftieth round, mend70): a module imports no subpackage
# later in its folder's order; the folder's own top-level modules ("") come first.
FOLDER_ORDERS = {
    f"{EVENTS}.merge.places.localities": ("", "reading", "belonging", "placing"),
    f"{EVENTS}.geography": ("", "struck_names", "names", "lists"),
}


def _group_in(folder: str, order: tuple[str, ...], module: str) -> str:
    rest = module[len(folder) + 1 :].split(".")
    return rest[0] if len(rest) > 1 and rest[0] in order else ""


def folder_order_violations(modules: dict[str, set[str]]) -> list[str]:
    """Every import inside an ordered folder that reaches a later subpackage."""
    found: list[str] = []
    for folder, order in FOLDER_ORDERS.items():
        for importer, imported in sorted(modules.items()):
            if not importer.startswith(folder + "."):
                continue
            own = order.index(_group_in(folder, order, importer))
            found.extend(
                f"{importer} -> {target} (a later {folder.rpartition('.')[2]} stage)"
                for target in sorted(imported)
                if target.startswith(folder + ".")
                and order.index(_group_in(folder, order, target)) > own
            )
    return found


def test_ordered_folders_hold_their_subpackages() -> None:
    for folder, order in FOLDER_ORDERS.items():
        root = PACKAGE_ROOT / Path(*folder.split("."))
        for group in order[1:]:
            assert list((root / group).glob("*.py")), (folder, group)


def test_subpackages_of_an_ordered_folder_import_only_earlier_ones() -> None:
    assert folder_order_violations(_all_modules()) == []


@pytest.mark.parametrize(
    ("importer", "imported", "why"),
    [
        (
            f"{EVENTS}.merge.places.localities.reading.axes",
            f"{EVENTS}.merge.places.localities.placing.bare_places",
            "a later localities stage",
        ),
        (
            f"{EVENTS}.geography.nesting",
            f"{EVENTS}.geography.lists.list_glue",
            "a later geography stage",
        ),
    ],
)
def test_an_import_against_a_folder_order_is_reported(
    importer: str, imported: str, why: str
) -> None:
    modules = _all_modules()
    modules[importer] = modules[importer] | {imported}
    assert folder_order_violations(modules) == [f"{importer} -> {imported} ({why})"]
