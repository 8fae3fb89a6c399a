"""Arrests at a demonstration met by force are that demonstration's
(events/merge/crowds/town_demonstrations.py): one event of the dispersal with the arrests'
sentence as evidence; suspects arrested for another act stay an arrest of their own."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of

_DISPERSAL = (
    "Police fired tear gas on Tuesday to disperse hundreds of students marching on parliament"
    " in the capital Nairobi, witnesses said.\n\n"
)


def _evidence(event: EventMessage) -> str:
    return " ".join(m.text for m in event.evidence.mentions)


def test_protesters_arrested_at_the_dispersal_are_the_dispersal() -> None:
    events = events_of(
        f'{_DISPERSAL}The students demanded lower fees. "They have arrested some of us and'
        ' injured others," one student said.'
    )
    assert [e.event_type for e in events] == ["protest_dispersed"]
    assert "arrested some of us" in _evidence(events[0])


def test_suspects_arrested_for_a_killing_stay_an_arrest() -> None:
    events = events_of(
        f"{_DISPERSAL}Police in Nairobi also arrested two suspects over the killing of a trader."
    )
    assert sorted(e.event_type for e in events) == ["arrest", "protest_dispersed"]
