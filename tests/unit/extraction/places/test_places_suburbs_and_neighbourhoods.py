"""Fortieth round (place60): the place of an act told beside another place.

- "the Damascus suburb of Jaramana": the city modifies its suburb, which is where it happened
  (the city is the point of reference, read as the area around it), while "X, a suburb of Y"
  and "the Ghouta suburbs of Damascus" still tell the city last;
- a neighbourhood told in a town ("the al-Adawi area in Damascus city") lies in that town,
  not in the town another sentence of the event names first;
- a capital that is a province of its own, told as what an act happened near ("near
  Damascus", "outside the capital Beirut"), is in the province around it.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of

from .helpers import only, places_in

SUBURBS = [
    ("A bomb killed 18 people in the Damascus suburb of Jaramana on Tuesday.", "Jaramana"),
    ("Shelling killed five people in the Damascus suburb of Daraya on Monday.", "Darayya"),
]


@pytest.mark.parametrize(("text", "suburb"), SUBURBS)
def test_the_suburb_a_city_name_modifies_is_where_it_happened(text: str, suburb: str) -> None:
    (event,) = events_of(text)
    place = event.locations[0]
    assert (place.name, place.admin1, place.precision) == (suburb, "Rif Dimashq", "town")
    assert event.acled is not None
    assert event.acled.admin1 == "Rif Dimashq"
    city = only(places_in(text), "Damascus")
    assert city.precision == "region"  # the reference, the area around the city


def test_a_suburb_told_after_its_name_keeps_the_city_as_reference() -> None:
    places = places_in("Jets struck Eastern Ghouta, a suburb of Damascus, killing nine.")
    assert only(places, "Damascus").precision == "region"
    assert only(places, "Eastern Ghouta").admin1 == "Rif Dimashq"


def test_a_neighbourhood_told_in_a_town_lies_in_that_town() -> None:
    text = (
        "Seven people were injured in terrorist attacks in Aleppo and Damascus on Monday. "
        "Seven people were injured on Monday due to terrorist attacks with rocket shells on "
        "al-Adawi area in Damascus city."
    )
    events = events_of(text)
    quarter = [e for e in events if e.locations and e.locations[0].name == "al-Adawi"]
    assert len(quarter) == 1
    assert quarter[0].locations[0].admin1 == "Damascus"
    assert quarter[0].acled is not None
    assert quarter[0].acled.admin1 == "Damascus"


AROUND = [
    (
        "Twin suicide blasts struck a checkpoint near Damascus on Sunday, killing four.",
        "Rif Dimashq",
    ),
    ("Jets struck rebel-held areas outside the capital Damascus, killing four.", "Rif Dimashq"),
    ("A car bomb exploded near Beirut on Sunday, killing four.", "Mount Lebanon"),
    # told in the city, the city's own province
    ("A car bomb exploded in Damascus on Sunday, killing four.", "Damascus"),
    ("A car bomb exploded in Beirut on Sunday, killing four.", "Beirut"),
    # a headline capitalises every word; a facility named after the city is in the city
    ("Twin Suicide Blasts Target Checkpoint near Damascus Claim 4 Lives", "Rif Dimashq"),
    ("A mortar shell fell in the vicinity of Damascus Sheraton Hotel, killing two.", "Damascus"),
]


@pytest.mark.parametrize(("text", "admin1"), AROUND)
def test_near_a_capital_of_its_own_province_is_the_province_around(text: str, admin1: str) -> None:
    (event,) = events_of(text)
    assert event.acled is not None
    assert event.acled.admin1 == admin1


def test_near_a_capital_inside_its_province_keeps_the_province() -> None:
    (event,) = events_of("Gunmen killed four people near Kabul on Monday.")
    assert event.acled is not None
    assert event.acled.admin1 == "Kabul"


@pytest.mark.parametrize(
    ("text", "suburb"),
    [
        (
            "A bomb exploded in the Sadr City suburb of Baghdad on Monday, killing four.",
            "Sadr City",
        ),
        (
            "Government forces shelled the Douma suburb of Damascus on Monday, killing four.",
            "Douma",
        ),
    ],
)
def test_a_suburb_named_before_its_city_is_where_it_happened(text: str, suburb: str) -> None:
    """The same words name the suburb first: the city is the bigger of the two (review61)."""
    (event,) = events_of(text)
    assert event.locations[0].name == suburb
