"""Where an event happened, read from the structure of the article: a neighbourhood lies in the
city that locates it (not in a bigger namesake abroad), and a sentence that tells no act of its
own after an event gives its finer place (the lead's province, the body's village)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _where(event: EventMessage) -> tuple[str, str | None, str, bool]:
    place = event.locations[0]
    return place.name, place.admin1, place.country_code, place.resolved


def test_a_neighbourhood_of_a_city_is_not_a_bigger_namesake_abroad() -> None:
    body = (
        "Two people were killed on Saturday when militants shelled the Sulaymaniyah"
        " neighborhood of the Syrian city of Aleppo, state media said."
    )
    (event,) = events_of(body)
    assert event.event_type == "shelling"
    assert _where(event) == ("Sulaymaniyah", "Aleppo", "SY", False)


def test_a_district_in_a_city_is_not_a_namesake_of_another_province() -> None:
    body = (
        "A mortar shell struck near a school in the al-Mazraa district in Damascus on"
        " Monday, wounding three people."
    )
    (event,) = events_of(body)
    assert event.event_type == "shelling"
    assert _where(event) == ("al-Mazraa", "Damascus", "SY", False)


def test_a_village_in_the_far_corner_of_a_province_lies_in_that_province() -> None:
    body = (
        "Troops repelled an attack by the Islamic State of Iraq and the Levant on army posts"
        " near al-Huweijeh village"
        " in the far northwest of Hama countryside on Sunday."
    )
    (event,) = events_of(body)
    assert _where(event) == ("al-Huweijeh", "Hama", "SY", False)  # not Iraq's Hawija


def test_a_following_sentence_without_an_act_gives_the_village_of_the_strike() -> None:
    body = (
        "Two fighters were killed on Sunday when a drone hit their car in Nabatieh"
        " province, security sources said.\n"
        "Residents said the car was parked near the village of Kafra, close to the border."
    )
    (event,) = events_of(body)
    assert event.event_type == "airstrike"
    assert _where(event) == ("Kafra", "Nabatieh", "LB", False)


def test_a_following_sentence_gives_the_known_town_inside_the_province() -> None:
    body = (
        "Gunmen killed 15 people in an attack on a village in Borno State on Monday,"
        " residents said.\n"
        "Most of the dead were farmers in Konduga, a resident said."
    )
    (event,) = events_of(body)
    assert _where(event) == ("Konduga", "Borno", "NG", True)


def test_where_survivors_fled_after_the_attack_is_not_its_place() -> None:
    body = (
        "Gunmen killed 15 people in an attack on a village in Borno State on Monday,"
        " residents said.\n"
        "Survivors fled to Konduga, a resident said."
    )
    (event,) = events_of(body)
    assert _where(event)[:3] == ("Borno", "Borno", "NG")
