"""Twelfth round, places: a village told inside the unit that holds it ("near X in the province
of Y", "in X, the Z Local Government Area of Y State"), admin1 names in their English spelling,
a country's name before "state of" and a province, and a city told as a point of reference
by its adjective and noun ("south of the coastal city of X")."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of
from tests.unit.extraction.places.helpers import only, places_in


def _where(event: EventMessage) -> tuple[str, str | None, str, bool]:
    place = event.locations[0]
    return place.name, place.admin1, place.country_code, place.resolved


def test_a_village_in_the_province_of_a_named_province_is_an_unknown_locality_there() -> None:
    body = (
        "Gunmen ambushed an army patrol on Monday near Dalbo in the province of Loroum,"
        " Burkina Faso, killing four soldiers."
    )
    (event,) = events_of(body)
    assert event.event_type == "armed_clash"
    assert _where(event) == ("Dalbo", "Nord", "BF", False)


def test_a_village_told_beside_its_local_government_area_lies_in_the_state() -> None:
    body = (
        "Gunmen killed three farmers in Kubawa, the Ofu Local Government Area of Kogi State,"
        " Nigeria, on Monday."
    )
    (event,) = events_of(body)
    assert event.event_type == "attack_on_civilians"
    assert _where(event) == ("Kubawa", "Kogi", "NG", False)


def test_admin1_names_are_the_common_english_spelling() -> None:
    places = places_in("Drones struck Bryansk and Voronezh in Russia, and Derna in Libya.")
    assert only(places, "Bryansk").admin1 == "Bryansk"
    assert only(places, "Voronezh").admin1 == "Voronezh"
    assert only(places, "Derna").admin1 == "Derna"


def test_a_country_before_state_of_and_its_province_names_the_country() -> None:
    body = "Gunmen killed six people in a bar in the western Mexico state of Jalisco on Sunday."
    (event,) = events_of(body)
    assert event.event_type == "attack_on_civilians"
    assert [(p.name, p.precision) for p in event.locations] == [("Jalisco", "admin1")]


def test_a_state_of_a_country_is_still_the_state() -> None:
    places = places_in("Gunmen killed six people in Bauchi state of Nigeria on Sunday.")
    assert only(places, "Bauchi").precision == "admin1"


def test_a_city_told_by_adjective_and_noun_as_a_point_of_reference_is_the_area_around() -> None:
    reference = places_in("The checkpoint lies 300 kilometres south of the coastal city of Sirte.")
    assert only(reference, "Sirte").precision == "region"
    told = places_in("Gunmen attacked a checkpoint in the coastal city of Sirte.")
    assert only(told, "Sirte").precision == "town"
