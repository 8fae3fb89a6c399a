"""Members of an armed group the actor dictionary knows, killed by the forces, are the armed
side of a clash, whatever noun names them ("members", "adherents", "a member of"); people
killed by such a group, and suspects a mob lynches, are not (issue 11, eighth round, Kenya)."""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from newsevents.extraction.events.detect.sides.parties import armed_member
from tests.unit.extraction.events.articles import main_event


def _main(body: str) -> EventMessage:
    return main_event(body, "2022-06-10T12:00:00Z")


@pytest.mark.parametrize(
    "body",
    [
        # the group's name before a member noun, no agent told
        "On 2 June 2022, two suspected Mungiki members were killed in Nakuru town.",
        # a role word ("member") that alone reads as a civilian
        "On 2 June 2022, a suspected Mungiki member was killed at a slum in Nakuru.",
        # the dead told as members, their killing during the forces' raid
        "On 2 June 2022, seven Mungiki members were killed during a raid in Nakuru town.",
        "On 2 June 2022, five SLDF members were shot dead as they crossed into Kenya near Kopsiro.",
        # the group's name counted, standing for its members
        "On 2 June 2022, eight suspected SLDF killed near Kopsiro.",
    ],
)
def test_forces_killing_an_armed_groups_members_fight_a_clash(body: str) -> None:
    event = _main(body)
    assert event.codes.acled_sub_event_type == "Armed clash", body


@pytest.mark.parametrize(
    ("body", "sub_event"),
    [
        # the group acting on villagers: still an attack on civilians
        (
            "On 2 June 2022, three villagers were killed by Mungiki members in Nakuru town.",
            "Attack",
        ),
        # a raid the group made, its dead not its members: still an attack
        ("On 2 June 2022, in an al Shabaab raid near Mandera two were killed.", "Attack"),
        # suspects a crowd lynched: still mob violence
        ("On 2 June 2022, a mob lynched two suspected thugs in Kisumu town.", "Mob violence"),
    ],
)
def test_victims_of_a_group_and_of_a_mob_keep_their_type(body: str, sub_event: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event


def test_a_member_needs_a_dictionary_armed_group_and_a_member_noun() -> None:
    assert armed_member("three suspected Mungiki members")
    assert armed_member("a member of the outlawed Mombasa Republican Council")
    # a named armed group told without a member of it: the raid's author, not its dead
    assert not armed_member("In an al Shabaab raid, two")
    # members of a party, or of a party's wing the dictionary lists as a militia, are no
    # armed men: a student wing's brawl stays mob violence
    assert not armed_member("rival BCL members")
    assert not armed_member("two members of the ruling party")


def test_a_counted_group_name_stands_for_its_members() -> None:
    assert armed_member("8 suspected SLDF")
    assert not armed_member("8 people near SLDF")
