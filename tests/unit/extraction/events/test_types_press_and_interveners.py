"""Event types and actor1 by who did what (issue 11, forty-first round, kenya61). ACLED's
codebook: an armed group on unarmed people is an attack, whoever steps in after it ("police
intervened" disperses no demonstration when none is told, and the force stepping in is neither
the attacker nor the one hit); the press assaulted while covering a riot or a clash is the
assailant's attack, the covered unrest its occasion; students going on a rampage or a strike
over a grievance make a violent demonstration, not mob violence. Near misses: a protest
dispersed by police who intervene, one told two sentences before, a roadblock; a reporter
killed while covering the fighting; rioters stoning a journalist; a rampage with no grievance
told. Short reports written for these tests."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from .articles import events_of, main_event
from .test_types_crowd_storming_and_callings import actor1


@pytest.mark.parametrize(
    "body",
    [
        "An armed gang attacked a bus carrying traders near Molo on Monday, police intervened.",
        "Bandits attacked a lorry carrying displaced families near Naivasha on Monday, police intervened.",
        "Gunmen killed two villagers in Garissa on Monday before police intervened.",
        "Gunmen killed two herders near Isiolo on Monday before soldiers arrived.",
        "Armed men raided a homestead in Kapenguria on Sunday night and torched three houses (police intervened).",
    ],
)
def test_an_armed_attack_then_the_police_stepping_in_is_the_attack(body: str) -> None:
    event = main_event(body)
    assert event.event_type == "attack_on_civilians", body
    assert event.codes.acled_sub_event_type == "Attack"
    assert actor1(event).startswith("Unidentified Armed Group ("), body
    assert not any(e.event_type == "protest_dispersed" for e in events_of(body)), body


def test_a_household_death_before_police_intervene_is_no_protest() -> None:
    body = "A woman died and three relatives were injured in a family dispute in Kisii on Sunday before police intervened."
    events = events_of(body)
    assert not any(e.event_type.startswith("protest") for e in events)
    assert all(not actor1(e).startswith("Police") for e in events)


@pytest.mark.parametrize(
    "body",
    [
        "Students protested over fees in Eldoret on Monday. Police intervened.",
        "Traders blocked the road in Nakuru on Monday. Police intervened to reopen it.",
        "Residents staged a sit-in at the chief's office in Meru on Monday demanding water, and police intervened.",
        # the demonstration told two sentences before, nothing violent between
        "Teachers marched to the county offices in Kisii on Monday demanding their arrears. The marchers said they would not return to class. Police intervened.",
    ],
)
def test_police_intervening_on_a_demonstration_stays_a_protest_with_intervention(
    body: str,
) -> None:
    event = main_event(body)
    assert event.event_type == "protest_dispersed", body
    assert event.codes.acled_sub_event_type == "Protest with intervention"
    assert actor1(event).startswith("Protesters (")


@pytest.mark.parametrize(
    "body",
    [
        "Police assaulted two journalists covering a clash between rival supporters in Kisumu on Monday.",
        "Three reporters were beaten by police while they were covering the riots in Mombasa on Tuesday.",
        "Police officers beat a photographer filming the protests in Nakuru on Monday.",
    ],
)
def test_the_press_assaulted_while_covering_unrest_is_the_assailants_attack(body: str) -> None:
    event = main_event(body)
    assert event.event_type == "attack_on_civilians", body
    assert event.codes.acled_sub_event_type == "Attack"
    assert actor1(event).startswith("Police Forces of Kenya"), body


def test_a_reporter_hurt_while_covering_the_fighting_keeps_the_fighting() -> None:
    body = (
        "Soldiers clashed with al Shabaab fighters near Mandera on Monday. A reporter was "
        "wounded while covering the fighting."
    )
    assert any(e.event_type == "armed_clash" for e in events_of(body))


def test_rioters_stoning_a_journalist_covering_a_protest_stay_the_rioters() -> None:
    event = main_event("Rioters stoned a journalist covering the protests in Kisumu on Monday.")
    assert event.codes.acled_event_type == "Riots"
    assert actor1(event).startswith("Rioters (")


def test_police_dispersing_protesters_with_journalists_hit_stays_the_dispersal() -> None:
    body = "Police fired tear gas at protesters in Nairobi on Monday and journalists covering the demonstration were also hit."
    event = main_event(body)
    assert event.event_type == "protest_dispersed"
    assert actor1(event).startswith("Protesters (")


@pytest.mark.parametrize(
    "body",
    [
        "Students at a secondary school in Othaya went on rampage over the school's policy on sick leave.",
        'Students of a boys\' high school in Kisii went on a "rampage" over the transfer of their principal, breaking windows.',
        "Students of a secondary school in Busia strike over test grades, vandalise school property and break into offices.",
    ],
)
def test_a_rampage_over_a_grievance_is_a_violent_demonstration(body: str) -> None:
    event = main_event(body)
    assert event.event_type == "riot", body
    assert event.codes.acled_sub_event_type == "Violent demonstration"
    assert actor1(event).startswith("Rioters (")
