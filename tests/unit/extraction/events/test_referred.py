"""An incident named as what is blamed, denied or admitted is referred to, not told (texts
written for these tests; published Tuesday 20 February 2024)."""

from __future__ import annotations

import pytest

from newsevents.extraction.events.background.referred import RESPONSIBILITY
from tests.unit.extraction.events.articles import (
    KAFR_NABL_ELABORATION,
    KAFR_NABL_LEAD,
    events_on_a_tuesday,
    told_in,
)


@pytest.mark.parametrize(
    "clause",
    [
        "Officials blamed the rebels, who are active in the north, for the car bomb attack in "
        "the city of Homs.",
        "Witnesses said the rebels had a hand in the car bomb attack in the city of Homs.",
        "Officials held the rebels responsible for the car bomb attack in the city of Homs.",
        "The ministry said the rebels were behind the car bomb attack in the city of Homs.",
    ],
)
def test_an_incident_named_in_a_clause_of_responsibility_is_background(clause: str) -> None:
    body = "\n\n".join(
        [KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, clause, "The province is held by rebels."]
    )
    published = events_on_a_tuesday(body)
    assert not told_in(published, clause), "the incident argued over is not published"
    assert [e.event_type for e in published] == ["attack_on_civilians"]
    marked = told_in(events_on_a_tuesday(body, include_background=True), clause)
    assert "explosive_attack" in {e.event_type for e in marked}
    assert {e.temporal_status for e in marked} == {"background"}


@pytest.mark.parametrize(
    "sentence",
    [
        # told as an act, not as what is blamed
        "A car bomb attack in the city of Homs killed two soldiers.",
        # a fresh day of its own: another piece of the news
        "The group claimed responsibility for a car bomb attack in the city of Homs on Monday.",
    ],
)
def test_an_incident_told_or_freshly_dated_is_news(sentence: str) -> None:
    body = "\n\n".join(
        [KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, sentence, "The province is held by rebels."]
    )
    told = [
        e
        for e in events_on_a_tuesday(body)
        if e.event_type == "explosive_attack" and "Homs" in {loc.name for loc in e.locations}
    ]
    assert told, "the car bomb attack is published"


def test_the_lead_names_the_incident_it_reports() -> None:
    """A lead about the blame reports its incident."""
    lead = (
        "Officials blamed the rebels for a car bomb attack that killed four soldiers in the "
        "city of Homs on Monday."
    )
    body = "\n\n".join([lead, "The province is held by rebels."])
    assert "explosive_attack" in {e.event_type for e in events_on_a_tuesday(body)}


def test_what_someone_has_a_role_in_doing_is_an_activity_not_a_known_incident() -> None:
    lead = (
        "Iran-backed militias are recruiting young men in the province of Deir ez-Zor, "
        "residents said."
    )
    offer = "The militias offer salaries and food baskets to those who join, they said."
    activity = (
        "A commander known as Abu Karim also has played a prominent role in recruiting fighters "
        "for the militias, a former activist said."
    )
    known = "The militias were behind the killing of two activists in the city of Homs, he said."
    body = "\n\n".join([lead, offer, activity, known])
    published = events_on_a_tuesday(body, include_background=True)
    assert [(e.event_type, e.temporal_status) for e in told_in(published, activity)] == [
        ("recruitment", "current")
    ]
    assert [(e.event_type, e.temporal_status) for e in told_in(published, known)] == [
        ("attack_on_civilians", "background")
    ]


@pytest.mark.parametrize(
    ("before_the_act", "responsibility"),
    [
        ("The ministry said the rebels were behind the ", True),
        ("Officials say the group is believed to be behind the ", True),
        ("In Aleppo city, militants hiding behind a truck detonated a ", False),
        ("Gunmen crouching behind a wall opened ", False),
    ],
)
def test_behind_is_responsibility_only_after_a_linking_verb(
    before_the_act: str, responsibility: bool
) -> None:
    assert (RESPONSIBILITY.search(before_the_act) is not None) is responsibility
