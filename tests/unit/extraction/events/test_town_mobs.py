"""A mob, the riot it was and the clashes with the forces, at one town and day, are one event
(merge/crowds/town_demonstrations.py): the crowd's clash with police told first and the march
and stone-throwing told after it; "clashes" told after a dispersal with no armed group named.
A mob told burning houses and then dispersed by troops, or clashes with a named armed group,
stay apart."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def test_a_clash_of_activists_with_police_then_their_march_is_one_riot() -> None:
    events = events_of(
        "At least ten people were injured on Saturday in a clash between opposition activists"
        " and police in the town of Kisumu.\n\nWitnesses said the activists had brought out a"
        " procession in support of a strike.\n\nAt one stage the protesters threw stones at the"
        " officers in Kisumu, who charged them with batons.\n\nTraders said the town centre"
        " stayed shut."
    )
    assert [(e.event_type, e.locations[0].name) for e in events] == [("riot", "Kisumu")]


def test_a_lynching_then_a_march_at_the_town_stay_apart() -> None:
    # review40b: a mob's justice on a suspect is no demonstration, police arriving or not
    events = events_of(
        "A mob lynched a suspected thief in Kisumu town on Monday morning before police"
        " arrived, police said. In the afternoon, hundreds of traders marched through Kisumu"
        " town on Monday to protest against new market fees, chanting and waving placards."
    )
    types = sorted(e.event_type for e in events)
    assert types == ["mob_violence", "protest"]
    assert all(e.locations[0].name == "Kisumu" for e in events)


def test_a_mob_burning_houses_then_dispersed_by_troops_stays_apart() -> None:
    events = events_of(
        "Two houses were torched by a mob in the town of Kisumu on Monday afternoon, police"
        " said.\n\nNo casualties were reported from the arson.\n\nSoldiers who rushed to the"
        " scene fired tear gas to disperse the mob in Kisumu.\n\nTraders said the town centre"
        " stayed shut."
    )
    types = [e.event_type for e in events]
    assert types[0] == "mob_violence" and len(events) == 2


def test_clashes_told_after_a_dispersal_are_that_dispersal() -> None:
    events = events_of(
        "Police fired tear gas on Saturday to disperse opposition supporters marching in the"
        " town of Kisumu.\n\nThe organisers said the march had been peaceful.\n\nAs many as 150"
        " people were hurt in the clashes, which occurred in Kisumu town, a hospital said."
    )
    assert [(e.event_type, e.locations[0].name) for e in events] == [
        ("protest_dispersed", "Kisumu")
    ]


def test_clashes_with_a_named_armed_group_stay_apart_from_the_dispersal() -> None:
    events = events_of(
        "Police fired tear gas on Saturday to disperse opposition supporters marching in the"
        " town of Mandera.\n\nThe organisers said the march had been peaceful.\n\nLater police"
        " clashed with al-Shabaab militants in Mandera town, officials said."
    )
    assert sorted(e.event_type for e in events) == ["armed_clash", "protest_dispersed"]


def test_a_riot_and_the_live_fire_on_it_at_one_town_are_one_event() -> None:
    events = events_of(
        "Rioters set fire to the provincial council building in the city of Basra on Tuesday"
        " night and threw stones at the police, officials said.\n\nOfficials said the governor"
        " would meet tribal leaders.\n\nSecurity forces fired live rounds at the protesters in"
        " Basra to disperse the crowd, local sources said."
    )
    assert [(e.event_type, e.locations[0].name) for e in events] == [("riot", "Basrah")]
