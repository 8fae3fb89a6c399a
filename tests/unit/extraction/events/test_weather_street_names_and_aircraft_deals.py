"""Review of the sixteenth round: trees uprooted by the weather are no one's act; "Downing
Street" downs nothing. Invented reports."""

from __future__ import annotations

from .articles import events_of


def _types(body: str) -> list[str]:
    return [e.event_type for e in events_of(body)]


def test_trees_uprooted_by_the_weather_are_no_event() -> None:
    assert _types("Strong winds uprooted dozens of trees in Dalo on Tuesday.") == []
    assert _types("A storm uprooted trees and crops across the Kismaro valley on Monday.") == []
    # the people's act still is
    body = "Soldiers uprooted about 40 olive saplings near Dalo on Tuesday, residents said."
    assert _types(body) == ["property_destroyed"]


def test_the_street_named_downing_downs_nothing() -> None:
    body = "Downing Street said missiles struck the port of Kismaro on Tuesday."
    assert "weapons_disrupted" not in _types(body)
    assert _types(body) == ["shelling"]
    # the verb, and a title-case headline's, still downs the drones
    assert _types("Air defences downed two drones over Dalo on Monday.") == ["weapons_disrupted"]
    assert _types("Air Defences Downed Two Drones Over Dalo") == ["weapons_disrupted"]


def _place(body: str) -> list[tuple[str, str | None]]:
    return [(loc.name, loc.admin1) for e in events_of(body) for loc in e.locations[:1]]


def test_a_village_after_the_acts_subject_or_day_keeps_its_county() -> None:
    # the capitalised word before "attacked" is its subject, not a place the village holds
    body = "Gunmen attacked Warabesa, Mandera county, on Tuesday, killing three people."
    assert _place(body) == [("Warabesa", "Mandera")]
    # a weekday before "in" is no place either
    body = "The attack took place on Tuesday in Warabesa, Mandera county, police said."
    assert _place(body) == [("Warabesa", "Mandera")]


def test_aircraft_bought_or_sold_strike_nothing() -> None:
    assert (
        _types("Ruritania sold attack drones to Kismaro's army, officials said on Tuesday.") == []
    )
    assert _types("The air force bought ten warplanes from Ruritania last year, it said.") == []
    # flown against a place they still strike
    body = "Warplanes struck the town of Dalo on Tuesday, killing four people."
    assert _types(body) == ["airstrike"]


def test_aircraft_named_by_their_supplier_still_strike() -> None:
    # "Ruritanian-supplied" names where the aircraft came from, not a sale told in the sentence
    body = "Ruritanian-supplied warplanes bombed the town of Dalo on Monday, killing four people."
    assert _types(body) == ["airstrike"]
    body = "Kismaro-supplied attack drones struck a fuel depot near Dalo on Saturday."
    assert _types(body) == ["airstrike"]
