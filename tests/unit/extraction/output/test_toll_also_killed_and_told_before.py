"""Tolls of the twenty-seventh round: dead told as "also killed" add to the first toll, and a toll
told before the act of its paragraph is that act's."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of, fatalities


def test_dead_told_as_also_killed_add_to_the_first_toll() -> None:
    """ "A guard was killed ... Two people were also killed in the explosion" is 3."""
    events = events_of(
        "A guard was killed in Garissa on Monday when militants attacked a patrol with an"
        " explosive device. Two people were also killed in the explosion."
    )
    assert events
    assert max(fatalities(e) for e in events) == 3
    # a part of the dead told with "also" adds nothing
    events = events_of(
        "A car bomb killed 12 people in Garissa on Monday. Two children were also among those"
        " killed in the blast."
    )
    assert events
    assert max(fatalities(e) for e in events) == 12
    # dead of the first toll's breakdown told again with "also" add nothing (review47)
    events = events_of(
        "A suicide bomber killed five soldiers and two civilians at a checkpoint in Garissa on"
        " Monday. Two civilians were also killed in the blast, a witness said."
    )
    assert events
    assert max(fatalities(e) for e in events) == 7


def test_a_toll_told_before_the_act_of_its_paragraph() -> None:
    """The lead tells the dead, the next sentence the act: the act counts them."""
    events = events_of(
        "A school teacher was chopped to death at Tarvo village on Friday night. Unidentified"
        " assailants ambushed and attacked the teacher on his way home."
    )
    assert events
    assert max(fatalities(e) for e in events) == 1


def test_children_told_beside_the_civilians_are_among_them() -> None:
    """ "killed 40 civilians ... 15 children were killed" in one sentence is 40, not 55."""
    events = events_of(
        "Air strikes killed 40 civilians in the town of Ariha on Sunday, the monitor said, and"
        " 15 children were killed in the raids, an aid group said."
    )
    assert events
    assert max(fatalities(e) for e in events) == 40
    # children told beside soldiers are no part of them
    events = events_of(
        "Gunmen killed three soldiers at a checkpoint in Garissa on Monday and two children were"
        " killed in the crossfire."
    )
    assert events
    assert max(fatalities(e) for e in events) == 5
