"""Occurrences the fourteenth round found missed: an act told as new ("also", "meanwhile",
"later") at a place of its own that the event before it does not hold is another occurrence
(events/story_cues.py ``told_new_elsewhere``, read by events/merge/incidents/repeats.py), and
an act of a sentence the event already tells is no other act beside it
(events/merge/incidents/occurrences.py)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _at(events: list[EventMessage]) -> list[tuple[str, str, int]]:
    return [
        (e.event_type, e.locations[0].name if e.locations else "", e.acled.fatalities or 0)
        for e in events
    ]


def test_they_also_shelled_another_village_is_a_second_shelling_with_its_own_toll() -> None:
    events = events_of(
        "Government troops shelled the town of Kafr Nabl on Monday, killing three civilians,"
        " activists said. They also shelled the village of Saraqeb, killing five people, the"
        " monitor said."
    )
    assert _at(events) == [("shelling", "Kafranbel", 3), ("shelling", "Saraqib", 5)]


def test_an_act_also_told_at_a_locality_the_lead_does_not_name_is_its_own_event() -> None:
    events = events_of(
        "Terrorists fired rocket shells on the public park in Aleppo city on Sunday, killing"
        " eight civilians, a police source said. Casualties were also reported in al-Warda"
        " neighbourhood after a car bomb explosion."
    )
    assert _at(events) == [("shelling", "Aleppo", 8), ("explosive_attack", "al-Warda", 0)]


def test_they_also_shelled_with_no_place_of_its_own_goes_on_with_the_same_act() -> None:
    events = events_of(
        "Government troops shelled the town of Kafr Nabl on Monday, killing three civilians,"
        " activists said. They also shelled the town's market, wounding five people."
    )
    assert _at(events) == [("shelling", "Kafranbel", 3)]


def test_what_another_strike_targeted_is_that_strike_not_a_third_act() -> None:
    events = events_of(
        "Israeli air raids on two villages in southern Lebanon killed six people on Tuesday,"
        " military sources said. They said an Israeli drone struck a house in the town of Bint"
        " Jbeil, killing five people. The sources added that another airstrike targeted a house"
        " in the town of Tyre, wounding a civilian."
    )
    # the raids on two villages killed six; the drone strike on Bint Jbeil five of them: the
    # act keeps its own toll, not the roundup's (output/tolls/roundups.py, seventeenth round)
    assert _at(events) == [("airstrike", "Bent Jbail", 5), ("airstrike", "Tyre", 0)]
