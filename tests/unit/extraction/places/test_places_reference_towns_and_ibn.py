"""Twenty-fifth round: a town told right after another place as its point of reference
("Eastern Ghouta near Damascus", "a suburb of the capital Damascus") is the area around it,
so the place told first is the finer one; a town told near nothing stays a town. A first name
before "ibn"/"bin" and the father's name is a person's, not a town abroad."""

from __future__ import annotations

import pytest

from tests.unit.extraction.places.helpers import places_in


@pytest.mark.parametrize(
    "text",
    [
        "Shelling on the area of Eastern Ghouta near Damascus killed ten people.",
        "Rockets fell on Eastern Ghouta district a suburb of Damascus late on Thursday.",
        "Mortars hit Harasta, on the outskirts of the capital city Damascus, at dawn.",
        "Rebels evacuated the town of Madaya outside Damascus on Friday.",
    ],
)
def test_a_city_after_a_place_is_its_point_of_reference(text: str) -> None:
    places = {p.text: p for p in places_in(text)}
    assert places["Damascus"].precision == "region"
    assert places["Damascus"].country_code == "SY"


def test_a_city_near_nothing_stays_a_town() -> None:
    places = {p.text: p for p in places_in("Clashes near Damascus killed four soldiers.")}
    assert places["Damascus"].precision == "town"


@pytest.mark.parametrize(
    "text",
    [
        "U.S. officials said a raid hit the Omar Ibn al-Khattab Mosque during evening prayers.",
        "U.S. officials said Omar bin Yusuf was killed in an air strike on Monday.",
    ],
)
def test_a_first_name_before_ibn_is_no_place(text: str) -> None:
    assert [p.text for p in places_in(text)] == ["U.S."]
