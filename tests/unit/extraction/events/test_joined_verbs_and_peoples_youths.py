"""Classes of wording the Kenya ACLED notes showed (issue 11, seventeenth round): a second
past-tense verb joined by "and" shares the first verb's subject ("gunmen raided a farm and
clashed with police": the gunmen fight the police, the farm is no side), and a people's youths
or herders are its communal militia, an armed side, not a mob ("Kalenjin youths attacked a
village": the militia's attack on civilians)."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.actors.unnamed.communal import people_armed_men
from newsevents.extraction.pipeline import extract_events


def _events(body: str) -> list[EventMessage]:
    return extract_events(ArticleMessage(id="a1", body=body, published_at="2015-06-10T12:00:00Z"))


def _one(body: str) -> EventMessage:
    events = _events(body)
    assert len(events) == 1, [e.event_type for e in events]
    return events[0]


@pytest.mark.parametrize(
    "body",
    [
        "On 8 June 2015, gunmen raided a village near Kitale and clashed with police reservists.",
        "On 8 June 2015, the raiders attacked a market in Kapedo and fought with police officers.",
    ],
)
def test_a_joined_second_verb_shares_the_first_verbs_subject(body: str) -> None:
    event = _one(body)
    assert event.event_type == "armed_clash"
    assert event.acled.actor1 is not None
    assert not event.acled.actor1.startswith("Rioters")


def test_a_joined_verb_with_a_crowd_subject_stays_the_crowds() -> None:
    # the control: the first verb's subject is a crowd, so the second verb is its act
    body = "On 8 June 2015, traders blocked a road in Kitale and clashed with police."
    event = _one(body)
    assert event.event_type == "riot"
    assert event.acled.actor1 == "Rioters (Kenya)"


@pytest.mark.parametrize(
    ("body", "actor1"),
    [
        (
            "On 8 June 2015, a group of Kalenjin youths attacked a farm near Kericho.",
            "Kalenjin Ethnic Militia (Kenya)",
        ),
        (
            "On 8 June 2015, five Pokot youths beat a herdsman to death near Kapedo in Baringo county.",
            "Pokot Ethnic Militia (Kenya)",
        ),
    ],
)
def test_a_peoples_youths_are_its_militia_not_a_mob(body: str, actor1: str) -> None:
    event = _one(body)
    assert event.event_type == "attack_on_civilians"
    assert event.acled.actor1 == actor1


@pytest.mark.parametrize(
    "body",
    [
        "On 8 June 2015, Turkana herders pulled down a fence near Lodwar to demand access to water.",
        "On 8 June 2015, Pokot youths attacked a chief's office near Kapedo to demand the release of their leader.",
    ],
)
def test_a_peoples_youths_with_a_demand_stay_a_crowd(body: str) -> None:
    event = _one(body)
    assert event.event_type in {"riot", "mob_violence"}
    assert event.acled.actor1 == "Rioters (Kenya)"  # the crowd, not the people's militia


def test_youths_no_people_names_stay_a_mob() -> None:
    body = "On 8 June 2015, a group of angry youths beat a suspected thief in Kericho town."
    assert _one(body).event_type == "mob_violence"


def test_people_armed_men_reads_a_people_and_a_noun_of_armed_men() -> None:
    assert people_armed_men("a group of Maasai youths ")
    assert people_armed_men("Turkana raiders ")
    assert not people_armed_men("Maasai elders ")
    assert not people_armed_men("angry youths ")


def test_a_crowd_disrupting_a_rally_riots() -> None:
    # a crowd told with its slogans riots; with none, it is a mob breaking up another's rally
    # (ACLED's mob violence: the rally is its victims', crowds53)
    body = "On 8 June 2015, youths chanting anti-senator slogans disrupted the senator's campaign rally in Kericho town."
    assert _one(body).event_type == "riot"
    body = "On 8 June 2015, rowdy youths disrupted the senator's campaign rally in Kericho town."
    assert _one(body).event_type == "mob_violence"


@pytest.mark.parametrize(
    "body",
    [
        "On 8 June 2015, supporters of a rival candidate disrupted a meeting of the county assembly in Kericho.",
        "On 8 June 2015, a women's meeting in Kericho town was disrupted by angry youths.",
    ],
)
def test_a_crowd_disrupting_a_meeting_is_mob_violence(body: str) -> None:
    assert _one(body).event_type == "mob_violence"


def test_a_threat_to_disrupt_is_no_act() -> None:
    body = "On 8 June 2015, traders in Kericho warned that they would disrupt the vote."
    assert _events(body) == []


def test_a_fight_verb_after_a_passive_keeps_its_own_reading() -> None:
    # the first verb's subject is the one hit, so it is no agent of the second
    body = "On 8 June 2015, three traders were kidnapped by gunmen near Kitale and later killed."
    event = _one(body)
    assert event.event_type == "attack_on_civilians"
    assert event.acled.actor1 == "Unidentified Armed Group (Kenya)"


def test_the_police_disrupting_a_rally_still_intervene() -> None:
    body = "On 8 June 2015, police disrupted an opposition rally in Kericho town."
    assert _one(body).event_type == "protest_dispersed"


def test_a_meeting_disrupted_by_the_weather_is_no_event() -> None:
    assert _events("On 8 June 2015, heavy rain disrupted the ceremony in Kericho town.") == []
