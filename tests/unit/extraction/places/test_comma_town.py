"""Forty-first round (acplace61): a name told before a comma and a town of another country that
closes the pair ("residents of Eastleigh, Nairobi") lies in that town's country; a list after a
comma ("in Liboi, Dhobley and Afmadow") keeps each name where it is."""

from __future__ import annotations

import pytest

from tests.unit.extraction.places.helpers import only, places_in

EASTLEIGH = "Somali residents of Eastleigh, Nairobi protested against a raid."
LIST = "Al Shabaab attacked police posts in Liboi, Dhobley and Afmadow."
CASES = [
    (EASTLEIGH, "Eastleigh", ("KE", "Nairobi")),
    (LIST, "Liboi", ("KE", "Garissa")),
    (LIST, "Dhobley", ("SO", "Lower Juba")),
]


@pytest.mark.parametrize(("text", "name", "where"), CASES)
def test_the_country_of_a_name_before_a_comma(text: str, name: str, where: tuple[str, str]) -> None:
    place = only(places_in(text), name)
    assert (place.country_code, place.admin1) == where
