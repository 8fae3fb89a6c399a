"""Sides of the forty-first round (actor61): a government or its head told doing an act of
armed force is its military; a movement of many countries is named after the article's
country, not after a bare foreign country the event was placed at."""

from __future__ import annotations

from tests.unit.extraction.events.articles import sides_of


def test_a_government_deploying_troops_is_its_military() -> None:
    (side,) = sides_of("The Kenyan government deployed more troops to the border near Mandera.")
    assert side[:2] == ("deployment", "Military Forces of Kenya")


def test_the_troops_a_government_deploys_are_no_second_side() -> None:
    # the troops are how the military deploys, not the side it acts on (review62)
    assert sides_of("The Syrian government deployed troops to Deir ez-Zor on Monday.") == [
        ("deployment", "Military Forces of Syria", None)
    ]


def test_a_government_seizing_ground_is_its_military() -> None:
    (side,) = sides_of(
        "In the Qalamoun region west of the capital Damascus government forces backed by "
        "Hezbollah seized areas outside Zabadani on Monday."
    )
    assert side[:2] == ("property_seized", "Military Forces of Syria")


def test_a_government_releasing_prisoners_stays_the_government() -> None:
    sides = sides_of("The Afghan government released 98 Taliban prisoners in Kabul on Monday.")
    assert ("release", "Government of Afghanistan", "Taliban") in sides


def test_a_movement_placed_at_a_country_it_warned_is_named_after_the_article() -> None:
    sides = sides_of(
        "Islamic State claims beheading of aid worker. The Islamic State group on Sunday "
        "claimed to have executed an aid worker as a warning to the United States. The group "
        "has killed hundreds of tribesmen in Deir Ezzor and Raqqa."
    )
    assert sides[0][:2] == ("attack_on_civilians", "Islamic State (Syria)")


def test_a_movement_at_a_town_of_the_article_keeps_its_country() -> None:
    sides = sides_of(
        "ISIS executed a Jordanian pilot. The Islamic State group burned the pilot alive as a "
        "warning to Jordan, activists in Raqqa said."
    )
    assert sides[0][:2] == ("attack_on_civilians", "Islamic State (Syria)")
