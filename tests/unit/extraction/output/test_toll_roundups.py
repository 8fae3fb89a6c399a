"""A roundup's toll of several acts, broken down later to the act's own dead
(output/tolls/roundups.py): the event of the act carries its own toll, not the sum; a part of the
dead told after the total, or a higher figure, leaves the total."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of, fatalities


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # The headline sums the attacks on two towns; the body tells this town's dead.
        (
            "Nine civilians killed in rocket attacks on Tartus and Latakia. Rebels fired rocket"
            " shells on the Ramleh neighborhood in Tartus on Sunday. Five civilians were killed"
            " in the neighborhood, a police source said.",
            5,
        ),
        # The dead of two villages, then the village's own.
        (
            "Gunmen on motorbikes attacked two villages in Mopti region on Monday, killing at"
            " least 30 people. The mayor said 18 people had been killed in the village of Sari.",
            18,
        ),
    ],
)
def test_the_act_keeps_its_own_toll_not_the_roundup(body: str, deaths: int) -> None:
    events = events_of(body)
    assert events
    assert fatalities(events[0]) == deaths


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # A part of the dead told after the total: the total stays.
        (
            "Air strikes killed 12 civilians in the town of Saraqib on Friday. Four of them were"
            " children, rescuers said.",
            12,
        ),
        (
            "Rocket attacks killed 12 civilians in the town of Saraqib on Friday. Among the dead"
            " were four children, rescuers said.",
            12,
        ),
        # One attack, not several: the first told stays.
        (
            "A rocket attack killed 12 civilians in the town of Saraqib on Friday. Four women"
            " were killed in the market, rescuers said.",
            12,
        ),
    ],
)
def test_a_total_told_first_stays_when_no_act_is_broken_out(body: str, deaths: int) -> None:
    events = events_of(body)
    assert events
    assert fatalities(events[0]) == deaths


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # dead told as added after a toll of attacks: they add, they break nothing down
        (
            "Five policemen were killed in attacks on Karmel and Ostra on Monday. Two"
            " attackers were also killed, officials said.",
            7,
        ),
        # an army's count of its operations is one act's toll
        (
            "Troops killed more than 40 militants during two operations near Karmel. The raids"
            " came after militants killed 9 soldiers the week before.",
            40,
        ),
    ],
)
def test_no_roundup_without_an_act_broken_out(body: str, deaths: int) -> None:
    events = events_of(body)
    assert events
    assert fatalities(events[0]) == deaths
