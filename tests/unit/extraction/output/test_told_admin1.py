"""The admin1 an event is told in: for a village the gazetteer lacks, the province the article
names; elsewhere the gazetteer's (ACLED's first level)."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage
from newsevents.extraction.document import PlaceMention, Span
from newsevents.extraction.pipeline import Pipeline
from newsevents.extraction.places.choosing.told_province import with_told_province


def _places(body: str) -> list[tuple[str, str | None, str | None]]:
    article = ArticleMessage(
        id="told", body=body, published_at=dt.datetime(2024, 3, 2, tzinfo=dt.UTC)
    )
    return [
        (e.event_type, e.locations[0].name if e.locations else None, e.acled.admin1)
        for e in Pipeline().extract(article)
    ]


def test_a_west_bank_town_keeps_acleds_first_level() -> None:
    """ACLED's admin1 for the Palestinian territories is the territory (governorates are its
    admin2): a town there keeps the gazetteer's West Bank."""
    body = "Israeli troops shot dead a young man in Qabatiya in the occupied West Bank on Sunday."
    assert _places(body) == [("attack_on_civilians", "Qabatiyah", "West Bank")]


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
    assert with_told_province(village, [far_town, region]).admin1 == "Tahoua"
    assert with_told_province(village, [far_town]).admin1 == "Niamey"
    assert with_told_province(village, []).admin1 is None
    other_country = _mention("Kano", 80, country_code="NG", admin1="Kano", feature="city")
    assert with_told_province(village, [other_country]).admin1 is None


def test_a_town_of_the_capitals_countryside_told_in_damascus_province() -> None:
    """State outlets call the province around Damascus "Damascus province": a town the
    gazetteer puts in Rif Dimashq keeps it, though the event names "Damascus province"."""
    body = (
        "The orchards of Harasta in the northern part of Damascus province saw fierce fighting "
        "between two rival militant factions on Friday, leaving 14 of their fighters dead."
    )
    assert _places(body) == [("armed_clash", "Harasta", "Rif Dimashq")]
