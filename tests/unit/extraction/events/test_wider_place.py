"""One place told at two levels (events/merge/incidents/wider_place.py): a village and the
district it lies in, which the gazetteer holds as a town of its own. When one mention's own
sentences name the other's place beside their village, the two are one place; forces coming to
the scene told at the district are the act's course; the event is placed at the village."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import Pipeline
from tests.unit.extraction.events.articles import events_of, fatalities

_RAID = (
    "Boko Haram insurgents on Friday night attacked Mifa, a village in Chibok local government"
    " area of Borno State, killing three farmers, residents said.\n\n"
)


def _summary(events: list[EventMessage]) -> list[tuple[str, str, int | None]]:
    return [(e.event_type, e.locations[0].name, fatalities(e)) for e in events]


def test_troops_arriving_at_the_district_named_beside_the_village_are_the_raids_course() -> None:
    events = events_of(
        _RAID + "Troops arrived in Chibok while the insurgents were still inside the village."
    )
    # One event: the raid at the village with its toll and attacker; the troops' sentence is
    # evidence of it (before: a deployment at Chibok, read as a second town).
    assert _summary(events) == [("attack_on_civilians", "Mifa", 3)]
    assert (events[0].actors[0].role, events[0].actors[0].name) == ("actor1", "Boko Haram")
    assert "Troops arrived in Chibok" in " ".join(m.text for m in events[0].evidence.mentions)


def test_forces_deployed_to_pursue_the_attackers_stay_an_operation_of_their_own() -> None:
    events = events_of(
        _RAID + "The police command deployed a team in Chibok, who pursued the attackers into"
        " the bush."
    )
    assert [(e.event_type, e.locations[0].name) for e in events] == [
        ("attack_on_civilians", "Mifa"),
        ("deployment", "Chibok"),
    ]


def test_reinforcements_sent_to_another_town_stay_apart() -> None:
    events = events_of(_RAID + "Army reinforcements arrived in Gwoza later, a resident said.")
    assert [(e.event_type, e.locations[0].name) for e in events] == [
        ("attack_on_civilians", "Mifa"),
        ("deployment", "Gwoza"),
    ]


def test_the_toll_told_at_the_district_and_at_its_village_is_one_strike_at_the_village() -> None:
    article = ArticleMessage(
        id="t",
        body=(
            "Militants launched an offensive in Hama on Friday in which 50 fighters were"
            " killed, the army said.\n\nSyrian warplanes struck the militants near Atshanah in"
            " eastern Hama, killing 50 of them, a military source said."
        ),
        published_at=dt.datetime(2024, 3, 14, tzinfo=dt.UTC),
    )
    events = Pipeline().extract(article)
    # Before: a clash at Hama and an air strike at Atshanah, the same 50 dead twice.
    assert _summary(events) == [("airstrike", "Atshanah", 50)]
    assert (events[0].actors[0].role, events[0].actors[0].name) == ("actor1", "Syrian Air Force")


def test_a_separate_attack_in_the_district_stays_apart() -> None:
    events = events_of(
        "Gunmen opened fire on a wedding party in Chibok on Saturday, killing seven guests,"
        " police said.\n\nIn a separate attack, gunmen killed seven farmers in Mifa, a village"
        " in Chibok local government area, on Sunday."
    )
    assert [(e.event_type, e.locations[0].name, fatalities(e)) for e in events] == [
        ("attack_on_civilians", "Chibok", 7),
        ("attack_on_civilians", "Mifa", 7),
    ]


def test_a_namesake_abroad_told_inside_the_city_does_not_place_the_event() -> None:
    article = ArticleMessage(
        id="t",
        body=(
            "Police fired teargas at opposition supporters who tried to gather for a rally in"
            " Nairobi on Tuesday. At least two people were shot dead in running clashes with"
            " police.\n\n"
            "Two men were killed by gunfire in Soweto (in Nairobi) as police guarded the grounds,"
            " witnesses said."
        ),
        published_at=dt.datetime(2017, 11, 29, 12, tzinfo=dt.UTC),
    )
    events = Pipeline().extract(article)
    # One event with the two dead told twice; the gazetteer's Soweto lies in South Africa, so
    # the city the text names keeps the event (a village goes first only in its country).
    assert [(e.event_type, fatalities(e)) for e in events] == [("riot", 2)]
    assert (events[0].locations[0].name, events[0].locations[0].country_code) == ("Nairobi", "KE")
