"""Occurrences the nineteenth round found missed: operations carried on by armed forces,
fighters "sent to hell", positions hit, devices detonated in the passive,
places occupied or flagged by armed men (data/triggers.tsv, gate ``armed_agent``); and a word
of a type told as background in the setting a sentence opens on ("Amid the ongoing clashes,")
giving way to a current word of that type after it
(events/link/linking.py, ``_current_telling``)."""

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
        "The army and national forces continued operations to expel ISIS terrorists from"
        " the neighbourhoods of Hasaka on Wednesday."
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


def test_positions_hit_by_army_units_are_an_act_of_war() -> None:
    events = events_of(
        "Units of the army hit the gatherings and sites of terrorists in the neighbourhood of"
        " al-Shaar in Aleppo city on Monday, destroying a number of their vehicles."
    )
    acts = [e for e in events if e.event_type in {"armed_clash", "shelling", "airstrike"}]
    assert len(acts) == 1
    assert "Syria" in _actor1(acts[0])


def test_a_storm_hitting_villages_is_no_attack() -> None:
    assert events_of("The storm hit two villages in Homs province on Monday.") == []


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


def test_a_post_occupied_by_militants_is_taken() -> None:
    events = events_of(
        "On Tuesday, a group of insurgents occupied Mucojo administrative post in Macomia"
        " district, residents said."
    )
    taken = _of(events, "territory_taken")
    assert len(taken) == 1


def test_a_flag_raised_over_a_town_by_militants_is_territory_taken() -> None:
    events = events_of("The militants raised their flag over Damboa on Monday, residents said.")
    taken = _of(events, "territory_taken")
    assert len(taken) == 1
    assert _place(taken[0]) == "Damboa"


def test_protesters_occupying_a_square_take_no_territory() -> None:
    events = events_of("Protesters occupied the square in Nairobi on Monday.")
    assert _of(events, "territory_taken") == []


def test_a_killing_beside_ongoing_clashes_is_the_day_s_fight() -> None:
    events = events_of(
        "Amid the ongoing clashes between the SDF and Arab tribal militias, the Liwa al-Quds"
        " militia said on Monday that two of its members had been killed during"
        " confrontations with Islamic State militants in Deir ez-Zor."
    )
    battles = _of(events, "armed_clash")
    assert len(battles) == 1
    assert battles[0].temporal_status == "current"


def test_clashes_going_on_for_weeks_stay_background() -> None:
    events = events_of(
        "Gunmen killed two soldiers near Gao on Monday, officials said. Clashes have continued"
        " for weeks around Kidal, where fighting has killed dozens."
    )
    battles = _of(events, "armed_clash")
    assert [_place(b) for b in battles] == ["Gao"]


def test_an_ambush_beside_ongoing_clashes_is_an_act_of_its_own() -> None:
    events = events_of(
        "Gunmen killed two soldiers near Gao on Monday, officials said. Amid the ongoing"
        " clashes between the army and the rebels, two soldiers were killed in an ambush near"
        " Kidal on Sunday."
    )
    battles = _of(events, "armed_clash")
    assert sorted(_place(b) or "" for b in battles) == ["Gao", "Kidal"]


def test_a_fight_going_on_for_days_stays_background_beside_its_aim() -> None:
    events = events_of(
        "Rebels shot down a helicopter near Yabrud on Monday, activists said. Regime troops and"
        " rebels have been battling for days in Nabuk, as the army fights to capture the"
        " Qalamoun region."
    )
    assert _of(events, "armed_clash") == []


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
