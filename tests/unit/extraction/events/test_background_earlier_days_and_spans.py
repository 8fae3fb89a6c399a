"""Background the eleventh round marks (texts written for these tests; published Tuesday 20
February 2024, the lead's incident on Monday): an act of another kind on a day before the
lead's, told at the lead's place; a weekday that recurs and a span of weeks; "since then"; what
the news follows."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import (
    KAFR_NABL_ELABORATION,
    KAFR_NABL_LEAD,
    events_on_a_tuesday,
    told_in,
)

# A closing paragraph: what the tests tell is not the story's close (background/closing.py).
_CLOSE = "The province is held by rebels."


def _statuses(body: str, sentence: str, event_type: str | None = None) -> set[str]:
    """The statuses of the events told in ``sentence`` (of ``event_type``, when given)."""
    marked = told_in(events_on_a_tuesday(body, include_background=True), sentence)
    return {e.temporal_status for e in marked if event_type in (None, e.event_type)}


def test_another_kind_of_act_on_an_earlier_day_at_the_leads_place_is_background() -> None:
    """A paragraph opening on Sunday tells a clash in Idlib province, where the lead's killing
    on Monday was: not the lead's incident retold (another kind of act, on the day before)."""
    recalled = "On Sunday, militants ambushed an army patrol in Idlib province."
    body = "\n\n".join([KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, recalled, _CLOSE])
    published = events_on_a_tuesday(body)
    assert [e.event_type for e in published] == ["attack_on_civilians"]
    assert not told_in(published, recalled)
    assert _statuses(body, recalled, "armed_clash") == {"background"}


@pytest.mark.parametrize(
    "retold",
    [
        # the lead's own kind of act at its place: perhaps the lead's incident retold
        "On Sunday, gunmen killed two farmers in Idlib province, residents said.",
        # another kind of act told with one of the lead's kinds: perhaps more of the news
        "On Sunday, militants ambushed an army patrol in Idlib province, killing two.",
    ],
)
def test_the_leads_kind_of_act_on_an_earlier_day_at_the_leads_place_stays_news(
    retold: str,
) -> None:
    body = "\n\n".join([KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, retold, _CLOSE])
    statuses = {e.temporal_status for e in events_on_a_tuesday(body, include_background=True)}
    assert statuses == {"current"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Similar rallies by opposition supporters have been held every Monday in the town of "
        "Kafr Nabl, officials said.",
        "Protesters have rallied in the town of Kafr Nabl for three weeks.",
    ],
)
def test_a_recurring_weekday_or_a_span_of_weeks_is_habitual(sentence: str) -> None:
    body = "\n\n".join([KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, sentence, _CLOSE])
    assert not told_in(events_on_a_tuesday(body), sentence)
    assert _statuses(body, sentence, "protest") == {"background"}


def test_since_then_counts_a_period() -> None:
    recalled = "The army lost the village of Tal Saba to the rebels in 2019."
    since = "Since then, sporadic clashes have erupted around the village of Tal Saba."
    body = "\n\n".join([KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, recalled, since, _CLOSE])
    assert not told_in(events_on_a_tuesday(body), since)
    assert _statuses(body, since) == {"background"}  # the clashes, of whatever kind


def test_what_the_news_follows_is_an_earlier_incident() -> None:
    """With no fresh day: "The shelling followed clashes on Sunday morning" is the day's."""
    follows = "The killing follows army air strikes that hit the town of Ariha, killing nine."
    body = "\n\n".join([KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, follows, _CLOSE])
    assert not told_in(events_on_a_tuesday(body), follows)
    assert _statuses(body, follows, "airstrike") == {"background"}
