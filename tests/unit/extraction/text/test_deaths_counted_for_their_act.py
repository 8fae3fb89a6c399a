"""Death tolls of the forty-fifth round (toll65), each a short article of my own in the voice of
a wire or a local outlet, asserting each event's type, place and toll (issue 10: the dead of a
matched event read where they are told, counted for the act they belong to)."""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of, fatalities


def _told(body: str) -> list[tuple[str, str | None, int | None]]:
    def place(event: EventMessage) -> str | None:
        return event.acled.location if event.acled is not None else None

    return [(e.event_type, place(e), fatalities(e)) for e in events_of(body)]


@pytest.mark.parametrize(
    ("body", "told"),
    [
        # a family counted as the object of the killing: its count, not the "a"
        (
            "An air strike hit a house in Saada on Sunday, killing a family of five, medics said.",
            [("airstrike", "Sa'dah", 5)],
        ),
        (
            "Gunmen stormed the village of Kauru in Kaduna state on Monday and killed an entire "
            "family of seven, police said.",
            [("attack_on_civilians", "Kauru", 7)],
        ),
        # one of them named, in copy printed without its commas: the count is the toll
        (
            "Three other militants one identified as Abu Omar were killed in an ambush near "
            "Mosul on Sunday.",
            [("armed_clash", "Mosul", 3)],
        ),
        # two groups left dead after a subject of their act ("A gunfight left"): six, not the
        # "a" and the second group
        (
            "A gunfight left 4 militants and 2 soldiers dead in Kupwara on Friday, police said.",
            [("armed_clash", "Kupwara", 6)],
        ),
        (
            "An ambush left four soldiers and two policemen dead near Gao on Friday.",
            [("armed_clash", "Gao", 6)],
        ),
        # a toll that stands at a figure
        (
            "Gunmen attacked a village in Zamfara on Friday. The death toll from the raid now "
            "stands at 15, police said.",
            [("attack_on_civilians", "Zamfara", 15)],
        ),
    ],
)
def test_the_wording_is_read(body: str, told: list[tuple[str, str, int]]) -> None:
    assert _told(body) == told


def test_the_dead_of_the_day_before_are_that_days_act() -> None:
    # the count told "the previous day" in a sentence of its own act is that act's, not the
    # act the article led with (which keeps its own three)
    body = (
        "In retaliation for the deadly shelling of their villages, separatists fired rockets on "
        "Donetsk on Friday, killing three civilians, the mayor said. Six had been killed the "
        "previous day, including a football coach who died of his wounds after being struck "
        "by shrapnel as he left his club in Donetsk, the mayor said."
    )
    assert _told(body) == [("shelling", "Donetsk", 3), ("shelling", "Donetsk", 6)]


def test_acts_at_one_locality_are_no_roundup_of_an_act_elsewhere() -> None:
    # plural strikes told at one neighbourhood, then one death at another place: the 20 are
    # the neighbourhood's, not a sum the later act breaks down (and the barrel bomb dropped on
    # Karm al-Zeitoun is its own act there, air65)
    body = (
        "Regime airstrikes killed 20 civilians on Monday in the Bab Amr neighborhood of Homs, "
        "activists said. One civilian was killed by a barrel bomb dropped on Karm al-Zeitoun."
    )
    assert [(e.event_type, fatalities(e)) for e in events_of(body)] == [
        ("airstrike", 20),
        ("airstrike", 1),
    ]


@pytest.mark.parametrize(
    ("body", "told"),
    [
        # one killed, a parent of five: one
        (
            "An air strike hit a house in Saada on Sunday, killing a father of five, medics said.",
            [("airstrike", "Sa'dah", 1)],
        ),
        # a roundup over a city is still broken down by the act it sums
        (
            "Eleven civilians were killed in terrorist attacks with rocket shells on Aleppo on "
            "Monday. Eight civilians were killed in a rocket shell fired on the public park.",
            [("shelling", "Aleppo", 8)],
        ),
    ],
)
def test_the_limits_hold(body: str, told: list[tuple[str, str, int]]) -> None:
    assert _told(body) == told


def test_one_named_among_the_arrested_is_no_toll() -> None:
    body = "Police arrested two suspects in Kano on Monday, one identified as Ali Musa."
    assert [fatalities(e) for e in events_of(body)] == [0]


def test_the_next_sentence_at_a_hospital_retells_the_lead() -> None:
    # the count told right after the lead's sentence, at the hospital's town by an act of
    # another kind, is still the lead's (a sentence must stand between for the other act)
    body = (
        "Unidentified gunmen hurled a grenade towards the house of a trader and fired at him and "
        "his son in Wardak on Friday. The trader was killed on the spot, his son succumbed to "
        "his wounds at a hospital in Kabul the next day."
    )
    assert [(e.event_type, fatalities(e)) for e in events_of(body)] == [
        ("grenade", 1),
        ("attack_on_civilians", 0),
    ]
