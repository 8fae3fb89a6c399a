"""Crowds told by their own acts and tempers (issue 11, eleventh round): stones thrown after a
protest's grievance, a running battle whose other side is a crowd, a crowd of "rowdy youth",
and the agent of two joined passives. Invented reports, generic places."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import Article
from newsevents.extraction.pipeline import Pipeline

from .articles import main_event


@pytest.mark.parametrize(
    "body",
    [
        # the grievance ends where the crowd's own verb begins
        "Motorcycle riders protesting the death of a colleague pelted police with stones in the town centre on Monday.",
        "Traders protesting the demolition of their stalls threw stones at council officers in the market on Tuesday.",
    ],
)
def test_stones_thrown_after_a_grievance_are_the_protest_turned_violent(body: str) -> None:
    event = main_event(body)
    assert event.codes.acled_sub_event_type == "Violent demonstration"
    assert event.acled.actor1 is not None and event.acled.actor1.startswith("Rioters")


def test_a_running_battle_with_a_crowd_named_second_is_a_riot() -> None:
    event = main_event(
        "One person was injured during a running battle between police and residents of the estate on Sunday."
    )
    assert event.codes.acled_sub_event_type == "Violent demonstration"
    assert event.acled.actor1 is not None and event.acled.actor1.startswith("Rioters")


def test_a_running_battle_with_armed_men_stays_a_battle() -> None:
    event = main_event(
        "One person was injured during a running battle between police and gunmen in the estate on Sunday."
    )
    assert event.codes.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "body",
    [
        "Rowdy youth attacked the hall where election officials were being trained on Monday.",
        "Angry youth attacked a journalist at the market on Friday.",
    ],
)
def test_rowdy_youth_are_a_crowd(body: str) -> None:
    event = main_event(body)
    assert event.codes.acled_event_type == "Riots"
    assert event.acled.actor1 is not None and event.acled.actor1.startswith("Rioters")


def test_a_youth_alone_is_one_person_hit() -> None:
    event = main_event("A youth was shot dead by police in the market on Friday.")
    assert event.codes.acled_sub_event_type == "Attack"
    assert event.acled.actor1 is not None and event.acled.actor1.startswith("Police Forces")


def test_the_agent_of_a_second_passive_acts_in_the_first() -> None:
    event = main_event(
        "A man was beaten to death and then set ablaze by residents of a village after he was suspected of theft."
    )
    assert event.codes.acled_sub_event_type == "Mob violence"
    assert event.acled.actor1 is not None and event.acled.actor1.startswith("Rioters")


@pytest.mark.parametrize(
    "body",
    [
        "Residents stone two suspected robbers to death in the market.",
        "Villagers stoned a suspected cattle thief to death near the river on Sunday.",
    ],
)
def test_a_crowd_stoning_people_to_death_is_mob_violence(body: str) -> None:
    event = main_event(body)
    assert event.codes.acled_sub_event_type == "Mob violence"
    assert event.acled.actor1 is not None and event.acled.actor1.startswith("Rioters")


def test_a_crowd_clashing_with_police_after_its_grievance_riots() -> None:
    event = main_event(
        "Residents protesting the killing of a boy clashed with police in the town on Monday."
    )
    assert event.codes.acled_sub_event_type == "Violent demonstration"


def test_clashes_with_police_told_as_the_background_leave_the_protest_peaceful() -> None:
    event = main_event(
        "Members of a civic alliance staged a protest march in the capital on Sunday, supporting a blockade called by two parties, following clashes with police during an earlier rally."
    )
    assert event.codes.acled_sub_event_type == "Peaceful protest"


def test_traders_engaging_police_in_running_battles_riot() -> None:
    event = main_event(
        "Waste paper dealers engaged police in running battles in the city centre on Friday."
    )
    assert event.codes.acled_sub_event_type == "Violent demonstration"
    assert event.acled.actor2 is not None and event.acled.actor2.startswith("Police Forces")


@pytest.mark.parametrize(
    "body",
    [
        # traffic or a road stopped with a grievance, whoever the note names as doing it
        "Cane growers, with members of their union, kept blocking traffic over the anti-farmer rules of the state.",
        "The Raitha Sene blocked traffic on the ring road, demanding support prices for paddy.",
    ],
)
def test_traffic_stopped_with_a_grievance_is_a_road_blockade(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "body",
    [
        "Police blocked the road against the marchers near the stadium on Monday.",
        "Heavy snow blocked roads across the district on Monday.",
    ],
)
def test_roads_blocked_by_a_force_or_the_weather_are_no_protest(body: str) -> None:

    article = Article(id="n", body=body, published_at=dt.datetime(2015, 3, 9, tzinfo=dt.UTC))
    assert all(e.event_type != "protest" for e in Pipeline().extract(article))


@pytest.mark.parametrize(
    "body",
    [
        # partisans as the only sides of a clash told with no side before it
        "Eight activists of two rival parties were injured in a clash at the junction in Kollam on Monday.",
        "Violent clashes were reported between the two parties' supporters in the district on Sunday.",
    ],
)
def test_a_clash_of_partisans_is_mob_violence(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Mob violence"


@pytest.mark.parametrize(
    "body",
    [
        "Two people were killed in clashes between rival clans over a water point on Monday.",
        "Five soldiers were killed in clashes with rebels near the border on Monday.",
    ],
)
def test_a_clash_of_clans_or_of_armed_sides_stays_a_battle(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Armed clash"
