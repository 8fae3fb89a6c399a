"""Country points, demonyms and supranational names, provinces named beside their places, and
the event-level rules that use them (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.evaluation.metrics import same_region_name
from newsevents.evaluation.primary import fatalities, primary_event
from newsevents.extraction.document import Document
from newsevents.extraction.pipeline import Pipeline, extract_events
from newsevents.extraction.places.find import find_places
from newsevents.extraction.places.shared.geometry import haversine_km


def _doc(text: str) -> Document:
    doc = Document(article_id="t", text=text, published=dt.date(2024, 2, 20))
    find_places(doc)
    return doc


def _article(body: str) -> ArticleMessage:
    return ArticleMessage(id="t", body=body, published_at=dt.datetime(2024, 2, 20, tzinfo=dt.UTC))


@pytest.mark.parametrize(
    ("name", "latitude", "longitude"),
    [("Russia", 60.0, 100.0), ("Canada", 60.11, -113.64), ("United States", 39.76, -98.5)],
)
def test_countries_sit_at_their_country_point(name: str, latitude: float, longitude: float) -> None:
    """A bare country name is placed at data/country_points.tsv (GeoNames' point of the
    country), not at a town's mean."""
    (place,) = _doc(f"Officials in {name} said nothing.").places
    assert place.precision == "country"
    assert haversine_km(place.latitude, place.longitude, latitude, longitude) < 20


def test_demonyms_and_regions_are_references_not_event_places() -> None:
    doc = _doc("Mexican and Russian diplomats met European envoys in Vienna.")
    references = {p.text: p for p in doc.place_references}
    assert references["Mexican"].country_code == "MX"
    assert references["Mexican"].precision == "country"
    assert references["Russian"].name == "Russia"
    assert references["European"].precision == "supranational"
    assert [p.text for p in doc.places] == ["Vienna"]
    event_places = {
        location.name
        for event in extract_events(_article("Russian soldiers shelled a village near Kharkiv."))
        for location in event.locations
    }
    assert "Russia" not in event_places


def test_continents_and_the_eu_are_recognised() -> None:
    doc = _doc("Leaders from Africa and the EU met in the Middle East.")
    names = {p.text: p.name for p in doc.place_references}
    assert names == {"Africa": "Africa", "EU": "European Union", "Middle East": "Middle East"}
    assert doc.places == []


def test_a_state_is_not_its_small_namesake_town() -> None:
    (place,) = _doc("Wildfires spread across California on Monday.").places
    assert place.precision == "admin1"
    assert place.admin1 == "California"


def test_province_named_beside_a_village_vouches_for_it() -> None:
    """No country named: the province in brackets says which village of that name it is."""
    doc = _doc("Gunmen attacked Kankara (Katsina) and killed a farmer.")
    kankara = next(p for p in doc.places if p.text == "Kankara")
    assert kankara.country_code == "NG"
    katsina = next(p for p in doc.places if p.text == "Katsina")
    assert katsina.precision == "admin1"


def test_event_without_a_place_takes_the_previous_sentence_s() -> None:
    body = (
        "On 3 March, police raided a house in Kano during an operation. "
        "A shoot-out followed in which two suspects were killed."
    )
    event = primary_event(extract_events(_article(body)))
    assert event is not None
    assert [location.name for location in event.locations] == ["Kano"]


def test_toll_sentence_after_the_act_counts_for_it() -> None:
    body = (
        "On 1 March, in Kano, armed men attacked a group of traders. Two of the victims died "
        "and another one was injured."
    )
    event = primary_event(extract_events(_article(body)))
    assert event is not None
    assert fatalities(event) == 2


def test_explosions_with_shots_are_an_exchange_of_fire() -> None:
    body = "Monitors recorded 14 explosions/shots/bursts of fire from small arms near Kharkiv."
    event = primary_event(Pipeline().extract(_article(body)))
    assert event is not None
    assert event.event_type == "armed_clash"


def test_residents_blocking_a_road_protest_and_a_crowd_with_demands_riots() -> None:
    protest = primary_event(extract_events(_article("Residents blocked the main road in Kano.")))
    assert protest is not None and protest.event_type == "protest"
    riot = primary_event(
        extract_events(
            _article("Residents pelted stones at police in Kano demanding water and electricity.")
        )
    )
    assert riot is not None and riot.event_type == "riot"


def test_region_names_compare_across_compass_languages() -> None:
    assert same_region_name("South Kivu", "Sud-Kivu")
    assert same_region_name("North-West", "Nord-Ouest")
    assert not same_region_name("Estonia", "Est")
