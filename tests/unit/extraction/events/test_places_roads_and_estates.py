"""Twenty-sixth round, places46: a road named after the towns it joins is no place of the act
when the sentence names another ("blocked the Meru-Nairobi highway" in a county), and a quarter
told in its town is no namesake far from that town ("Dallas estate in Embu town")."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def test_a_road_named_after_two_towns_yields_to_the_county_told() -> None:
    body = (
        "Angry traders of Kirinyaga County blocked the Meru-Nairobi highway on Monday, asking "
        "for bumps after a pedestrian died in a crash."
    )
    events = events_of(body)
    assert events
    assert events[0].locations[0].name == "Kirinyaga"
    assert events[0].acled.admin1 == "Kirinyaga"


def test_a_road_written_with_a_spaced_dash_is_a_road() -> None:
    body = (
        "Hawkers of Kirinyaga County blocked the Meru - Nairobi highway on Monday in protest "
        "over potholes."
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
        "A crowd beat a suspected burglar to death at Dallas estate in Embu town on Tuesday night."
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
        "Textile workers demonstrated on Friday in Palanpur area of Surat city over unpaid wages."
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
        "a monitor said.\n\nRevising its earlier toll, the monitor said three of the wounded "
        "had since died after the strike on Urum al-Joz."
    )
    events = events_of(body)
    assert events
    assert events[0].locations[0].name.startswith("Urum al")
    assert events[0].acled.admin1 == "Idlib"
