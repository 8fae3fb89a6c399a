"""An armed group with no aircraft is struck from the air, not the striker (seventeenth round):
the state force the strike's sentences name strikes, the group is hit. Invented reports."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of


def _air_strikes(body: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.acled.actor1, e.acled.actor2)
        for e in events_of(body)
        if e.event_type == "airstrike" and e.acled is not None
    ]


@pytest.mark.parametrize(
    ("body", "striker", "struck"),
    [
        (
            "Israel launched air strikes on Tuesday against the Palestinian group Islamic Jihad in the Gaza Strip, killing four people in Rafah.",
            "Military Forces of Israel",
            "PIJ: Palestinian Islamic Jihad",
        ),
        (
            "The Israeli military said on Sunday its fighter jets struck a compound used by Hamas near Khan Yunis after rockets were fired.",
            "Military Forces of Israel",
            "Hamas Movement",
        ),
        (
            "Pakistan's army said on Thursday that airstrikes overnight killed 12 Taliban fighters in the villages of Bara in Khyber.",
            "Military Forces of Pakistan",
            "Taliban",
        ),
    ],
)
def test_a_group_without_aircraft_is_struck_not_the_striker(
    body: str, striker: str, struck: str
) -> None:
    strikes = _air_strikes(body)
    assert strikes
    actor1, actor2 = strikes[0]
    assert actor1 is not None and actor1.startswith(striker)
    assert actor2 != actor1 and struck != actor1


def test_a_group_flying_drones_still_strikes() -> None:
    strikes = _air_strikes(
        "Hezbollah said on Monday it launched several attack drones at an Israeli army position near Metula."
    )
    assert all(actor1 == "Hezbollah" for actor1, _ in strikes)
