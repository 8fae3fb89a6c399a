"""The author of an act told by those who suspect it (thirty-ninth round, sides59): a note's
suspect told bare after the act ("X suspected.", "X are suspected"), the suspects named by
those who tell it ("authorities suspect X", "police blame X", "the police suspect a link with
X"), the unknown men's group without an auxiliary ("perpetrators believed to be linked to X")
and the group's claim of the act ("X claimed to have killed two soldiers")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.extraction.events.articles import acled_of, events_published

IN_2016 = dt.datetime(2016, 5, 10, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("body", "event_type", "actor1"),
    [
        (
            "A bomb went off at a market in Wajir, wounding five people. Al Shabaab are suspected.",
            "explosive_attack",
            "Al Shabaab",
        ),
        (
            "Three people were killed when an explosion went off in a car in Mandera town. Al "
            "Shabaab suspected.",
            "explosive_attack",
            "Al Shabaab",
        ),
        (
            "A grenade wounded six people at a bus station in Garissa. Residents and "
            "authorities suspect Al Shabaab.",
            "grenade",
            "Al Shabaab",
        ),
        (
            "A bomb exploded near a police post in Mandera, killing two officers. The police "
            "suspect a link with Al Shabaab.",
            "explosive_attack",
            "Al Shabaab",
        ),
        (
            "Gunmen killed a chief in Dadaab; perpetrators believed to be linked to Al Shabaab.",
            "attack_on_civilians",
            "Al Shabaab",
        ),
        (
            "Two soldiers were killed when their truck hit a roadside bomb in Mandera. Al "
            "Shabaab claimed to have killed two soldiers.",
            "explosive_attack",
            "Al Shabaab",
        ),
        # no suspect named: the bomber stays unidentified
        (
            "A bomb exploded near a church in Garissa, killing two people. Police said no "
            "group had claimed it.",
            "explosive_attack",
            "Unidentified Armed Group (Kenya)",
        ),
        (
            "A bomb exploded near a church in Garissa, killing two people. Police arrested a "
            "suspect in the town.",
            "explosive_attack",
            "Unidentified Armed Group (Kenya)",
        ),
    ],
)
def test_the_suspected_group_is_actor1(body: str, event_type: str, actor1: str) -> None:
    assert acled_of(body, event_type, IN_2016).actor1 == actor1


def test_the_suspected_group_as_an_adjective_still_acts() -> None:
    body = "Suspected Al Shabaab militants attacked a police post in Mandera."
    events = [e for e in events_published(body, IN_2016) if e.acled is not None]
    assert [e.acled.actor1 for e in events if e.acled] == ["Al Shabaab"]
