"""Guns told as a ground force's support (forty-eighth round, clash68): "backed by artillery and
tank fire", "with artillery cover", "under the cover of heavy shelling" name how the units
fought, not a shelling beside their fight; positions "targeted" by units told with their support
are the units' ground act. Every article is of our own writing, and its events are asserted by
type, actor1, actor2 and place (ACLED's location); ``...`` for an actor this round leaves as it
was. ``_FIXED`` read a shelling beside each place's clash, or a shelling, at the round's start;
``_KEPT`` are fire told as its own act, which stays a shelling."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import Told, told_on_a_tuesday

_ARMY = "Military Forces of Syria (2000-2024)"
_REBELS = "Opposition Rebels (Syria)"

_FIXED: list[tuple[str, Told]] = [
    (
        "Army units backed by artillery and tank fire engaged the terrorists in fierce clashes "
        "in Souran, Taybet al-Imam and Halfaya in the northern countryside of Hama on Monday.",
        [
            ("armed_clash", _ARMY, _REBELS, "Suran"),
            ("armed_clash", _ARMY, _REBELS, "Tayyibat al Imam"),
            ("armed_clash", _ARMY, _REBELS, "Halfaya"),
        ],
    ),
    (
        "Units of the army, with artillery cover, targeted the terrorists' positions in Kafr "
        "Zita and Morek in Hama countryside on Monday, killing many of them.",
        [("armed_clash", _ARMY, _REBELS, "Kafr Zayta"), ("armed_clash", _ARMY, _REBELS, "Murak")],
    ),
    (
        "After fierce clashes on Monday, army units destroyed the terrorists' positions in "
        "Busra al-Harir and Nawa in Daraa countryside with artillery cover.",
        [
            ("armed_clash", _ARMY, _REBELS, "Busra al-Harir"),
            ("armed_clash", _ARMY, _REBELS, "Nawa"),
        ],
    ),
    (
        "Burmese troops backed by artillery attacked rebel positions in Mong Hsu on Monday.",
        [("armed_clash", "Military Forces of Myanmar (2021-)", ..., "Monghsu")],
    ),
    # the guns an attack was repelled with
    (
        "The army thwarted on Monday an attempt by terrorists to infiltrate into Khan Arnabeh in "
        "Quneitra countryside with tank fire killing 12 of them.",
        [("armed_clash", _ARMY, ..., "Khan Arnabah")],
    ),
    (
        "Army units foiled an attack by terrorists on Morek on Monday using artillery and rockets.",
        [("armed_clash", _REBELS, _ARMY, "Murak")],
    ),
]

# Fire told in the clause of the fight that is its setting: the fight's.
_DURING: list[tuple[str, Told]] = [
    (
        "The army's artillery and rocket units targeted ISIS gatherings in Hatla and Marrat in "
        "Deir Ezzor countryside on Monday after fierce clashes with the terrorists.",
        [
            ("armed_clash", _ARMY, "Islamic State (Syria)", "Hatla"),
            ("armed_clash", _ARMY, "Islamic State (Syria)", "Marrat"),
        ],
    ),
    (
        "During fierce clashes in Kafr Zita on Monday, the army's artillery pounded the "
        "terrorists' positions.",
        [("armed_clash", _ARMY, _REBELS, "Kafr Zayta")],
    ),
]

# Fire told as an act of its own: the guns that target, a shelling beside a fight at another
# place, a gathering targeted with no support told.
_KEPT: list[tuple[str, Told]] = [
    (
        "Army units targeted the terrorists' positions in Kafr Zita with artillery on Monday.",
        [("shelling", _ARMY, _REBELS, "Kafr Zayta")],
    ),
    (
        "Fierce clashes erupted between army units and terrorists in Nawa on Monday, while the "
        "army's artillery shelled the terrorists' positions in Tafas.",
        [("armed_clash", _ARMY, _REBELS, "Nawa"), ("shelling", _ARMY, _REBELS, "Tafas")],
    ),
    ("Russia pledged artillery support for the army on Monday.", []),
    (
        "The army shelled rebel positions in Kafr Zita on Monday.",
        [("shelling", _ARMY, ..., "Kafr Zayta")],
    ),
    (
        "An army unit targeted a gathering of ISIS terrorists on a hill in the northeastern "
        "countryside of Sweida province on Monday.",
        [("shelling", _ARMY, "Islamic State (Syria)", "As-Suwayda")],
    ),
]


# Clashes at several places in a text that lost its commas: a list closed by the means or the
# fight it was told with is one clash per place.
_LISTS: list[tuple[str, Told]] = [
    (
        "Army units killed many terrorists in Aleppo countryside on Monday.\n\nIn the southern "
        "countryside army units engaged the terrorists in fierce clashes in al-Eis Tal Hadiya "
        "and Khan Touman with artillery cover.",
        [
            ("armed_clash", _ARMY, _REBELS, "al-Eis"),
            ("armed_clash", _ARMY, _REBELS, "Tal Hadiya"),
            ("armed_clash", _ARMY, _REBELS, "Khan Touman"),
        ],
    ),
]

# A ground force's round-up of positions or gatherings targeted at a list of places, no means
# named: one armed clash per place (the state outlets' gold convention); one gathering on a hill,
# or the guns or rockets named, stay a shelling (above and below).
_ROUNDUPS: list[tuple[str, Told]] = [
    (
        "Army units targeted the terrorists' positions and gatherings in Kafr Zita, al-Latamna "
        "and Morek in the northern countryside of Hama on Monday, killing many of them and "
        "destroying their vehicles.",
        [
            ("armed_clash", _ARMY, _REBELS, "Kafr Zayta"),
            ("armed_clash", _ARMY, _REBELS, "al-Latamna"),
            ("armed_clash", _ARMY, _REBELS, "Murak"),
        ],
    ),
]
_ROUNDUPS_KEPT: list[tuple[str, Told]] = [
    (
        "Army units targeted the terrorists' positions in Kafr Zita and Morek with rockets on "
        "Monday.",
        [("shelling", _ARMY, _REBELS, "Kafr Zayta"), ("shelling", _ARMY, _REBELS, "Morek")],
    ),
]

# A village told "to the east of" a town: the village is where the clash was, the town a
# reference point.
_REFERENCE_POINTS: list[tuple[str, Told]] = [
    (
        "Units of the armed forces clashed with terrorists in Tal Kurdi to the east of Jasim in "
        "Daraa countryside on Monday.",
        [("armed_clash", _ARMY, _REBELS, "Tal Kurdi")],
    ),
    (
        "The army clashed with terrorists on Monday in Kabani and Tal Kurdi to the east of Rabia "
        "in Latakia northern countryside.",
        [("armed_clash", _ARMY, _REBELS, "Kabani"), ("armed_clash", _ARMY, _REBELS, "Tal Kurdi")],
    ),
]


# A front told by its two ends joined by a hyphen after "the axis of": a clash at each end; a
# road told so is one place.
_AXES: list[tuple[str, Told]] = [
    (
        "Army units clashed with terrorists on Monday on the axis of Tal Kurdi-Tal Sawda in Hama "
        "countryside.",
        [
            ("armed_clash", _ARMY, _REBELS, "Tal Kurdi"),
            ("armed_clash", _ARMY, _REBELS, "Tal Sawda"),
        ],
    ),
    (
        "Army units foiled an attack by terrorists on military posts on Kafr Zita-Latamna axis in "
        "Hama countryside on Monday killing 25 of them.",
        [("armed_clash", _REBELS, _ARMY, "Kafr Zita"), ("armed_clash", _REBELS, _ARMY, "Latamna")],
    ),
    (
        "Army units clashed with terrorists on Monday on the Aleppo-Damascus highway near Morek "
        "in Hama countryside.",
        [("armed_clash", _ARMY, _REBELS, "Murak")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    _FIXED + _DURING + _KEPT + _LISTS + _ROUNDUPS + _ROUNDUPS_KEPT + _REFERENCE_POINTS + _AXES,
)
def test_fire_told_as_support(body: str, expected: Told) -> None:
    assert told_on_a_tuesday(body, expected) == expected
