"""Twenty-third round, duplicates: a shelling retold with where the fire came from
("terrorists positioned in X targeted Y") is the shelling of Y told before, not another at X;
fire aimed at X itself stays an act of its own."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of

_LEAD = (
    "Several residents were hurt on Sunday when terrorist rockets fell on the encircled towns "
    "of Kafr Hamra and Tell Sawan in Idleb.\n\n"
)
_RETOLD = (
    "A resident said that terrorists stationed in Binnish town hit Kafr Hamra "
    "and Tell Sawan with rocket fire, hurting several residents."
)


def _first_places(events: list[EventMessage]) -> list[str]:
    return sorted(e.locations[0].name for e in events if e.locations)


def test_a_shelling_retold_from_its_firing_post_is_no_second_event() -> None:
    events = events_of(_LEAD + _RETOLD)
    assert [e.event_type for e in events] == ["shelling", "shelling"]
    assert _first_places(events) == ["Kafr Hamra", "Tell Sawan"]
    # the retelling is evidence of the shelling it tells
    assert any(len(e.evidence.mentions) == 2 for e in events)


def test_fire_aimed_at_the_post_itself_stays_apart() -> None:
    events = events_of(
        _LEAD + _RETOLD + "\n\nLater army artillery shelled rebel positions in Binnish town, "
        "killing three fighters."
    )
    assert "Binnish" in _first_places(events)
    assert _first_places(events).count("Kafr Hamra") == 1
