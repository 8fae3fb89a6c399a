"""The type of an occurrence: what the sentence's roles say about the act (ground a state's forces
take at home is regained), and, when the mentions of one incident disagree, the act the article
names."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import actor1, events_of, fatalities


def _place(event: EventMessage) -> str:
    return event.locations[0].name if event.locations else ""


def test_ground_a_state_takes_in_its_own_country_is_regained_whatever_the_verb() -> None:
    (event,) = events_of(
        "Syrian government forces took control of three villages in Daraa province on Saturday."
    )
    assert (event.event_type, _place(event), actor1(event)) == (
        "territory_regained",
        "Daraa",
        "Military Forces of Syria",
    )
    assert event.codes.acled_sub_event_type == "Government regains territory"


def test_ground_rebels_or_a_foreign_army_take_is_taken() -> None:
    events = events_of(
        "Rebels took control of three villages in Daraa province on Saturday.\n\n"
        "On Sunday, Turkish forces captured the town of Tal Abyad in Raqqa province."
    )
    assert [(e.event_type, _place(e)) for e in events] == [
        ("territory_taken", "Daraa"),
        ("territory_taken", "Tall Abyad"),
    ]


def test_a_toll_naming_the_killed_is_the_incident_the_next_sentence_names_the_attacker_of() -> None:
    events = events_of(
        "Nusra Front commander killed in Latakia. The Syrian army killed the commander in heavy"
        " clashes in Latakia province on Wednesday, a military source said."
    )
    assert [(e.event_type, _place(e)) for e in events] == [("armed_clash", "Latakia")]
    assert len(events[0].evidence.mentions) == 2


def test_fire_at_a_place_without_its_weapon_is_the_act_the_sentence_names_the_weapon_of() -> None:
    events = events_of(
        "At least five people were killed by a Houthi missile fired at the city of Marib on"
        " Tuesday, medical sources said."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [("shelling", "Ma'rib", 5)]


def test_fire_at_another_town_stays_another_incident() -> None:
    events = events_of(
        "Government artillery shelled the town of Saraqib on Sunday, killing four people."
        " Gunmen fired at a checkpoint in the town of Ariha, wounding two soldiers."
    )
    assert sorted((e.event_type, _place(e)) for e in events) == [
        ("armed_clash", "Ariha"),
        ("shelling", "Saraqib"),
    ]
