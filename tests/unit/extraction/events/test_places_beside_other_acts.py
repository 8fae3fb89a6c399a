"""Forty-first round (acplace61): the place of an act told beside the place of another act.

- a demonstration held in one town against an act done in another ("lawyers struck in Agra to
  protest the shooting of a lawyer in Allahabad") is where it is held, in any country: the
  answered act's place is no place of the demonstration;
- a journey told by its two ends ("a bus travelling from Merti to Isiolo", "a march from Dawei
  to Yangon") starts at the first: there is the act, not at the end it was heading for.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of

HELD_ELSEWHERE = [
    (
        "Hundreds of lawyers in Agra boycotted work and staged a dharna to protest the shooting "
        "of a lawyer in Allahabad district court.",
        "Agra",
        "Uttar Pradesh",
    ),
    (
        "Hundreds of residents rallied at a protest in the capital Nairobi to condemn the recent "
        "attack on Garissa University.",
        "Nairobi",
        "Nairobi",
    ),
    (
        "People staged a human chain in front of the museum in Dhaka to protest against an "
        "attack on a ceremony (cultural gathering) in Narail.",
        "Dhaka",
        "Dhaka",
    ),
    (
        "Students marched in Kisumu on Monday over the killing of a classmate in Siaya.",
        "Kisumu",
        "Kisumu",
    ),
]


@pytest.mark.parametrize(("text", "town", "admin1"), HELD_ELSEWHERE)
def test_a_demonstration_is_where_it_is_held_not_where_the_act_it_answers_was(
    text: str, town: str, admin1: str
) -> None:
    (event,) = events_of(text)
    assert event.event_type == "protest"
    assert [p.name for p in event.locations] == [town]
    assert event.acled is not None
    assert event.acled.admin1 == admin1


def test_the_answered_act_places_a_demonstration_held_nowhere_else() -> None:
    """With no other place told, the act's place is the best the text gives."""
    (event,) = events_of("Students protested over the killing of a classmate in Siaya.")
    assert event.event_type == "protest"
    assert event.locations[0].name == "Siaya"


def test_a_place_of_the_aim_that_is_no_act_stays() -> None:
    """ "protested against encroachment in Dehradun": no act answered, the aim's place stays
    (the round's rule is for an act's place only)."""
    (event,) = events_of("Residents protested against encroachment in Dehradun on Monday.")
    assert event.locations[0].name == "Dehradun"


JOURNEYS = [
    (
        "Members of a farmers' union are marching from Amritsar to Delhi in protest of the "
        "land acquisition bill.",
        "protest",
        ["Amritsar", "Delhi"],
    ),
    (
        "Student protesters began a march from Dawei to Yangon to oppose the education bill.",
        "protest",
        ["Dawei", "Yangon"],
    ),
    (
        "Gunmen shot at a bus travelling from Merti to Isiolo in Kenya, killing eight passengers.",
        "attack_on_civilians",
        ["Merti", "Isiolo"],
    ),
]


@pytest.mark.parametrize(("text", "kind", "names"), JOURNEYS)
def test_a_journey_told_by_its_two_ends_is_placed_where_it_began(
    text: str, kind: str, names: list[str]
) -> None:
    (event,) = events_of(text)
    assert event.event_type == kind
    assert [p.name for p in event.locations] == names


def test_an_actors_origin_is_still_no_place_of_the_act() -> None:
    """ "Fighters from Zawiyah attacked army posts in Tripoli": no journey, Zawiyah is whence."""
    (event,) = events_of("Fighters from Zawiyah attacked army posts in Tripoli on Monday.")
    assert [p.name for p in event.locations] == ["Tripoli"]
