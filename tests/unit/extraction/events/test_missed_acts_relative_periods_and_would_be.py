"""Acts that used to be missed (ninth round): a period told in a relative clause between commas
is its noun's past, not the act's; "would-be" names who tried and is no modal."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import actor1, events_of


def _where(event: EventMessage) -> str:
    return event.locations[0].name if event.locations else ""


def test_a_period_in_a_relative_clause_does_not_make_the_act_background() -> None:
    # The years are the group's, not the taking of the town.
    events = events_of(
        "Somali troops left their base on Sunday. The al-Shabaab group, which has carried out"
        " many raids there in recent years, said it had seized control of the whole town of"
        " Jowhar."
    )
    assert [(e.event_type, _where(e)) for e in events] == [("territory_taken", "Jawhar")]
    assert actor1(events[0]) == "al-Shabaab"


def test_a_period_in_the_acts_own_clause_still_makes_it_background() -> None:
    # Without the commas the years tell the acts: a tally, no event of the day.
    assert (
        events_of(
            "Somali troops left their base on Sunday. Al-Shabaab has launched several attacks"
            " on Baidoa in the last few years."
        )
        == []
    )


def test_an_act_inside_the_relative_clause_stays_its_past() -> None:
    events = events_of(
        "Somali troops left their base on Sunday. Al-Shabaab, which has attacked Baidoa"
        " several times in the last few years, took control of the town of Baidoa on Monday."
    )
    assert [(e.event_type, e.evidence.trigger) for e in events] == [
        ("territory_taken", "took control of")
    ]


def test_what_was_done_to_a_would_be_attacker_happened() -> None:
    (event,) = events_of(
        "On Monday, a would-be suicide attacker was shot dead by police in Kandahar before he"
        " reached a checkpoint."
    )
    assert event.event_type == "armed_clash"
    assert _where(event) == "Kandahar"


def test_the_act_of_a_would_be_attacker_is_only_tried() -> None:
    assert events_of("A would-be suicide bomber was seen near the market in Kandahar.") == []


def test_a_fight_against_a_side_is_still_a_clash() -> None:
    (event,) = events_of("Troops were battling the gunmen in Tillaberi on Saturday.")
    assert event.event_type == "armed_clash"
    assert _where(event) == "Tillaberi"


def test_barrels_of_chlorine_dropped_are_a_chemical_attack() -> None:
    (event,) = events_of(
        "Residents said military helicopters had dropped metal drums holding chlorine on Idlib."
    )
    assert event.event_type == "chemical_attack"
    assert _where(event) == "Idlib"
