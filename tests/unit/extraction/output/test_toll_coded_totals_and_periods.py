"""Tolls of the twenty-fourth round at the event: a note's coded total beats the figure a
source reported beside it, and a tally over a period told without its article ("during past
week") is no one act's toll."""

from __future__ import annotations

from newsevents.extraction.text.periods import counts_a_period
from tests.unit.extraction.events.articles import events_of, fatalities


def test_a_coded_total_beats_the_figure_a_source_reported() -> None:
    events = events_of(
        "On 3 March 2024, 2 soldiers were killed following an attack by rebels on a check point"
        " in Kadu district. Fatalities coded as 1 (Radio Alpha reported 2 fatalities)."
    )
    assert events
    assert fatalities(events[0]) == 1


def test_a_period_told_without_its_article_counts_a_period() -> None:
    assert counts_a_period("Jets killed 77 fighters during past week, the ministry said.")
    # one act of last week is no period
    assert not counts_a_period("Two soldiers were killed in last week's attack on the post.")
