"""Twelfth round, actors: security forces that fight a battle are the military, a force that
speaks is no side ("police and hospital sources say", "police on Tuesday confirmed"), and a unit
named by its branch only is a state's forces ("the Air Force", "the Air Force of the X")."""

from __future__ import annotations

import datetime as dt

from tests.unit.extraction.events.articles import acled_of

_JUNE_2023 = dt.datetime(2023, 6, 10, tzinfo=dt.UTC)


def test_security_forces_attacked_by_militants_are_the_military() -> None:
    acled = acled_of(
        "Militants attacked security forces in the Bajaur district of Pakistan on Monday, "
        "killing two, officials said.",
        "armed_clash",
        _JUNE_2023,
    )
    assert acled.actor1 == "Unidentified Armed Group (Pakistan)"
    assert acled.actor2 == "Military Forces of Pakistan (2022-2024)"


def test_defence_and_security_forces_in_an_exchange_of_fire_are_the_military() -> None:
    acled = acled_of(
        "A unit of the defence and security forces exchanged fire with armed groups near the "
        "village of Tera in Niger on Monday.",
        "armed_clash",
        _JUNE_2023,
    )
    assert "Military Forces of Niger (2021-2023)" in (acled.actor1, acled.actor2)


def test_security_forces_dispersing_a_crowd_stay_the_police() -> None:
    acled = acled_of(
        "Security forces dispersed hundreds of protesters in Lahore, Pakistan, on Monday.",
        "protest_dispersed",
        _JUNE_2023,
    )
    assert acled.actor1 == "Protesters (Pakistan)"
    assert acled.actor2 == "Police Forces of Pakistan (2022-2024)"


def test_police_and_hospital_sources_who_say_are_no_side() -> None:
    acled = acled_of(
        "A car bomb at a busy market in the north of Karbala has killed at least 12 people, "
        "Iraqi police and hospital sources say.",
        "explosive_attack",
        _JUNE_2023,
    )
    assert acled.actor1 == "Unidentified Armed Group (Iraq)"
    assert acled.actor2 == "Civilians (Iraq)"


def test_police_who_confirm_on_a_day_are_no_side() -> None:
    acled = acled_of(
        "Nigerian police on Tuesday confirmed the kidnapping of nine farmers by gunmen in the "
        "state of Kaduna.",
        "abduction",
        _JUNE_2023,
    )
    assert acled.actor1 == "Unidentified Armed Group (Nigeria)"
    assert acled.actor2 == "Civilians (Nigeria)"


def test_a_unit_named_by_its_branch_only_is_the_countrys_military() -> None:
    acled = acled_of(
        "Special Forces raided a militant hideout in the Khyber district of Pakistan, "
        "killing four.",
        "armed_clash",
        _JUNE_2023,
    )
    assert acled.actor1 == "Military Forces of Pakistan (2022-2024)"


def test_a_branch_of_a_named_army_is_that_army() -> None:
    acled = acled_of(
        "The Air Force of the Libyan National Army (LNA) carried out airstrikes on militants "
        "in Derna, destroying their depots.",
        "airstrike",
        _JUNE_2023,
    )
    assert acled.actor1 == "Military Forces of Libya (2014-) Haftar Faction"


def test_security_forces_in_a_fight_with_no_armed_other_side_stay_the_police() -> None:
    # (villagers are no armed side: the fight is read, the police stay the police)
    acled = acled_of(
        "Security forces clashed with villagers in the Maybrat district of West Papua, "
        "Indonesia, on Monday.",
        "armed_clash",
        _JUNE_2023,
    )
    assert acled.actor1 == "Police Forces of Indonesia"


def test_police_told_where_they_serve_before_they_say_are_no_side() -> None:
    acled = acled_of(
        "Police in Kaduna state said gunmen abducted 15 students from a school on Monday.",
        "abduction",
        _JUNE_2023,
    )
    assert acled.actor1 == "Unidentified Armed Group (Nigeria)"


def test_a_group_told_where_it_is_that_claims_an_attack_is_its_author() -> None:
    # (the place between the name and "claimed" does not make the group a mere teller)
    acled = acled_of(
        "The Islamic State in Greater Sahara claimed the launch of three rockets towards an "
        "army garrison in Tin Zaouatine near the border with Mali on Monday.",
        "shelling",
        _JUNE_2023,
    )
    assert acled.actor1 == "Islamic State (Greater Sahara)"
