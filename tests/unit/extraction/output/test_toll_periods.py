"""A tally of recent fights or of a side's attacks all told (text/periods.py) is no act's toll:
today's event keeps its own dead, or none."""

from __future__ import annotations

import pytest

from newsevents.extraction.text.periods import counts_a_period
from tests.unit.extraction.events.articles import events_of, fatalities


@pytest.mark.parametrize(
    "sentence",
    [
        "Both sides have lost about 20 men and 11 militants have been killed during recent"
        " clashes around the town.",
        "At least 30 people were killed in recent weeks in the district.",
        "The group has killed about 50 soldiers in its attacks, half of them officers.",
    ],
)
def test_a_tally_of_recent_fights_counts_a_period(sentence: str) -> None:
    assert counts_a_period(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed three soldiers in an attack on a checkpoint on Monday.",
        "The militants have killed five villagers in their attack on the market.",
        # recent days that count no dead
        "Attacks on nurses have increased in recent days, officials said.",
    ],
)
def test_one_act_counts_no_period(sentence: str) -> None:
    assert not counts_a_period(sentence)


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        (
            "Rebels fired rockets at the town of Karmel on Monday morning. The rockets hit"
            " open fields, with no casualties. The group has killed about 50 soldiers in its"
            " attacks, half of them officers.",
            0,
        ),
        (
            "Troops clashed with militants near the town of Karmel on Tuesday. One officer was"
            " killed, a spokesman said. About 20 soldiers and 11 militants have been killed"
            " during recent clashes around the town.",
            1,
        ),
    ],
)
def test_today_s_event_does_not_take_the_tally(body: str, deaths: int) -> None:
    events = events_of(body)
    assert events
    assert fatalities(events[0]) == deaths
