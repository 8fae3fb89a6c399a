"""Wire wordings of other regions the forty-third round found misread (articles of our own):
a day counted on from the day told before, a country first of peers sharing one noun of the
state's arms, and soldiers told gathered in a relative clause."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import EventMessage
from newsevents.extraction.text.dates import find_dates
from tests.unit.extraction.events.articles import events_of
from tests.unit.helpers import document


def _acts(events: list[EventMessage]) -> list[tuple[str, str, dt.date, int]]:
    return [
        (e.event_type, e.locations[0].name, e.time.date, e.acled.fatalities or 0)
        for e in events
        if e.acled is not None
    ]


def test_an_abduction_two_days_after_a_killing_is_its_own_act_on_its_own_day() -> None:
    """Published Thursday 14 March 2024: the killing is Monday's, the abduction Wednesday's,
    two acts (one day each, the toll on the killing)."""
    events = events_of(
        "Gunmen killed a village chief in Borno state on Monday. Two days later, suspected"
        " Boko Haram fighters abducted 14 women from the same village."
    )
    assert _acts(events) == [
        ("attack_on_civilians", "Borno", dt.date(2024, 3, 11), 1),
        ("abduction", "Borno", dt.date(2024, 3, 13), 0),
    ]


def test_the_next_day_after_a_dated_attack_dates_the_second_attack() -> None:
    events = events_of(
        "Militants attacked a police post in Khost on Sunday, killing two officers. The next"
        " day, a roadside bomb killed three soldiers in Paktia."
    )
    assert [(e.locations[0].name, e.time.date) for e in events] == [
        ("Khost", dt.date(2024, 3, 10)),
        ("Paktia", dt.date(2024, 3, 11)),
    ]


def test_a_body_found_days_later_is_the_end_of_the_abduction_not_a_new_act() -> None:
    """How the act ended takes no day of its own: one killing, on the abduction's day."""
    events = events_of(
        "Gunmen abducted a trader in Kaduna on Monday. His body was found three days later."
    )
    assert _acts(events) == [("attack_on_civilians", "Kaduna", dt.date(2024, 3, 11), 1)]


def test_a_day_counted_on_needs_a_day_told_before_it() -> None:
    doc = document("Two days later, gunmen abducted a trader in Kaduna.")
    find_dates(doc)
    assert doc.dates == []
    doc = document("Troops arrived on Monday. Two days later, gunmen abducted a trader.")
    find_dates(doc)
    assert [(m.text, m.date) for m in doc.dates] == [
        ("on Monday", dt.date(2024, 3, 11)),
        ("Two days later", dt.date(2024, 3, 13)),
    ]


def test_dead_found_the_next_day_take_no_day_of_their_own() -> None:
    """The end of an act ("found dead the next day") is dated by the act; "shot dead" is an act."""
    doc = document("Police were fired on Monday. Three men were found dead the next day.")
    find_dates(doc)
    assert [m.text for m in doc.dates] == ["on Monday"]
    doc = document("Police were fired on Monday. The next day, gunmen shot dead three men.")
    find_dates(doc)
    assert [(m.text, m.date) for m in doc.dates] == [
        ("on Monday", dt.date(2024, 3, 11)),
        ("The next day", dt.date(2024, 3, 12)),
    ]


def test_a_day_counted_past_publication_is_no_day() -> None:
    doc = document("Troops arrived on Wednesday. A week later... Five days later, they left.")
    find_dates(doc)
    assert [m.text for m in doc.dates] == ["on Wednesday"]


def test_a_country_first_of_peers_sharing_warplanes_is_no_place() -> None:
    """ "U.S. and British warplanes" name whose aircraft, not the United States as a place."""
    (event,) = events_of(
        "U.S. and British warplanes struck Islamic State positions near Mosul on Tuesday,"
        " killing 12 militants, the coalition said."
    )
    assert event.event_type == "airstrike"
    assert [place.name for place in event.locations] == ["Mosul"]
    assert event.acled is not None and event.acled.actor1 is not None
    assert event.acled.actor1.startswith("Military Forces of the United States")
    (event,) = events_of("US, French and British jets struck positions near Raqqa on Tuesday.")
    assert [place.country_code for place in event.locations] == ["SY"]


def test_soldiers_who_had_gathered_at_a_checkpoint_are_no_protest() -> None:
    (event,) = events_of(
        "A suicide bomber blew himself up among soldiers who had gathered at a checkpoint in"
        " Mogadishu on Sunday, killing five."
    )
    assert (event.event_type, event.locations[0].name, event.acled.fatalities) == (
        "suicide_bombing",
        "Mogadishu",
        5,
    )


def test_a_crowd_that_gathered_outside_parliament_is_still_a_protest() -> None:
    events = events_of("Hundreds of teachers gathered outside parliament in Nairobi on Monday.")
    assert [(e.event_type, e.locations[0].name) for e in events] == [("protest", "Nairobi")]


def test_a_drone_shot_down_by_its_model_is_disrupted_weapons_use_at_its_place() -> None:
    """ "shot down a U.S. MQ-9 Reaper drone": the drone's country and model are no place, and
    the downing is disrupted weapons use, as "air defences downed an Israeli drone" is."""
    (event,) = events_of(
        "Houthi forces shot down a U.S. MQ-9 Reaper drone over Marib on Tuesday, the group said."
    )
    assert event.event_type == "weapons_disrupted"
    assert [place.name for place in event.locations] == ["Ma'rib"]
    assert event.acled is not None and event.acled.actor1 == "Houthis"


def test_a_country_before_a_model_of_jet_is_no_place() -> None:
    (event,) = events_of("A U.S. F-16 jet struck a militia depot near Albu Kamal on Monday.")
    assert event.event_type == "airstrike"
    assert [place.name for place in event.locations] == ["Albu Kamal"]


def test_the_group_a_claimant_broke_from_is_not_the_bomber() -> None:
    """ "claimed by a new group, an offshoot of the Pakistani Taliban": the parent did not act,
    and a group that denies the act is not named for the bombers either."""
    (event,) = events_of(
        "A suicide bomber killed nine officers at a police station in Dera Ismail Khan on"
        " Tuesday. The attack was claimed by a new militant group, believed to be an offshoot"
        " of the Pakistani Taliban. The Pakistani Taliban denied involvement."
    )
    assert event.event_type == "suicide_bombing"
    assert event.acled is not None
    assert event.acled.actor1 == "Unidentified Armed Group (Pakistan)"
    assert event.acled.fatalities == 9


def test_a_splinter_faction_of_a_group_is_not_the_group() -> None:
    (event,) = events_of(
        "Gunmen from a splinter faction of the FARC killed two soldiers in Cauca on Monday."
    )
    assert event.acled is not None
    assert event.acled.actor1 == "Unidentified Armed Group (Colombia)"
    assert event.locations[0].name == "Cauca"


def test_the_armed_wing_of_a_group_is_the_group() -> None:
    (event,) = events_of("Fighters of the armed wing of Hamas fired rockets at Sderot on Monday.")
    assert event.acled is not None
    assert event.acled.actor1 == "Hamas Movement"


def test_forces_that_pursued_the_attackers_fought_a_clash_of_their_own() -> None:
    """A massacre of villagers, then "troops had pursued the rebels and killed three of them":
    two occurrences, the attack on civilians (ADF, its 22 dead) and the forces' clash (3 dead),
    not one clash of the ADF with 22 dead."""
    events = events_of(
        "Suspected Allied Democratic Forces rebels killed at least 22 people in overnight"
        " attacks on two villages in eastern Congo's North Kivu province, local officials said"
        " Tuesday. The attackers used machetes and guns in the village of Mayikengo. The army"
        " said its troops had pursued the rebels and killed three of them."
    )
    assert [
        (e.event_type, e.acled.actor1, e.acled.fatalities) for e in events if e.acled is not None
    ] == [
        ("attack_on_civilians", "ADF: Allied Democratic Forces", 22),
        ("armed_clash", "Military Forces of the Democratic Republic of Congo (2019-)", 3),
    ]


def test_a_day_counted_on_at_a_sentence_end_tells_how_the_act_went_on() -> None:
    """ "22 were arrested the following day", "the protest was renewed the following day": told
    at the sentence's end, the day counted on is no new act's day (the act's own day dates the
    sentence); opening the sentence it is."""
    doc = document("Students burnt their school on Monday. 22 were arrested the following day.")
    find_dates(doc)
    assert [m.text for m in doc.dates] == ["on Monday"]
    doc = document("Students burnt their school on Monday. The following day, 22 were arrested.")
    find_dates(doc)
    assert [(m.text, m.date) for m in doc.dates] == [
        ("on Monday", dt.date(2024, 3, 11)),
        ("The following day", dt.date(2024, 3, 12)),
    ]


def test_a_raid_told_on_to_its_next_town_with_then_is_two_attacks() -> None:
    """ "attacked Djibo, killing 21 people, then attacked the town of Arbinda, killing 16 more":
    two attacks on civilians by the same gunmen, each at its town with its toll (not one of 37
    at Djibo; nor the second a mob's, "21 people" read as who attacked)."""
    events = events_of(
        "Gunmen attacked Djibo on Sunday, killing 21 people, then attacked the town of Arbinda,"
        " killing 16 more."
    )
    assert [
        (e.event_type, e.locations[0].name, e.acled.actor1, e.acled.fatalities)
        for e in events
        if e.acled is not None
    ] == [
        ("attack_on_civilians", "Djibo", "Unidentified Armed Group (Burkina Faso)", 21),
        ("attack_on_civilians", "Aribinda", "Unidentified Armed Group (Burkina Faso)", 16),
    ]
