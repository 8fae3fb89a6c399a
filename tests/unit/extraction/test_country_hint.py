"""``ArticleMessage.countries``: the source says which country an article is about (a national
outlet, a feed's focus), and the text's small places and unnamed actors are read there."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import Pipeline


def _events(body: str, countries: list[str]) -> list[tuple[str, list[tuple[str, str]], str]]:
    article = ArticleMessage(
        id="hint",
        body=body,
        published_at=dt.datetime(2019, 5, 2, tzinfo=dt.UTC),
        countries=countries,
    )
    return [
        (
            e.event_type,
            [(p.name, p.country_code) for p in e.locations],
            e.acled.actor1 or "",
        )
        for e in Pipeline().extract(article)
    ]


def test_a_village_of_the_hinted_country_is_read_there() -> None:
    """Msambweni (a small Kenyan town, and a district of Tanzania) needs its country: the text
    does not name it, the source does. (A town no other country has a place of that name for,
    told as where it happened, needs no hint: places/choosing/choose.py.)"""
    body = "Students rioted in Msambweni over the transfer of a teacher."
    assert _events(body, []) == [("riot", [], "Rioters (International)")]
    assert _events(body, ["KE"]) == [("riot", [("Msambweni", "KE")], "Rioters (Kenya)")]


def test_unnamed_actors_take_the_hinted_country() -> None:
    body = "Gunmen shot dead a man on Saturday."
    assert _events(body, ["KE"])[0][2] == "Unidentified Armed Group (Kenya)"


def test_the_text_still_decides_over_the_hint() -> None:
    """A Kenyan outlet reporting from Somalia: the places of the text win."""
    events = _events("Gunmen shot dead a man in Mogadishu, Somalia.", ["KE"])
    assert events[0][1][0] == ("Mogadishu", "SO")


def test_hints_are_iso_codes() -> None:
    with pytest.raises(ValidationError):
        ArticleMessage(
            id="x",
            body="b",
            published_at=dt.datetime(2019, 5, 2, tzinfo=dt.UTC),
            countries=["Kenya"],
        )
