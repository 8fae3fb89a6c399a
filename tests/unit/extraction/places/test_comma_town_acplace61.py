"""Forty-first round (acplace61): a name told before a comma and a town of another country that
closes the pair ("residents of Eastleigh, Nairobi") lies in that town's country."""

from __future__ import annotations

from tests.unit.extraction.places.helpers import only, places_in


def test_a_name_before_a_comma_and_a_town_abroad_is_that_towns_locality() -> None:
    places = places_in("Somali residents of Eastleigh, Nairobi protested against a police raid.")
    eastleigh = only(places, "Eastleigh")
    assert (eastleigh.country_code, eastleigh.admin1) == ("KE", "Nairobi")


def test_a_list_of_names_keeps_each_country() -> None:
    """ "in Liboi, Dhobley and Afmadow": a list, each name where it is."""
    places = places_in("Al Shabaab attacked police posts in Liboi, Dhobley and Afmadow.")
    assert only(places, "Liboi").country_code == "KE"
    assert only(places, "Dhobley").country_code == "SO"
