"""Which place a name is: the article's countries and regions, namesakes, districts."""

from __future__ import annotations

import pytest

from tests.unit.extraction.places.helpers import km, only, places_in


def test_albu_kamal_is_the_syrian_town_without_other_context() -> None:
    """No country named: Albu Kamal is still the border town in Deir ez-Zor."""
    place = only(places_in("Militiamen were stationed in the city of Albu Kamal."), "Albu Kamal")
    assert (place.country_code, place.admin1) == ("SY", "Deir ez-Zor")
    assert place.geonames_id is not None


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Clashes erupted in Tripoli, the Lebanese army said.", "LB", "North Lebanon"),
        ("Clashes erupted in Tripoli near Beirut's rivals in Lebanon.", "LB", "North Lebanon"),
        ("Clashes erupted in Tripoli, the Libyan capital.", "LY", "Tripoli"),
        ("Clashes erupted in Tripoli as fighting spread to Misrata.", "LY", "Tripoli"),
    ],
)
def test_tripoli_is_disambiguated_by_context(text: str, country: str, admin1: str) -> None:
    """Countries and demonyms named in the article decide between namesakes."""
    place = only(places_in(text), "Tripoli")
    assert (place.country_code, place.admin1) == (country, admin1)


def test_unknown_village_qualified_by_a_province_gives_the_province() -> None:
    """ "near Slavne, Donetsk": no known Slavne lies in Donetsk province, so the Crimean
    namesake is dropped and Donetsk is the province, not the city."""
    places = places_in("Shelling was reported near Slavne, Donetsk.")
    assert [(p.name, p.precision) for p in places] == [("Donetsk", "admin1")]


def test_a_list_of_places_is_not_read_as_place_and_province() -> None:
    places = places_in("Airstrikes hit Aleppo, Idlib and Hama.")
    assert [p.name for p in places] == ["Aleppo", "Idlib", "Hamah"]
    assert all(p.precision != "admin1" for p in places)


def test_dr_congo_provinces_of_2015_and_french_province_names() -> None:
    (bunia,) = places_in("Militiamen attacked a camp near Bunia, DR Congo.")[:1]
    assert bunia.admin1 == "Ituri"
    sud = [
        p
        for p in places_in("Soldiers were deployed in Sud-Kivu province.")
        if p.country_code == "CD"
    ]
    assert [(p.name, p.precision) for p in sud] == [("South Kivu", "admin1")]


@pytest.mark.parametrize(
    ("text", "surface", "name", "admin1"),
    [
        # English admin1 names where GeoNames keeps a local or mangled form
        ("Protesters gathered in Pula on Monday.", "Pula", "Pula", "Istria"),
        ("Police dispersed a protest in Porto-Novo.", "Porto-Novo", "Porto-Novo", "Oueme"),
        ("Residents protested in Poltava on Monday.", "Poltava", "Poltava", "Poltava"),
        # named as a region: the largest region of that name, without a country in the text
        ("Miners protested in Tumeremo, Bolivar state.", "Bolivar", "Bolivar", "Bolivar"),
        ("Unions marched in Viacha, La Paz, on Monday.", "La Paz", "La Paz", "La Paz"),
        # an alternate that only extends the name needs no country in the text
        ("Dockworkers went on strike in Patras.", "Patras", "Patra", "West Greece"),
    ],
)
def test_region_names_and_regions_named_as_such(
    text: str, surface: str, name: str, admin1: str
) -> None:
    place = only(places_in(text), surface)
    assert (place.name, place.admin1) == (name, admin1)


def test_a_country_is_not_its_namesake_village() -> None:
    """Kazakhstan (a village of Almaty region, too) beside Almaty is the country."""
    place = only(
        places_in("Talks in Almaty ended; Kazakhstan said it would host more."), "Kazakhstan"
    )
    assert place.precision == "country"


@pytest.mark.parametrize(
    ("text", "surface", "name", "admin1"),
    [
        ("Protesters marched in St. Louis on Monday.", "St. Louis", "St. Louis", "Missouri"),
        # a place of that very name beats a bigger one that lists it among its alternates
        (
            "In the United States, a tornado hit Franklin on Monday.",
            "Franklin",
            "Franklin",
            "Tennessee",
        ),
        # ... but the official long form of a city keeps its short name
        (
            "In Mexico, farmers blocked a highway near Durango.",
            "Durango",
            "Victoria de Durango",
            "Durango",
        ),
    ],
)
def test_names_against_alternates(text: str, surface: str, name: str, admin1: str) -> None:
    place = only(places_in(text), surface)
    assert (place.name, place.admin1) == (name, admin1)


def test_a_district_of_a_named_province_is_not_a_namesake_elsewhere() -> None:
    """ "Khash district, Badakhshan": not the bigger Khash of Nimruz or of Iran."""
    places = places_in("Clashes broke out in Khash district, Badakhshan, on Monday.")
    assert [(p.country_code, p.admin1) for p in places] == [("AF", "Badakhshan")] * 2
    assert places[1].precision == "admin1"


def test_a_district_known_only_as_an_administrative_unit() -> None:
    """geoBoundaries units fill in districts cities500 lacks ("Alasay district, Kapisa")."""
    place = only(places_in("Fighting broke out in Alasay district, Kapisa, on Monday."), "Alasay")
    assert (place.name, place.country_code, place.admin1) == ("Alasay", "AF", "Kapisa")
    assert (place.feature, place.precision) == ("district", "region")
    assert km(place, 34.9, 69.7) < 40


def test_a_district_yields_to_its_seat_of_the_same_name() -> None:
    """ "Shinkai district" is coded at its seat, Hukumat-e Shinkai, not the unit's centroid."""
    place = only(places_in("Troops killed ten militants in Shinkai district, Zabul."), "Shinkai")
    assert (place.name, place.admin1, place.precision) == ("Hukumat-e Shinkai", "Zabul", "town")


def test_an_actor_of_a_few_regions_favours_places_there() -> None:
    """An OSCE monitors' Zakharivka is Donetsk's, not the bigger one of Odesa (actors.tsv
    "areas")."""
    text = "Monitors of the OSCE Special Monitoring Mission reported shelling near Zakharivka."
    place = only(places_in(text), "Zakharivka")
    assert (place.country_code, place.admin1) == ("UA", "Donetsk")


def test_a_first_guess_does_not_vouch_for_itself() -> None:
    """ "Sao Goncalo, Rio de Janeiro state": the Sao Goncalo of that state, not the Sao Goncalo
    do Amarante whose state the first pass had put in the context."""
    places = places_in("Police in Sao Goncalo, Rio de Janeiro state, seized weapons on Tuesday.")
    place = only(places, "Sao Goncalo")
    assert (place.country_code, place.admin1) == ("BR", "Rio de Janeiro")


def test_province_abbreviations_only_in_their_countrys_articles() -> None:
    places = places_in("Farmers protested in Sitapur (UP) on Monday.")
    assert (only(places, "UP").name, only(places, "Sitapur").admin1) == (
        "Uttar Pradesh",
        "Uttar Pradesh",
    )
    assert [p.text for p in places_in("PROTESTS FLARE UP IN PARIS")] == ["PARIS"]
    assert [p.text for p in places_in("Prices went UP in Lagos, Nigeria.")] == ["Lagos", "Nigeria"]


def test_a_city_qualified_by_its_namesake_province() -> None:
    """ "Trujillo (Trujillo)": the capital of the Venezuelan state, not the bigger Peruvian
    city."""
    places = places_in("Teachers protested in Trujillo (Trujillo) on Monday.")
    assert {(p.country_code, p.admin1) for p in places} == {("VE", "Trujillo")}


def test_a_town_of_a_country_the_article_never_names_must_be_a_city() -> None:
    """In a Ukrainian report "the Deal shaft" is a pit, not Deal in Kent (31,000 people); a
    single mention of a country does not make the article about it."""
    places = places_in(
        "Ukrainian officers said militia shells hit the Deal shaft near Avdiivka, Donetsk."
    )
    assert {p.country_code for p in places} == {"UA"}
    assert {p.country_code for p in places_in("Floods hit Mine, Yamaguchi, on Monday.")} == {"JP"}
    places = places_in("Shells fired from Syria landed in Akcakale on Monday.")
    assert {p.country_code for p in places} == {"SY", "TR"}


def test_a_place_whose_namesakes_lie_outside_the_bracketed_province_is_unknown() -> None:
    """ "the Shahabad ridge (Bandipora, J&K)": no Shahabad of Uttar Pradesh or Haryana; the
    district and province stand for the unknown ridge."""
    places = places_in("An army spokesman said shelling hit the Shahabad ridge (Bandipora, J&K).")
    assert {p.admin1 for p in places} == {"Jammu and Kashmir"}
    assert "Bandipora" in {p.name for p in places}


def test_a_big_state_is_not_its_district_town_known_by_the_name() -> None:
    """ "Bihar" is the state, not Bihar Sharif (a town that once bore the name); "Dayr az
    Zawr" is the city, a large part of its province."""
    places = places_in("Migrants walked home from Delhi to Bihar in India.")
    assert only(places, "Bihar").precision == "admin1"
    places = places_in("Shells hit Dayr az Zawr in Syria.")
    assert only(places, "Dayr az Zawr").precision == "town"


def test_a_town_named_like_a_region_qualified_by_another_region() -> None:
    """Regions do not nest: "Guerrero, Coahuila" is the town of Coahuila, not the state of
    Guerrero; two regions with no such town are a list, "and" or not."""
    places = places_in("Teachers marched in Guerrero, Coahuila, on Monday.")
    assert (only(places, "Guerrero").admin1, only(places, "Guerrero").precision) == (
        "Coahuila",
        "town",
    )
    places = places_in("Farmers blocked highways in Sonora, Oaxaca.")
    assert {p.text for p in places} == {"Sonora", "Oaxaca"}
    assert only(places, "Sonora").precision == "admin1"
    places = places_in("The governors of Oregon, Nevada, and Arizona met on Monday.")
    assert {p.text for p in places if p.precision == "admin1"} == {"Oregon", "Nevada", "Arizona"}


def test_a_village_outside_a_monitors_regions_is_an_unknown_namesake() -> None:
    """A monitoring mission of a few regions (the OSCE SMM: Donetsk, Luhansk) names front-line
    villages; a small namesake in Lviv oblast is not one of them, unless the text puts it
    there."""
    assert places_in("Monitors of the OSCE SMM heard shelling near Zhovkva on Tuesday.") == []
    places = places_in("Monitors of the OSCE SMM heard shelling near Zhovkva, Lviv region.")
    assert only(places, "Zhovkva").admin1 == "Lviv"
    assert only(
        places_in("Police detained two men near Zhovkva in Ukraine."), "Zhovkva"
    ).admin1 == ("Lviv")


def test_an_armed_group_is_placed_beyond_its_usual_regions() -> None:
    """Armed groups raid beyond their actors.tsv areas: only monitors' reports drop namesakes."""
    places = places_in("Boko Haram fighters raided Madagali and abducted ten women.")
    assert [(p.name, p.admin1) for p in places] == [("Madagali", "Adamawa")]
