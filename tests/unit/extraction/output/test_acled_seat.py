"""Twenty-sixth round, places46: an event known only to its province is coded, as ACLED codes
it, at the province's seat named like it, not at the province's centre."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.evaluation.primary import primary_event
from newsevents.extraction.pipeline import extract_events


def _event_and_acled(body: str) -> tuple[str, str, AcledFields]:
    article = ArticleMessage(id="seat-test", body=body, published_at="2015-03-06T12:00:00Z")
    event = primary_event(extract_events(article))
    assert event is not None, body
    return event.locations[0].name, event.locations[0].precision, event.acled


def test_a_county_named_like_its_town_is_coded_at_the_town() -> None:
    name, precision, acled = _event_and_acled(
        "Gunmen killed three herders in clashes over a watering hole in Mandera County."
    )
    assert (name, precision) == ("Mandera", "admin1")  # the location stays the county
    assert acled.admin1 == "Mandera"
    assert acled.geo_precision == 3
    assert acled.latitude is not None and acled.longitude is not None
    # Mandera town lies on the Somali border, some 50 km from the county's centre.
    assert abs(acled.latitude - 3.94) < 0.05
    assert abs(acled.longitude - 41.86) < 0.05


def test_a_province_named_like_no_town_keeps_its_centre() -> None:
    _, precision, acled = _event_and_acled(
        "Gunmen killed three villagers in an attack in Rif Dimashq on Tuesday."
    )
    assert precision == "admin1"
    assert acled.latitude is not None
    assert abs(acled.latitude - 33.51) > 0.01  # not Damascus city


def test_an_event_known_only_to_its_country_is_coded_at_the_capital() -> None:
    name, precision, acled = _event_and_acled(
        "University students rioted over fees in Kenya and fought running battles with police."
    )
    assert (name, precision) == ("Kenya", "country")
    assert acled.latitude is not None and acled.longitude is not None
    assert abs(acled.latitude - (-1.28)) < 0.05  # Nairobi
    assert abs(acled.longitude - 36.82) < 0.05
