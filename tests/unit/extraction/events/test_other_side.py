"""The side an event was done to (actor2) once its mentions are one event: a non-state
group's battle is fought with the forces its sentence names, state forces' generic armed
enemy is the one group the event's sentences name, a mob's victims are civilians
(``events/merge/parties/targets/other_side.py``, ``output/sides/sides.py``)."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.extraction.pipeline import extract_events


def _acled_by_type(body: str) -> dict[str, AcledFields]:
    article = ArticleMessage(id="other-side-test", body=body, published_at="2024-05-08T12:00:00Z")
    return {event.event_type: event.acled for event in extract_events(article)}


def test_a_groups_battle_is_with_the_forces_its_sentence_names_not_the_toll() -> None:
    acled = _acled_by_type(
        "Eight people were killed on Monday when jihadists stormed an army camp near Douentza"
        " in the Mopti region at dawn, leaving many soldiers dead."
    )
    assert acled["armed_clash"].actor1 == "Unidentified Armed Group (Mali)"
    assert acled["armed_clash"].actor2 == "Military Forces of Mali (2021-)"


def test_forces_told_only_as_speaking_are_no_side() -> None:
    acled = _acled_by_type(
        "Gunmen clashed with fighters near Douentza in the Mopti region on Monday, killing"
        " eight people, a military source said."
    )
    assert acled["armed_clash"].actor2 == "Unidentified Armed Group (Mali)"


def test_the_state_forces_generic_enemy_is_the_group_the_sentence_names() -> None:
    strike = _acled_by_type(
        "An Israeli air strike killed two militants in the central Gaza Strip on Sunday,"
        " Palestinian medics said, as Islamic Jihad vowed to respond."
    )
    assert strike["airstrike"].actor1 == "Military Forces of Israel (2022-)"
    assert strike["airstrike"].actor2 == "PIJ: Palestinian Islamic Jihad"
    clash = _acled_by_type(
        "Philippine troops clashed with rebels in Oriental Mindoro on Thursday, and the New"
        " People's Army later confirmed the loss of two fighters."
    )
    assert clash["armed_clash"].actor2 == "NPA: New People's Army"


def test_two_groups_named_leave_the_generic_enemy_alone() -> None:
    acled = _acled_by_type(
        "An Israeli air strike killed two militants in the central Gaza Strip on Sunday,"
        " Palestinian medics said, as Islamic Jihad and Hamas vowed to respond."
    )
    assert acled["airstrike"].actor2 == "Unidentified Armed Group (Palestine)"


def test_a_mobs_victims_are_civilians() -> None:
    acled = _acled_by_type(
        "A mob attacked the village of Kukawa in Borno state on Monday, beating people and"
        " burning houses."
    )
    assert acled["mob_violence"].actor1 == "Rioters (Nigeria)"
    assert acled["mob_violence"].actor2 == "Civilians (Nigeria)"
