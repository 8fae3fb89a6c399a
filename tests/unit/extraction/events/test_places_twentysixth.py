"""Twenty-sixth round, places46: a road named after the towns it joins is no place of the act
when the sentence names another ("blocked the Meru-Nairobi highway" in a county), and a quarter
told in its town is no namesake far from that town ("Dallas estate in Embu town")."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def test_a_road_named_after_two_towns_yields_to_the_county_told() -> None:
    body = (
        "Residents in Kirinyaga County blocked the Meru-Nairobi highway on Monday demanding "
        "speed bumps after a boy was knocked down by a lorry."
    )
    events = events_of(body)
    assert events
    assert events[0].locations[0].name == "Kirinyaga"
    assert events[0].acled.admin1 == "Kirinyaga"


def test_a_road_written_with_a_spaced_dash_is_a_road() -> None:
    body = (
        "Traders in Kirinyaga County blocked the Meru - Nairobi highway on Monday to protest "
        "against the poor state of the roads."
    )
    events = events_of(body)
    assert events
    assert events[0].acled.admin1 == "Kirinyaga"


def test_a_road_alone_still_places_the_act() -> None:
    body = "Protesters blocked the Nairobi-Narok highway on Tuesday over the arrest of lawmakers."
    events = events_of(body)
    assert events
    assert events[0].locations[0].country_code == "KE"


def test_an_estate_told_in_its_town_is_no_city_abroad() -> None:
    body = (
        "A man was lynched by residents at Dallas estate in Embu town after he allegedly "
        "tried to break into a house."
    )
    events = events_of(body)
    assert events
    place = events[0].locations[0]
    assert place.country_code == "KE"
    assert events[0].acled.admin1 == "Embu"


def test_an_area_of_a_city_is_no_namesake_of_another_district() -> None:
    # Palanpur, the town, lies some 150 km north of Surat: "Palanpur area of Surat city" is a
    # quarter of Surat.
    body = (
        "Around 500 migrant workers held a protest in Palanpur area of Surat city against "
        "their landlords."
    )
    events = events_of(body)
    assert events
    place = events[0].locations[0]
    assert place.latitude is not None
    assert abs(place.latitude - 21.17) < 0.2
    assert abs(place.longitude - 72.83) < 0.2


def test_the_strike_retold_on_a_village_places_the_strike_there() -> None:
    body = (
        "An air strike killed 18 civilians in the northwestern province of Idlib on Saturday, "
        "a monitor said.\n\nThe monitor raised its toll for the strike on Urum al-Joz, saying "
        "three more people had died of their wounds."
    )
    events = events_of(body)
    assert events
    assert events[0].locations[0].name.startswith("Urum al")
    assert events[0].acled.admin1 == "Idlib"
