"""Review of the thirty-fifth round (review56): the civilians a first telling counts stay the
side hit only until a telling of the same incident counts an armed side's own dead
(``events/merge/folding._better_hit``). Each text with its commas and without them."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import extract_events


def _sides(body: str, event_type: str) -> tuple[str | None, str | None]:
    """actor1 and actor2 (ACLED names) of the article's first event of ``event_type``."""
    article = ArticleMessage(
        id="review56", body=body, published_at=dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)
    )
    event = next(e for e in extract_events(article) if e.event_type == event_type)
    assert event.acled is not None
    return event.acled.actor1, event.acled.actor2


def _commaless(body: str) -> str:
    return body.replace(",", "")


_FIGHTERS_COUNTED = (
    "IDLIB (AP) - An airstrike on the village of Maaret Harma killed 12 people on Sunday,"
    " rescuers said. Russian warplanes killed 12 Hayat Tahrir al-Sham fighters in the raid, the"
    " Syrian Observatory for Human Rights said, including a local commander."
)


@pytest.mark.parametrize("body", [_FIGHTERS_COUNTED, _commaless(_FIGHTERS_COUNTED)])
def test_a_retelling_that_counts_the_dead_as_fighters_names_their_group(body: str) -> None:
    assert _sides(body, "airstrike") == (
        "Military Forces of Russia (2000-)",
        "Hayat Tahrir al Sham",
    )


# Near miss: the side the attacker says it aimed at counts no dead of its own.
_CLAIMED_TARGET = (
    "SANAA (Reuters) - A Saudi-led coalition airstrike on a wedding in Hajjah killed 20 people"
    " on Monday, medics said. The coalition said it had targeted Houthi fighters gathered at"
    " the site."
)


@pytest.mark.parametrize("body", [_CLAIMED_TARGET, _commaless(_CLAIMED_TARGET)])
def test_a_target_claimed_without_its_dead_leaves_the_civilians_hit(body: str) -> None:
    assert _sides(body, "airstrike")[1] == "Civilians (Yemen)"
