"""One side's part of a toll told before, retold under another name, is counted once
(output/tolls/tolls.py ``_figures_once``); dead told as added stay added."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of, fatalities


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # the rebels' four, retold as "lost four of their comrades"
        (
            "Three policemen and five rebels were killed in a clash near the town of Karmel"
            " on Friday. The rebels lost five of their comrades, a spokesman said.",
            8,
        ),
        # dead told as added: counted
        (
            "Three policemen and five rebels were killed in a clash near the town of Karmel"
            " on Friday. Five villagers were also killed in the crossfire.",
            13,
        ),
    ],
)
def test_a_side_s_part_retold_counts_once(body: str, deaths: int) -> None:
    events = events_of(body)
    assert events
    assert fatalities(events[0]) == deaths
