"""Acts that used to be missed (eleventh round): a second act of one actor in its province told
"in a separate clash" is not folded into the first; drones "shot down" with a count and
hyphenated words before them are drones disrupted."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _where(event: EventMessage) -> str:
    return event.locations[0].name if event.locations else ""


def test_a_separate_clash_in_another_province_is_its_own_event() -> None:
    # The same side in one region (Western Visayas): "a separate clash" keeps them apart.
    events = events_of(
        "Philippine troops killed two suspected rebels in clashes in the town of Kabankalan on"
        " Monday. The report said two soldiers were wounded in a separate clash between the"
        " troops and the rebels in Iloilo province, also on Monday."
    )
    assert [(e.event_type, _where(e)) for e in events] == [
        ("armed_clash", "Kabankalan"),
        ("armed_clash", "Iloilo"),
    ]


def test_the_same_clash_told_again_is_still_one_event() -> None:
    events = events_of(
        "Philippine troops killed two suspected rebels in clashes in the town of Kabankalan on"
        " Monday. The report said two soldiers were wounded in the clash with the rebels in"
        " Kabankalan."
    )
    assert [(e.event_type, _where(e)) for e in events] == [("armed_clash", "Kabankalan")]


def test_a_new_act_told_at_a_village_of_the_earlier_province_is_the_same() -> None:
    # "a new massacre" at a village inside the province the first sentence named: one event.
    events = events_of(
        "Ten civilians were killed by coalition aircraft in Raqqa province on Monday. The aircraft"
        " committed a new massacre against civilians in the village of al-Salehia in Raqqa"
        " province."
    )
    assert len([e for e in events if e.event_type == "attack_on_civilians"]) <= 1


def test_counted_drones_shot_down_are_disrupted_weapons() -> None:
    events = events_of(
        "The defence ministry said its forces shot down nine enemy fixed-wing drones over"
        " the city of Kharkiv early on Tuesday."
    )
    assert [e.event_type for e in events] == ["weapons_disrupted"]
    assert _where(events[0]) == "Kharkiv"
