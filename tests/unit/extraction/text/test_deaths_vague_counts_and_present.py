"""Tolls of the twenty-seventh round: a killer told as "a" unit before a vague count of its
victims is no dead person ("an army unit killed dozens"), "1 death" is one, and one dead told in
the present of notes and headlines ("a man ... is lynched", "is discovered murdered")."""

from __future__ import annotations

from newsevents.extraction.text.deaths import find_deaths


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


def test_a_killer_before_a_vague_count_is_no_dead() -> None:
    assert _deaths("A Tarvo army unit killed dozens of rebels during an ambush.") == []
    assert _deaths("A suicide bomber killed several guards at the gate.") == []
    assert _deaths("An air raid killed at least a dozen fighters near Tarvo.") == []
    # a headline without punctuation still lists its dead before the wounded
    assert _deaths("Three killed several injured in Tarvo blast") == [3.0]
    # a count after the verb is the toll, not the "a" before it
    assert _deaths("A gunman killed five people in a bar in Tarvo.") == [5.0]


def test_one_death_told_with_a_digit() -> None:
    assert _deaths("1 death reported in Tarvo slum after the riots.") == [1.0]
    assert _deaths("One death reported in Tarvo.") == [1.0]
    assert _deaths("1 death squad member was arrested.") == []


def test_one_dead_told_in_the_present() -> None:
    assert _deaths("A youth accused of stealing goats is lynched in Tarvo.") == [1.0]
    assert _deaths("A trader from Tarvo market is discovered murdered.") == [1.0]
    assert _deaths("A man who is said to have been killed last year is a hero.") == []
