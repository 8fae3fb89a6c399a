"""Twenty-second round, places42: the province of a village the gazetteer lacks, read from its
own phrase ("the village of X in the Y region", "X, a town about 100 km south of Y"); a village
told off the capital anywhere in the article lies off it; one told 50 km or more off its
country's capital lies in no province the text tells (not the capital's)."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def test_a_village_in_a_named_region_takes_that_region() -> None:
    # The lead names a neighbouring country only; the village's own phrase names its region.
    body = (
        "Militants operating out of Nigeria raided a village across the border and killed at "
        "least 12 civilians, security sources said on Friday.\n\n"
        "The overnight attack took place in the village of Ngarwana in the Diffa region, "
        "residents said."
    )
    events = events_of(body)
    village = next(e for e in events if e.locations and e.locations[0].name == "Ngarwana")
    assert village.event_type == "attack_on_civilians"
    assert not village.locations[0].resolved
    assert village.locations[0].country_code == "NE"
    assert village.acled.admin1 == "Diffa"


def test_a_town_told_off_another_town_takes_that_towns_province() -> None:
    body = (
        "Al Shabaab fighters overran an army base in Somalia on Thursday, killing 20 soldiers, "
        "officials in Mogadishu said.\n\n"
        "The fighters overran the base in Galgala Dheer, a town about 100 km (60 miles) south "
        "of Bosaso, a military officer said."
    )
    events = events_of(body)
    base = next(e for e in events if e.locations and e.locations[0].name == "Galgala Dheer")
    assert base.acled.admin1 == "Bari"


def test_a_village_far_off_the_capital_takes_no_province() -> None:
    body = (
        "Gunmen killed 12 villagers on Monday in Tondibangou, a village about 100 kilometers "
        "(62 miles) north of the capital, Niamey, officials said."
    )
    events = events_of(body)
    village = next(e for e in events if e.locations and e.locations[0].name == "Tondibangou")
    assert village.locations[0].country_code == "NE"
    assert village.locations[0].admin1 is None
    assert village.acled.admin1 is None


def test_a_village_near_the_capital_keeps_its_province() -> None:
    # Told 20 km off the capital: the capital's province is not ruled out.
    body = (
        "Gunmen killed four farmers on Monday in Karfadji, a village about 20 kilometers "
        "north of the capital, Niamey, police said."
    )
    events = events_of(body)
    village = next(e for e in events if e.locations and e.locations[0].name == "Karfadji")
    assert village.acled.admin1 == "Niamey"


def test_an_area_told_off_the_capital_in_the_lead_lies_off_it_when_retold() -> None:
    body = (
        "Two people were killed on Thursday in a clash that took place in Bchamoun, south of "
        "the capital Beirut, and the army arrested a number of its participants.\n\n"
        "\u201cA dispute in the area of Bchamoun turned into an exchange of fire,\u201d the "
        "state news agency said, adding that two died and three were wounded."
    )
    events = events_of(body)
    assert events
    assert any(
        e.locations
        and e.locations[0].name == "Bchamoun"
        and e.locations[0].admin1 == "Mount Lebanon"
        for e in events
    )
    assert not any(
        e.locations and e.locations[0].name == "Bchamoun" and e.acled.admin1 == "Beirut"
        for e in events
    )


def test_a_province_that_owns_the_district_does_not_place_the_village() -> None:
    # "of north Kashmir's Baramulla district": the district's town places the area, not the
    # province's point.
    body = (
        "Two constables were wounded on Friday night when suspected militants fired at a "
        "police picket in the Pattan area of north Kashmir's Baramulla district."
    )
    events = events_of(body)
    assert events
    place = events[0].locations[0]
    assert place.name == "Pattan"
    assert abs(place.latitude - 34.2) < 0.3 and abs(place.longitude - 74.35) < 0.3


def test_a_town_told_off_the_capital_keeps_the_events_province() -> None:
    body = (
        "Gunmen shot dead four soldiers at a military checkpoint in Anbar province on "
        "Thursday, security sources said.\n\n"
        "The attack occurred near Garmashiya, a town 50 km (30 miles) northwest of Baghdad, in "
        "the early hours of Thursday morning."
    )
    events = events_of(body)
    assert events
    assert events[0].locations[0].name == "Garmashiya"
    assert events[0].acled.admin1 == "Anbar"
