"""A note that names its country only by other words (an office, a people, a party of one
country) is about that country: its small places are read there (actors/note_places.py).
Msambweni is a small Kenyan town and a district of Tanzania: alone, its name needs its country."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import Article
from newsevents.extraction.actors.country.note_places import NOTE_PLACES
from newsevents.extraction.pipeline import COMPONENTS, Pipeline

_WITHOUT = Pipeline(components=tuple(c for c in COMPONENTS if c is not NOTE_PLACES))


def _events(body: str, pipeline: Pipeline | None = None) -> list[tuple[str, list[str], str]]:
    article = Article(id="note", body=body, published_at=dt.datetime(2018, 3, 9, tzinfo=dt.UTC))
    return [
        (e.event_type, [f"{p.name} {p.country_code}" for p in e.locations], e.acled.actor1 or "")
        for e in (pipeline or Pipeline()).extract(article)
    ]


def test_a_town_of_the_country_an_office_tells_is_read_there() -> None:
    body = "Traders protesting over market fees blocked a road in Msambweni, an MCA said."
    assert _events(body, _WITHOUT) == [("protest", [], "Protesters (Kenya)")]
    assert _events(body) == [("protest", ["Msambweni KE"], "Protesters (Kenya)")]


def test_a_town_of_the_country_a_people_tells_is_read_there() -> None:
    body = "Pokot herders raided a homestead in Msambweni and drove off forty goats."
    assert _events(body) == [
        ("attack_on_civilians", ["Msambweni KE"], "Pokot Ethnic Militia (Kenya)")
    ]


def test_an_outlet_or_nothing_tells_no_country_for_the_places() -> None:
    # An agency reports from everywhere; a note with no cue at all stays without a place.
    for tail in (", an Associated Press reporter said.", "."):
        body = f"Traders protesting over market fees blocked a road in Msambweni{tail}"
        assert _events(body) == _events(body, _WITHOUT)
        assert [places for _, places, _ in _events(body)] == [[]]


def test_a_long_article_with_no_place_is_not_read_again() -> None:
    # Past a note's length, the same words are not read as about the country they tell.
    padding = " Traders said the fees had doubled since the year began." * 20
    body = "Traders protesting over market fees blocked a road in Msambweni, an MCA said." + padding
    assert all(places == [] for _, places, _ in _events(body))
