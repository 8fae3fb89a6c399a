"""Wire wordings the lead probed in the forty-seventh round: shelling whose agent is told only by
its shells ("regime shells", "Turkish tank shells"), "rebel groups" as the war's rebels, an
author told by who blames it ("Activists blamed government forces"), and days counted back
from the story ("two days ago", "the day before yesterday")."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import Article, EventMessage
from newsevents.extraction.pipeline import extract_events

_STAMP = "2025-03-12T10:00:00Z"  # a Wednesday


def _messages(text: str) -> list[EventMessage]:
    return extract_events(
        Article.model_validate({"id": "t", "title": "", "body": text, "published_at": _STAMP})
    )


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Four civilians were killed by regime shells in the village of Kafr Zita in the "
            "Hama countryside on Sunday.",
            "Military Forces of Syria",
        ),
        (
            "A farmer was killed by Turkish tank shells in the village of Tal Rifaat in Aleppo "
            "province on Monday.",
            "Military Forces of Turkey",
        ),
        (
            "Rebel groups targeted residential neighbourhoods of Aleppo with mortar fire on "
            "Thursday, killing seven civilians.",
            "Opposition Rebels (Syria)",
        ),
    ],
)
def test_the_shells_name_who_fired_them(text: str, actor1: str) -> None:
    events = _messages(text)
    assert [e.event_type for e in events] == ["shelling"]
    assert events[0].acled.actor1 is not None and events[0].acled.actor1.startswith(actor1)
    assert events[0].acled.actor2 == "Civilians (Syria)"


@pytest.mark.parametrize(
    "blame",
    [
        # the author in the act's sentence, and in the next one
        "Three members of one family were killed when a rocket slammed into their house in the "
        "town of Saraqeb on Friday, and activists blamed government forces.",
        "Three members of one family were killed when a rocket slammed into their house in the "
        "town of Saraqeb on Friday. Activists blamed government forces stationed nearby.",
    ],
)
def test_the_side_blamed_is_the_author(blame: str) -> None:
    events = _messages(blame)
    assert [e.event_type for e in events] == ["shelling"]
    assert events[0].acled.actor1 is not None
    assert events[0].acled.actor1.startswith("Military Forces of Syria"), events[0].acled
    assert events[0].locations and events[0].locations[0].name == "Saraqib"


def test_blamed_on_the_failure_names_no_author() -> None:
    events = _messages(
        "Three people were killed when a rocket hit a house in Saraqeb in Idlib province on "
        "Friday. Residents blamed government forces for failing to warn them."
    )
    assert [e.event_type for e in events] == ["shelling"]
    actor1 = events[0].acled.actor1
    assert actor1 is None or not actor1.startswith("Military Forces of Syria"), actor1


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Air strikes two days ago on the town of Ariha in Idlib province killed ten "
            "civilians, rescuers said on Wednesday.",
            dt.date(2025, 3, 10),
        ),
        (
            "Warplanes struck the town of Saraqeb in Idlib province the day before yesterday, "
            "killing four people, a monitor said.",
            dt.date(2025, 3, 10),
        ),
    ],
)
def test_days_counted_back_from_the_story(text: str, day: dt.date) -> None:
    events = _messages(text)
    assert [e.event_type for e in events] == ["airstrike"]
    assert events[0].time.date == day
    assert events[0].time.precision == "day"


def test_a_states_sniper_is_its_forces() -> None:
    events = _messages(
        "A woman was shot dead by a regime sniper in the town of Madaya in Rif Dimashq on "
        "Saturday, activists said."
    )
    assert [e.event_type for e in events] == ["attack_on_civilians"]
    assert events[0].acled.actor1 is not None
    assert events[0].acled.actor1.startswith("Military Forces of Syria"), events[0].acled
    assert events[0].acled.actor2 == "Civilians (Syria)"


def test_a_tally_of_many_strikes_in_the_perfect_is_no_new_strike() -> None:
    events = _messages(
        "A US drone strike killed three suspected al-Qaeda militants in Yemen's Marib province "
        "on Monday, local officials said. Washington has carried out dozens of drone strikes in "
        "Yemen against the group."
    )
    assert [e.event_type for e in events] == ["airstrike"]
    assert events[0].locations and events[0].locations[0].name == "Ma'rib"
    assert events[0].acled.fatalities == 3


def test_a_place_in_a_compass_region_is_where_it_happened() -> None:
    """ "in southern Saudi Arabia" is the act's place; "Yemen's Houthi rebels" names whose they
    are."""
    events = _messages(
        "Yemen's Houthi rebels said on Saturday they had launched a drone attack on an airport "
        "in southern Saudi Arabia."
    )
    assert [e.event_type for e in events] == ["airstrike"]
    assert events[0].acled.actor1 == "Houthis"
    assert events[0].locations and events[0].locations[0].country_code == "SA"
