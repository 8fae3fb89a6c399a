"""Thirty-first round (issue 11): a South Asian party's armed men ("BNP militants", "Awami League
militiamen") are its militia as ACLED names it, not the party; its activists and supporters in a
riot stay the party's. Invented reports in Bangladeshi and Indian press wordings."""
# ruff: noqa: E501

from __future__ import annotations

from newsevents.extraction.actors.find import find_actors
from newsevents.extraction.places.find import find_places
from tests.unit.extraction.events.articles import main_event
from tests.unit.helpers import document


def _actors(text: str) -> dict[str, str]:
    doc = document(text)
    find_places(doc)
    find_actors(doc)
    return {m.text: m.name for m in doc.actors}


def test_a_partys_militants_are_its_militia() -> None:
    # Dhaka daily, during a blockade: petrol bombs on a truck.
    event = main_event(
        "BNP militants hurled a petrol bomb at a truck in Raghunathpur on Thursday, injuring its driver."
    )
    assert event.acled.actor1 == "BNP: Bangladesh Nationalist Party Militia"
    # the dictionary's name where ACLED's militia is not the party's name and "Militia"
    event = main_event(
        "Awami League militiamen attacked a BNP rally in Feni on Sunday, injuring 20 people."
    )
    assert event.acled.actor1 == "Bangladesh Awami League Militia"
    # Kolkata daily
    event = main_event(
        "Trinamool Congress militants attacked CPI(M) workers in Birbhum on Monday, killing one."
    )
    assert event.acled.actor1 == "TMC: Trinamool Congress Party Militia"


def test_a_partys_activists_and_parties_abroad_stay_the_party() -> None:
    assert (
        _actors("BNP activists clashed with police in Dhaka on Monday.")["BNP"]
        == "Bangladesh Nationalist Party"
    )
    # Lebanese wording: Amal's men are no South Asian party militia.
    names = _actors("Amal militants clashed with Lebanese Forces supporters in Beirut on Friday.")
    assert "Amal militants" not in names
