"""Twentieth round, places: a town told as the landmark the act's place lies off ("Zawiya, 40
kilometers west of the capital Tripoli") is not where the act was; an apposition that says what a
name is and where ("Rijana, a village along the highway") names a locality."""

from __future__ import annotations

from newsevents.extraction.events.localities import locality_names
from tests.unit.extraction.events.articles import events_of


def test_a_landmark_after_the_town_is_not_the_place() -> None:
    body = (
        "Gunmen killed three people on Saturday in the town of Zawiya, 40 kilometers (25 miles) "
        "west of the capital Tripoli, health officials said."
    )
    (event,) = events_of(body)
    assert event.locations[0].name in ("Zawiya", "Az Zawiyah")
    assert event.locations[0].country_code == "LY"
    assert "Tripoli" not in {p.name for p in event.locations}
    assert event.acled.fatalities == 3


def test_a_landmark_after_a_province_is_not_the_place() -> None:
    body = (
        "A roadside bomb killed four policemen on Thursday in Iraq's Anbar Province, 100 km "
        "west of Baghdad, officials said."
    )
    (event,) = events_of(body)
    assert event.event_type == "explosive_attack"
    assert event.locations[0].name == "Anbar"
    assert event.acled.admin1 == "Anbar"


def test_a_region_on_the_outskirts_of_the_capital() -> None:
    body = (
        "Syrian warplanes carried out airstrikes on rebel command posts in Eastern Ghouta on the "
        "outskirts of the capital Damascus, killing 12 fighters."
    )
    (event,) = events_of(body)
    assert event.event_type == "airstrike"
    assert event.locations[0].name == "Eastern Ghouta"
    assert event.acled.admin1 == "Rif Dimashq"


def test_a_landmark_told_alone_stays_the_place() -> None:
    body = "Clashes broke out on Tuesday south-west of Derna, killing two soldiers."
    (event,) = events_of(body)
    assert event.locations[0].name in ("Derna", "Darnah")


def test_a_province_around_the_landmark_does_not_drop_it() -> None:
    body = (
        "Government shelling killed five rebels on Monday in Idlib province, north of Saraqeb, "
        "activists said."
    )
    (event,) = events_of(body)
    assert event.locations[0].name in ("Saraqeb", "Saraqib")


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


def test_the_lead_near_a_town_takes_the_site_told_off_it() -> None:
    body = (
        "A suicide bombing killed at least 15 people at a wedding party near the holy city of "
        "Kerbala late on Sunday.\n\nFive assailants including the suicide bomber attacked the "
        "celebration in Ain Tamr, west of Kerbala, firing machine guns, the police said."
    )
    events = events_of(body)
    assert len(events) == 1, [(e.event_type, e.locations[:1]) for e in events]
    assert events[0].event_type == "suicide_bombing"


def test_a_neighbourhood_north_of_the_city_is_its_north() -> None:
    body = (
        "Mortar shells landed on a trade center in the Marjeh area in the heart of Damascus and "
        "also the Maysat neighborhood north of Damascus on Wednesday, wounding five people."
    )
    events = events_of(body)
    assert events, body
    for event in events:
        assert event.locations[0].admin1 == "Damascus", event.locations[:1]
