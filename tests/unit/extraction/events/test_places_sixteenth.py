"""Sixteenth round, places: a village the gazetteer lacks, located by its province told after a
comma ("in X, Y province"), or named as what an act took or hit ("captured X in the province of
Y"), is the event's place, in that province."""

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
    assert event.locations[0].name != "Qaratun"
