"""The incident frame (events/merge/incidents/acts.py): the acts one incident is told in are one
event of the incident's type, with every sentence as evidence; other towns and incidents told
as new stay apart; a roundup's summary at a country is the incident told at a town inside
it."""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of, fatalities


def _place(event: EventMessage) -> str:
    return event.locations[0].name if event.locations else ""


def _evidence(event: EventMessage) -> str:
    return " ".join(m.text for m in event.evidence.mentions)


def test_gunmen_storming_in_after_a_suicide_bomber_are_the_suicide_bombing() -> None:
    events = events_of(
        "A suicide bomber blew himself up at the gate of an army base near Afgoye on Monday"
        " before gunmen stormed in, police said. Nine soldiers were killed."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("suicide_bombing", "Afgooye", 9)
    ]
    assert "Nine soldiers were killed" in _evidence(events[0])


def test_forces_deployed_to_a_protest_are_the_protest_with_intervention() -> None:
    events = events_of(
        "Thousands of protesters gathered in Beirut on Sunday to denounce the government."
        " Security forces were deployed to the square and fired tear gas to disperse them."
    )
    assert [(e.event_type, _place(e)) for e in events] == [("protest_dispersed", "Beirut")]
    assert "deployed to the square" in _evidence(events[0])


@pytest.mark.parametrize(
    ("second", "deployed_at"),
    [
        ("Security forces were deployed in Tripoli.", "Tripoli"),
        ("Separately, the army deployed troops to Beirut port.", "Beirut"),
    ],
    ids=["another-town", "told-as-separate"],
)
def test_forces_deployed_elsewhere_or_separately_stay_their_own_event(
    second: str, deployed_at: str
) -> None:
    events = events_of(
        f"Thousands of protesters gathered in Beirut on Sunday to denounce the government. {second}"
    )
    assert sorted((e.event_type, _place(e)) for e in events) == [
        ("deployment", deployed_at),
        ("protest", "Beirut"),
    ]


def test_an_attack_in_another_town_stays_beside_the_bombing() -> None:
    events = events_of(
        "A suicide bomber detonated a car bomb at a checkpoint in Afgoye on Monday, officials"
        " said. Gunmen stormed a village near Baidoa and shot dead four farmers."
    )
    assert sorted((e.event_type, _place(e), fatalities(e)) for e in events) == [
        ("attack_on_civilians", "Baidoa", 4),
        ("suicide_bombing", "Afgooye", 0),
    ]


def test_a_protest_summary_across_a_country_is_the_protest_in_its_town() -> None:
    events = events_of(
        "Protests spread across Iraq on Friday as demonstrators demanded jobs.\n\n"
        "In Baghdad, thousands of protesters marched to Tahrir Square on Friday, chanting"
        " against corruption."
    )
    assert [(e.event_type, _place(e)) for e in events] == [("protest", "Baghdad")]
    assert "across Iraq" in _evidence(events[0])


def test_a_summary_of_protests_in_two_towns_leaves_one_event_per_town() -> None:
    events = events_of(
        "Protests spread across Iraq on Friday.\n\n"
        "In Baghdad, thousands of protesters marched to Tahrir Square on Friday.\n\n"
        "In Basra, hundreds of protesters gathered outside the governorate building on Friday."
    )
    assert sorted((e.event_type, _place(e)) for e in events) == [
        ("protest", "Baghdad"),
        ("protest", "Basrah"),
    ]
