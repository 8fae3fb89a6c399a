"""Who found the dead is not who killed them (``events/link/linking._finds_the_dead``, forty-second
round, from review63's list): "Police found the bodies of three men" is an attack by unnamed men,
not by the police; the killers named in the story still are its agent."""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of, fatalities


def _agent(event: EventMessage) -> str | None:
    return event.acled.actor1 if event.acled is not None else None


@pytest.mark.parametrize(
    "body",
    [
        "Police found the bodies of three men in a forest near Garissa on Monday.",
        "The bodies of three men were found by police in a forest near Garissa on Monday.",
        "Police later recovered the bodies of three men dumped in a forest near Garissa.",
    ],
)
def test_the_police_who_found_the_bodies_did_not_kill(body: str) -> None:
    events = events_of(body)
    assert [(e.event_type, _agent(e), fatalities(e)) for e in events] == [
        ("attack_on_civilians", "Unidentified Armed Group (Kenya)", 3)
    ]


def test_the_killers_told_before_stay_the_agent() -> None:
    events = events_of(
        "Al Shabaab militants killed three men in Garissa on Sunday. Police found their bodies"
        " on Monday."
    )
    assert [(e.event_type, _agent(e), fatalities(e)) for e in events] == [
        ("attack_on_civilians", "Al Shabaab", 3)
    ]


def test_police_who_killed_are_still_the_agent() -> None:
    events = events_of("Police shot dead three robbery suspects in Garissa on Monday.")
    assert [_agent(e) for e in events] == ["Police Forces of Kenya (2022-)"]
