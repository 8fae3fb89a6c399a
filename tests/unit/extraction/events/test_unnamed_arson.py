"""Twenty-fourth round (types44): arson by people the report names only as assailants,
miscreants or unidentified persons is a crowd's, whatever burns (mob violence, as Bangladesh's
notes code it); unknown arsonists, an unknown group or armed men burning houses stay property
destruction or an attack."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import Article
from newsevents.extraction.pipeline import Pipeline
from tests.unit.extraction.events.articles import main_event


@pytest.mark.parametrize(
    "body",
    [
        "Assailants torched the local party office in Jhenaidah on Thursday, burning down furniture.",
        "On 9 August 2024, unidentified persons set ablaze the shops of two party leaders in Barisal city.",
        "Miscreants set fire to the land office of Bandar union in Narayanganj on Monday.",
    ],
)
def test_arson_by_unnamed_assailants_is_mob_violence(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Mob violence"


@pytest.mark.parametrize(
    "body",
    [
        "Unknown arsonists torched the offices of the county government in Vihiga on Monday.",
        "An unknown group torched houses in Keiyo on Monday.",
    ],
)
def test_arson_by_unknown_arsonists_stays_property_destruction(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize(
    "body",
    [
        "Two unidentified persons set a school bus belonging to a private school on fire in Rajshahi.",
        "Party activists set three vehicles, including a truck and a van, afire in Laxmipur town.",
    ],
)
def test_arson_whatever_long_the_thing_set_on_fire(body: str) -> None:
    # "set X on fire" read whatever long X is told (a phrase with "belonging to", a list)
    assert main_event(body).codes.acled_sub_event_type == "Mob violence"


def test_setting_up_a_fire_station_is_no_arson() -> None:
    body = "The council set up a new fire station near the market, which caught fire last year."
    article = Article(id="n", body=body, published_at=dt.datetime(2024, 3, 9, tzinfo=dt.UTC))
    assert Pipeline().extract(article) == []
