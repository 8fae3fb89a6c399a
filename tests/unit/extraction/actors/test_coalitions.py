"""A coalition told without its leader is the one the article names in full (Saudi-led in
Yemen, US-led against the Islamic State)."""

from __future__ import annotations

from newsevents.extraction.actors.find import find_actors
from tests.unit.extraction.events.articles import events_of
from tests.unit.helpers import document


def _names_of(text: str, surface: str) -> list[str]:
    doc = document(text)
    find_actors(doc)
    return [a.name for a in doc.actors if a.text == surface]


def test_a_bare_coalition_after_the_saudi_led_one_is_saudi_led() -> None:
    text = (
        "The Saudi-led coalition has fought the Houthis for years. On Monday coalition warplanes "
        "hit a fuel depot near the port of Hodeidah."
    )
    assert _names_of(text, "coalition warplanes") == ["Saudi-led coalition"]


def test_a_bare_coalition_after_the_us_led_one_stays_us_led() -> None:
    text = (
        "The US-led coalition backs Kurdish fighters near Raqqa. On Monday coalition warplanes "
        "hit a fuel depot east of the city."
    )
    assert _names_of(text, "coalition warplanes") == ["Global Coalition against Daesh"]


def test_with_no_coalition_named_a_yemeni_article_means_the_saudi_led_one() -> None:
    body = (
        "Coalition jets struck a market in Saada province in northern Yemen on Monday, "
        "killing nine civilians, Houthi health officials said."
    )
    strikes = [e for e in events_of(body) if e.event_type == "airstrike"]
    assert strikes, "the air strike is read"
    attackers = {a.name for a in strikes[0].actors if a.role == "actor1"}
    assert attackers == {"Saudi-led coalition"}
    assert strikes[0].locations[0].country_code == "YE"
