"""Occurrences the nineteenth round found missed: operations carried on by armed forces (gate
``armed_agent``), fighters "sent to hell", devices detonated told in the passive
(data/triggers.tsv); and an attack by militants "who have pledged allegiance" to a group, read as
a plan (events/detect/words/modality.py)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _of(events: list[EventMessage], kind: str) -> list[EventMessage]:
    return [e for e in events if e.event_type == kind]


def _place(event: EventMessage) -> str | None:
    return event.locations[0].name if event.locations else None


def _actor1(event: EventMessage) -> str:
    return (event.acled.actor1 if event.acled else None) or ""


def test_operations_carried_on_by_the_army_are_a_battle() -> None:
    events = events_of(
        "Army units continued their military operations in the town of Douma in Damascus"
        " countryside on Tuesday."
    )
    battles = _of(events, "armed_clash")
    assert len(battles) == 1
    assert "Syria" in _actor1(battles[0])
    assert _place(battles[0]) == "Duma"


def test_operations_to_expel_a_group_are_a_battle() -> None:
    events = events_of(
        "The army and allied forces continued operations on Wednesday to expel ISIS terrorists"
        " from the quarters of Hasaka."
    )
    assert len(_of(events, "armed_clash")) == 1


def test_an_operation_launched_to_capture_suspects_is_no_battle() -> None:
    events = events_of(
        "A bomb killed one person near Mansuriya on Monday. Security forces launched an"
        " operation in the region to capture those responsible."
    )
    assert _of(events, "armed_clash") == []


def test_a_company_starting_operations_is_no_battle() -> None:
    events = events_of("The mobile company started operations in Nairobi on Monday.")
    assert events == []


def test_fighters_sent_to_hell_by_the_forces_are_a_battle() -> None:
    events = events_of(
        "On Sunday night, four terrorists were sent to hell by the security forces during an"
        " operation in Zhob district."
    )
    assert len(_of(events, "armed_clash")) == 1


def test_explosives_detonated_at_a_base_are_a_bombing() -> None:
    events = events_of(
        "Two cars packed with explosives were detonated at the Kati military base on Friday,"
        " the army said."
    )
    bombs = _of(events, "explosive_attack")
    assert len(bombs) == 1
    assert _place(bombs[0]) == "Kati"


def test_a_device_detonated_safely_is_no_bombing() -> None:
    events = events_of(
        "A device found near the market was detonated safely by the bomb squad in Kabul on Monday."
    )
    assert _of(events, "explosive_attack") == []


def test_militants_who_pledged_allegiance_carry_out_an_attack() -> None:
    events = events_of(
        "Suspected militants who have pledged allegiance to the Islamic State carried out an"
        " attack on two military checkpoints near Rafah on Monday. At least five soldiers were"
        " killed."
    )
    battles = _of(events, "armed_clash")
    assert len(battles) == 1
    assert battles[0].modality == "asserted"
    assert "Islamic State" in _actor1(battles[0])


def test_a_group_that_pledged_to_attack_plans_it() -> None:
    events = events_of("The group pledged to attack the army base near Rafah next week.")
    assert events == []
