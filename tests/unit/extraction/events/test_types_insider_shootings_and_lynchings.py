"""Event types by who is hit and which act is the day's (issue 11, forty-third round, kenya63).
ACLED's codebook: a member of a force turning his gun on his own colleagues, comrades or boss is
the force against itself, an armed clash; the crime by which a report names the one a crowd
lynches or beats to death is no act of the day, the crowd's justice is (mob violence). Near
misses: a civilian stabbing a colleague, police shooting a trader and his colleague, gunmen
killing an officer and his colleague; the victim of a mob told in the passive, a crowd's own
killing in a relative clause, a killer arrested by police or fleeing with no crowd told. Short
reports written for these tests."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from .articles import events_of, main_event
from .test_types_crowd_storming_and_callings import actor1


@pytest.mark.parametrize(
    ("body", "force"),
    [
        (
            "A police constable shot his colleague at a station in Nakuru on Monday before turning the gun on himself.",
            "Police Forces of Kenya",
        ),
        (
            "A police officer shot dead his boss at a camp in Mombasa on Sunday.",
            "Police Forces of Kenya",
        ),
        (
            "An Administration Police officer shot dead two of his colleagues in Baringo on Friday in unclear circumstances.",
            "Police Forces of Kenya",
        ),
        (
            "A soldier opened fire on his comrades at a camp in Garissa on Tuesday, killing three.",
            "Military Forces of Kenya",
        ),
        (
            "A policeman in Kandahar shot dead three of his colleagues on Monday.",
            "Police Forces of Afghanistan",
        ),
    ],
)
def test_a_member_of_a_force_shooting_his_own_is_an_armed_clash(body: str, force: str) -> None:
    event = main_event(body)
    assert event.event_type == "armed_clash", body
    assert event.codes.acled_event_type == "Battles"
    assert event.codes.acled_sub_event_type == "Armed clash"
    assert actor1(event).startswith(force), body


@pytest.mark.parametrize(
    "body",
    [
        # a civilian's colleague stays a civilian
        "A teacher stabbed his colleague at a school in Kisii on Monday.",
        # the police shooting a civilian and the civilian's colleague
        "A police officer shot a trader and his colleague in Nakuru on Monday.",
        # someone else's colleague, told after "of" (review64)
        "Al Shabaab militants shot dead a colleague of the slain lawmaker in Beledweyne on Monday.",
    ],
)
def test_a_colleague_of_a_civilian_is_hit_as_a_civilian(body: str) -> None:
    event = main_event(body)
    assert event.event_type == "attack_on_civilians", body
    assert event.codes.acled_sub_event_type == "Attack"


def test_gunmen_killing_an_officer_and_his_colleague_stay_a_clash_with_the_police() -> None:
    event = main_event("Gunmen shot dead a police officer and his colleague in Mandera on Monday.")
    assert event.event_type == "armed_clash"
    assert actor1(event).startswith("Unidentified Armed Group")


@pytest.mark.parametrize(
    "body",
    [
        "A man who stabbed his neighbour to death over a plot of land was lynched by a mob in Kakamega on Sunday.",
        "The suspected killer of a shopkeeper was beaten to death by residents in Embu on Monday.",
        "A suspect in the murder of a motorcycle taxi rider was seized from police custody by villagers and beaten to death in Homa Bay on Tuesday.",
        "The perpetrator of a fatal stabbing at a bar was clubbed to death by an angry crowd in Thika on Friday.",
        "Students attacked and killed a man they believed had murdered a classmate in Eldoret on Monday.",
        # (held at the start too: the crime told after "accused of having")
        "A man accused of having killed his neighbour was lynched by villagers in Ouidah on Saturday.",
    ],
)
def test_the_crime_of_the_one_a_crowd_punishes_is_not_the_days_act(body: str) -> None:
    events = events_of(body)
    assert [e.event_type for e in events] == ["mob_violence"], body
    event = events[0]
    assert event.codes.acled_event_type == "Riots"
    assert event.codes.acled_sub_event_type == "Mob violence"
    assert actor1(event).startswith("Rioters ("), body


@pytest.mark.parametrize(
    "body",
    [
        # no crowd told: the killing is the day's attack
        "Police arrested a man who killed his wife in Nakuru on Monday.",
        "Residents said gunmen who killed two herders fled into the forest near Marsabit on Monday.",
    ],
)
def test_a_crime_told_with_no_crowd_punishing_stays_the_attack(body: str) -> None:
    assert any(e.event_type == "attack_on_civilians" for e in events_of(body)), body


def test_the_victim_of_a_mob_told_in_the_passive_is_the_mobs_act() -> None:
    event = main_event("A man who was stabbed by a mob in Kisumu on Monday died in hospital.")
    assert event.event_type == "mob_violence"
    assert actor1(event).startswith("Rioters (")


@pytest.mark.parametrize(
    "body",
    [
        "Workers held a demonstration outside the county offices in Mombasa on Monday. Some members of the group attacked a county official.",
        "Party members staged a protest outside the court in Malindi on Tuesday. Members then disrupted the hearing and attacked two clerks.",
        "Nurses marched to the hospital board in Kisumu on Friday. A few of the participants attacked a security manager.",
    ],
)
def test_a_demonstrations_crowd_retold_by_a_bare_word_riots(body: str) -> None:
    events = events_of(body)
    assert [e.event_type for e in events] == ["riot"], body
    assert events[0].codes.acled_sub_event_type == "Violent demonstration"
    assert actor1(events[0]).startswith("Rioters ("), body


@pytest.mark.parametrize(
    "body",
    [
        # an armed group's members: their attack, whatever they held before
        "Militants held a rally in Kismayo on Monday. Members then attacked a police post.",
        # no demonstration before: the members' attack stays theirs
        "Villagers met the chief in Kitui on Monday. Some members of the group attacked a trader.",
        # another doer named
        "Traders marched through Nakuru on Monday. Gunmen then attacked a trader in the market.",
    ],
)
def test_no_riot_without_a_demonstrations_crowd_retold(body: str) -> None:
    assert not any(e.event_type == "riot" for e in events_of(body)), body


@pytest.mark.parametrize(
    ("body", "dead"),
    [
        # review64: the dead of the crime by which the lynched are named are not the crowd's
        ("A mob lynched a man who had killed two people in Kapedo on Monday, police said.", 1),
        ("A mob lynched a man accused of killing three children in Kapedo on Monday.", 1),
        (
            "Villagers beat to death two suspected robbers who had shot dead a trader in Kapedo "
            "on Monday, police said.",
            2,
        ),
        # the crowd's own dead stay its toll
        ("A mob lynched two men who had stolen a cow in Kapedo on Monday, police said.", 2),
        # the dead told before a lynching in the active: those who died, not those lynched
        ("At least one man died after villagers lynched two youths in Kapedo on Monday.", 1),
        # the lynched one told after a clause of "after": the mob's dead, not its grievance
        (
            "A woman who stabbed her husband to death after a dispute over money was lynched by "
            "a mob in Nakuru on Thursday.",
            1,
        ),
    ],
)
def test_the_crime_of_the_lynched_adds_no_dead_to_the_crowds_toll(body: str, dead: int) -> None:
    events = events_of(body)
    assert [e.event_type for e in events] == ["mob_violence"], body
    assert events[0].acled.fatalities == dead, body


def test_a_protest_after_a_lynching_carries_none_of_its_dead() -> None:
    """The lynched a protest answers stay its grievance (review64's count of a mob's own dead
    is read for mob violence only)."""
    events = events_of("Hundreds protested in Nakuru on Monday after two men were lynched.")
    protests = [e for e in events if e.event_type == "protest"]
    assert protests and all(e.acled.fatalities == 0 for e in protests)
