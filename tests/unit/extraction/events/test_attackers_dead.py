"""The attackers killed, told after the toll of their victims, add to the incident's toll (the
gold counts both sides); not when the first toll names them already, nor when later tolls
break the first one down."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of, fatalities


def test_militants_left_dead_by_the_firefight_add_to_the_police_killed() -> None:
    body = (
        "Insurgents attacked two checkpoints in the north of Kunar province, killing four police"
        " officers on Sunday. The firefight, which left 11 militants dead, went on until"
        " troops were sent in."
    )
    (event,) = events_of(body)
    assert event.event_type == "armed_clash"
    assert fatalities(event) == 15


def test_an_assailant_killed_after_the_blast_adds_to_the_officers_killed() -> None:
    body = (
        "A car bomb at the police headquarters in Mogadishu killed at least two officers on"
        " Monday, police said. One attacker died in an exchange of fire after the explosion."
    )
    (event,) = events_of(body)
    assert fatalities(event) == 3


def test_a_first_toll_that_names_the_militants_already_counts_them() -> None:
    body = (
        "Gunmen attacked a village in Borno state on Monday, killing 12 people including three"
        " militants. Three militants were killed when soldiers arrived, residents said."
    )
    (event,) = events_of(body)
    assert fatalities(event) == 12


def test_later_tolls_that_break_the_first_down_are_not_added() -> None:
    body = (
        "An attack on an army base near Marka on Sunday left at least 18 people dead. Five"
        " soldiers were killed in the attack. Troops killed 13 militants, an officer said."
    )
    (event,) = events_of(body)
    assert fatalities(event) == 18


def test_militants_killed_by_an_air_strike_are_its_victims_not_attackers_apart() -> None:
    body = (
        "An Israeli air strike hit a house in Jabalia on Sunday, killing four people, medics"
        " said. Two Hamas militants were killed in the strike, the group said."
    )
    (event,) = events_of(body)
    assert event.event_type == "airstrike"
    assert fatalities(event) == 4


def test_militants_killed_in_the_fighting_are_not_added_to_captives_executed() -> None:
    body = (
        "Militants executed 50 captured soldiers outside the air base in Raqqa on Saturday, a"
        " monitor said. Over 30 militants were also killed in the battle over the base."
    )
    events = events_of(body)
    assert [fatalities(e) for e in events if fatalities(e)] == [50]
