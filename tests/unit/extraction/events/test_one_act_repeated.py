"""A word of repetition before a past form tells one act done again and again, not a habit:
"a shopkeeper was repeatedly stabbed", "gunmen continuously fired at the crowd" (texts written
for these tests; published Tuesday 20 February 2024)."""

from __future__ import annotations

import pytest

from newsevents.extraction.events.link.temporal.standing import without_one_act_repeats
from tests.unit.extraction.events.articles import (
    KAFR_NABL_LEAD,
    actor1,
    events_on_a_tuesday,
    told_in,
)


def test_a_passive_stabbed_repeatedly_is_news_with_its_place() -> None:
    second = (
        "In a separate attack, a shopkeeper was repeatedly stabbed by unknown assailants in "
        "the town of Maarat al-Numan."
    )
    published = events_on_a_tuesday(f"{KAFR_NABL_LEAD} {second}")
    stabbing = told_in(published, second)
    assert [e.event_type for e in stabbing] == ["attack_on_civilians"]
    assert stabbing[0].temporal_status == "current"
    assert [place.name for place in stabbing[0].locations] == ["Maarrat an Numan"]
    assert "Unidentified Armed Group" in actor1(stabbing[0])


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("In Saraqib, police repeatedly fired tear gas at protesters.", "protest_dispersed"),
        (
            "In Saraqib, gunmen continuously fired at a crowd of mourners, wounding three people.",
            "protest_repressed",
        ),
    ],
)
def test_a_simple_past_fired_repeatedly_is_news(sentence: str, kind: str) -> None:
    published = told_in(events_on_a_tuesday(f"{KAFR_NABL_LEAD} {sentence}"), sentence)
    assert [e.event_type for e in published] == [kind]


@pytest.mark.parametrize(
    "habit",
    [
        "Government forces have repeatedly shelled the town of Saraqib.",
        "Government forces repeatedly shell the town of Saraqib.",
        "The town had been repeatedly shelled by government forces.",
        "Militants repeatedly attacked army posts in the province.",
        "Government forces continuously shelled the countryside of Saraqib for months.",
    ],
)
def test_a_habit_told_with_repetition_stays_background(habit: str) -> None:
    body = f"{KAFR_NABL_LEAD} {habit}"
    assert told_in(events_on_a_tuesday(body), habit) == []
    marked = told_in(events_on_a_tuesday(body, include_background=True), habit)
    assert marked and all(e.temporal_status == "background" for e in marked)


def test_only_the_repeat_of_the_act_itself_is_blanked_at_the_same_offsets() -> None:
    told = "A man was repeatedly stabbed; troops have repeatedly raided the camp."
    blanked = without_one_act_repeats(told)
    assert len(blanked) == len(told)
    assert "was " + " " * len("repeatedly") + " stabbed" in blanked
    assert "have repeatedly raided" in without_one_act_repeats(told)


def test_a_repeat_of_another_verb_keeps_the_sentence_background() -> None:
    """The briefing is interrupted again and again, not the explosions: a retelling stays out."""
    retold = "A press briefing in Saraqib was repeatedly interrupted by the explosions."
    body = f"{KAFR_NABL_LEAD} {retold}"
    assert told_in(events_on_a_tuesday(body), retold) == []
    assert without_one_act_repeats(retold) == retold
