"""Actor1 classes of the sixteenth round: excessive force is the force's act with or without
deaths (``output/sides.force_first``); soldiers in the Palestinian territories are Israel's,
the troops a side calls occupiers or invaders and its air defences are its state's forces
(``actors/forces.py``); separatist rebels are the country's separatists
(``actors/generic.py``); a conjunction opening a sentence starts no unit's name
(``actors/find.py``), nor does the doubt told of a group ("Suspected")."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import AcledFields
from tests.unit.extraction.events.articles import acled_of, events_published

_PUBLISHED = dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)


def _acled(body: str, event_type: str) -> AcledFields:
    return acled_of(body, event_type, _PUBLISHED)


def test_excessive_force_that_killed_no_one_is_still_the_forces_act() -> None:
    acled = _acled(
        "Police in Kisumu, Kenya, beat demonstrators with clubs and fired live rounds over a"
        " march against the new tax on Tuesday, wounding six people.",
        "protest_repressed",
    )
    assert acled.actor1 == "Police Forces of Kenya (2022-)"
    assert acled.actor2 == "Protesters (Kenya)"


def test_soldiers_in_the_west_bank_are_israels() -> None:
    acled = _acled(
        "Soldiers detained two farmers near the village of Beit Ummar, north of Hebron in the"
        " occupied West Bank, on Monday.",
        "arrest",
    )
    assert acled.actor1 == "Military Forces of Israel (2022-)"
    assert acled.actor2 == "Civilians (Palestine)"


def test_the_occupiers_named_by_their_nation_are_its_forces() -> None:
    acled = _acled(
        "The Russian occupiers shelled Nikopol on Friday morning, damaging five houses, the"
        " head of the regional administration said.",
        "shelling",
    )
    assert acled.actor1 == "Military Forces of Russia (2000-)"


def test_a_nations_air_defences_are_its_forces() -> None:
    """(whatever type the interception is given, its agent is the state that intercepts)"""
    events = events_published(
        "Syrian air defences shot down several missiles fired at the outskirts of Hama on"
        " Sunday night, state media said, without reporting casualties.",
        _PUBLISHED,
    )
    assert events
    assert all(e.acled and e.acled.actor1 == "Military Forces of Syria (2000-2024)" for e in events)


def test_separatist_rebels_are_the_countrys_separatists() -> None:
    acled = _acled(
        "Separatist rebels stormed a market in Kumbo, in Cameroon's North-West region, on"
        " Tuesday, killing four traders.",
        "attack_on_civilians",
    )
    assert acled.actor1 == "Ambazonian Separatists"
    assert acled.actor2 == "Civilians (Cameroon)"


def test_a_conjunction_opening_the_sentence_is_no_part_of_a_units_name() -> None:
    """ "And Army patrols were targeted": the country's army, not a militia called "And Army"."""
    events = events_published(
        "A roadside bomb killed two policemen in Ramadi, Iraq, on Thursday. And Army patrols"
        " were also targeted by bombs in downtown Fallujah, leaving 11 injured.",
        _PUBLISHED,
    )
    names = {n for e in events if e.acled for n in (e.acled.actor1, e.acled.actor2)}
    assert "And Army" not in names
    assert "Military Forces of Iraq (2022-)" in names


def test_the_doubt_told_before_a_group_is_no_part_of_its_name() -> None:
    acled = _acled(
        "Suspected Oromo Liberation Army fighters killed six farmers in a village of West"
        " Wollega, Ethiopia, on Sunday, residents said.",
        "attack_on_civilians",
    )
    assert acled.actor1 == "OLA: Oromo Liberation Army"


def test_communist_rebels_in_the_philippines_are_the_new_peoples_army() -> None:
    acled = _acled(
        "Two soldiers were killed on Sunday in a clash with communist rebels in the village of"
        " Malinao, Samar province, the Philippines, an army spokesman said.",
        "armed_clash",
    )
    assert acled.actor1 == "NPA: New People's Army"
    assert acled.actor2 == "Military Forces of the Philippines (2022-)"
