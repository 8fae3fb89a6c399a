"""Thirty-sixth round, places56: a cut name is no place; a town told in X lies in province X.

A known name right after the generic first word of an Arabic toponym ("Kafr", "Tal", "Deir",
"Khirbet") is the tail of a longer name the gazetteer lacks, not the gazetteer's namesake of
another province. A town or a village told as lying in a name that is both a province and
its capital ("a rebel-held town in Idlib") lies in the province. The sentences are written for
these tests.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction.places.helpers import places_in


@pytest.mark.parametrize(
    "text",
    [
        "Syrian jets struck Kafr Dael and Tal Hawash on Monday.",
        "Syrian jets struck Khirbet Hawash and Deir Dael on Monday, activists said.",
        "Syrian jets struck Tal al-Samn and Tell Hawash on Monday.",
    ],
    ids=["kafr-tal", "khirbet-deir", "tell"],
)
def test_a_known_tail_of_a_longer_name_is_no_place(text: str) -> None:
    """ "Dael" is Dail of Daraa, "Hawash" a village of Homs: not the villages told."""
    names = [p.name for p in places_in(text)]
    assert not {"Dail", "Hawash", "Al Hawash", "Da'el"} & set(names), names


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Jets struck Kafr Nabl in Idlib province on Monday.", "Kafranbel"),
        ("Jets struck Deir Hafer east of Aleppo on Monday.", "Dayr Hafir"),
        ("Clashes raged near Khan Shaykhun on Monday.", "Khan Shaykhun"),
    ],
    ids=["kafr-nabl", "deir-hafer", "khan-shaykhun"],
)
def test_a_whole_name_the_gazetteer_knows_stays_that_place(text: str, whole: str) -> None:
    assert whole in [p.name for p in places_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A chemical attack killed 58 people in a rebel-held town in Idlib on Tuesday.",
        "Jets struck the town of Khan Shaykhun in the south of Idlib on Tuesday.",
        "Shelling hit several villages in Hama on Tuesday, the monitor said.",
    ],
    ids=["a-town-in", "the-town-of-x-in", "villages-in"],
)
def test_a_town_told_in_a_province_and_its_capital_lies_in_the_province(text: str) -> None:
    province = next(p for p in places_in(text) if p.name in ("Idlib", "Hama"))
    assert province.precision == "admin1"


def test_a_neighbourhood_in_the_city_lies_in_the_city() -> None:
    """A quarter lies in the city's streets: "a neighbourhood in Aleppo" is the city."""
    city = next(
        p
        for p in places_in("Rockets hit a neighbourhood in Aleppo on Tuesday.")
        if p.name == "Aleppo"
    )
    assert city.precision != "admin1"


def test_a_village_in_a_country_is_in_the_country() -> None:
    """ "the village of Tera in Niger": the country, not Niger State of Nigeria."""
    places = places_in("Troops clashed with gunmen near the village of Tera in Niger on Monday.")
    assert [(p.name, p.precision) for p in places if p.text == "Niger"] == [("Niger", "country")]
