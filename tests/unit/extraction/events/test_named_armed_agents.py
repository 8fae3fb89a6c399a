"""A group the actor dictionary knows as a militia or an armed group acts as armed men, whatever
noun names it: its arson is the destruction of property, not a crowd's mob violence; a party's
wing still brawls as a crowd (issues 10 and 11, twenty-first round, web17x)."""

from __future__ import annotations

from newsevents.extraction.events.detect.refine.refinement import refine_type
from newsevents.extraction.events.detect.sides.parties import armed_group_named
from tests.unit.extraction.events.articles import events_of


def test_settlers_burning_cars_destroy_property() -> None:
    events = events_of(
        "Jewish settlers torched 15 cars in the village of Burqa near Ramallah on Monday,"
        " residents said."
    )
    assert [e.event_type for e in events] == ["property_destroyed"]
    assert events[0].acled is not None
    assert events[0].acled.actor1 == "Settlers (Israel)"
    assert events[0].acled.actor2 == "Civilians (Palestine)"
    assert events[0].locations[0].name == "Burqa"


def test_a_named_group_setting_fire_is_no_mob() -> None:
    sentence = (
        "Hundreds of Israeli settlers stormed into a Palestinian town on Wednesday, setting fire"
        " to dozens of cars and homes."
    )
    start = sentence.index("setting fire to")
    assert refine_type("property_destroyed", sentence, start, start + 15) == "property_destroyed"


def test_a_party_wing_or_an_unnamed_crowd_is_no_armed_group() -> None:
    assert armed_group_named("Jewish settlers torched")
    assert armed_group_named("Boko Haram members stormed")
    assert not armed_group_named("Chhatra League activists torched")
    assert not armed_group_named("an angry crowd torched")
    sentence = "An angry crowd torched two buses on the highway on Monday."
    start = sentence.index("torched")
    assert refine_type("property_destroyed", sentence, start, start + 7) == "mob_violence"


def test_a_named_militias_brawl_with_machetes_stays_mob_violence() -> None:
    sentence = "Imbonerakure and opposition party members clashed with machetes in the village."
    start = sentence.index("clashed")
    assert refine_type("armed_clash", sentence, start, start + 7) == "mob_violence"
