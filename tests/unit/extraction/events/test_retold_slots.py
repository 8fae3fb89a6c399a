"""Retellings of one incident, fifteenth round (retold): what a definite retelling's sentence
tells besides the act does not keep it apart from the act it names back. The day of a
statement ("claimed the attack in a statement on Tuesday") is not the act's day; an act dated
only by its report ("sources told AFP on Wednesday") happened some days before, on the day the
retelling names; the teller's town ("a resident in nearby X town told AFP") and a point of
reference ("40 km north of X") are not the act's place. Articles of a Thursday, 14 March 2024."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _actor1(event: EventMessage) -> str:
    return next(a.name for a in event.actors if a.role == "actor1")


def test_the_day_of_a_claims_statement_is_not_the_attacks() -> None:
    events = events_of(
        "Islamic State fighters attacked an army checkpoint near Tikrit on Sunday, killing"
        " four soldiers, security sources said.\n"
        "The Islamic State group claimed responsibility for the raid in a statement on"
        " Tuesday."
    )
    # One attack, Sunday's: Tuesday is the day of the statement.
    assert len(events) == 1
    (attack,) = events
    assert attack.time.date == dt.date(2024, 3, 10)
    assert attack.locations[0].name == "Tikrit"
    assert _actor1(attack) == "Islamic State"


def test_a_retelling_dates_an_act_its_report_left_undated_and_its_tellers_town_is_no_place() -> (
    None
):
    events = events_of(
        "At least eight villagers were killed in an attack by gunmen on a village in Kirkuk"
        " province, security sources told AFP on Wednesday.\n"
        "The attack was launched on Sunday, a resident in nearby Tikrit town told AFP by phone."
    )
    # One attack in Kirkuk province, on the Sunday the retelling names; Tikrit is the
    # resident's town.
    assert len(events) == 1
    (attack,) = events
    assert attack.event_type == "attack_on_civilians"
    assert attack.time.date == dt.date(2024, 3, 10)
    assert attack.time.precision == "day"
    assert [p.name for p in attack.locations][:1] == ["Kirkuk"]


def test_a_point_of_reference_in_a_retelling_is_no_second_place() -> None:
    events = events_of(
        "Militants killed three policemen at a checkpoint in Diyala province on Monday,"
        " officials said.\n"
        "The attack happened near a farming village 40 km north of Baghdad, in the early hours"
        " of Monday."
    )
    # One attack in Diyala: Baghdad is only the point the village lies near.
    assert len(events) == 1
    (attack,) = events
    assert attack.locations[0].name == "Diyala"
    assert attack.time.date == dt.date(2024, 3, 11)
