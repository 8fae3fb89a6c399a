"""Sixteenth round, duplicates: an act at unknown localities is one event per locality, but a
locality told as holding the one before it ("the X area of Y district", "the town of X in the Y
area") is where that one lies, no second place of the act."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _names(events: list[EventMessage]) -> list[str]:
    return [e.locations[0].name for e in events if e.locations]


def test_a_locality_holding_the_one_before_it_is_no_second_event() -> None:
    events = events_of(
        "Coalition warplanes launched four air strikes on Saada province on Monday, a "
        "military official said.\n\nThe air strikes hit the Qarwan area of Bitar district, "
        "damaging homes."
    )
    assert [e.event_type for e in events] == ["airstrike"]
    assert _names(events) == ["Qarwan"]


def test_a_town_told_in_the_area_holding_it_is_one_event() -> None:
    events = events_of(
        "Armed men killed nine villagers in the town of Kolbari in the Dessa area of Niger on "
        "Sunday, officials said."
    )
    assert [e.event_type for e in events] == ["attack_on_civilians"]
    assert _names(events) == ["Kolbari"]


def test_localities_listed_in_one_sentence_stay_one_event_each() -> None:
    events = events_of(
        "Rebel shells hit the neighbourhoods of Hay Qarwan and Sahat Nour in Aleppo on "
        "Monday, killing five civilians, a monitor said."
    )
    assert sorted(_names(events)) == ["Hay Qarwan", "Sahat Nour"]


def test_a_locality_retold_in_another_spelling_is_one_event() -> None:
    # Twenty-first round (dup41): the same village written twice is one place of the act.
    events = events_of(
        "Five militants were killed in a gunfight with security forces in Kupwara district "
        "on Friday, police said.\n\nThe encounter broke out in the Jumgund area of Kupwara.\n\n"
        "Police said the encounter started at Jumagund village on a specific input."
    )
    assert [e.event_type for e in events] == ["armed_clash"]
    assert _names(events) == ["Jumgund"]


def test_a_quarter_retold_with_its_part_is_one_event() -> None:
    events = events_of(
        "Terrorists fired rocket shells on the neighbourhood of al-Rawda in Damascus on "
        "Monday, killing two civilians.\n\nThe shells fell on the al-Rawda 86 "
        "neighbourhood, injuring a woman."
    )
    assert [e.event_type for e in events] == ["shelling"]
    assert _names(events) == ["al-Rawda"]


def test_two_quarters_with_other_names_stay_two_events() -> None:
    events = events_of(
        "Terrorists fired rocket shells on the neighbourhood of al-Rawda in Damascus on "
        "Monday, killing two civilians.\n\nA rocket shell fell on the al-Qassaa "
        "neighbourhood, injuring a woman."
    )
    assert sorted(_names(events)) == ["al-Qassaa", "al-Rawda"]
