"""Wordings of monitors' terse notes (fiftieth round, type70, issue 11): a device gone off on
those who carried or planted it, and one device found, are disrupted weapons use; forces sent or
security raised for a reason or an aim told as violence are a deployment, the violence being
their reason, not the day's act; a protest word misspelt or glued is a protest; victims who
protest, and a killing protested with a possessive, are the protest's grievance."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of, fatalities, main_event


def test_a_device_gone_off_on_its_carriers_is_disrupted_weapons_use() -> None:
    event = main_event(
        "Two gunmen died near Bura, Kenya, on Friday when the charge they were fixing to a "
        "culvert went off."
    )
    assert event.event_type == "weapons_disrupted"
    assert event.codes.acled_sub_event_type == "Disrupted weapons use"
    assert fatalities(event) == 2
    event = main_event(
        "Three fighters were killed near Ijara, Kenya, as the mines they were laying blew up."
    )
    assert event.codes.acled_sub_event_type == "Disrupted weapons use"
    assert fatalities(event) == 3
    event = main_event(
        "Four insurgents were killed and two were hurt when explosives they were burying "
        "exploded prematurely outside Ghazni, Afghanistan."
    )
    assert event.codes.acled_sub_event_type == "Disrupted weapons use"
    assert event.codes.acled_event_type == "Strategic developments"
    event = main_event(
        "A device the fighters carried detonated prematurely, killing two of them near "
        "Kunduz, Afghanistan."
    )
    assert event.codes.acled_sub_event_type == "Disrupted weapons use"
    event = main_event(
        "A bomb maker was killed by his own device in Peshawar, Pakistan, on Monday."
    )
    assert event.codes.acled_sub_event_type == "Disrupted weapons use"
    # a device its carrier sets off among people is his attack
    event = main_event(
        "A man detonated a device he was carrying in the main market of Quetta, Pakistan, "
        "killing nine shoppers."
    )
    assert event.codes.acled_event_type != "Strategic developments"


def test_one_device_found_is_disrupted_weapons_use() -> None:
    event = main_event("Officers find a hand grenade under a seat of a minibus in Thika, Kenya.")
    assert event.event_type == "weapons_disrupted"
    event = main_event(
        "Soldiers discovered and disarmed an explosive buried by a culvert near Mandera, Kenya."
    )
    assert event.event_type == "weapons_disrupted"
    event = main_event("Detectives seized explosive materials in a house in Likoni, Kenya.")
    assert event.codes.acled_sub_event_type == "Disrupted weapons use"
    # an attack found out is the attack
    event = main_event(
        "Investigators found that a grenade attack had hit the police post in Wajir, Kenya."
    )
    assert event.event_type == "grenade"


def test_forces_sent_for_a_reason_told_as_violence_are_a_deployment() -> None:
    event = main_event(
        "Extra officers were rushed to Isiolo, Kenya, on Sunday to help contain fighting "
        "between herders."
    )
    assert event.event_type == "deployment"
    assert event.codes.acled_sub_event_type == "Change to group/activity"
    event = main_event(
        "Uganda has deployed troops along its northern border for fear of raids by armed "
        "herders from Kenya."
    )
    assert event.event_type == "deployment"
    event = main_event(
        "The army sent troops to Baringo, Kenya, to track down bandits who have been raiding "
        "villages."
    )
    assert event.event_type == "deployment"
    event = main_event(
        "Security has been heightened in Moyale, Kenya, following the murder of two traders "
        "by gunmen."
    )
    assert event.event_type == "deployment"
    assert fatalities(event) == 0
    event = main_event(
        "The army dispatched two battalions to Jos, Nigeria, in the wake of attacks on "
        "villages by gunmen."
    )
    assert event.event_type == "deployment"
    # what deployed forces do is their act
    event = main_event(
        "Troops deployed to the area clashed with militants near Garissa, Kenya, on Monday, "
        "killing three."
    )
    assert event.event_type == "armed_clash"
    event = main_event(
        "Kenyan troops were deployed to Boni forest and fought al Shabaab militants on Tuesday."
    )
    assert event.event_type == "armed_clash"
    # violence told with its own verb and dead is news the deployment follows
    event = main_event(
        "Soldiers were deployed to Marsabit, Kenya, on Monday after clashes between two clans "
        "killed five people."
    )
    assert event.event_type == "armed_clash"
    types = {e.event_type for e in events_of("The injured were rushed to hospital in Mandera.")}
    assert "deployment" not in types


def test_a_protest_word_misspelt_or_glued_is_a_protest() -> None:
    event = main_event("Nurses protestedt outside the main hospital in Nyeri, Kenya, on Monday.")
    assert event.event_type == "protest"
    assert event.codes.acled_event_type == "Protests"
    event = main_event("Traders of Kitale, Kenya, demonstratedon Friday against new market fees.")
    assert event.event_type == "protest"
    event = main_event("Hundreds of teachers held demonstrationin Bhopal, India, on Sunday.")
    assert event.event_type == "protest"
    assert not events_of("Protestants attended a service in Belfast on Sunday.")
    assert not events_of("The minister gave a demonstrative speech in Delhi on Monday.")
    # a well-spelt form the protest rows leave out stays out: the dead, not a protest
    types = {e.event_type for e in events_of("One protester died in Kisumu, Kenya, on Monday.")}
    assert "protest" not in types


def test_victims_who_protest_and_a_killing_protested_are_the_protest() -> None:
    event = main_event(
        "Hundreds of survivors of the cattle raids rallied in Lodwar, Kenya, on Tuesday to ask "
        "for compensation."
    )
    assert event.event_type == "protest"
    assert event.codes.acled_sub_event_type == "Peaceful protest"
    event = main_event(
        "Colleagues of a driver held a peaceful march in Nakuru, Kenya, protesting his "
        "killing by unknown men."
    )
    assert event.event_type == "protest"
