"""Fifty-third round (sd73, issue 11): property destroyed with no one attacked is ACLED's
looting/property destruction. An attack word told on infrastructure, or joined to a verb of
damage on a building, with no one hurt in its sentence (`refine/means/property_hit.py`), and a
drug laboratory dismantled (`triggers.tsv`)."""

from __future__ import annotations

from tests.unit.extraction.events.articles import main_event


def test_gunmen_attacking_a_pipeline_destroy_property() -> None:
    event = main_event(
        "On 11 May 2022, in Puerto Lleras, Meta department, the Orinoco oil pipeline was"
        " attacked by unidentified armed men. Nobody was hurt."
    )
    assert event.event_type == "property_destroyed"
    assert event.codes.acled_sub_event_type == "Looting/property destruction"
    assert event.acled is not None and event.acled.fatalities == 0


def test_militants_attacking_telecom_masts_destroy_property() -> None:
    event = main_event(
        "Suspected militants attacked three telecom masts near Wargadud on Sunday night. No"
        " injuries were reported."
    )
    assert event.event_type == "property_destroyed"
    assert event.acled is not None
    assert event.acled.actor1 is not None and "Unidentified Armed Group" in event.acled.actor1
    # the forces answering it with force in the next sentence: the battle
    answered = main_event(
        "Suspected militants attacked three telecom masts near Wargadud on Sunday night. Police"
        " reservists pursued the raiders and shot dead one of them."
    )
    assert answered.event_type == "armed_clash"


def test_attacked_and_damaged_offices_are_property_destroyed() -> None:
    event = main_event(
        "On 2 March 2022, four masked gunmen attacked and damaged the offices of a community"
        " radio station in Tarvel town. No casualties were reported."
    )
    assert event.event_type == "property_destroyed"
    assert event.codes.acled_sub_event_type == "Looting/property destruction"
    # someone killed in the sentence: the attack on people stays
    killing = main_event(
        "On 2 March 2022, gunmen attacked and burned a primary school in Tarvel town, killing"
        " a teacher."
    )
    assert killing.event_type == "attack_on_civilians"
    assert killing.acled is not None and killing.acled.fatalities == 1
    # a community's homes in the plural: the attack on their people
    homes = main_event("Armed herders attacked and burned homes in Lokoro village overnight.")
    assert homes.event_type == "attack_on_civilians"


def test_a_drug_lab_dismantled_is_property_destroyed_before_the_arrests() -> None:
    event = main_event(
        "On 9 June 2022, in Barra Alta, federal police on Thursday dismantled a small synthetic"
        " drug lab near the Vila Serena market. Three men were arrested."
    )
    assert event.event_type == "property_destroyed"
    assert event.codes.acled_sub_event_type == "Looting/property destruction"
    assert event.acled is not None
    assert event.acled.actor1 is not None and event.acled.actor1.startswith("Police Forces")


def test_people_at_a_site_or_a_vehicle_carrying_equipment_are_the_ones_attacked() -> None:
    """The thing told after a preposition or a participle is where the people were, not what
    was attacked (review, fifty-third round)."""
    for body in (
        "Unknown gunmen attacked workers at a construction site near Tarvel on Monday.",
        "Unknown gunmen attacked a bus carrying mining equipment near Tarvel on Monday.",
    ):
        event = main_event(body)
        assert event.event_type == "attack_on_civilians", body
        assert event.codes.acled_sub_event_type == "Attack", body


def test_harm_denied_in_the_next_sentence_is_no_answer_by_force() -> None:
    event = main_event(
        "Suspected militants attacked three telecom masts near Wargadud on Sunday night."
        " Security forces said no one was killed."
    )
    assert event.event_type == "property_destroyed"
