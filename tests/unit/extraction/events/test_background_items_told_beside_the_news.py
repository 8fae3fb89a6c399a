"""Acts told beside the news stay news (thirteenth round; texts written for these tests,
published Tuesday 20 February 2024, the lead's killing on Monday): a paragraph that opens on
a day shortly before the lead's and tells "also", "another" or "a separate attack" is one
more item of the report, and a closing paragraph that tells its act "overnight", as "also
reported" by a source or as "also held" elsewhere is one more item of the news."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import (
    KAFR_NABL_ELABORATION,
    KAFR_NABL_LEAD,
    events_on_a_tuesday,
    told_in,
)

# A closing paragraph: what the recall tests tell is not the story's close.
_CLOSE = "The province is held by rebels."


def _statuses(body: str, sentence: str) -> set[str]:
    """The statuses of the events told in ``sentence`` (background kept, marked)."""
    return {
        e.temporal_status
        for e in told_in(events_on_a_tuesday(body, include_background=True), sentence)
    }


@pytest.mark.parametrize(
    "beside",
    [
        "On Saturday, troops also clashed with rebels near the town of Maarat al-Numan.",
        "On Saturday, rebels attacked another army checkpoint near the town of Maarat al-Numan.",
        "Three more soldiers were killed in a separate attack near the town of Maarat al-Numan "
        "on Saturday, the official said.",
    ],
)
def test_an_act_told_beside_the_news_two_days_before_it_is_news(beside: str) -> None:
    body = "\n\n".join([KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, beside, _CLOSE])
    published = told_in(events_on_a_tuesday(body), beside)
    assert published, "one more item of the report"
    assert {e.event_type for e in published} & {"armed_clash", "attack_on_civilians"}
    assert "Maarrat an Numan" in {loc.name for e in published for loc in e.locations}
    assert {(e.time.date.isoformat(), e.time.precision) for e in published} == {
        ("2024-02-17", "day")
    }


def test_another_act_told_days_further_back_is_still_recalled() -> None:
    """Four days before the lead: an earlier incident, "another" or not. (Not "On Wednesday"
    in this Tuesday story: a weekday one day after publication is read as the next day, the
    page stamped before it was written.)"""
    recalled = "On Thursday, gunmen killed two traders in another village near Maarat al-Numan."
    body = "\n\n".join([KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, recalled, _CLOSE])
    assert not told_in(events_on_a_tuesday(body), recalled)
    assert _statuses(body, recalled) == {"background"}


def _closing(last: str) -> str:
    """The lead, its elaboration and a paragraph of reaction, then ``last`` closing it."""
    reaction = "The governor condemned the killing and promised an inquiry."
    return "\n\n".join([KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, reaction, last])


@pytest.mark.parametrize(
    ("last", "kind", "town"),
    [
        (
            "The monitor also reported heavy fighting between rebels and troops around the "
            "village of Kafr Zita.",
            "armed_clash",
            "Kafr Zayta",
        ),
        (
            "The defence ministry said its air defences intercepted twelve drones over Latakia "
            "overnight.",
            "weapons_disrupted",
            "Latakia",
        ),
        ("Marches were also held in the town of Ariha.", "protest", "Ariha"),
    ],
)
def test_a_closing_paragraph_telling_one_more_item_of_the_news_is_news(
    last: str, kind: str, town: str
) -> None:
    published = told_in(events_on_a_tuesday(_closing(last)), last)
    assert kind in {e.event_type for e in published}
    assert town in {loc.name for e in published for loc in e.locations}


def test_a_closing_record_told_with_also_stays_background() -> None:
    """ "has also claimed": the group's record, the frame of the news."""
    last = "The group has also claimed attacks on army posts around the town of Ariha."
    body = _closing(last)
    assert not told_in(events_on_a_tuesday(body), last)
    assert _statuses(body, last) <= {"background"}
