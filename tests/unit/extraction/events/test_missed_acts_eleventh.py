"""Acts that used to be missed (eleventh round): a second act of one actor in its province told
"in a separate clash" is not folded into the first; drones "shot down" with a count and
hyphenated words before them are drones disrupted."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _where(event: EventMessage) -> str:
    return event.locations[0].name if event.locations else ""


def test_a_separate_clash_in_the_same_province_is_its_own_event() -> None:
    # Linked on "were wounded", the sentence's clash is told as a separate one.
    events = events_of(
        "Soldiers killed three rebels in clashes in the town of Mopti on Monday, the army said."
        " The army said two soldiers were wounded in a separate clash with the rebels in the"
        " town of Djenne on Monday."
    )
    clashes = [e for e in events if e.event_type == "armed_clash"]
    assert sorted(_where(e) for e in clashes) == ["Djenne", "Mopti"]


def test_the_same_clash_told_again_is_still_one_event() -> None:
    events = events_of(
        "Soldiers killed three rebels in clashes in the town of Mopti on Monday, the army said."
        " The army said two soldiers were wounded in the clash with the rebels in Mopti."
    )
    assert [(e.event_type, _where(e)) for e in events] == [("armed_clash", "Mopti")]


def test_counted_drones_shot_down_are_disrupted_weapons() -> None:
    events = events_of(
        "The defence ministry said its forces shot down nine enemy fixed-wing drones over"
        " the city of Kharkiv early on Tuesday."
    )
    assert [e.event_type for e in events] == ["weapons_disrupted"]
    assert _where(events[0]) == "Kharkiv"
