"""Labour action told as a state or as what people stage is a protest (issue 11, twelfth
round): "have been on strike", "have been striking", "staged a strike", a fast kept over a
grievance, a hyphened sit-in. Invented reports, invented places."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import extract_events
from tests.unit.extraction.events.articles import main_event


@pytest.mark.parametrize(
    "body",
    [
        "On 2 June 2023, lawyers in Ridgefield have been on strike for more than two months demanding a new court bench.",
        "On 2 June 2023, municipal workers in Ridgefield have been striking for seven days over a pay dispute.",
        "On 2 June 2023, unions staged a strike in Ridgefield against the sale of the state mine.",
        "On 2 June 2023, farmers in Oakvale began an indefinite fast demanding fertiliser supplies.",
        "On 2 June 2023, nurses staged a sit-in-protest outside the hospital in Oakvale demanding regular contracts.",
        "On 2 June 2023, teachers in Oakvale went on a flash strike after a colleague was assaulted.",
    ],
)
def test_labour_action_is_a_protest(body: str) -> None:
    event = main_event(body)
    assert event.event_type == "protest"
    assert event.codes.acled_sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "body",
    [
        # a religious fast names no grievance
        "On 2 June 2023, residents of Oakvale began the fast of Ramadan.",
    ],
)
def test_a_fast_without_a_grievance_is_no_protest(body: str) -> None:
    article = ArticleMessage(id="t", body=body, published_at="2023-06-02T12:00:00Z")
    assert all(e.event_type != "protest" for e in extract_events(article))


@pytest.mark.parametrize(
    "body",
    [
        # a strike told with its target, or as a mission, is the forces' act, not labour's
        "On 2 June 2023, the air force staged a strike on a rebel base near Oakvale, the army said.",
        "On 2 June 2023, two jets were on a strike run over Oakvale when rebels fired at them.",
        "On 2 June 2023, the army declared a strike on militant hideouts near Ridgefield.",
    ],
)
def test_a_strike_on_a_target_is_no_labour_action(body: str) -> None:
    article = ArticleMessage(id="t", body=body, published_at="2023-06-02T12:00:00Z")
    assert all(e.event_type != "protest" for e in extract_events(article))


@pytest.mark.parametrize(
    "body",
    [
        "Dock workers in Ridgefield staged a strike on Monday over unpaid wages.",
        "Bus drivers in Ridgefield went on strike on the call of their union on Monday.",
        "Teachers in Ridgefield went on strike on the 3rd of June over unpaid wages.",
    ],
)
def test_a_strike_on_a_day_or_a_call_is_labour_action(body: str) -> None:
    assert main_event(body).event_type == "protest"
