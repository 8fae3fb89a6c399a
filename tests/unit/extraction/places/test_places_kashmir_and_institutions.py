"""Thirty-seventh round (where57): an act's place chosen among the names of a short report.

- "Kashmir" is Jammu and Kashmir (the valley the press names bare), not Ladakh, which the
  admin1 table had named "Kashmir" from a stale vote of its towns; Ladakh keeps its own name;
- a name set aside before its institution's noun but told inside its province ("Maseno
  University in Kisumu county") is the gazetteer's town of that province, not an unknown
  locality at the province's centre;
- a cause or a day of solidarity named by its land ("the Kashmir dispute", "on Kashmir day")
  is no place of the act, as a war named by where it is fought is none.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of

from .helpers import km, only, places_in

# An act's note and the town where it happened; the town's province and country.
WHERE = [
    ("Militants fired upon a police patrol in Kulgam district of Kashmir, killing one.", "Kulgam"),
    ("Two soldiers were killed when militants attacked a post in Kargil, Ladakh.", "Kargil"),
    ("In Karachi, party workers held a protest rally on Kashmir day.", "Karachi"),
    ("Hundreds of people rallied in Lahore on Saturday over the Kashmir dispute.", "Lahore"),
]
PROVINCE = {
    "Kulgam": ("Jammu and Kashmir", "IN"),
    "Kargil": ("Ladakh", "IN"),
    "Karachi": ("Sindh", "PK"),
    "Lahore": ("Punjab", "PK"),
}


@pytest.mark.parametrize(("text", "town"), WHERE)
def test_the_act_is_placed_where_it_happened(text: str, town: str) -> None:
    (event,) = events_of(text)
    place = event.locations[0]
    admin1, country = PROVINCE[town]
    assert (place.name, place.admin1, place.country_code) == (town, admin1, country)
    assert event.acled is not None
    assert event.acled.admin1 == admin1


def test_kashmir_told_bare_is_jammu_and_kashmir_not_ladakh() -> None:
    place = only(places_in("Police fired tear gas at stone-pelting youths in Kashmir."), "Kashmir")
    assert (place.country_code, place.admin1, place.precision) == (
        "IN",
        "Jammu and Kashmir",
        "admin1",
    )


def test_a_protest_in_the_land_itself_stays_there() -> None:
    (event,) = events_of("Police fired tear gas at stone-pelting protesters in Kashmir on Friday.")
    assert event.acled is not None
    assert event.acled.admin1 == "Jammu and Kashmir"


def test_an_institutions_town_told_in_its_county_is_the_town() -> None:
    (event,) = events_of(
        "Maseno University in Kisumu county was closed indefinitely after students rioted and"
        " pelted motorists with stones."
    )
    place = event.locations[0]
    assert (place.name, place.admin1, place.resolved) == ("Maseno", "Kisumu", True)
    # the town's own point, not the county's centre
    assert km(place, -0.007, 34.600) < 5


def test_a_name_no_town_of_the_province_bears_is_still_an_unknown_locality() -> None:
    (event,) = events_of(
        "Gunmen killed two herders at Qorahey in Wajir County on Sunday, police said."
    )
    place = event.locations[0]
    assert (place.name, place.admin1, place.resolved) == ("Qorahey", "Wajir", False)
