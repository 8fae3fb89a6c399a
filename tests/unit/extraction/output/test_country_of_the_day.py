"""A state that seceded later is named as the state it was part of on the event's day: a
community of South Sudan raiding before its independence is coded "(Sudan)", after it
"(South Sudan)"."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.extraction.output.names.regimes import country_of_the_day
from tests.unit.extraction.events.articles import main_event


@pytest.mark.parametrize(
    ("published", "country"),
    [("2008-03-04T12:00:00Z", "Sudan"), ("2014-03-04T12:00:00Z", "South Sudan")],
)
def test_a_people_of_a_later_state_is_named_after_the_state_of_the_day(
    published: str, country: str
) -> None:
    body = "Toposa raiders attacked herders near Lokichogio on Sunday, killing two."
    event = main_event(body, published)
    assert event.acled.actor1 == f"Toposa Ethnic Militia ({country})"


def test_a_crowd_in_the_later_state_before_its_independence() -> None:
    event = main_event(
        "Traders protested in Juba on Monday against a new market tax.", "2009-05-05T12:00:00Z"
    )
    assert event.acled.actor1 == "Protesters (Sudan)"


@pytest.mark.parametrize(
    ("name", "on", "expected"),
    [
        ("Civilians (South Sudan)", dt.date(2011, 7, 8), "Civilians (Sudan)"),
        ("Civilians (South Sudan)", dt.date(2011, 7, 9), "Civilians (South Sudan)"),
        ("Civilians (Sudan)", dt.date(2005, 1, 1), "Civilians (Sudan)"),
        ("Police Forces of Kenya", dt.date(2005, 1, 1), "Police Forces of Kenya"),
    ],
)
def test_country_of_the_day(name: str, on: dt.date, expected: str) -> None:
    assert country_of_the_day(name, on) == expected


@pytest.mark.parametrize(
    ("published", "word"),
    [("2009-03-04T12:00:00Z", "Ethnic"), ("2018-03-04T12:00:00Z", "Communal")],
)
def test_an_unnamed_community_militia_takes_the_word_of_the_day(published: str, word: str) -> None:
    """ACLED's "Unidentified Ethnic Militia" became "Unidentified Communal Militia" in the
    notes coded from 2016 (twenty-eighth round); a named people's militia keeps "Ethnic"."""
    event = main_event("Ethnic militias torched forty homes in Molo, Kenya, on Sunday.", published)
    assert event.acled.actor1 == f"Unidentified {word} Militia (Kenya)"
    named = main_event("Pokot raiders attacked herders near Kapedo on Sunday.", published)
    assert named.acled.actor1 == "Pokot Ethnic Militia (Kenya)"
