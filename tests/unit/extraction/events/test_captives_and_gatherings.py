"""Twenty-fourth round, duplicates: the killing of captives is an attack whoever they fought for;
captives led past a crowd's verb, people gathered by others, a kidnapping told as who the
victims were and a charge told by ellipsis are no events of their own."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _types(events: list[EventMessage]) -> list[str]:
    return sorted(e.event_type for e in events)


def _names(event: EventMessage, role: str) -> list[str]:
    return [a.name for a in event.actors if a.role == role]


def test_militants_beheaded_after_surrendering_are_an_attack() -> None:
    events = events_of(
        "ISIL beheads eight rebels in Deir Ezzor.\n\n"
        "Islamic State militants beheaded eight rebel fighters who had surrendered in Albu "
        "Kamal in Deir Ezzor province on Sunday, a monitor said."
    )
    assert _types(events) == ["attack_on_civilians"]
    assert _names(events[0], "actor1") == ["Islamic State"]
    assert events[0].acled.fatalities == 8


def test_soldiers_executed_in_a_video_are_an_attack_without_a_march() -> None:
    events = events_of(
        "Islamic State militants beheaded 18 captured Syrian soldiers in Raqqa on Sunday, a "
        "video showed. Earlier in the video, the militants marched the prisoners past a box of "
        "knives and forced them to kneel."
    )
    assert _types(events) == ["attack_on_civilians"]


def test_a_march_through_a_town_is_still_a_protest() -> None:
    events = events_of(
        "Hundreds of teachers marched through Nairobi on Monday demanding higher pay, their "
        "union said."
    )
    assert _types(events) == ["protest"]


def test_leaders_gathered_at_a_house_by_a_blast_are_no_protest() -> None:
    events = events_of(
        "Some 50 of the group's leaders had been gathered at a house in Idlib on Tuesday when "
        "a blast went off inside the meeting, killing 47 of them."
    )
    assert _types(events) == ["explosive_attack"]


def test_residents_who_gathered_at_the_office_protest() -> None:
    events = events_of(
        "Residents gathered at the district office in Kisumu on Monday over the water "
        "shortage, local media reported."
    )
    assert _types(events) == ["protest"]


def test_an_aid_worker_kidnapped_earlier_is_not_kidnapped_again() -> None:
    events = events_of(
        "The Islamic State group on Sunday claimed to have executed an American aid worker "
        "kidnapped in Syria, in a video released in Raqqa."
    )
    assert "abduction" not in _types(events)


def test_a_kidnapping_told_as_the_act_stays() -> None:
    events = events_of(
        "Gunmen kidnapped two engineers in Raqqa province on Sunday, a monitor said."
    )
    assert _types(events) == ["abduction"]


def test_a_charge_told_by_ellipsis_is_no_fight() -> None:
    events = events_of(
        "IS militants beheaded three men in Deir Ezzor city on Sunday, the Observatory said. "
        "Two of them were accused of spying for the government and the third of "
        "fighting against the group."
    )
    assert _types(events) == ["attack_on_civilians"]
    assert _names(events[0], "actor1") == ["Islamic State"]


def test_the_country_in_a_groups_long_name_is_no_place() -> None:
    events = events_of(
        "ISIL claims beheading of US aid worker in Syria.\n\n"
        "The Islamic State in Iraq and the Levant on Sunday claimed to have executed an "
        "American aid worker in Syria, in a video."
    )
    assert _types(events) == ["attack_on_civilians"]
    assert "Iraq" not in [p.name for e in events for p in e.locations]


def test_a_toll_told_before_the_fight_is_the_fight() -> None:
    events = events_of(
        "02-08-2015 Nine Killed as Nusra Attacks US-Backed Fighters in Syria. The Nusra Front "
        "opened an offensive on Sunday against the base of a rebel faction formed by the US in "
        'the north of the country leaving at least nine dead a monitor said. "Nusra attacked '
        'the base of Division 30 near Azaz in Aleppo province at dawn" the monitor said. '
        "Clashes broke out after the assault which killed four Nusra militants and five rebels "
        "who were guarding the base."
    )
    headline = [e for e in events if e.evidence.start == 0]
    assert [e.event_type for e in headline] == ["armed_clash"]
