"""The fifty-fourth round's air strikes the golds hold and we missed (air74): an air strike whose
sentence tells provinces as places of their own beside its other places is one event per
province (merge/places/per_place/told_provinces.py), a province told right after a name or a
kind of site only locating it; and the strikes told again around one town and near the lead's
(geography/lists/list_glue.py), after a lead printed twice, are one at each, the lead's toll on
the lead's place (merge/places/per_place/listed_places.py). Names and figures invented."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _places(events: list[EventMessage]) -> list[tuple[str, str | None]]:
    return sorted(
        (e.locations[0].name, e.locations[0].admin1)
        for e in events
        if e.event_type == "airstrike" and e.locations
    )


def test_provinces_told_beside_a_city_are_one_air_strike_each() -> None:
    events = events_of(
        "Government jets bombed rebel hideouts across Daraa province, in Quneitra province,"
        " over the central province of Homs and in the coastal town of Baniyas on Thursday."
    )
    assert _places(events) == [
        ("Baniyas", "Tartus"),
        ("Daraa", "Daraa"),
        ("Homs", "Homs"),
        ("Quneitra", "Quneitra"),
    ]
    assert all(
        (e.acled.actor1 or "").startswith("Military Forces of Syria")
        for e in events
        if e.event_type == "airstrike"
    )


def test_a_countryside_told_apart_from_a_town_and_its_own_is_a_strike_of_its_own() -> None:
    events = events_of(
        "Army warplanes destroyed nine ISIS pickups in the town of Shaddadi in Hasakah"
        " countryside and two fuel tankers in Raqqa countryside on Thursday."
    )
    assert _places(events) == [("Raqqa", "Raqqa"), ("al-Shaddadi", "Al-Hasakah")]


def test_a_countryside_after_a_site_locates_it_and_another_is_a_strike_of_its_own() -> None:
    events = events_of(
        "Army aircraft destroyed four ISIS vehicles in al-Rahiba valley in Homs countryside and"
        " a weapons depot in Hama countryside on Thursday."
    )
    assert sorted(_places(events)) == [("Hama", "Hama"), ("al-Rahiba valley", "Homs")]


def test_a_province_holding_its_town_or_told_beside_a_river_stays_one_strike() -> None:
    # (the rule's own case first, so that the test tells the change)
    split = events_of(
        "Army warplanes struck terrorist positions in Idlib countryside and in the town of Morek"
        " on Thursday."
    )
    assert _places(split) == [("Idlib", "Idlib"), ("Murak", "Hama")]
    held = events_of(
        "Army warplanes struck terrorist positions in Hama countryside and in the town of Morek"
        " on Thursday."
    )
    assert _places(held) == [("Murak", "Hama")]
    river = events_of(
        "Coalition jets bombed targets across Hasakah province on Thursday, destroying a"
        " bridge over the Euphrates River near the border with Iraq."
    )
    assert [admin1 for _, admin1 in _places(river)] == ["Al-Hasakah"]


def test_an_actors_acronym_before_a_province_is_the_actors_as_its_name_is() -> None:
    # review74: "(FSA)" closing the actor's name had been read as a bracket that locates
    events = events_of(
        "Army warplanes struck positions of the Free Syrian Army (FSA) in Idlib province and in"
        " the town of Morek on Thursday."
    )
    assert sorted(_places(events)) == [("Idlib", "Idlib"), ("Murak", "Hama")]


def test_strikes_told_around_one_town_and_near_the_leads_are_one_at_each() -> None:
    # the lead printed twice, as some pages print it: the list after the repeat is still read
    lead = (
        "Russian air strikes on Thursday killed 20 ISIS fighters near the desert town of"
        " Qaryatain in Syria, a war monitor reported."
    )
    events = events_of(
        f"{lead} {lead} The monitor said several foreign ISIS members were killed by the"
        " air strikes around Sukhna and near Qaryatain in Homs province."
    )
    strikes = sorted(
        (e.locations[0].name, e.acled.fatalities)
        for e in events
        if e.event_type == "airstrike" and e.locations
    )
    assert strikes == [("Al Qaryatayn", 20), ("al-Sukhnah", 0)]


def test_similar_strikes_after_aircraft_striking_are_an_air_strike_of_their_own() -> None:
    events = events_of(
        "Syrian warplanes struck Nusra hideouts in the town of Khan Shaykhun on Monday, killing"
        " 12 militants. The group lost more of its men in similar strikes on its dens in the town"
        " of Morek."
    )
    strikes = sorted(
        (e.locations[0].name, e.acled.fatalities)
        for e in events
        if e.event_type == "airstrike" and e.locations
    )
    assert strikes == [("Khan Shaykhun", 12), ("Murak", 0)]
    # the group that lost its men is the one struck, not the striker
    assert all(
        (e.acled.actor1 or "").startswith("Military Forces of Syria")
        for e in events
        if e.event_type == "airstrike"
    )
    # (no aircraft before: a bare plural of strikes tells no act of its own)
    alone = events_of(
        "Workers in the town of Morek joined similar strikes on Monday against unpaid wages."
    )
    assert not [e for e in alone if e.event_type == "airstrike"]
