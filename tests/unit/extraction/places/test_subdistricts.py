"""A capitalised noun of a local unit below the province after a name ("X Township", "X Tehsil",
"X Sub County") names the unit: the name is a place, not glued to another proper noun."""

from __future__ import annotations

import pytest

from .helpers import only, places_in


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Troops clashed with rebels in Mogaung Township on Monday.", "Mogaung", "MM"),
        ("Police arrested four men in Kabirwala Tehsil after the raid.", "Kabirwala", "PK"),
        ("Residents of Kangundo Constituency blocked the road for hours.", "Kangundo", "KE"),
        ("Two traders were shot dead in Likoni Sub County on Friday.", "Likoni", "KE"),
    ],
)
def test_a_name_before_a_local_unit_noun_is_the_place(text: str, name: str, country: str) -> None:
    assert only(places_in(text), name).country_code == country


def test_a_name_before_another_capitalised_word_is_still_glued() -> None:
    # "Mogaung Traders" is a firm's name: the unit nouns alone let the name stand.
    assert places_in("Mogaung Traders said the shipment was late.") == []
