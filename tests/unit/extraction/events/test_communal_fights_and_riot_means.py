"""Communal fights between named peoples or over land and water are armed clashes of their
militias; what a protest does "by" doing it, burning barricades, tyres lit and a protest turned
chaotic make a violent demonstration (issue 11, eighth round)."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events
from tests.unit.extraction.events.articles import main_event


def _main(body: str) -> EventMessage:
    return main_event(body, "2022-06-10T12:00:00Z")


@pytest.mark.parametrize(
    "body",
    [
        # two peoples named as the sides, whatever noun follows them
        "On 2 June 2022, two men died in clashes between the Turkana and Pokot communities near Lokori.",
        "On 2 June 2022, four people were injured in fighting between Dinka and Nuer groups near Bor.",
        # a fight (a brawl's word) between pastoralists and farmers
        "On 2 June 2022, three people died in a fight between pastoralists and farmers near Garsen.",
        # communities feuding over land, water or grazing
        "On 2 June 2022, two communities clashed over grazing land near Wajir, leaving one dead.",
        "On 2 June 2022, neighbouring communities clashed in Mandera over a disputed water well.",
        # the fight named tribal or inter-communal whatever its word
        "On 2 June 2022, six people were killed in a tribal clash near Moyale.",
        "On 2 June 2022, inter-communal clashes between villagers left four dead near Jos.",
    ],
)
def test_communal_sides_fight_an_armed_clash(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "body",
    [
        # communities clashing over a procession, no people named: a crowd's brawl, as before
        "On 2 June 2022, two communities clashed over a religious procession in Agra, throwing stones.",
        # one people named as a crowd, no second side
        "On 2 June 2022, Turkana villagers beat up two traders at the market in Lodwar.",
    ],
)
def test_a_crowd_of_one_community_stays_mob_violence(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Mob violence"


@pytest.mark.parametrize(
    "body",
    [
        # the means of the protest, told after its grievance
        "On 2 June 2022, youths in Kisumu protested against police brutality by setting fire to market stalls.",
        "On 2 June 2022, villagers blockaded the county offices in Garissa with burning barricades to protest against the new camp.",
        "On 2 June 2022, demonstrators lit tyres along the main highway in Mombasa over the fuel price.",
        "On 2 June 2022, a protest against the governor turned chaotic in Narok.",
    ],
)
def test_what_the_protest_did_makes_it_violent(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Violent demonstration"


def test_the_grievance_of_a_protest_is_still_no_event() -> None:
    # "against the burning of ..." is what is protested, no act of the protesters
    body = "On 2 June 2022, traders in Kisumu protested against the burning of their stalls by unknown people."
    assert _main(body).codes.acled_sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # who the actors are taken to be is no plan of theirs
        (
            "On 2 June 2022, gunmen suspected to be members of a militia kidnapped a chief in Mandera.",
            "Abduction/forced disappearance",
        ),
        (
            "On 2 June 2022, bandits assumed to be from across the border attacked a village near Moyale, killing four people.",
            "Attack",
        ),
        # the terse present and the ways of killing and hurting told in notes
        ("On 2 June 2022, unknown gunmen open fire on a bus near Garissa.", "Attack"),
        (
            "On 2 June 2022, unknown gunmen sprayed a car belonging to a trader with bullets in Eldoret.",
            "Attack",
        ),
        ("On 2 June 2022, a man hacks his neighbour to death in Kisii.", "Attack"),
        ("On 2 June 2022, attackers poured acid on two women at a market in Meru.", "Attack"),
        ("On 2 June 2022, three herders wounded by armed raiders near Baragoi.", "Attack"),
        ("On 2 June 2022, a trader was critically injured by unknown attackers in Embu.", "Attack"),
        # property damaged by a crowd
        (
            "On 2 June 2022, youths damaged several vehicles at a market in Nyeri after a quarrel.",
            "Mob violence",
        ),
    ],
)
def test_wordings_of_notes_that_had_no_event(body: str, sub_event_type: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event_type


def test_a_plan_is_still_a_plan() -> None:
    body = "On 2 June 2022, the militants are expected to attack the town of Mandera."
    article = ArticleMessage(id="t", body=body, published_at="2022-06-10T12:00:00Z")
    assert extract_events(article) == []


def _all(body: str) -> list[EventMessage]:
    return extract_events(ArticleMessage(id="t", body=body, published_at="2022-06-10T12:00:00Z"))


@pytest.mark.parametrize(
    "body",
    [
        "On 2 June 2022, heavy rains damaged houses and vehicles in Kano.",
        "On 2 June 2022, floods damaged several homes near Garissa.",
    ],
)
def test_property_damaged_by_weather_is_no_event(body: str) -> None:
    assert _all(body) == []


def test_property_damaged_by_gunmen_is_destroyed_property() -> None:
    (event,) = _all("On 2 June 2022, gunmen damaged several houses in Kano.")
    assert event.event_type == "property_destroyed"
    assert [loc.name for loc in event.locations] == ["Kano"]
    assert [a.name for a in event.actors] == ["Unidentified Armed Group (Nigeria)"]


@pytest.mark.parametrize(
    "body",
    [
        # a people named on one side only, the police the other: a crowd against the police
        "On 2 June 2022, ethnic Uzbek villagers clashed with police in Osh.",
        # "tribal" told of the grievance, not of the sides
        "On 2 June 2022, villagers fought with police over a tribal land dispute in Narok.",
    ],
)
def test_a_crowd_clashing_with_the_police_stays_mob_violence(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Mob violence"


def test_herders_of_two_peoples_still_fight_an_armed_clash() -> None:
    body = "On 2 June 2022, Pokot and Turkana herders clashed over pasture near Lokori."
    assert _main(body).codes.acled_sub_event_type == "Armed clash"
