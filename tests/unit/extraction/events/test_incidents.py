"""The incident frame (events/merge/incidents.py): the acts one incident is told in are one
event of the incident's type, with every sentence as evidence; other days, other towns and
incidents told as new stay apart; a roundup's summary at a country is the incident told at a
town inside it."""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of, fatalities


def _place(event: EventMessage) -> str:
    return event.locations[0].name if event.locations else ""


def _evidence(event: EventMessage) -> str:
    return " ".join(m.text for m in event.evidence.mentions)


def test_a_fight_told_with_its_mortars_is_one_armed_clash() -> None:
    events = events_of(
        "Rival militias fought fierce clashes in Zawiya on Saturday, with residents saying the"
        " town came under fire from mortars and rockets. Two fighters were killed, a local"
        " official said."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("armed_clash", "Zawiya", 2)
    ]
    assert "Two fighters were killed" in _evidence(events[0])


def test_reinforcements_sent_to_a_fight_are_the_fight() -> None:
    events = events_of(
        "Taliban fighters clashed with police in Kunduz city on Tuesday, officials said. The"
        " government deployed army reinforcements to the city."
    )
    assert [(e.event_type, _place(e)) for e in events] == [("armed_clash", "Kunduz")]
    assert "reinforcements" in _evidence(events[0])


def test_forces_deployed_to_a_protest_are_the_protest_with_intervention() -> None:
    events = events_of(
        "Thousands of protesters gathered in Beirut on Sunday to denounce the government."
        " Security forces were deployed to the square and fired tear gas to disperse them."
    )
    assert [(e.event_type, _place(e)) for e in events] == [("protest_dispersed", "Beirut")]
    assert "deployed to the square" in _evidence(events[0])


def test_a_raid_told_with_its_arrests_is_one_arrest() -> None:
    events = events_of(
        "Israeli forces carried out raids in Jenin on Monday and detained six Palestinians,"
        " the army said."
    )
    assert [(e.event_type, _place(e)) for e in events] == [("arrest", "Janin")]


def test_a_killing_in_a_raid_stays_beside_its_arrests() -> None:
    events = events_of(
        "Israeli forces killed two Palestinians in Jenin on Monday and detained six others,"
        " the army said."
    )
    assert sorted(e.event_type for e in events) == ["arrest", "attack_on_civilians"]


@pytest.mark.parametrize(
    ("second", "shelled"),
    [
        ("In a separate attack, rockets fell on Tripoli, killing two civilians.", "Tripoli"),
        ("Mortars hit Gharyan on Saturday, killing a child.", "Gharyan"),
        ("Mortars hit Zawiya on Monday, killing a child.", "Zawiya"),
    ],
    ids=["told-as-separate", "another-town", "another-day"],
)
def test_fire_told_as_another_incident_stays_its_own_event(second: str, shelled: str) -> None:
    events = events_of(
        f"Rival militias fought clashes in Zawiya on Saturday, officials said. {second}"
    )
    assert sorted((e.event_type, _place(e)) for e in events) == [
        ("armed_clash", "Zawiya"),
        ("shelling", shelled),
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
