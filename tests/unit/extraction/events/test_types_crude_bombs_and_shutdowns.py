"""Notes that gave no event at all (issue 11, forty-second round, asia62). South Asian notes
tell crude bombs thrown in the plural or the passive ("hurled hand bombs", "bombs were hurled
at the house", "cocktails were also exploded"): a crowd's or assailants' mob violence, an armed
group's attack. "Alleged" before the doers ("alleged blockaders set fire to a truck") qualifies
them, it is no wrong a protest alleges. A strike or shutdown told going on by its day, enacted
or joined is a protest; so are traffic blocked, a fast kept or a crowd gathered with what it
urges, seeks or demands told. Near misses: barrel bombs thrown from helicopters, crackers burst
at a celebration, a protest alleging a beating, an air campaign entering its second week,
troops massed on a border, guests gathering for a wedding, snow blocking traffic. Short
notes written for these tests."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from .articles import events_of, main_event
from .test_types_crowd_storming_and_callings import actor1


@pytest.mark.parametrize(
    "body",
    [
        "Unidentified assailants hurled hand bombs at a party office in Narail on Tuesday night.",
        "Miscreants threw several bombs at a bus near the Jessore bus stand on Sunday.",
        "Two rival factions lobbed bombs at each other in a Howrah neighbourhood on Friday.",
        "Bombs were hurled at the house of a councillor in Barrackpore on Monday night. No one was hurt.",
        "A cocktail was hurled in front of the district court in Bogra on Wednesday morning.",
        "Three cocktails were also exploded near the Shahbagh crossing in Dhaka on Thursday.",
    ],
)
def test_bombs_thrown_by_a_crowd_or_assailants_are_mob_violence(body: str) -> None:
    event = main_event(body)
    assert event.event_type == "mob_violence", body
    assert event.codes.acled_event_type == "Riots"
    assert event.codes.acled_sub_event_type == "Mob violence"
    assert actor1(event).startswith("Rioters ("), body


def test_an_armed_groups_bombs_thrown_are_its_attack() -> None:
    body = (
        "Suspected militants threw bombs at a bus in Quetta on Monday, injuring three passengers."
    )
    event = main_event(body)
    assert event.event_type == "attack_on_civilians"
    assert event.codes.acled_sub_event_type == "Attack"
    assert not actor1(event).startswith("Rioters")


def test_bombs_exploded_in_the_passive_are_a_bombing() -> None:
    body = "Several hand-made bombs were also exploded by unknown persons in Motijheel on Thursday."
    event = main_event(body)
    assert event.codes.acled_event_type == "Explosions/Remote violence"
    assert event.codes.acled_sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "body",
    [
        "Barrel bombs were thrown on the neighbourhood of Daraya by regime helicopters on Monday.",
        "Army helicopters threw barrel bombs on the town of Daraya on Monday.",
    ],
)
def test_barrel_bombs_thrown_stay_an_air_strike(body: str) -> None:
    assert not any(e.event_type == "mob_violence" for e in events_of(body)), body
    assert main_event(body).event_type == "airstrike"


def test_crackers_burst_at_a_celebration_are_no_event() -> None:
    assert (
        events_of("Residents burst crackers in Lucknow on Sunday to celebrate the victory.") == []
    )


@pytest.mark.parametrize(
    ("body", "sub_type"),
    [
        (
            "Alleged blockaders set fire to a truck in Feni on Monday during the nationwide blockade.",
            "Violent demonstration",
        ),
        (
            "Alleged blockaders vandalised three vehicles in Sylhet on Tuesday.",
            "Violent demonstration",
        ),
        (
            "In Dinajpur, two people were burnt as alleged blockaders hurled petrol bombs at a truck on Wednesday night.",
            "Violent demonstration",
        ),
    ],
)
def test_alleged_doers_are_no_grievance_of_a_protest(body: str, sub_type: str) -> None:
    event = main_event(body)
    assert event.codes.acled_event_type == "Riots", body
    assert event.codes.acled_sub_event_type == sub_type, body
    assert actor1(event).startswith("Rioters ("), body


def test_a_beating_a_protest_alleges_stays_its_grievance() -> None:
    body = "Farmers protested in Bogra on Monday, alleging that a local leader beat a farmer."
    events = events_of(body)
    assert [e.event_type for e in events] == ["protest"]
    assert actor1(events[0]).startswith("Protesters (")


@pytest.mark.parametrize(
    "body",
    [
        "The transport strike by bus owners in Patuakhali entered its third day on Sunday.",
        "Shutdown for the second day continued in Sopore against the killing of a youth by police.",
        "The students' union enacted a 48-hour strike in Imphal against the bomb blast.",
        "A general strike was imposed since Monday by the tribal council in the hill districts of Manipur.",
        "Various trade unions participated in the nationwide strike in Ludhiana on Wednesday.",
    ],
)
def test_a_strike_going_on_enacted_or_joined_is_a_protest(body: str) -> None:
    events = events_of(body)
    assert [e.event_type for e in events] == ["protest"], body
    assert events[0].codes.acled_sub_event_type == "Peaceful protest"
    assert actor1(events[0]).startswith("Protesters ("), body


@pytest.mark.parametrize(
    "body",
    [
        "The air strike campaign against the rebels entered its second week on Monday.",
        "Two jets participated in the strikes on rebel positions near Idlib on Monday.",
    ],
)
def test_an_air_campaign_going_on_is_no_protest(body: str) -> None:
    assert not any(e.event_type.startswith("protest") for e in events_of(body)), body


@pytest.mark.parametrize(
    "body",
    [
        "Farmers blocked traffic on the highway near Mandya on Monday, urging the government to raise support prices.",
        "Around 500 contract teachers sat on the road in Patna blocking traffic on Monday, seeking regular jobs.",
        "Members of a residents' association observed a fast in Coimbatore on Monday urging the corporation to drop the underpass plan.",
        "Hundreds of guest teachers gathered in Karnal on Monday demanding regular jobs.",
        "About 300 villagers converged on the provincial hall in Kratie on Monday to ask officials for help in a land dispute.",
    ],
)
def test_a_crowd_blocking_fasting_or_gathering_for_a_demand_is_a_protest(body: str) -> None:
    event = main_event(body)
    assert event.event_type == "protest", body
    assert event.codes.acled_sub_event_type == "Peaceful protest"
    assert actor1(event).startswith("Protesters ("), body


@pytest.mark.parametrize(
    "body",
    [
        "Thousands of troops massed on the border near Poonch on Monday against an incursion.",
        "Hundreds of guests gathered in Lahore on Sunday for the wedding of the minister's son.",
        "Snow blocked traffic on the highway near Srinagar on Monday, stranding hundreds of trucks.",
    ],
)
def test_no_crowd_or_no_demand_is_no_protest(body: str) -> None:
    assert not any(e.event_type.startswith("protest") for e in events_of(body)), body


@pytest.mark.parametrize(
    "body",
    [
        "Violence related to the elections was reported in Tangalla on Monday.",
        "Violence reported during national elections in Kisumu on Tuesday.",
    ],
)
def test_violence_told_with_the_election_after_it_is_a_violent_demonstration(body: str) -> None:
    event = main_event(body)
    assert event.event_type == "riot", body
    assert event.codes.acled_sub_event_type == "Violent demonstration"
    assert actor1(event).startswith("Rioters ("), body


@pytest.mark.parametrize(
    "body",
    [
        "The violence after the 2007 elections displaced thousands of families in the Rift Valley.",
        "The commission warned of violence ahead of the elections in Nakuru.",
    ],
)
def test_past_or_feared_election_violence_is_no_riot(body: str) -> None:
    assert not any(e.event_type == "riot" for e in events_of(body)), body


def test_people_who_had_gathered_and_were_attacked_are_the_ones_hit() -> None:
    body = "In Bondo, more than 250 people who had convened at a school were roughed up by angry youths on Monday."
    event = main_event(body)
    assert event.event_type == "mob_violence"
    assert event.codes.acled_sub_event_type == "Mob violence"
