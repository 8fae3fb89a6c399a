"""Twentieth round, places: an apposition that says what a name is and where ("Rijana, a village
along the highway") names a locality; a camp or area told off a capital that is a province of
its own lies in the province around it."""

from __future__ import annotations

from newsevents.extraction.events.geography.names.localities import locality_names
from tests.unit.extraction.events.articles import events_of


def test_an_apposition_names_the_village_and_where_it_lies() -> None:
    names = {
        n.name
        for text in (
            "gunmen intercepted a bus at Rijana, a village along the central highway, and",
            "near Shuafat, a Palestinian refugee camp on the outskirts of Jerusalem",
            "in Tingginambut, a village located in Puncak Jaya district",
            "to attack Baibangou, a village about 100 kilometers north of the capital",
        )
        for n in locality_names(text)
    }
    assert {"Rijana", "Shuafat", "Tingginambut", "Baibangou"} <= names


def test_a_title_after_an_apposition_names_no_locality() -> None:
    for text in (
        "said Musa Ali, a community leader in the area",
        "said Ahmed Bello, a town councillor in Kano",
    ):
        assert locality_names(text) == ()


def test_a_person_in_apposition_whose_village_is_told_names_no_locality() -> None:
    # review40b: the words before the noun qualify it; a relative word opens another clause
    for text in (
        "Musa Bello, a farmer whose village in Zamfara State was attacked, said",
        "said Ali Musa, a man from a village near Tsafe",
    ):
        assert locality_names(text) == ()
    body = (
        "Musa Bello, a farmer whose village in Zamfara State was attacked, said gunmen killed 12 "
        "people in Tsafe on Sunday."
    )
    (event,) = events_of(body)
    assert event.event_type == "attack_on_civilians"
    assert event.locations[0].name == "Tsafe"


def test_a_village_in_apposition_places_the_act() -> None:
    body = (
        "Armed men in military uniform on Saturday intercepted a bus at Rijana, a village along "
        "the Kaduna-Abuja highway in Kaduna State, and abducted 20 passengers."
    )
    (event,) = events_of(body)
    assert event.event_type == "abduction"
    assert event.locations[0].name == "Rijana"
    assert event.acled.admin1 == "Kaduna"


def test_a_camp_told_off_the_capital_lies_in_the_province_around_it() -> None:
    body = (
        "A Syrian air strike killed at least 10 people in Husainieh camp for Palestinian "
        "refugees, some 20 km south of the capital Damascus, activists said."
    )
    (event,) = events_of(body)
    assert event.event_type == "airstrike"
    assert event.locations[0].name == "Husainieh"
    assert event.locations[0].admin1 == "Rif Dimashq"


def test_a_quarter_of_the_capital_stays_in_the_city() -> None:
    body = "A car bomb killed four people in the Midan district of Damascus on Sunday."
    (event,) = events_of(body)
    assert event.locations[0].name == "Midan"
    assert event.locations[0].admin1 == "Damascus"


def test_a_neighbourhood_north_of_the_city_is_its_north() -> None:
    body = (
        "Mortar shells landed on a trade center in the Marjeh area in the heart of Damascus and "
        "also the Maysat neighborhood north of Damascus on Wednesday, wounding five people."
    )
    events = events_of(body)
    assert events, body
    for event in events:
        assert event.locations[0].admin1 == "Damascus", event.locations[:1]
