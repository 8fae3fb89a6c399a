"""Words of a report capitalised as agency copy writes them are no localities: a bearing alone
("in Northeast of X"), a bearing with a province's noun ("the Northern Province of X") and a
headline's verb after a name ("in Talbiseh Advances in Hama")."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage
from newsevents.extraction.events.geography.names.place_names import names_a_place
from newsevents.extraction.pipeline import Pipeline


def _places(body: str) -> list[tuple[str, str | None, str | None]]:
    article = ArticleMessage(
        id="headline", body=body, published_at=dt.datetime(2024, 3, 2, tzinfo=dt.UTC)
    )
    return [
        (e.event_type, e.locations[0].name if e.locations else None, e.acled.admin1)
        for e in Pipeline().extract(article)
    ]


def test_a_capitalised_bearing_alone_is_no_locality() -> None:
    body = (
        "Kurdish fighters seized a large weapons depot in Northeast of Hasaka after heavy "
        "fighting with ISIS militants on Monday."
    )
    assert _places(body) == [("armed_clash", "Al Hasakah", "Al-Hasakah")]


def test_the_northern_province_of_a_province_is_that_province() -> None:
    body = (
        "Allied militiamen stepped up their ground attacks on militant positions around Tell "
        "Shughaib town inside the Northern Province of Raqqa overnight, leaving at least 23 "
        "militants dead."
    )
    assert _places(body) == [("armed_clash", "Tell Shughaib", "Raqqa")]


def test_a_headline_verb_ends_the_name_before_it() -> None:
    body = (
        "Syrian Army Kills 12 Militants in Talbiseh Advances in Hama. Army units killed twelve "
        "militants who tried to sneak towards Kafr Nan in Homs northern countryside on Saturday."
    )
    names = [name for _, name, _ in _places(body)]
    assert "Talbiseh Advances" not in names
    # the headline's clash at Hama, the body's in Homs countryside
    assert names == ["Hamah", "Homs"]


def test_towns_named_like_foreign_bearings_are_names() -> None:
    assert names_a_place("Sur") and names_a_place("Centre")
    assert not names_a_place("Southwest") and not names_a_place("North-East")
