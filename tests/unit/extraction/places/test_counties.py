"""Counties: the first-level regions of Kenya, Liberia, Norway... named "X County"."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import Pipeline

from .helpers import only, places_in


def test_a_county_of_a_county_country_is_the_region_without_the_country_named() -> None:
    """No country is named, and Tana River (a county of 300,000 people) would need one as a
    bare name; "County" after it says which region it is."""
    found = places_in("Four people were killed by armed men in Tana River County on Monday.")
    assert [(p.name, p.admin1, p.country_code, p.precision) for p in found] == [
        ("Tana River", "Tana River", "KE", "admin1")
    ]
    assert places_in("Four people were killed by armed men in Tana River on Monday.") == []


def test_kenya_counties_carry_their_constitutional_names() -> None:
    """ "Wilaya ya Laikipia" and "Nairobi Area" are GeoNames' forms; reports and ACLED say
    Laikipia and Nairobi."""
    laikipia = places_in("Herders clashed in Laikipia County.")
    assert [(p.name, p.admin1) for p in laikipia] == [("Laikipia", "Laikipia")]
    nairobi = places_in("Police dispersed protesters in Nairobi, Kenya.")
    assert nairobi[0].admin1 == "Nairobi"


def test_a_county_elsewhere_is_no_region_of_that_name() -> None:
    """In the United States a county lies inside a state: "Orange County" is not read as a
    region called Orange."""
    found = places_in("A storm hit Orange County, California, on Monday.")
    assert all(p.precision != "admin1" or p.name == "California" for p in found)


def test_a_village_before_a_county_lies_in_that_county() -> None:
    """Kutulo is a district of Mandera in the gazetteer; "Kutulo, Wajir County" is a Kutulo
    of Wajir it lacks, so the county is the place, not the Mandera namesake."""
    doc = Pipeline().annotate(
        ArticleMessage(
            id="t",
            body="Militants destroyed a communication mast in Kutulo, Wajir County.",
            published_at=dt.datetime(2024, 2, 20, tzinfo=dt.UTC),
        )
    )
    assert [(p.name, p.admin1) for p in doc.places] == [("Wajir", "Wajir")]
    # With no county after it, the district stands.
    assert next(p.admin1 for p in places_in("Militants attacked Kutulo in Kenya.")) == "Mandera"


def test_a_people_named_is_its_province_not_a_namesake_town_of_another() -> None:
    """Samburu is a county and a people, and a small town of Kwale: "Samburu herders" are
    people of the county (twenty-eighth round). A town of the name inside its own province
    ("Garissa residents") and a town told as a town keep their sense."""
    found = places_in("Raiders shot dead two Samburu herders and drove off their cattle.")
    assert [(p.name, p.admin1, p.precision) for p in found] == [("Samburu", "Samburu", "admin1")]
    garissa = places_in("Garissa residents marched against insecurity.")
    assert [(p.admin1, p.precision) for p in garissa] == [("Garissa", "town")]
    town = places_in("Traders protested in Samburu town, Kwale County, over new levies.")
    assert only(town, "Samburu").admin1 == "Kwale"
