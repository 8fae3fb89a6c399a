"""Thirty-seventh round (where57): an act's place chosen among the names of a short report.

- "Kashmir" is Jammu and Kashmir (the valley the press names bare), not Ladakh, which the
  admin1 table had named "Kashmir" from a stale vote of its towns; Ladakh keeps its own name;
- a name set aside before its institution's noun but told inside its province ("Maseno
  University in Kisumu county") is the gazetteer's town of that province, not an unknown
  locality at the province's centre;
- a road alone ("blocked the Eldoret-Malaba highway") places the act at its last-named town;
  a road beside another place still yields to it;
- a cause or a day of solidarity named by its land ("the Kashmir dispute", "on Kashmir day")
  is no place of the act, as a war named by where it is fought is none.
"""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of

from .helpers import km, only, places_in


def _where(event: EventMessage) -> tuple[str, str | None, str]:
    place = event.locations[0]
    return place.name, place.admin1, place.country_code


# --- Kashmir ---------------------------------------------------------------------------------


def test_a_district_of_kashmir_is_in_jammu_and_kashmir() -> None:
    (event,) = events_of(
        "A policeman was killed when militants fired upon a patrol in Kulgam district of"
        " Kashmir on Friday, police said."
    )
    assert _where(event) == ("Kulgam", "Jammu and Kashmir", "IN")
    assert event.acled is not None
    assert event.acled.admin1 == "Jammu and Kashmir"


def test_kashmir_told_bare_is_jammu_and_kashmir_not_ladakh() -> None:
    place = only(places_in("Police fired tear gas at stone-pelting youths in Kashmir."), "Kashmir")
    assert (place.country_code, place.admin1, place.precision) == (
        "IN",
        "Jammu and Kashmir",
        "admin1",
    )


def test_ladakh_keeps_its_own_name() -> None:
    (event,) = events_of(
        "Two soldiers were killed when militants attacked a post in Kargil, Ladakh."
    )
    assert _where(event) == ("Kargil", "Ladakh", "IN")


# --- a name told inside its province ------------------------------------------------------------


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


# --- a road alone ---------------------------------------------------------------------------


def test_a_road_alone_places_the_act_at_its_last_named_town() -> None:
    (event,) = events_of(
        "Protesters blocked the busy Eldoret-Malaba highway after five guards were killed by"
        " unknown people."
    )
    assert _where(event) == ("Malaba", "Busia", "KE")


def test_a_road_from_the_capital_places_the_act_at_the_far_town() -> None:
    (event,) = events_of(
        "Prison warders blocked the Nairobi-Mombasa highway for several hours to protest the"
        " killing of a colleague."
    )
    assert _where(event) == ("Mombasa", "Mombasa", "KE")


def test_a_road_beside_another_place_yields_to_it() -> None:
    (event,) = events_of(
        "Youths blocked the Nairobi-Mombasa highway at Mlolongo to protest a shooting."
    )
    assert _where(event)[0] == "Mlolongo"


def test_a_road_named_after_one_town_keeps_it() -> None:
    (event,) = events_of("Traders blocked Peshawar road for two hours to protest load shedding.")
    assert _where(event)[:2] == ("Peshawar", "Khyber Pakhtunkhwa")


# --- a cause or a day named by its land ---------------------------------------------------------


def test_a_rally_on_a_day_named_after_a_land_is_where_it_is_held() -> None:
    (event,) = events_of(
        "In Karachi, party workers held a protest demonstration on Kashmir day and chanted slogans."
    )
    assert _where(event) == ("Karachi", "Sindh", "PK")


def test_a_rally_over_a_dispute_named_after_a_land_is_where_it_is_held() -> None:
    (event,) = events_of(
        "Hundreds of people rallied in Lahore on Saturday over the Kashmir dispute."
    )
    assert _where(event) == ("Lahore", "Punjab", "PK")


def test_a_protest_in_the_land_itself_stays_there() -> None:
    (event,) = events_of("Police fired tear gas at stone-pelting protesters in Kashmir on Friday.")
    assert event.acled is not None
    assert event.acled.admin1 == "Jammu and Kashmir"
