"""Thirteenth round, places: an event placed at its country only takes the article's nearest
place inside that country; a place below a province takes the event's one province of its
country when the gazetteer says another; the Gaza Strip and the West Bank are their own first
level."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from newsevents.extraction.places.choosing.told_province import with_told_province
from tests.unit.extraction.events.articles import events_of, place_mention


def _where(event: EventMessage) -> tuple[str, str | None, str | None]:
    place = event.locations[0]
    return place.name, place.admin1, event.acled.admin1


def test_an_event_told_in_its_country_takes_the_town_the_article_names_before() -> None:
    body = (
        "Traders in Nairobi closed their shops early on Friday as tension rose.\n\n"
        "Police in Kenya shot dead two protesters on Friday, a rights group said."
    )
    (event,) = events_of(body)
    assert event.event_type == "protest_repressed"
    assert _where(event) == ("Nairobi", "Nairobi", "Nairobi")
    assert [p.name for p in event.locations] == ["Nairobi", "Kenya"]


def test_the_nearest_place_inside_the_country_is_taken() -> None:
    body = (
        "The governor of Lamu county met elders on Thursday to discuss security.\n\n"
        "Later, a roadside bomb killed three soldiers in Kenya, the army said."
    )
    (event,) = events_of(body)
    assert event.event_type == "explosive_attack"
    assert _where(event) == ("Lamu", "Lamu", "Lamu")


def test_an_event_with_no_place_inside_its_country_keeps_the_country() -> None:
    body = "Gunmen killed four herders in Kenya on Monday, officials said."
    (event,) = events_of(body)
    assert _where(event) == ("Kenya", None, None)


def test_a_township_told_in_a_region_lies_in_that_region() -> None:
    """The gazetteer's district of the name lies in another province than the one told."""
    body = (
        "Soldiers burned 50 houses in Pale township on Tuesday, as the army pressed its"
        " campaign in Myanmar's Sagaing region."
    )
    (event,) = events_of(body)
    assert event.event_type == "property_destroyed"
    assert _where(event) == ("Pale", "Sagaing", "Sagaing")


def test_the_gaza_strip_is_its_own_first_level() -> None:
    (event,) = events_of("Israeli airstrikes killed three people in the Gaza Strip on Monday.")
    assert event.event_type == "airstrike"
    assert _where(event) == ("Gaza Strip", "Gaza Strip", "Gaza Strip")


def test_a_place_takes_the_events_one_province_of_its_country() -> None:
    town = place_mention("Alpha", 0)
    south = place_mention("South Province", 30, admin1=None, precision="admin1", feature="admin1")
    east = place_mention("East Province", 60, admin1=None, precision="admin1", feature="admin1")
    north = place_mention("North Province", 90, admin1=None, precision="admin1", feature="admin1")
    abroad = place_mention("West Province", 120, country_code="XB", precision="admin1")
    assert with_told_province(town, [], [town, south]).admin1 == "South Province"
    assert with_told_province(town, [], [town, south, abroad]).admin1 == "South Province"
    # two provinces told, or its own: the gazetteer's stays
    assert with_told_province(town, [], [town, south, east]).admin1 == "North Province"
    assert with_told_province(town, [], [town, north]).admin1 == "North Province"
    assert with_told_province(town, [], [town, abroad]).admin1 == "North Province"
    # the article names the gazetteer's province as well: it stays
    assert with_told_province(town, [north], [town, south]).admin1 == "North Province"
    # a province keeps its own name
    assert with_told_province(south, [], [south, east]).province == "South Province"
