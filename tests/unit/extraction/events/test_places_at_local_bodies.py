"""Twenty-third round, places43: an event that nothing else places is where the local body it
names stands ("the Larkana Press Club", "Garissa University", "PTI Karachi chapter")."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def test_a_protest_by_a_local_committee_is_at_its_town() -> None:
    body = (
        "Members of the Mandya Youth Congress Committee staged a protest outside the post office."
    )
    (event,) = events_of(body)
    assert event.event_type == "protest"
    assert event.locations[0].name == "Mandya"
    assert event.acled.admin1 == "Karnataka"


def test_an_attack_on_a_university_is_at_its_town() -> None:
    # al-Shabaab tells Somalia; Garissa lies in Kenya, its neighbour.
    body = "Al Shabaab gunmen attacked Garissa University at dawn, killing four guards."
    events = events_of(body)
    assert events
    assert events[0].locations[0].name == "Garissa"
    assert events[0].locations[0].country_code == "KE"


def test_a_party_chapter_protest_is_at_its_town() -> None:
    body = "The PTI Karachi chapter held a protest rally against the rise in fuel prices."
    (event,) = events_of(body)
    assert event.locations[0].name == "Karachi"


def test_an_event_told_at_its_country_only_is_at_the_body_town() -> None:
    # The sentence names Pakistan only; the body's town lies in it.
    body = "Retired employees of the Mandya Municipal Council staged a protest across India."
    (event,) = events_of(body)
    assert event.locations[0].name == "Mandya"
    assert event.acled.country == "India"


def test_an_event_told_at_a_province_is_at_the_body_town_inside_it() -> None:
    body = "An Aizawl-based anti-corruption watchdog staged a sit-in protest in Mizoram."
    (event,) = events_of(body)
    assert event.locations[0].name == "Aizawl"
    assert event.acled.admin1 == "Mizoram"
