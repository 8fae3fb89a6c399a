"""A capitalised administrative unit's noun after a name leaves the name a place (issue 11,
fourteenth round): "X Township", "X Sub-County" are the unit of the town X,
not a name glued to another proper noun. Invented reports."""

from __future__ import annotations

import pytest

from ..events.articles import main_event


@pytest.mark.parametrize(
    ("body", "place", "country"),
    [
        ("Soldiers clashed with rebels in Lashio Township on Monday.", "Lashio", "Myanmar"),
        ("Traders protested over new taxes in Naivasha Sub-County on Monday.", "Naivasha", "Kenya"),
    ],
)
def test_a_capitalised_unit_noun_after_a_name_leaves_it_a_place(
    body: str, place: str, country: str
) -> None:
    event = main_event(body)
    assert event.acled.location == place
    assert event.acled.country == country
