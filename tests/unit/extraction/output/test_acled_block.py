"""The `acled` block of events: ACLED-style actor names, precisions, fatalities, location."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.evaluation.primary import primary_event
from newsevents.extraction.document import ActorKind, ActorMention, Span
from newsevents.extraction.output.acled import acled_name
from newsevents.extraction.output.names.regimes import regime_period
from newsevents.extraction.pipeline import extract_events


def _acled(body: str, published: str = "2020-05-06T12:00:00Z") -> AcledFields:
    article = ArticleMessage(id="acled-test", body=body, published_at=published)
    event = primary_event(extract_events(article))
    assert event is not None, body
    return event.acled


def test_state_forces_shelling_with_deaths() -> None:
    acled = _acled("Syrian troops shelled Maarat al-Numan on Monday, killing 3 civilians.")
    assert acled.actor1 == "Military Forces of Syria (2000-2024)"
    assert acled.actor2 == "Civilians (Syria)"
    assert acled.fatalities == 3
    assert acled.geo_precision == 1
    assert acled.time_precision == 1
    assert acled.event_date == dt.date(2020, 5, 4)
    assert acled.country == "Syria"
    assert acled.admin1 == "Idlib"
    assert acled.latitude is not None and 35.5 < acled.latitude < 35.8


def test_police_and_rioters_named_after_the_country() -> None:
    acled = _acled("Police dispersed rioters in Nairobi on May 2.")
    assert acled.actor1 == "Rioters (Kenya)"  # the crowd is actor1 of a demonstration
    assert acled.actor2 == "Police Forces of Kenya (2013-2022)"
    assert acled.fatalities == 0


def test_a_demonstration_without_a_named_crowd_has_protesters_as_actor1() -> None:
    acled = _acled("Hundreds gathered in Beirut on Sunday to protest against rising prices.")
    assert acled.actor1 == "Protesters (Lebanon)"
    assert acled.location == "Beirut"


def test_unidentified_gunmen_near_a_town_in_a_vague_week() -> None:
    acled = _acled("Unidentified gunmen abducted two traders near Kirkuk last week.")
    assert acled.actor1 == "Unidentified Armed Group (Iraq)"
    assert acled.geo_precision == 2  # near the town
    assert acled.time_precision == 2  # a week


def test_a_province_is_geo_precision_3_and_the_group_keeps_its_acled_name() -> None:
    acled = _acled("Nigerian troops killed 20 ISWAP fighters in Borno State on Tuesday.")
    assert acled.actor1 == "Military Forces of Nigeria (2015-2023)"
    assert acled.actor2 == "Islamic State (West Africa)"
    assert acled.geo_precision == 3
    assert acled.admin1 == "Borno"
    assert acled.fatalities == 20


def test_named_organisers_of_a_demonstration_are_associates_of_the_protesters() -> None:
    acled = _acled("Hezbollah and Amal supporters protested in Tyre on Friday.")
    assert acled.actor1 == "Protesters (Lebanon)"
    assert acled.assoc_actor_1 == "Hezbollah; Amal Movement"
    assert acled.actor2 is None


def test_associated_actors_on_the_side_of_actor1() -> None:
    acled = _acled("Hezbollah and Amal fighters attacked an army post near Tyre on Friday.")
    assert acled.actor1 == "Hezbollah"
    assert acled.assoc_actor_1 == "Amal Movement"


def test_without_a_date_the_time_precision_is_2() -> None:
    acled = _acled("Turkish warplanes struck a car in Qamishli, killing two people.")
    assert acled.time_precision == 2
    assert acled.actor1 == "Military Forces of Turkey (2002-)"
    assert acled.assoc_actor_1 is None
    assert acled.fatalities == 2
    assert acled.geo_precision == 1


def test_near_a_town_is_geo_precision_2() -> None:
    acled = _acled("The Turkish army shelled a village near Qamishli, killing two people.")
    assert acled.actor1 == "Military Forces of Turkey (2002-)"
    assert acled.geo_precision == 2


@pytest.mark.parametrize(
    ("country", "on", "period"),
    [
        ("SY", "2020-05-01", "2000-2024"),
        ("SY", "2025-02-01", "2024-"),
        ("IQ", "2020-05-06", "2018-2020"),
        ("IQ", "2020-05-07", "2020-2022"),
        ("NG", "2023-06-01", "2023-"),
        ("BF", "2022-05-05", "2022-"),
        ("XX", "2020-01-01", None),
    ],
)
def test_regime_periods_follow_the_date(country: str, on: str, period: str | None) -> None:
    assert regime_period(country, dt.date.fromisoformat(on)) == period


@pytest.mark.parametrize(
    ("name", "kind", "generic", "expected"),
    [
        ("Military Forces of the United States", "state_force", False,
         "Military Forces of the United States (2017-2021)"),
        ("4th Division", "state_force", False, "Military Forces of Syria (2000-2024)"),
        ("Islamic Revolutionary Guard Corps", "state_force", False,
         "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"),
        ("Islamic State", "armed_group", False, "Islamic State (Syria)"),
        ("Police Forces of Iraq", "state_force", True, "Police Forces of Iraq (2018-2020)"),
        ("Protesters (Lebanon)", "protesters", True, "Protesters (Lebanon)"),
        ("Bashar al-Assad", "person", False, "Government of Syria (2000-2024)"),
        ("47th Regiment", "militia", False, "47th Regiment"),
    ],
)  # fmt: skip
def test_acled_names(name: str, kind: ActorKind, generic: bool, expected: str) -> None:
    mention = ActorMention(Span(0, 1), name, name, kind, generic=generic)
    assert acled_name(mention, dt.date(2020, 5, 1), "SY") == expected


@pytest.mark.parametrize(
    ("body", "actor1"),
    [
        (
            "On 3 March 2016, Donetsk People's Militia fighters shelled Debaltseve overnight.",
            "NAF: United Armed Forces of Novorossiya",
        ),
        (
            "On 2 April 2016, Artsakh Defence Army units fired mortars at villages near Aghdara.",
            "Military Forces of Artsakh",
        ),
        (
            "On 4 May 2019, Haftar's forces shelled Ain Zara south of Tripoli.",
            "Military Forces of Libya (2014-) Haftar Faction",
        ),
    ],
)
def test_acled_names_of_the_donbas_karabakh_and_haftar_forces(body: str, actor1: str) -> None:
    assert _acled(body).actor1 == actor1


def test_kenyan_forces_before_2013_take_the_kibaki_period() -> None:
    acled = _acled("Police dispersed rioters in Nairobi on May 2.", "2008-05-06T12:00:00Z")
    assert acled.actor2 == "Police Forces of Kenya (2002-2013)"


def test_raiders_of_a_community_named_for_a_county_are_its_militia() -> None:
    acled = _acled("Turkana raiders killed three herders near Lodwar on Monday.")
    assert acled.actor1 == "Turkana Ethnic Militia (Kenya)"


@pytest.mark.parametrize(
    ("body", "actor1"),
    [
        # A movement of many countries, at an event where it has one branch: that branch.
        (
            "Al-Qaeda militants attacked an army checkpoint in Abyan on Monday, killing two "
            "soldiers.",
            "AQAP: Al Qaeda in the Arabian Peninsula",
        ),
        (
            "Islamic State fighters attacked a military base in Monguno, Borno State on Monday.",
            "Islamic State (West Africa)",
        ),
        # No branch of its own there: the movement, named after the country where ACLED does.
        (
            "Islamic State fighters attacked a village in Raqqa on Monday, killing two civilians.",
            "Islamic State (Syria)",
        ),
    ],
)
def test_a_movement_at_an_event_where_it_has_one_branch_is_that_branch(
    body: str, actor1: str
) -> None:
    assert _acled(body).actor1 == actor1
