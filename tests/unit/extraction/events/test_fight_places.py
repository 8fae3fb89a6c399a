"""A state bulletin's fight told at several places in one sentence (fiftieth round, clash70): one
clash per place the sentence names, each with the sentence's actors, and a shelling told beside
the fight at the place the text ties to it. Every article is of our own writing; events are
asserted by type, actor1, actor2 and place (ACLED's location), ``...`` for an actor this round
leaves as it was. Each case failed at the round's start (one clash, at one of the places)."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import Told, events_on_a_tuesday, told_on_a_tuesday

_ARMY = "Military Forces of Syria (2000-2024)"
_NUSRA = "Jabhat al-Nusra"

# A list closed by the area around its last place ("and the outskirts / surroundings / vicinity
# of X") or by its farms ("and the farms of X"): the names before it are places of the fight
# too, known to the gazetteer or not.
_CLOSED_BY_AN_AREA: list[tuple[str, Told]] = [
    (
        "Army units clashed on Monday with al-Nusra terrorists in Morek, Latamneh and the "
        "outskirts of Kafr Zita in the northern countryside of Hama, a military source said.",
        [
            ("armed_clash", _ARMY, _NUSRA, "Murak"),
            ("armed_clash", _ARMY, _NUSRA, "Latamneh"),
            ("armed_clash", _ARMY, _NUSRA, "Kafr Zayta"),
        ],
    ),
    (
        "An army unit clashed on Monday with al-Nusra terrorists in Tal Dakwa, Deir Adas and the "
        "outskirts of Kafr Shams in the northern countryside of Daraa.",
        [
            ("armed_clash", _ARMY, _NUSRA, "Kafr Shams"),
            ("armed_clash", _ARMY, _NUSRA, "Tal Dakwa"),
            ("armed_clash", _ARMY, _NUSRA, "Deir Adas"),
        ],
    ),
    (
        "Army units clashed on Monday with terrorists in Kabani, Kinsabba and the surroundings "
        "of Jabal al-Akrad in the northeastern countryside of Lattakia.",
        [
            ("armed_clash", _ARMY, ..., "Jabal al-Akrad"),
            ("armed_clash", _ARMY, ..., "Kabani"),
            ("armed_clash", _ARMY, ..., "Kinsabba"),
        ],
    ),
    (
        "Army units clashed on Monday with terrorists in Harasta and the farms of Douma in "
        "Damascus countryside.",
        [("armed_clash", _ARMY, ..., "Harasta"), ("armed_clash", _ARMY, ..., "Duma")],
    ),
    (
        "Army units engaged on Monday ISIS terrorists in Mhin and in the farms of Hawarin in the "
        "countryside of Homs.",
        [("armed_clash", _ARMY, ..., "Mahin"), ("armed_clash", _ARMY, ..., "Hawarin")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), _CLOSED_BY_AN_AREA)
def test_list_closed_by_an_area(body: str, expected: Told) -> None:
    assert told_on_a_tuesday(body, expected) == expected


# One name the gazetteer lacks told before the fight's next place with its own preposition
# ("in A and in B", "in A as well as in B"): a clash at each, the toll on the first.
def test_place_told_again_with_its_preposition() -> None:
    body = (
        "Army units clashed on Monday with terrorists in Deir al-Adas as well as in Tal Kurdi "
        "in Daraa countryside, killing five of them."
    )
    dead = {
        e.acled.location: e.acled.fatalities
        for e in events_on_a_tuesday(body)
        if e.event_type == "armed_clash"
    }
    assert dead == {"Deir al-Adas": 5, "Tal Kurdi": 0}


# One subject's fight and shelling told in one sentence, each with a place of its own after its
# verb ("clashed ... in A and shelled their positions in B"): each act at its own place.
_FIGHT_AND_FIRE: list[tuple[str, Told]] = [
    (
        "Army units clashed on Monday with terrorists in Harasta and shelled their positions in "
        "Douma in Damascus countryside.",
        [("armed_clash", _ARMY, ..., "Harasta"), ("shelling", _ARMY, ..., "Duma")],
    ),
    (
        "Army units clashed on Monday with al-Nusra terrorists in al-Zalaqiyat and shelled "
        "their positions in Lahaya in the northern countryside of Hama.",
        [("armed_clash", _ARMY, ..., "al-Zalaqiyat"), ("shelling", _ARMY, ..., "Lahaya")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), _FIGHT_AND_FIRE)
def test_fight_and_fire_each_at_its_place(body: str, expected: Told) -> None:
    assert told_on_a_tuesday(body, expected) == expected


def test_origin_of_the_attack_is_no_place() -> None:
    """Where the attackers came from is no place of the fight, list or not (unchanged)."""
    body = (
        "Army units repelled on Monday an attack launched by terrorists from Anadan on army "
        "posts in Harasta and Douma in Damascus countryside."
    )
    places = {e.acled.location for e in events_on_a_tuesday(body)}
    assert "Anadan" not in places


# Names told before the rest of the act's places left unnamed ("in A B and in other areas"),
# the list's commas lost or kept: a clash at each name, the toll on the first.
_BEFORE_OTHER_AREAS: list[tuple[str, Told]] = [
    (
        "The army also killed over 40 ISIS terrorists on Monday in al-Kharita Tal Marqada and in "
        "other areas in Deir Ezzor countryside.",
        [("armed_clash", _ARMY, ..., "al-Kharita"), ("armed_clash", _ARMY, ..., "Tal Marqada")],
    ),
    (
        "Army units killed 30 terrorists on Monday in al-Kharita and Tal Marqada and in other "
        "areas of Deir Ezzor countryside.",
        [("armed_clash", _ARMY, ..., "al-Kharita"), ("armed_clash", _ARMY, ..., "Tal Marqada")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), _BEFORE_OTHER_AREAS)
def test_names_before_other_areas(body: str, expected: Told) -> None:
    assert told_on_a_tuesday(body, expected) == expected


def test_crossings_listed_before_their_noun() -> None:
    """A border's crossings listed before their plural noun are a site each."""
    body = (
        "Fierce clashes erupted on Monday between al-Nusra Front and ISIS in the Qalamoun "
        "barrens in Damascus countryside. Sources said the clashes concentrate at Wadi Mira and "
        "al-Kurum crossings near the Lebanese border."
    )
    places = {e.acled.location for e in events_on_a_tuesday(body) if e.event_type == "armed_clash"}
    assert {"Wadi Mira", "al-Kurum"} <= places


# Two clauses of one sentence, each a unit's fight at a bare village the gazetteer lacks
# ("in A, while other units engaged terrorists in B"): a clash at each.
_WHILE_OTHER_UNITS: list[tuple[str, Told]] = [
    (
        "Army units clashed on Monday with terrorists in Kinsabba, while other army units engaged "
        "terrorists in Salma in the northern countryside of Lattakia.",
        [("armed_clash", _ARMY, ..., "Kinsabba"), ("armed_clash", _ARMY, ..., "Salma")],
    ),
    (
        "In Lattakia countryside, army units clashed on Monday with terrorists in Kinsabba, while "
        "other army units engaged terrorists in Salma.",
        [("armed_clash", _ARMY, ..., "Kinsabba"), ("armed_clash", _ARMY, ..., "Salma")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), _WHILE_OTHER_UNITS)
def test_while_other_units(body: str, expected: Told) -> None:
    assert told_on_a_tuesday(body, expected) == expected
