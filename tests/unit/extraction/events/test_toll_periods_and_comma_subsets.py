"""Tolls of the sixteenth round: a tally over a stretch named by its months or retold as "the
same period" is no act's toll; a second group of the dead after a subset set off by commas adds
to the first."""

from __future__ import annotations

from newsevents.extraction.text.deaths import find_deaths
from newsevents.extraction.text.periods import counts_a_period
from tests.unit.extraction.events.articles import events_of, fatalities


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


def test_a_stretch_named_by_its_months_counts_a_period() -> None:
    assert counts_a_period("Officials say 40 guards have been killed since last month.")
    assert counts_a_period("At least 90 villagers have died since mid-March in the valley.")
    assert counts_a_period(
        "Records show 31 rangers were killed between January 1, 2019 and March 1, 2020."
    )
    assert counts_a_period("During the same period, 17 farmers were also killed.")
    # a weekday is one act's stretch: "fighting since Tuesday has left 12 dead"
    assert not counts_a_period("Fighting since Tuesday has left 12 dead in Tarvo.")


def test_a_tally_of_the_same_period_is_not_added_to_the_blast() -> None:
    body = (
        "Two rangers were killed when a roadside bomb hit their truck near Tarvo on Saturday,"
        " police said.\n\n"
        "Rebels planted the device on the forest road, an officer said.\n\n"
        "Records show 31 rangers have been killed between January 1, 2019 and March 1, 2020"
        " in the district.\n\n"
        "During the same period, 45 farmers were also killed."
    )
    tolls = [fatalities(e) for e in events_of(body)]
    assert 2 in tolls
    assert all(t <= 2 for t in tolls)


def test_a_second_group_after_a_subset_in_commas_adds_up() -> None:
    assert _deaths(
        "At least four villagers, including a teacher, and 11 gunmen were killed in the fight."
    ) == [15.0]
    # the subset alone counts no one new
    assert _deaths("Seven herders, including a boy and two women, were killed.") == [7.0]
