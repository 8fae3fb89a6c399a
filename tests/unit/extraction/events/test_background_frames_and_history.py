"""Background the twelfth round marks (texts written for these tests; published Tuesday 20
February 2024, the lead's incident on Monday): the news named again as the subject of its
frame; "since" a coup or a takeover; a time of history the date finder leaves alone."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import (
    KAFR_NABL_ELABORATION,
    KAFR_NABL_LEAD,
    events_on_a_tuesday,
    fatalities,
    told_in,
)

# A closing paragraph: what the tests tell is not the story's close (background/closing.py).
_CLOSE = "The province is held by rebels."


def _body(*sentences: str) -> str:
    return "\n\n".join([KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, *sentences, _CLOSE])


def _statuses(body: str, sentence: str) -> set[str]:
    """The statuses of the events told in ``sentence`` (background kept, marked)."""
    return {
        e.temporal_status
        for e in told_in(events_on_a_tuesday(body, include_background=True), sentence)
    }


@pytest.mark.parametrize(
    "frame",
    [
        "The protests are an eruption of anger against the local council, residents say.",
        "The demonstrations came as the governor lobbied his allies for more troops.",
        "The riots near the village were the worst in the province this year.",
    ],
)
def test_the_news_named_again_in_its_frame_is_not_published(frame: str) -> None:
    """The lead's killing is the one event published: the frame adds none of its own."""
    published = events_on_a_tuesday(_body(frame))
    assert [e.event_type for e in published] == ["attack_on_civilians"]
    assert "Kafranbel" in {loc.name for loc in published[0].locations}
    assert fatalities(published[0]) == 4


def test_a_frame_after_which_another_act_is_dated_in_the_news_window_stays_news() -> None:
    """ "came one day after another bomb hit ... on Sunday": the act it follows is one more
    incident of the news, which the noun's event may carry."""
    frame = (
        "The attack came one day after a roadside bomb hit an army truck near Saraqib on Sunday."
    )
    assert told_in(events_on_a_tuesday(_body(frame)), frame), "an event of the sentence is news"


def test_the_news_told_by_its_own_verb_is_not_framed() -> None:
    told = "The attack on the farmers was carried out by four gunmen on motorcycles, he said."
    body = _body(told)
    assert {e.temporal_status for e in events_on_a_tuesday(body, include_background=True)} == {
        "current"
    }


@pytest.mark.parametrize(
    "standing",
    [
        "Fighting has intensified in the province since the coup, the monitor said.",
        "Clashes have flared across the region in the months since the army toppled the "
        "elected government.",
    ],
)
def test_since_a_coup_or_a_takeover_counts_a_period(standing: str) -> None:
    body = _body(standing)
    assert not told_in(events_on_a_tuesday(body), standing)
    assert _statuses(body, standing) == {"background"}


@pytest.mark.parametrize(
    "history",
    [
        "Rebels fought government troops for the hills around the turn of the century.",
        "Rebels fought government troops for the hills in the 1990s.",
    ],
)
def test_a_time_of_history_is_an_earlier_incident(history: str) -> None:
    """The old fight is not merged into the lead's killing (its type and evidence stay the
    lead's), and is marked background."""
    body = _body(history)
    published = events_on_a_tuesday(body)
    assert [e.event_type for e in published] == ["attack_on_civilians"]
    assert published[0].evidence.trigger != "fought"
    assert _statuses(body, history) == {"background"}


@pytest.mark.parametrize(
    ("after_trigger", "frame"),
    [
        (" came as talks resumed", True),
        (" follows a week of raids", True),
        (" followers of the cleric gathered", False),
        (" comedians mocked it", False),
    ],
)
def test_a_frame_verb_is_a_whole_word(after_trigger: str, frame: bool) -> None:
    """ "The attack follows …" frames the news; "followers" or "comedians" after the trigger
    are other words that only begin like a frame verb."""
    from newsevents.extraction.events.background.framed import _FRAME

    assert (_FRAME.match(after_trigger) is not None) is frame
