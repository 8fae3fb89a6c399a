"""Clashes told at a demonstration's town and day, with no named armed side, are that
demonstration (merge/crowds/crowd_clashes.py); a battle of a named armed group, another town's
clash or one told as another stays apart."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of

_DISPERSAL = (
    "Police fired tear gas on Monday to disperse opposition supporters marching on the"
    " election office in the town of Kisumu.\n\n"
)


def test_a_lead_clash_of_party_activists_and_police_is_the_demonstration() -> None:
    events = events_of(
        "At least 12 people were injured on Monday in a clash between opposition activists and"
        " police in the town of Kisumu.\n\nThe activists were marching in support of a general"
        " strike.\n\nPolice fired tear gas to disperse the demonstrators, witnesses said."
    )
    # One event at Kisumu. Activists who clash with the police make the demonstration violent
    # (ACLED's "violent demonstration"), so since dupkind's riot-and-dispersal fold it is a riot.
    assert [(e.event_type, e.locations[0].name) for e in events] == [("riot", "Kisumu")]


def test_clashes_told_after_a_dispersal_are_that_dispersal() -> None:
    events = events_of(
        _DISPERSAL + "The marchers said they had been peaceful.\n\nClashes erupted in Kisumu"
        " and several shops were damaged, officials said."
    )
    assert [(e.event_type, e.locations[0].name) for e in events] == [
        ("protest_dispersed", "Kisumu")
    ]


def test_the_demonstration_keeps_its_sides_over_the_clash_told_first() -> None:
    events = events_of(
        "Seventeen people were killed on Monday in clashes near the airport in Juliaca.\n\n"
        "Police opened fire on the protesters who tried to enter the airport, officials said."
    )
    assert len(events) == 1
    event = events[0]
    assert event.event_type == "protest_repressed"
    assert event.locations[0].name == "Juliaca"
    assert event.acled is not None
    assert event.acled.actor1 is not None and event.acled.actor1.startswith("Police Forces of Peru")
    assert event.acled.actor2 == "Protesters (Peru)"
    assert event.acled.fatalities == 17


def test_a_named_armed_group_s_battle_in_the_town_stays_a_battle() -> None:
    events = events_of(
        _DISPERSAL + "Separately, al-Shabaab fighters clashed with soldiers near the town,"
        " the army said.\n\nTwo soldiers were killed in the fighting."
    )
    assert sorted(e.event_type for e in events) == ["armed_clash", "protest_dispersed"]


def test_clashes_in_another_town_stay_apart() -> None:
    events = events_of(
        _DISPERSAL + "In Nakuru, clashes between rival youths left three people injured,"
        " police said."
    )
    assert len(events) == 2
    assert {e.locations[0].name for e in events} == {"Kisumu", "Nakuru"}


def test_rival_camps_brawling_at_a_rally_are_mob_violence_not_the_rally_turned_violent() -> None:
    # Two camps fighting at a party's rally: their brawl (mob violence); the rally stays a
    # protest of its own.
    events = events_of("Supporters of two rival candidates clashed at a rally in Kapsabet.")
    assert sorted(e.event_type for e in events) == ["mob_violence", "protest"]
    # A demonstration's own fight with the police stays the demonstration turned violent.
    events = events_of("Opposition supporters clashed with police during a march in Kisumu.")
    assert [e.event_type for e in events] == ["riot"]
