"""A bombing told by its blast or its car, its bomber in another sentence or the headline, is a
suicide bombing; a bomber of another incident, or one stopped before detonating, is not its."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events
from tests.unit.extraction.events.articles import events_of


def _types(events: list[EventMessage]) -> list[tuple[str, str]]:
    return [(e.event_type, e.locations[0].name if e.locations else "") for e in events]


def test_a_west_african_blast_whose_bomber_detonated_his_belt_is_a_suicide_bombing() -> None:
    events = events_of(
        "A blast ripped through a crowded market in Konduga in Borno state on Sunday, killing"
        " six traders. The bomber detonated his explosives as shoppers gathered, the police said."
        " Witnesses said the bomber blew himself up near the fish stalls."
    )
    assert _types(events) == [("suicide_bombing", "Konduga")]
    assert events[0].codes.acled_sub_event_type == "Suicide bomb"


def test_a_south_asian_explosion_told_with_a_suicide_attacker_is_a_suicide_bombing() -> None:
    events = events_of(
        "An explosion killed nine people at a police checkpoint in Quetta on Monday. Officials"
        " said a suicide attacker on foot approached the checkpoint before the blast."
    )
    assert _types(events) == [("suicide_bombing", "Quetta")]


def test_a_somali_car_bomb_told_as_a_vehicle_borne_suicide_attack_is_a_suicide_bombing() -> None:
    events = events_of(
        "A car bomb exploded at the gate of a military base in Mogadishu on Tuesday, killing"
        " four soldiers. Al Shabaab said one of its fighters rammed an explosives-laden car"
        " into the gate."
    )
    assert _types(events) == [("suicide_bombing", "Mogadishu")]


def test_an_iraqi_bombing_whose_bomber_is_told_only_in_the_headline_is_a_suicide_bombing() -> None:
    article = ArticleMessage(
        id="t",
        title="Suicide bomber kills 12 at Baghdad market",
        body=(
            "A bomb exploded at a vegetable market in Baghdad on Thursday, killing 12 people"
            " and wounding 30, police said."
        ),
        published_at=dt.datetime(2024, 3, 14, tzinfo=dt.UTC),
    )
    assert _types(extract_events(article)) == [("suicide_bombing", "Baghdad")]


def test_a_bomber_of_an_earlier_series_leaves_the_blast_an_explosive_attack() -> None:
    events = events_of(
        "A roadside bomb exploded near a bus in Kirkuk on Monday, killing three passengers."
        " The attack is the latest in a series of suicide bombings in the province."
    )
    assert _types(events) == [("explosive_attack", "Kirkuk")]


def test_a_would_be_suicide_bomber_arrested_makes_no_suicide_bombing() -> None:
    events = events_of(
        "A bomb exploded outside a church in Maiduguri on Sunday, wounding two people. Police"
        " said a would-be suicide bomber was arrested nearby before he could detonate his vest."
    )
    # The arrest happened ("would-be" names who was arrested, ninth round): no bombing by him.
    assert [t for t, _ in _types(events)] == ["explosive_attack", "arrest"]
