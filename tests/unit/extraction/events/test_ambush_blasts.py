"""Eighteenth round, duplicates: an ambush told in the lead and the planted device that sprang
it told right after ("an IED went off", "hit by a roadside bomb") are one bombing
(events/merge/incidents/ambush_blasts.py); a bomb told as a separate attack stays apart."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def test_an_ambush_sprung_by_an_ied_is_one_bombing() -> None:
    events = events_of(
        "Two policemen were killed and one injured in an ambush by Maoists in Bastar district "
        "on Saturday, police said.\n\nA police team was guarding road works near the village "
        "of Kodra when an improvised explosive device (IED) went off under their vehicle."
    )
    assert [e.event_type for e in events] == ["explosive_attack"]
    (event,) = events
    assert [loc.name for loc in event.locations][:2] == ["Kodra", "Bastar"]
    assert "Maoist" in event.actors[0].name
    assert len(event.evidence.mentions) == 2


def test_an_ambush_and_the_roadside_bomb_that_hit_the_vehicle_are_one() -> None:
    events = events_of(
        "Three soldiers were killed on Friday when they were ambushed by al Shabaab fighters "
        "in Banisa, Mandera district.\n\nWitnesses said the army vehicle was hit by a roadside "
        "bomb near Banisa."
    )
    assert [e.event_type for e in events] == ["explosive_attack"]
    assert events[0].locations[0].name == "Banisa"
    assert events[0].actors[0].name == "al-Shabaab"


def test_a_bomb_told_as_a_separate_attack_stays_apart() -> None:
    events = events_of(
        "Gunmen ambushed a police patrol in Banisa, Mandera district, on Friday, killing two "
        "officers.\n\nIn a separate attack, a roadside bomb hit an army truck near Banisa on "
        "Friday."
    )
    assert sorted(e.event_type for e in events) == ["armed_clash", "explosive_attack"]
