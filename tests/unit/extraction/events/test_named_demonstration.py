"""The bare demonstration a sentence names after what forces did to it is that outcome's
event, not a second one; its later retellings ("during the protest") come with it."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of, fatalities


def test_the_protest_police_fired_on_to_disperse_is_one_event() -> None:
    events = events_of(
        "Police shot dead two protesters in the town of Kisumu on Monday to disperse an"
        " anti-government protest, witnesses said."
    )
    assert [e.event_type for e in events] == ["protest_repressed"]
    assert events[0].locations[0].name == "Kisumu"
    assert fatalities(events[0]) == 2


def test_the_rally_fired_on_as_thousands_protested_is_one_event() -> None:
    events = events_of(
        "Security forces opened fire on a rally in Kisumu on Monday, killing three people, as"
        " thousands protested against the election commission."
    )
    assert [e.event_type for e in events] == ["protest_repressed"]
    assert events[0].locations[0].name == "Kisumu"
    assert fatalities(events[0]) == 3
    assert events[0].acled is not None
    # Deadly force on a crowd since 2019 is the force's act, the crowd hit (tenth round).
    assert events[0].acled.actor1 == "Police Forces of Kenya (2022-)"
    assert events[0].acled.actor2 == "Protesters (Kenya)"
