"""Fifty-second round, fold72: one act told as two types is one event. A battle word in a
capture's own sentence ("in the latest stage of an offensive", "inflicting heavy losses", "flee
the fighting") is the fight the capture was won in, not a clash of its own; a fight told beside
the capture at another place stays an event of its own."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def test_offensive_in_the_capture_sentence_is_the_capture() -> None:
    events = events_of(
        "Kurdish units drove the Islamic State out of Tal Tamr at dawn on Thursday, capturing "
        "the town during a broad offensive across Hasakah province."
    )
    assert [e.event_type for e in events] == ["territory_taken"]
    assert events[0].locations[0].name == "Tall Tamr"


def test_losses_inflicted_while_retaking_a_hill_are_the_retaking() -> None:
    events = events_of(
        "Government troops pushed east of Homs on Monday and regained Tal Sheikh hill, "
        "inflicting big losses upon the armed groups there."
    )
    assert [e.event_type for e in events] == ["territory_regained"]
    assert events[0].acled is not None
    assert events[0].acled.actor1 == "Military Forces of Syria (2000-2024)"


def test_a_fight_told_beside_the_capture_at_another_city_stays_its_own() -> None:
    events = events_of(
        "Kurdish units took control of Tal Tamr on Thursday during a broad offensive, while heavy "
        "clashes raged on in Deir ez-Zor."
    )
    kinds = sorted((e.event_type, e.locations[0].name) for e in events)
    assert kinds == [("armed_clash", "Deir ez-Zor"), ("territory_taken", "Tall Tamr")]


def test_a_headline_city_standing_for_its_province_is_the_body_town_act() -> None:
    events = events_of(
        "Mon Mar 11 2024 Rebel Chief in Hama 5 More Killed in Army Offensive. "
        "Government troops stormed rebel posts in Kafr Zita in northern Hama on Monday, a "
        "military source said."
    )
    assert [e.event_type for e in events] == ["armed_clash"]
    assert events[0].locations[0].name == "Kafr Zayta"
    assert events[0].acled is not None
    assert events[0].acled.actor1 == "Military Forces of Syria (2000-2024)"
    assert events[0].acled.fatalities == 5


def test_a_headline_told_at_the_city_itself_stays_apart_from_a_town_of_its_province() -> None:
    events = events_of(
        "Mon Mar 11 2024 Rebel Chief Killed in Army Offensive in Hama City. "
        "Government troops stormed rebel posts in Kafr Zita in northern Hama on Monday, "
        "killing five fighters, a military source said."
    )
    places = sorted(e.locations[0].name for e in events if e.event_type == "armed_clash")
    assert places == ["Hamah", "Kafr Zayta"]


def test_areas_told_seized_are_the_capture_told_next() -> None:
    events = events_of(
        "Troops and allied Hezbollah units seized farm areas around Madaya on Sunday, the "
        "monitor reported. The army announced that its units had taken control of the slopes "
        "north of the town and of the highway there."
    )
    assert [e.event_type for e in events] == ["territory_regained"]
    assert events[0].locations[0].name == "Madaya"
