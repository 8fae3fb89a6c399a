"""review50: one table turns a government into the forces it fights with, read by the actors'
stage (a government's men, "the GNA's forces") and by the output (a government told fighting,
"the GNA shelled"); the two copies of it the round left are one, so both must name the same
force. Articles written for the test in wire style."""

from __future__ import annotations

import datetime as dt

from newsevents.extraction.actors.unnamed.state_names import military_of_government
from tests.unit.extraction.events.articles import events_published

_ON = dt.datetime(2019, 5, 14, tzinfo=dt.UTC)


def test_a_government_with_forces_of_its_own_names_them_else_its_country_s() -> None:
    assert military_of_government("Government of National Accord", "LY") == (
        "Military Forces of Libya"
    )
    assert military_of_government("Government of Syria", "SY") == "Military Forces of Syria"


def _shelling_actor1(body: str) -> str | None:
    event = next(e for e in events_published(body, _ON) if e.event_type == "shelling")
    assert event.acled is not None
    return event.acled.actor1


def test_a_government_s_men_and_the_government_fighting_are_one_force() -> None:
    men = _shelling_actor1(
        "TRIPOLI (Reuters) - The GNA's forces shelled positions of the Libyan National Army "
        "south of Tripoli on Monday, a spokesman said."
    )
    fighting = _shelling_actor1(
        "TRIPOLI (Reuters) - The GNA shelled positions of the Libyan National Army south of "
        "Tripoli on Monday, a spokesman said."
    )
    assert men is not None and men.startswith("Military Forces of Libya")
    assert men == fighting
