"""Thirty-seventh round, places57: villages the gazetteer lacks, listed as the places of one act
and located by no known place right after the list, are each the place of one event, in the
province (or country) the sentence or its paragraph tells.

Wire copy names the villages a raid hit in the object of its verb and tells their province
elsewhere: "Russian jets struck Kafr Dael, Tal Hawash and Anadan, killing seven" after a
sentence on Aleppo province, "In Syria's Aleppo province, warplanes struck ...", "air strikes
on A, B and C in Syria's Aleppo province", "A and B, two villages west of Aleppo". Each village
is an event placed at the province with ``resolved`` false. Near misses: people listed after
the verb, a headline's capitalised noun, a list of where pictures were posted. The articles
are written for these tests.
"""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage, Location
from tests.unit.extraction.events.articles import events_of

_VILLAGES = ("Kafr Dael", "Tal Hawash", "Anadan")


def _places(events: list[EventMessage], event_type: str) -> dict[str, Location]:
    """Each event of ``event_type`` by its first location's name."""
    return {e.locations[0].name: e.locations[0] for e in events if e.event_type == event_type}


def _toll(events: list[EventMessage], place: str) -> int | None:
    event = next(e for e in events if e.locations and e.locations[0].name == place)
    return event.acled.fatalities


@pytest.mark.parametrize(
    "article",
    [
        # the province told in the sentence before
        "Fighting raged in Syria's Aleppo province on Monday. Russian jets struck Kafr Dael, "
        "Tal Hawash and Anadan, killing seven civilians, the Syrian Observatory said.",
        # the province told before the verb
        "In Syria's Aleppo province, Russian warplanes struck Kafr Dael, Tal Hawash and "
        "Anadan, killing seven civilians, the Syrian Observatory said.",
        # the province told after the day
        "Russian warplanes struck Kafr Dael, Tal Hawash and Anadan on Monday in Syria's Aleppo "
        "province, killing seven civilians, the Syrian Observatory said.",
        # the province after the country's possessive
        "Air strikes on Kafr Dael, Tal Hawash and Anadan in Syria's Aleppo province killed "
        "seven civilians on Monday, the Syrian Observatory said.",
    ],
    ids=["sentence-before", "opening-phrase", "after-the-day", "possessive"],
)
def test_listed_villages_are_each_an_air_strike_in_the_province(article: str) -> None:
    """At the start each article made one air strike at Aleppo province."""
    events = events_of(article)
    places = _places(events, "airstrike")
    assert sorted(places) == sorted(_VILLAGES)
    assert all(p.admin1 == "Aleppo" and not p.resolved for p in places.values())
    assert _toll(events, "Kafr Dael") == 7  # the toll stays with the first village


@pytest.mark.parametrize(
    "article",
    [
        # told off a city in apposition
        "Warplanes struck Kafr Dael and Tal Hawash, two villages west of Aleppo, on Monday, "
        "killing five, the Syrian Observatory said.",
        # the province told in the next sentence: the event borrows it after merging, and
        # every village of its list is an event, not only the first
        "Warplanes hit the villages of Kafr Dael and Tal Hawash on Monday, killing seven "
        "civilians, the Syrian Observatory said. The strikes in Aleppo province were the "
        "heaviest in weeks.",
        # the parts of a province locate the list
        "Syrian jets destroyed two munitions depots in Kafr Dael and Tal Hawash in the western "
        "and eastern parts of Aleppo province on Monday, a military source said.",
    ],
    ids=["west-of-a-city", "province-after", "parts-of-a-province"],
)
def test_two_villages_of_aleppo(article: str) -> None:
    places = _places(events_of(article), "airstrike")
    assert sorted(places) == ["Kafr Dael", "Tal Hawash"]
    assert {p.admin1 for p in places.values()} == {"Aleppo"}


def test_villages_told_in_a_country_only() -> None:
    """Located by the country alone, each village keeps its name, with no province."""
    article = (
        "Syrian government helicopters dropped barrel bombs on Kafr Dael, Tal Hawash and "
        "Anadan in Syria on Monday, killing seven civilians, the Syrian Observatory said."
    )
    places = _places(events_of(article), "airstrike")
    assert sorted(places) == sorted(_VILLAGES)
    assert all(p.country_code == "SY" and p.admin1 is None for p in places.values())


def test_somali_villages_in_a_region() -> None:
    article = (
        "Al-Shabaab fighters attacked Kuday and Bula Gaduud in Somalia's Lower Juba region on "
        "Tuesday, officials said."
    )
    events = events_of(article)
    assert sorted(e.locations[0].name for e in events) == ["Bula Gaduud", "Kuday"]


# --- near misses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("article", "place"),
    [
        # people listed after a verb of fire
        (
            "Warplanes targeted Abu Omar and Abu Khaled, two commanders of the group, in "
            "Syria's Idlib province on Monday, the Syrian Observatory said.",
            "Idlib",
        ),
        # a headline's capitalised noun before a province
        (
            "6 killed in Airstrike on Village in Aleppo Province. At least six people were "
            "killed in an air strike on a village in northern Syria's Aleppo province, the "
            "Russian Defence Ministry said.",
            "Aleppo",
        ),
    ],
    ids=["people", "headline-noun"],
)
def test_no_village_where_the_list_names_none(article: str, place: str) -> None:
    assert sorted(_places(events_of(article), "airstrike")) == [place]


def test_where_pictures_were_posted_is_no_place() -> None:
    article = (
        "Islamic State fighters attacked army posts near Deir ez-Zor on Monday, killing nine "
        "soldiers, and the group later posted pictures on Telegram and Twitter, the Syrian "
        "Observatory said."
    )
    events = events_of(article)
    assert [e.locations[0].name for e in events if e.locations] == ["Deir ez-Zor"]


def test_an_institution_named_with_and_is_no_list_of_villages() -> None:
    article = (
        "Rival student factions clashed at Rangpur Science and Technology University, Rangpur "
        "town, on Monday, leaving 15 people injured, police said."
    )
    names = [e.locations[0].name for e in events_of(article) if e.locations]
    assert names and not {"Rangpur Science", "Technology University"} & set(names), names


def test_a_crowd_burning_tyres_in_estates_is_one_riot() -> None:
    """A crowd's estates told only as a list are no villages of their own: one riot in the
    town, as before."""
    article = (
        "Opposition supporters rioted in Nakuru on Friday, burning tyres in Kaptembwo, Rhonda "
        "and Bondeni. Police fired tear gas to disperse them."
    )
    riots = [e for e in events_of(article) if e.event_type == "riot"]
    assert [e.locations[0].name for e in riots] == ["Nakuru"]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "Regime forces shelled Douma and nearby Harasta and Misraba in the Eastern Ghouta "
            "on Sunday, killing six civilians, the Syrian Observatory said.",
            ["Duma", "Harasta", "Misraba"],
        ),
        (
            "Air strikes killed four people in Saraqib and nearby Kafr Battikh in Syria's Idlib "
            "province on Monday, the Syrian Observatory said.",
            ["Kafr Battikh", "Saraqib"],
        ),
    ],
    ids=["known-and-unknown", "unknown"],
)
def test_a_town_and_the_nearby_ones_are_a_list(article: str, expected: list[str]) -> None:
    """ "and nearby" joins the places of one act as "and" does (at the start only the first
    town had an event)."""
    events = events_of(article)
    assert sorted(e.locations[0].name for e in events if e.locations) == expected


def test_a_crowd_list_with_a_known_town_is_one_event_per_place() -> None:
    """A crowd's list that holds a known town is that town's peers (``listed_names``), one
    event per place, as at the start; the open list had taken its names first and the crowd
    filter then dropped them (lists57)."""
    article = (
        "Youths clashed with police in Mastung, Kalbhatari and Sorab on Friday, throwing stones "
        "at patrols."
    )
    crowd = [e for e in events_of(article) if e.event_type == "mob_violence"]
    assert sorted(e.locations[0].name for e in crowd) == ["Kalbhatari", "Mastung", "Sorab"]
    assert len({e.locations[0].admin1 for e in crowd}) == 1
