"""The admin1 an event is told in: a Palestinian town's governorate (not GeoNames' Gaza Strip
or West Bank), and for a village the gazetteer lacks, the province the article names."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage
from newsevents.extraction.document import PlaceMention, Span
from newsevents.extraction.pipeline import Pipeline
from newsevents.extraction.places.reported_region import as_told, reported_region


def _places(body: str) -> list[tuple[str, str | None, str | None]]:
    article = ArticleMessage(
        id="told", body=body, published_at=dt.datetime(2024, 3, 2, tzinfo=dt.UTC)
    )
    return [
        (e.event_type, e.locations[0].name if e.locations else None, e.acled.admin1)
        for e in Pipeline().extract(article)
    ]


def test_a_west_bank_town_is_told_in_its_governorate() -> None:
    body = "Israeli troops shot dead a young man in Qabatiya in the occupied West Bank on Sunday."
    assert _places(body) == [("attack_on_civilians", "Qabatiyah", "Jenin")]


def test_a_gaza_strip_town_is_told_in_its_governorate() -> None:
    body = (
        "An Israeli air strike hit a house in Jabalia in the Gaza Strip on Tuesday, killing four."
    )
    [(kind, place, admin1)] = _places(body)
    assert (kind, place, admin1) == ("airstrike", "Jabalya", "North Gaza")


def test_the_bare_name_of_a_territory_keeps_the_territory() -> None:
    """ "in Gaza" names the Strip as often as the city: its region stays the Gaza Strip."""
    body = "An Israeli air strike killed five people in Gaza on Friday, medics said."
    assert _places(body) == [("airstrike", "Gaza", "Gaza Strip")]


def test_other_countries_keep_their_admin1() -> None:
    assert reported_region("SY", "Idlib", "town", 35.93, 36.63) == "Idlib"
    assert reported_region("PS", "West Bank", "region", 32.0, 35.2) == "West Bank"


def _mention(text: str, start: int, **fields: object) -> PlaceMention:
    values: dict[str, object] = {
        "span": Span(start, start + len(text)),
        "text": text,
        "name": text,
        "country_code": "NE",
        "admin1": None,
        "latitude": 17.0,
        "longitude": 9.0,
        "precision": "town",
        "feature": "locality",
    }
    values.update(fields)
    return PlaceMention(**values)  # type: ignore[arg-type]


def test_a_lacking_village_takes_the_province_the_article_names() -> None:
    """ "the village of Koraba in the Tahoua region": a village at its country only."""
    village = _mention("Koraba", 40, resolved=False)
    region = _mention("Tahoua", 60, admin1="Tahoua", precision="admin1", feature="admin1")
    far_town = _mention("Niamey", 0, admin1="Niamey", feature="city")
    assert as_told(village, [far_town, region]).admin1 == "Tahoua"
    assert as_told(village, [far_town]).admin1 == "Niamey"
    assert as_told(village, []).admin1 is None
    other_country = _mention("Kano", 80, country_code="NG", admin1="Kano", feature="city")
    assert as_told(village, [other_country]).admin1 is None
