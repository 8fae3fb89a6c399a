"""Strategic developments of monitors' terse notes (forty-seventh round, kenya67): armed men
sighted, a side arming itself, security beefed up, and a police station, a police post or a
church burnt are events, not nothing."""

from __future__ import annotations

from tests.unit.extraction.events.articles import actor1, main_event


def test_armed_men_sighted_are_present() -> None:
    event = main_event("Fighters of Boko Haram were sighted near Gwoza, Nigeria, on Tuesday.")
    assert event.event_type == "presence"
    assert event.codes.acled_event_type == "Strategic developments"
    event = main_event("Armed bandits have been sighted in forests near Birnin Gwari, Nigeria.")
    assert event.event_type == "presence"
    assert actor1(event) == "Unidentified Armed Group (Nigeria)"


def test_a_side_arming_itself_changes_its_activity() -> None:
    event = main_event("Fulani militias are said to be re-arming in Plateau State, Nigeria.")
    assert event.event_type == "recruitment"
    assert event.codes.acled_sub_event_type == "Change to group/activity"
    assert actor1(event) == "Fulani Ethnic Militia (Nigeria)"
    event = main_event(
        "Dogon hunters armed themselves against Fulani herders near Bankass, Mali, on Sunday."
    )
    assert event.codes.acled_event_type == "Strategic developments"


def test_security_beefed_up_is_a_deployment() -> None:
    event = main_event(
        "Security has been beefed up in Bamako, Mali, ahead of the presidential vote."
    )
    assert event.event_type == "deployment"
    assert event.codes.acled_sub_event_type == "Change to group/activity"
    assert event.locations[0].name == "Bamako"
    event = main_event("Authorities heightened security in Kampala, Uganda, after a bomb threat.")
    assert event.event_type == "deployment"
    assert event.locations[0].name == "Kampala"
    # the forces stepping up an offensive tell no security beefed up
    event = main_event(
        "Security forces have stepped up operations against bandits in Zamfara, Nigeria, "
        "and killed ten of them."
    )
    assert event.event_type != "deployment"


def test_a_police_station_or_a_church_burnt_is_destroyed_property() -> None:
    event = main_event("Gunmen burned the police station in Djibo, Burkina Faso.")
    assert event.event_type == "property_destroyed"
    assert event.codes.acled_sub_event_type == "Looting/property destruction"
    assert actor1(event) == "Unidentified Armed Group (Burkina Faso)"
    event = main_event("Unknown attackers burnt a church in Bangui, Central African Republic.")
    assert event.event_type == "property_destroyed"
    event = main_event("Separatists burn a police post near Bamenda, Cameroon.")
    assert event.event_type == "property_destroyed"
    assert event.locations[0].name == "Bamenda"
    # demonstrators burning it riot
    event = main_event("Protesters burned the police station in Bangui, Central African Republic.")
    assert event.event_type == "riot"
