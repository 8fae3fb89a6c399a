"""Crowd actions and captures the Kenya ACLED notes showed (issue 11, twentieth round), as
classes of wording: mob justice told by its suspected victims alone ("suspected witches burned
to death"), a crowd chasing someone off, roughing up, gates and fences brought down, windows
shattered, property and tyres burned in the passive, demonstrators stoning or robbing in the
terse present, held captive and ships taken by pirates; with controls for
the forces doing the same (the police's killing, chasing or beating stays theirs)."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events
from tests.unit.extraction.events.articles import main_event


def _events(body: str) -> list[EventMessage]:
    return extract_events(ArticleMessage(id="a1", body=body, published_at="2015-06-10T12:00:00Z"))


def _main(body: str) -> EventMessage:
    return main_event(body, "2015-06-10T12:00:00Z")


def _types(body: str) -> list[str]:
    return [e.event_type for e in _events(body)]


@pytest.mark.parametrize(
    "body",
    [
        "On 8 June 2015, four suspected witches were burned to death in a village near Kisii.",
        "On 8 June 2015, two suspected thieves were burnt to death in Kinangop.",
        "On 8 June 2015, an alleged robber was stoned to death at a market in Embu.",
    ],
)
def test_suspects_put_to_death_with_no_hand_named_are_mob_justice(body: str) -> None:
    event = _main(body)
    assert event.event_type == "mob_violence", _types(body)
    assert event.codes.acled_sub_event_type == "Mob violence"


def test_suspects_the_police_killed_stay_the_police_s_act() -> None:
    body = "On 8 June 2015, three suspected robbers were beaten to death by police in Thika."
    event = _main(body)
    assert event.event_type != "mob_violence", _types(body)
    assert event.acled.actor1.startswith("Police Forces")


@pytest.mark.parametrize(
    "body",
    [
        "On 8 June 2015, voters at a polling station in Kuresoi chased the local MP from the station.",
        "On 8 June 2015, a chief was chased away by angry residents who accused him of bribing voters in Nyeri.",
        "On 8 June 2015, angry youths roughed up a county official at a market in Bondo.",
    ],
)
def test_a_crowd_chasing_or_roughing_someone_up_is_mob_violence(body: str) -> None:
    event = _main(body)
    assert event.event_type == "mob_violence", _types(body)
    assert event.acled.actor1.startswith("Rioters")


def test_the_police_chasing_people_off_is_no_crowd_act() -> None:
    body = "On 8 June 2015, police chased away hawkers from the bus park in Nakuru."
    assert "mob_violence" not in _types(body)


def test_a_crowd_roughing_up_told_in_the_passive_is_mob_violence() -> None:
    body = "On 8 June 2015, voters at a school in Bondo were roughed up by angry youths and fled."
    event = _main(body)
    assert event.event_type == "mob_violence", _types(body)


def test_the_police_roughing_up_journalists_is_no_mob_violence() -> None:
    body = "On 8 June 2015, police roughed up two journalists at the county offices in Kisumu."
    assert "mob_violence" not in _types(body)


@pytest.mark.parametrize(
    "body",
    [
        "On 8 June 2015, a hundred youths brought down a fence on a politician's land in Eldoret.",
        "On 8 June 2015, supporters of a councillor tried to break down the gate of the county assembly in Homa Bay.",
    ],
)
def test_a_crowd_bringing_down_a_fence_or_gate_is_mob_violence(body: str) -> None:
    event = _main(body)
    assert event.codes.acled_event_type == "Riots", _types(body)


@pytest.mark.parametrize(
    "body",
    [
        "On 8 June 2015, party offices were burnt in protest of irregular nominations in Kisumu.",
        "On 8 June 2015, residents blocked the highway at Salgaa over poor roads. Several vehicles were reportedly burnt during the protest.",
        "On 8 June 2015, protesters of police practices stone a journalist covering their march in Nairobi.",
        "On 8 June 2015, youths protested in Kisumu against the delays. Tyres were burned as roadblocks.",
    ],
)
def test_a_demonstration_s_own_burning_or_stoning_makes_it_violent(body: str) -> None:
    event = _main(body)
    assert event.event_type == "riot", _types(body)
    assert event.codes.acled_sub_event_type == "Violent demonstration"


def test_tyres_burned_with_no_crowd_or_grievance_are_no_riot() -> None:
    assert _types("On 8 June 2015, old tyres were burned at the dump site in Nakuru.") == []


def test_protesters_robbed_are_not_rioters() -> None:
    body = "On 8 June 2015, protesters were robbed of their phones during a march in Nairobi."
    assert "riot" not in _types(body)


@pytest.mark.parametrize(
    "body",
    [
        "On 8 June 2015, an election officer was held captive by party members at a polling station in Kisumu.",
        "On 8 June 2015, a fishing boat was captured by Somali pirates off the Kiunga coast.",
        "On 8 June 2015, a tanker was boarded by suspected pirates 90 nautical miles from Mombasa.",
    ],
)
def test_held_captive_and_ships_taken_by_pirates_are_abductions(body: str) -> None:
    event = _main(body)
    assert event.event_type == "abduction", _types(body)
    assert event.codes.acled_sub_event_type == "Abduction/forced disappearance"


def test_captives_released_stay_a_release() -> None:
    body = "On 8 June 2015, two aid workers who had been held captive for a month were released in Dadaab."
    assert "abduction" not in _types(body)


def test_windows_shattered_by_no_one_are_no_destruction() -> None:
    body = "On 8 June 2015, two children suffered minor injuries due to shattered bus windows in Garissa."
    assert "property_destroyed" not in _types(body)
    assert "mob_violence" not in _types(body)


def test_cars_burned_in_a_missile_strike_are_no_crowd_s_arson() -> None:
    body = "On 8 June 2015, a missile struck the city centre of Kharkiv. Many parked vehicles were burned on the streets, the governor said."
    assert "mob_violence" not in _types(body)
    assert "riot" not in _types(body)
