"""A small town the text tells as where something happened ("in X", "X town", "residents of
X") needs no country named when no other place anywhere bears its name."""

from __future__ import annotations

from .helpers import only, places_in


def test_a_small_town_after_in_is_found_without_its_country() -> None:
    place = only(
        places_in("Youths protested in Marigat on Monday over the price of maize."), "Marigat"
    )
    assert (place.country_code, place.admin1) == ("KE", "Baringo")


def test_the_residents_of_a_small_town_place_it() -> None:
    place = only(places_in("Residents of Mpeketoni fled after the night raid."), "Mpeketoni")
    assert place.country_code == "KE"


def test_a_small_town_named_as_a_town_is_found() -> None:
    place = only(places_in("Traders shut their shops at Mtito Andei town."), "Mtito Andei")
    assert place.country_code == "KE"


def test_without_a_cue_of_place_the_name_is_not_read_as_the_town() -> None:
    assert places_in("Marigat said the talks would resume next week.") == []


def test_a_name_with_a_namesake_abroad_still_needs_its_country() -> None:
    # Msambweni is a town of Kenya and a district of Tanzania: which one, only the text can say.
    assert places_in("Gunmen attacked a bus in Msambweni on Sunday.") == []
    kenyan = places_in("Gunmen attacked a bus in Msambweni, Kenya, on Sunday.")
    assert only(kenyan, "Msambweni").country_code == "KE"


def test_a_district_told_as_where_is_found_when_nothing_else_bears_its_name() -> None:
    place = only(places_in("Police opened fire on protesters in Aarughat on Monday."), "Aarughat")
    assert place.country_code == "NP"
    # ... but "the village of X" asks for a village, which a district is not
    assert places_in("Protesters gathered in the village of Aarughat.") == []


def test_a_town_known_by_an_older_name_told_as_where_is_that_town() -> None:
    place = only(places_in("Traders shut their shops in Broderick Falls."), "Broderick Falls")
    assert (place.name, place.country_code) == ("Webuye", "KE")
    assert places_in("Broderick Falls said nothing.") == []


def test_a_town_and_its_district_of_one_name_are_no_namesakes_abroad() -> None:
    # Konduga is a town of Borno and the district around it: either way, Nigeria.
    place = only(places_in("Gunmen attacked a market in Konduga on Friday."), "Konduga")
    assert (place.country_code, place.admin1) == ("NG", "Borno")
    assert place.precision == "town"


def test_a_small_town_naming_its_people_is_told_as_where() -> None:
    # capitalised for being a name, not for opening the sentence: the town, nothing abroad
    place = only(places_in("Lodwar residents protested over the price of water."), "Lodwar")
    assert (place.country_code, place.admin1) == ("KE", "Turkana")
    place = only(places_in("On Monday, Keroka traders shut their shops."), "Keroka")
    assert (place.country_code, place.admin1) == ("KE", "Nyamira")


def test_a_small_town_naming_its_institution_and_their_people_is_told_as_where() -> None:
    place = only(places_in("Chuka University students stoned passing cars."), "Chuka")
    assert (place.country_code, place.admin1) == ("KE", "Tharaka-Nithi")


def test_a_name_before_a_noun_of_no_people_is_no_cue() -> None:
    assert places_in("Lodwar prices rose again in the dry season.") == []
    assert places_in("Chuka University announced new fees.") == []


def test_a_district_told_as_a_town_is_the_town_it_is_named_after() -> None:
    # Akwaya is in the gazetteer as a district (geoBoundaries) only: told as a town, it is the
    # seat, a town; told bare, it stays the unit.
    places = places_in(
        "Separatist fighters raided the town of Akwaya in Cameroon on Sunday. Troops later"
        " patrolled Akwaya district."
    )
    town, district = (p for p in places if p.text == "Akwaya")
    assert (town.precision, town.admin1) == ("town", "South-West")
    assert district.precision == "region"
