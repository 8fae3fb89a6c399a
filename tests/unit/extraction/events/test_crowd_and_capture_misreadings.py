"""Misreadings of the twentieth round's new crowd and capture wordings (review40): the words the
lines catch that mean something else. Demonstrators beside a victim stoned to death, a place
called Stone, or soldiers accused of looting are no riot; suspects who burn or set ablaze are
the doers, not a mob's victims; pirates captured by a navy are no abduction; talks breaking
down at a gate destroy nothing. Each with the wording the line is for, still read."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.evaluation.primary import primary_event
from newsevents.extraction.pipeline import extract_events


def _events(body: str) -> list[EventMessage]:
    return extract_events(ArticleMessage(id="a1", body=body, published_at="2015-06-10T12:00:00Z"))


def _types(body: str) -> list[str]:
    return [e.event_type for e in _events(body)]


@pytest.mark.parametrize(
    "body",
    [
        "On 8 June 2015, hundreds of demonstrators demanding justice for a woman stoned to death marched peacefully through Nairobi, carrying placards.",
        "On 8 June 2015, protesters marched to the Stone Town in Zanzibar to demand the release of opposition leaders. The march was peaceful.",
        "On 8 June 2015, protesters accused soldiers of having looted their homes during a raid, and marched to the governor's office in Jalalabad.",
    ],
)
def test_a_stoning_or_looting_not_the_crowd_s_own_is_no_riot(body: str) -> None:
    types = _types(body)
    assert "riot" not in types, types
    assert "protest" in types, types


def test_demonstrators_who_loot_are_still_rioters() -> None:
    body = "On 8 June 2015, demonstrators angry over fuel prices looted shops in Mombasa."
    event = primary_event(_events(body))
    assert event is not None
    assert event.event_type == "riot", _types(body)
    assert event.acled.actor1 == "Rioters (Kenya)"


@pytest.mark.parametrize(
    "body",
    [
        "On 8 June 2015, suspected robbers set ablaze three houses in Ikorodu after residents refused to hand over money, police said.",
        "On 8 June 2015, suspected kidnappers burnt to death two farmers in a village near Ilorin, police said.",
    ],
)
def test_suspects_who_burn_are_no_mob_s_victims(body: str) -> None:
    assert "mob_violence" not in _types(body), _types(body)


def test_a_suspect_set_ablaze_is_still_mob_justice() -> None:
    body = "On 8 June 2015, a suspected thief was set ablaze at a market in Kisii."
    event = primary_event(_events(body))
    assert event is not None
    assert event.event_type == "mob_violence", _types(body)


def test_pirates_captured_by_a_navy_are_no_abduction() -> None:
    body = "On 8 June 2015, five suspected pirates were captured by the Kenyan navy off the coast of Lamu, officials said."
    assert "abduction" not in _types(body), _types(body)


def test_pirates_who_hijack_a_ship_still_abduct() -> None:
    body = (
        "On 8 June 2015, pirates hijacked a fishing vessel off the coast of Lamu, officials said."
    )
    event = primary_event(_events(body))
    assert event is not None
    assert event.event_type == "abduction", _types(body)


def test_talks_breaking_down_at_a_gate_destroy_nothing() -> None:
    body = "On 8 June 2015, peace talks between the two clans broke down at the gate of the chief's compound in Marsabit, elders said."
    assert "property_destroyed" not in _types(body), _types(body)
    assert "mob_violence" not in _types(body), _types(body)


def test_youths_bringing_down_a_fence_still_destroy_it() -> None:
    body = "On 8 June 2015, angry youths brought down the perimeter fence of a disputed plot in Kitengela."
    types = _types(body)
    assert types and types[0] in {"property_destroyed", "mob_violence", "riot"}, types
