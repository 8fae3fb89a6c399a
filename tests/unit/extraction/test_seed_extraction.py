"""The seed article through the extractor alone (the same content runs over Kafka too)."""

from __future__ import annotations

from newsevents.extraction.pipeline import extract_events
from newsevents.inputs import read_articles
from tests.conftest import SEEDS
from tests.seed_expectations import EXPECTED, SEED_ARTICLE_ID, missing_expectations


def _seed_events():  # type: ignore[no-untyped-def]
    (article,) = read_articles(str(SEEDS / "irgc-deir-ezzor-almashareq.json"))
    assert article.id == SEED_ARTICLE_ID
    return article, extract_events(article)


def test_every_expected_event_is_extracted() -> None:
    """Type, key actor, place with province and attribution of each listed event."""
    _, events = _seed_events()
    assert missing_expectations(events) == []
    assert len(EXPECTED) <= len(events)


def test_event_ids_are_deterministic_and_unique() -> None:
    """A replay produces the same ids; no two events share one."""
    _, first = _seed_events()
    _, second = _seed_events()
    assert [e.event_id for e in first] == [e.event_id for e in second]
    assert len({e.event_id for e in first}) == len(first)


def test_evidence_offsets_point_into_the_body() -> None:
    """Evidence and trigger offsets slice the article body exactly."""
    article, events = _seed_events()
    for event in events:
        evidence = event.evidence
        assert article.body[evidence.start : evidence.end] == evidence.text
        assert article.body[evidence.trigger_start : evidence.trigger_end] == evidence.trigger
        assert evidence.start <= evidence.trigger_start < evidence.trigger_end <= evidence.end


def test_places_carry_coordinates_in_their_province() -> None:
    """Albu Kamal and al-Mayadeen in Deir ez-Zor, al-Dibsi in Raqqa, with coordinates."""
    _, events = _seed_events()
    places = {p.name: p for e in events for p in e.locations}
    for name, admin1, lat, lon in [
        ("Albu Kamal", "Deir ez-Zor", 34.45, 40.92),
        ("Al Mayadin", "Deir ez-Zor", 35.02, 40.45),
        ("al-Dibsi", "Raqqa", 35.9, 38.3),
    ]:
        place = places[name]
        assert (place.admin1, place.country_code) == (admin1, "SY")
        assert abs(place.latitude - lat) < 0.5 and abs(place.longitude - lon) < 0.5
