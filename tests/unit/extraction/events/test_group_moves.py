"""Fifty-third round (sd73, issue 11): a group's change of activity told by monitors' notes.
Armed men crossing into a country or moving into an area from elsewhere (deployment), road
blocks an armed side sets up (restricted movement) and a side taking up arms (recruitment)
(`triggers.tsv`); goods taken in a raid on houses, and damage told before "during a raid"
(`refine/means/property_hit.py`)."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of, main_event


def test_fighters_crossing_into_a_county_are_a_change_of_activity() -> None:
    event = main_event(
        "Some sixty al Shabaab fighters crossed into Garissa county near Damajale at dawn, a"
        " local chief said."
    )
    assert event.event_type == "deployment"
    assert event.codes.acled_sub_event_type == "Change to group/activity"
    assert event.acled is not None and event.acled.actor1 == "Al Shabaab"
    # an aim to cross is no movement yet
    waiting = events_of(
        "Families were still waiting in rebel territory near Hama to cross into the city."
    )
    assert "deployment" not in [e.event_type for e in waiting]


def test_fighters_moved_into_a_county_from_abroad_are_a_change_of_activity() -> None:
    event = main_event(
        "In June, al Shabaab fighters moved into Isiolo county from Somalia, an elder said,"
        " adding that the fighters had been living among herders."
    )
    assert event.event_type == "deployment"
    assert event.acled is not None and event.acled.actor1 == "Al Shabaab"


def test_bandits_road_blocks_restrict_movement_and_a_crowd_s_stay_a_riot() -> None:
    event = main_event(
        "Armed bandits have erected road blocks between Kolowa and Tot to extort cash from"
        " lorry drivers."
    )
    assert event.event_type == "movement_restricted"
    assert event.codes.acled_sub_event_type == "Other"
    crowd = main_event(
        "Angry residents barricaded the Kisumu road with stones to protest the killings."
    )
    assert crowd.event_type == "riot"
    youths = main_event("In Bondo, jobless youths set up road blocks and lit bonfires on Monday.")
    assert youths.event_type == "riot"
    cartel = main_event(
        "The Costa cartel had placed two checkpoints on the coastal highway near Tecpan."
    )
    assert cartel.event_type == "movement_restricted"


def test_herders_taking_up_arms_change_their_activity() -> None:
    events = events_of("Samburu herders took up arms and gathered near the Suguta river on Friday.")
    assert [e.event_type for e in events] == ["recruitment"]
    assert events[0].codes.acled_sub_event_type == "Change to group/activity"


def test_houses_raided_for_goods_and_damage_during_a_raid_are_property() -> None:
    event = main_event(
        "On 8 May 2022, the rebels raided several houses in Koza village, carting off clothes,"
        " sacks of maize and bicycles."
    )
    assert event.event_type == "property_destroyed"
    assert event.codes.acled_sub_event_type == "Looting/property destruction"
    framed = main_event(
        "On 3 May 2022, soldiers burnt three motorbikes and looted a kiosk during a raid in"
        " Bafut village."
    )
    assert framed.codes.acled_sub_event_type == "Looting/property destruction"
    killing = main_event(
        "On 3 May 2022, soldiers burnt three motorbikes and looted a kiosk during a raid in"
        " Bafut village, killing a farmer."
    )
    assert killing.event_type == "attack_on_civilians"


def test_an_attack_mounted_on_a_checkpoint_is_the_attack_not_a_road_block() -> None:
    """ "mounted an attack on a checkpoint" is a fight at the checkpoint, not one set up
    (review, fifty-third round)."""
    kinds = [
        e.event_type
        for e in events_of(
            "Militants mounted an attack on a checkpoint near Mandera on Friday, and police"
            " officers returned fire."
        )
    ]
    assert "movement_restricted" not in kinds
    assert "armed_clash" in kinds
