"""One incident, one event, by the act each mention names (events/merge/incidents/same_act.py):
two violent mentions are one event when their acts agree on every slot both name (kind, place
by containment, day, attackers, tolls) and share a toll told twice or a named target; another
toll, another town or victims of another kind keep them apart."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.events.link.linking import link_drafts
from newsevents.extraction.events.merge.incidents.same_act import (
    Act,
    fold_same_acts,
    read_act,
    shared_slot,
    slots_conflict,
)
from newsevents.extraction.pipeline import Pipeline
from tests.unit.extraction.events.articles import events_of, fatalities

_SHELLING = (
    "Russian forces shelled the Saltivka district of Kharkiv on Tuesday, killing three"
    " civilians, the regional governor said.\n\n"
)


def _summary(events: list[EventMessage]) -> list[tuple[str, str, int | None]]:
    return [(e.event_type, e.locations[0].name, fatalities(e)) for e in events]


def _told(event: EventMessage) -> str:
    return " ".join(m.text for m in event.evidence.mentions)


def test_a_fight_told_with_the_shellings_toll_is_the_shelling() -> None:
    events = events_of(
        _SHELLING + "Ukrainian troops repelled an assault on the city's northern edge, where"
        " three civilians were killed, he added."
    )
    # The toll told twice names one act: the shelling keeps its type, the toll counts once.
    assert _summary(events) == [("shelling", "Saltivka", 3)]
    assert "repelled an assault" in _told(events[0])


def test_the_shooting_of_a_riot_retold_with_its_toll_is_the_riot() -> None:
    events = events_of(
        "Rioters torched shops in central Nakuru on Monday and police opened fire, killing two"
        " people, officials said.\n\n"
        "The shooting that killed two people happened near the bus park, a witness said."
    )
    assert _summary(events) == [("riot", "Nakuru", 2)]
    assert "near the bus park" in _told(events[0])


def test_another_toll_keeps_the_fight_apart() -> None:
    events = events_of(
        _SHELLING + "Ukrainian troops repelled an assault on the city's northern edge, where"
        " five soldiers were killed, he added."
    )
    assert _summary(events) == [("shelling", "Saltivka", 3), ("armed_clash", "Saltivka", 5)]


def test_a_roundups_items_at_two_towns_stay_apart_though_their_tolls_agree() -> None:
    events = events_of(
        "Two civilians were killed when government shells hit the town of Ariha in Idlib"
        " province on Sunday, a monitor said.\n\n"
        "Rebels fought government troops near Saraqib on Sunday, and two civilians were killed"
        " there, the monitor added."
    )
    assert _summary(events) == [("shelling", "Ariha", 2), ("armed_clash", "Saraqib", 2)]


def test_the_act_kept_takes_the_graver_type_of_the_two() -> None:
    """The linked drafts, before any other merging pass: the killing told in the lead and the
    shelling that retells its toll are one act, named by how it was done."""
    body = (
        "Heavy fighting raged on Tuesday, and three civilians were killed, the regional"
        " governor said.\n\n"
        "Russian forces shelled the northern districts of Kharkiv, killing three civilians,"
        " he added."
    )
    published = dt.datetime(2024, 3, 14, tzinfo=dt.UTC)
    doc = Pipeline().read(ArticleMessage(id="t", body=body, published_at=published)).doc
    drafts = fold_same_acts(doc, link_drafts(doc))
    assert [(d.event_type, d.trigger.text, d.sentences) for d in drafts] == [
        ("armed_clash", "fighting", [0]),
        ("shelling", "shelled", [0, 1]),
    ]


def test_the_object_an_act_names_is_read_with_its_name() -> None:
    body = (
        "Gunmen stormed the Al-Noor mosque in Kano on Friday, wounding six worshippers.\n\n"
        "Militants attacked an army base near Maiduguri on Saturday."
    )
    published = dt.datetime(2024, 3, 14, tzinfo=dt.UTC)
    doc = Pipeline().read(ArticleMessage(id="t", body=body, published_at=published)).doc
    acts = {d.trigger.text: read_act(doc, d) for d in link_drafts(doc)}
    assert acts["stormed"].targets == {"mosque"}
    assert acts["stormed"].named_targets == {"al-noor mosque"}
    # "army" is no name: the base is told by its noun only
    assert acts["attacked"].targets == {"base"}
    assert acts["attacked"].named_targets == frozenset()


def _act(
    tolls: tuple[tuple[float, int], ...] = (),
    victims: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
) -> Act:
    return Act(frozenset(tolls), victims, frozenset(), named)


@pytest.mark.parametrize(
    ("a", "b", "slot", "conflict"),
    [
        # one figure told twice, in two places of the text
        (_act(((3, 10),)), _act(((3, 90),)), "toll", False),
        # one figure the linking gave both mentions: no agreement
        (_act(((3, 10),)), _act(((3, 10),)), None, False),
        # two figures: two acts
        (_act(((3, 10),)), _act(((5, 90),)), None, True),
        # one figure counting soldiers, the other militants
        (
            _act(((12, 10),), frozenset({"soldier"})),
            _act(((12, 90),), frozenset({"militant"})),
            "toll",
            True,
        ),
        # the same named target, no toll told
        (
            _act(named=frozenset({"al-noor mosque"})),
            _act(named=frozenset({"al-noor mosque"})),
            "named target",
            False,
        ),
        # two named targets
        (
            _act(named=frozenset({"al-noor mosque"})),
            _act(named=frozenset({"tal bira checkpoint"})),
            None,
            True,
        ),
    ],
)
def test_slots_of_two_acts(a: Act, b: Act, slot: str | None, conflict: bool) -> None:
    assert shared_slot(a, b) == slot
    assert slots_conflict(a, b) is conflict


_CLASH = (
    "Four soldiers were killed in a clash with insurgents near the town of Dikwa in Borno state"
    " on Friday, the army said.\n\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "Army reinforcements arrived in the area later that day, a spokesman added.",
        "Army reinforcements arrived in Dikwa later that day, a spokesman added.",
    ],
)
def test_forces_sent_right_after_a_fight_are_its_course(after: str) -> None:
    events = events_of(_CLASH + after)
    # One event: the clash keeps its type, place, toll and both sides; the movement's sentence
    # is evidence of it.
    assert _summary(events) == [("armed_clash", "Dikwa", 4)]
    assert [(a.role, a.name) for a in events[0].actors] == [
        ("actor1", "Unidentified Armed Group (Nigeria)"),
        ("actor2", "Military Forces of Nigeria"),
    ]
    assert "reinforcements arrived" in _told(events[0])


def test_forces_sent_to_another_town_stay_apart() -> None:
    events = events_of(
        _CLASH + "Army reinforcements arrived in Gwoza on Friday, a spokesman added."
    )
    assert _summary(events) == [("armed_clash", "Dikwa", 4), ("deployment", "Gwoza", 0)]


def test_forces_that_arrived_before_the_fight_stay_apart() -> None:
    events = events_of(
        "Army reinforcements arrived in Dikwa in Borno state on Friday, a spokesman said.\n\n"
        "Four soldiers were killed in a clash with insurgents near the town of Dikwa on Friday,"
        " the army said."
    )
    assert _summary(events) == [("deployment", "Dikwa", 0), ("armed_clash", "Dikwa", 4)]


_RAID = (
    "Gunmen attacked the village of Kafr Nabl in Idlib province on Monday, killing four"
    " farmers, a local official said.\n\n"
)


@pytest.mark.parametrize(
    "flight",
    [
        "Dozens of families fled to the city of Aleppo in the neighbouring province.",
        "The surviving attackers fled towards the border with Turkey.",
        "Two wounded farmers were evacuated to Hama and to Latakia.",
        # a witness's words quoted from inside the flight (forty-seventh round, place67)
        'A witness said families fled "in waves into villages in Turkey."',
    ],
)
def test_a_flight_to_another_town_right_after_an_attack_is_its_course(flight: str) -> None:
    events = events_of(_RAID + flight)
    # Where the people or the attackers went, in another province or abroad, is no place of
    # the attack: one event, at the village, with its toll; the flight's sentence is evidence
    # (the wounded evacuated tell no act at all since the seventeenth round's details: no
    # evidence, and still no second event).
    assert _summary(events) == [("attack_on_civilians", "Kafranbel", 4)]
    assert "wounded" in flight or flight in _told(events[0])


def test_a_flight_from_another_town_stays_apart() -> None:
    events = events_of(_RAID + "In Saraqib, dozens of families fled to the fields on Monday.")
    # The flight told at another town, where it started, is not the village attack's course.
    assert _summary(events) == [
        ("attack_on_civilians", "Kafranbel", 4),
        ("relocation", "Saraqib", 0),
    ]


def test_forces_sent_to_another_town_after_a_fight_stay_apart() -> None:
    events = events_of(_CLASH + "Army reinforcements were sent to Gwoza on Friday, he added.")
    # Where troops are sent is where their deployment is: not read as a flight's destination.
    assert _summary(events) == [("armed_clash", "Dikwa", 4), ("deployment", "Gwoza", 0)]
