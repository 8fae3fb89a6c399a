"""The places stages import one way: shared -> gazetteer -> reading -> choosing -> find.

``shared`` (name keys, geometry) imports nothing of the places package; ``gazetteer`` only
``shared``; ``reading`` (the names in the text) ``shared`` and ``gazetteer``; ``choosing``
(which place a name is) all three; only ``find`` and the package itself run them all. The
imports are read from the source with ``ast`` (the reader of the events' layering test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.extraction import places
from tests.unit.extraction.events.test_layers import _module_name, imports_of

LAYERS = ("shared", "gazetteer", "reading", "choosing")
PLACES = "newsevents.extraction.places"
PLACES_ROOT = Path(places.__file__).parent


def _layer(name: str) -> str | None:
    """The stage of a module of places/ ("reading"), "" for the package's own modules
    (``find``, ``__init__``), None outside places/."""
    if name != PLACES and not name.startswith(PLACES + "."):
        return None
    parts = name[len(PLACES) + 1 :].split(".")
    return parts[0] if parts[0] in LAYERS else ""


def violations(modules: dict[str, set[str]]) -> list[str]:
    """Every import inside places/ that goes against the layering, as "importer -> imported"."""
    found: list[str] = []
    for importer, imported in sorted(modules.items()):
        own = _layer(importer)
        if not own:
            continue
        for target in sorted(imported):
            theirs = _layer(target)
            if theirs is None or theirs == own:
                continue
            if theirs == "" or LAYERS.index(theirs) > LAYERS.index(own):
                found.append(f"{importer} -> {target}")
    return found


def test_the_places_stages_import_one_way() -> None:
    """No module of a stage imports a later stage, ``find`` or the package itself."""
    modules = {_module_name(p): imports_of(p) for p in PLACES_ROOT.rglob("*.py")}
    assert {_layer(name) for name in modules} == {"", *LAYERS}
    assert violations(modules) == []


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        (f"{PLACES}.reading.mention", f"{PLACES}.choosing.choose"),
        (f"{PLACES}.gazetteer.build", f"{PLACES}.reading.surface"),
        (f"{PLACES}.shared.keys", f"{PLACES}.gazetteer"),
        (f"{PLACES}.choosing.choose", f"{PLACES}.find"),
    ],
)
def test_an_import_of_a_later_stage_is_a_violation(importer: str, imported: str) -> None:
    """The check itself: an import against the order is reported."""
    assert violations({importer: {imported}}) == [f"{importer} -> {imported}"]
