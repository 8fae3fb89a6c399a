"""One demonstration per town and day: the bare demonstration told paragraphs away from what
became of it, at its town or at the country around it, is that demonstration's event
(merge/crowds/town_demonstrations.py); another town's, or one told as another, stays apart."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of

_MARCH = (
    "Thousands of people protested in the city of Kisumu on Monday against a rise in fuel"
    " prices.\n\nThe marchers carried placards and sang songs as they walked to the county"
    " offices.\n\nOrganisers said the march would be the first of many.\n\n"
)
_DISPERSAL = (
    "Police used tear gas on Monday to disperse a crowd marching on the county offices in the"
    " city of Kisumu.\n\nOfficers said the march had not been authorised.\n\nThe organisers said"
    " they would go to court.\n\nA spokesman for the police said the officers had acted within"
    " the law.\n\n"
)


def test_a_march_that_turned_violent_paragraphs_later_is_one_riot() -> None:
    events = events_of(
        _MARCH + "At the county offices the protesters threw stones at police officers and set"
        " tyres on fire.\n\nTraders said the town centre stayed shut."
    )
    assert [(e.event_type, e.locations[0].name) for e in events] == [("riot", "Kisumu")]


def test_the_protest_told_at_the_country_is_the_one_town_s_dispersal() -> None:
    events = events_of(
        _DISPERSAL + "Protesters in Kenya have marched against the new tax law, their leaders"
        " said.\n\nThe union has called for a strike next week."
    )
    assert [(e.event_type, e.locations[0].name) for e in events] == [
        ("protest_dispersed", "Kisumu")
    ]


def test_the_protesters_of_another_town_stay_another_demonstration() -> None:
    events = events_of(
        _MARCH + "In Nakuru the protesters threw stones at police officers and set tyres on"
        " fire.\n\nTraders said the town centre stayed shut."
    )
    assert sorted((e.event_type, e.locations[0].name) for e in events) == [
        ("protest", "Kisumu"),
        ("riot", "Nakuru"),
    ]


def test_a_demonstration_told_as_another_stays_apart() -> None:
    events = events_of(
        _MARCH + "In another protest, the protesters threw stones at police officers in Kisumu"
        " and set tyres on fire.\n\nTraders said the town centre stayed shut."
    )
    assert sorted(e.event_type for e in events) == ["protest", "riot"]


def test_the_riot_a_quote_tells_after_the_dispersal_is_that_dispersal() -> None:
    events = events_of(
        _DISPERSAL + "A police commander in the city of Kisumu said: “The protesters threw"
        " stones at our officers.”\n\nTraders said the town centre stayed shut."
    )
    assert [(e.event_type, e.locations[0].name, e.actors[0].name) for e in events] == [
        ("protest_dispersed", "Kisumu", "Police Forces of Kenya")
    ]


def test_stones_thrown_at_the_officers_later_do_not_retype_the_dispersal() -> None:
    events = events_of(
        _DISPERSAL + "Officers in Kisumu fired tear gas again as protesters hurled rocks at"
        " them.\n\nTraders said the town centre stayed shut."
    )
    assert [(e.event_type, e.locations[0].name) for e in events] == [
        ("protest_dispersed", "Kisumu")
    ]


def test_the_riot_of_another_town_stays_apart_from_the_dispersal() -> None:
    events = events_of(
        _DISPERSAL + "Officers in Nakuru fired tear gas as protesters hurled rocks at them.\n\n"
        "Traders said the town centre stayed shut."
    )
    assert sorted((e.event_type, e.locations[0].name) for e in events) == [
        ("protest_dispersed", "Kisumu"),
        ("riot", "Nakuru"),
    ]


def test_the_riot_of_another_day_stays_apart_from_the_dispersal() -> None:
    events = events_of(
        _DISPERSAL + "On Wednesday officers in Kisumu fired tear gas as protesters hurled rocks"
        " at them.\n\nTraders said the town centre stayed shut."
    )
    assert sorted(e.event_type for e in events) == ["protest_dispersed", "riot"]


def test_the_mob_of_the_dispersed_demonstration_s_town_is_that_demonstration() -> None:
    events = events_of(
        _DISPERSAL + "A mob in Kisumu set fire to two shops and a police car.\n\nTraders said the"
        " town centre stayed shut."
    )
    assert [(e.event_type, e.locations[0].name) for e in events] == [
        ("protest_dispersed", "Kisumu")
    ]


def test_the_mob_of_another_town_stays_apart_from_the_dispersal() -> None:
    events = events_of(
        _DISPERSAL + "A mob in Nakuru set fire to two shops and a police car.\n\nTraders said the"
        " town centre stayed shut."
    )
    assert sorted((e.event_type, e.locations[0].name) for e in events) == [
        ("mob_violence", "Nakuru"),
        ("protest_dispersed", "Kisumu"),
    ]
