"""Thirty-sixth round, places56: an act told at "a town in X", X a province and its capital,
lies in the province, so the town the article names there places it.

"a suspected chemical attack killed 58 people in a rebel-held town in Idlib" tells no act in
Idlib city: the town is named in the next sentence ("the town of Khan Sheikhoun in the south
of Idlib"), and the act is placed there. The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _placed(events: list[EventMessage], event_type: str) -> list[tuple[str | None, int | None]]:
    return [
        (e.acled.location, e.acled.fatalities)
        for e in events
        if e.event_type == event_type and e.acled is not None
    ]


_CHEMICAL = (
    "A suspected chemical attack killed 58 people in a rebel-held town in Idlib on Tuesday, "
    "the Observatory said. The air strikes on the town of Khan Sheikhoun in the south of "
    "rebel-held Idlib also wounded more than 60 people, the monitor said."
)
_SHELLED = (
    "Government forces shelled a town in Hama on Tuesday, killing four civilians, the "
    "Observatory said. The shells fell on the town of Kafr Zita in the north of Hama, it said."
)


@pytest.mark.parametrize(
    ("article", "event_type", "placed"),
    [
        (_CHEMICAL, "chemical_attack", ("Khan Shaykhun", 58)),
        (_SHELLED, "shelling", ("Kafr Zayta", 4)),
    ],
    ids=["chemical-attack-idlib", "shelling-hama"],
)
def test_an_act_in_a_town_in_a_province_is_at_the_town_named(
    article: str, event_type: str, placed: tuple[str, int]
) -> None:
    assert _placed(events_of(article), event_type) == [placed]
