"""Sixteenth round, places: a village the gazetteer lacks, located by its province told after a
comma ("in X, Y province"), or named as what an act took or hit ("captured X in the province of
Y"), is the event's place, in that province; the wider unit of an area just named ("X area in
Z, Y County") is no second place. An arrest or a seizure at such a village is placed there,
one event at the first village named."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _where(event: EventMessage) -> tuple[str, str | None]:
    place = event.locations[0]
    return place.name, place.admin1


def test_a_village_told_beside_its_province_after_a_comma_is_the_place() -> None:
    (event,) = events_of(
        "Gunmen killed two policemen at a checkpoint in Qaratun, Diyala province, on Monday."
    )
    assert _where(event) == ("Qaratun", "Diyala")
    assert event.locations[0].country_code == "IQ"


def test_a_village_told_beside_its_county_after_a_comma_is_the_place() -> None:
    (event,) = events_of(
        "Three police officers were killed when al Shabaab fighters ambushed their vehicle in "
        "Warabesa, Mandera county, on Tuesday."
    )
    assert _where(event) == ("Warabesa", "Mandera")


def test_a_village_captured_in_a_province_is_the_place() -> None:
    (event,) = events_of(
        "Kurdish fighters captured Dalhusa in the province of Hasakah on Sunday after heavy "
        "clashes with Islamic State militants."
    )
    assert _where(event) == ("Dalhusa", "Al-Hasakah")


def test_a_town_and_its_state_without_a_unit_noun_are_left_to_the_matcher() -> None:
    (event,) = events_of(
        "Gunmen killed two policemen at a checkpoint in Qaratun, Diyala, on Monday."
    )
    assert _where(event) == ("Diyala", "Diyala")


def test_an_arrest_in_a_village_of_a_province_is_at_the_village() -> None:
    (event,) = events_of(
        "Police arrested five men suspected of smuggling weapons in the village of Kefr Rumman "
        "in Idlib province on Monday."
    )
    assert event.event_type == "arrest"
    assert _where(event) == ("Kefr Rumman", "Idlib")


def test_arms_seized_in_a_village_of_a_state_are_seized_at_the_village() -> None:
    (event,) = events_of(
        "Soldiers seized a weapons depot in the village of Marukka in Borno State on Friday, "
        "the army said."
    )
    assert _where(event) == ("Marukka", "Borno")


def test_arrests_in_two_villages_stay_one_event_at_the_first() -> None:
    events = events_of(
        "Police arrested nine men in the villages of Qarmashta and Hassounah in Idlib "
        "province on Monday."
    )
    assert [e.event_type for e in events] == ["arrest"]
    assert _where(events[0]) == ("Qarmashta", "Idlib")


def test_the_wider_unit_of_a_named_area_is_no_second_place() -> None:
    events = events_of(
        "Two officers were shot dead by gunmen while patrolling at Miti Kenda area in "
        "Kibichoi, Kiambu County."
    )
    assert [_where(e)[0] for e in events] == ["Miti Kenda"]
