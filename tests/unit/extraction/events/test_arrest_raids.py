"""Eighteenth round, duplicates: an arrest named as the kind of a raid ("an arrest raid") or as
what forces went in for ("stormed the camp to arrest two men") is no arrest of its own beside
the fighting the raid met; an arrest made during a raid stays one."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _types(events: list[EventMessage]) -> list[str]:
    return sorted(e.event_type for e in events)


def test_an_arrest_raid_is_no_arrest() -> None:
    events = events_of(
        "Soldiers and gunmen exchanged fire during an army arrest raid in the town of Kamba on "
        "Tuesday, leaving two gunmen dead, officials said."
    )
    assert _types(events) == ["armed_clash"]
    assert events[0].locations[0].name == "Kamba"


def test_forces_that_went_in_to_arrest_made_no_arrest() -> None:
    events = events_of(
        "Gunmen ambushed soldiers in the town of Kamba on Monday, killing two of them.\n\n"
        "The army said troops stormed into the town at dawn to arrest two wanted militants."
    )
    assert "arrest" not in _types(events)
    assert "armed_clash" in _types(events)


def test_an_arrest_made_in_a_raid_stays_an_arrest() -> None:
    events = events_of(
        "Police raided a house in the town of Kamba on Monday and went on to arrest two men "
        "wanted for robbery."
    )
    assert "arrest" in _types(events)
