"""Nineteenth round, places: a faith's quarter named after "of" ("the Shiite district of X") and
"the capital" of an article's one country."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def test_a_faith_s_quarter_is_named_after_of() -> None:
    body = (
        "A car bomb went off on Monday at a market in Baghdad's Shiite district of Jamila, "
        "killing six people."
    )
    (event,) = events_of(body)
    assert event.event_type == "explosive_attack"
    assert event.locations[0].name == "Jamila"
    assert event.locations[0].admin1 == "Baghdad"
    assert "Shiite" not in {p.name for p in event.locations}


def test_the_capital_of_the_one_country_a_demonym_tells() -> None:
    # (a road blocked by the crowd alone is no riot since crowds59, and this riot's sentence
    # was one: its tyres burnt keep it the capital's riot)
    body = (
        "Lebanese protesting the dire living conditions took to the streets Thursday across the "
        "country, blocking vital highways.\n\nIn the capital, protesters burned tyres on the "
        "roads around the main square, sparking altercations with motorists who were trapped in "
        "their vehicles."
    )
    events = events_of(body)
    capital = [e for e in events if e.locations and e.locations[0].name == "Beirut"]
    assert capital, [(e.event_type, e.locations) for e in events]
    assert capital[0].locations[0].country_code == "LB"
    assert capital[0].event_type in ("riot", "protest")


def test_an_outlet_tells_no_country_of_the_capital() -> None:
    body = (
        "Nepalese police fired tear gas Saturday to disperse activists who defied a ban on "
        "rallies in the capital. An Associated Press reporter at the scene said he saw 200 "
        "people being taken away."
    )
    (event,) = events_of(body)
    assert event.event_type == "protest_dispersed"
    assert event.locations[0].name == "Kathmandu"
    assert event.locations[0].country_code == "NP"
