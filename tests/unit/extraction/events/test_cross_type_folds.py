"""Nineteenth round, duplicates across types: gunshots told as a wound's cause, a place told
seized, and explosions told after a strike are the incident told before them
(events/merge/incidents/gunshot_wounds.py, seized_places.py, strike_blasts.py); the same words
told of another incident stay apart."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def test_deaths_of_gunshot_wounds_are_the_clashes_told_before() -> None:
    events = events_of(
        "Three people died during clashes which broke out during opposition protests in Siaya "
        "in western Kenya, police said late Monday.\n\nTwo people died of gunshot wounds in "
        "the town, a hospital official said."
    )
    assert [e.event_type for e in events] == ["riot"]
    assert events[0].locations[0].name == "Siaya"
    assert len(events[0].evidence.mentions) == 2


def test_gunshot_wounds_of_a_separate_attack_stay_apart() -> None:
    events = events_of(
        "Police fired tear gas at opposition protesters in Siaya in western Kenya on Monday, "
        "police said.\n\nIn a separate attack, gunmen opened fire on a bus in Mombasa on "
        "Monday, and two passengers died of gunshot wounds."
    )
    places = {e.locations[0].name for e in events if e.locations}
    assert "Siaya" in places and "Mombasa" in places
    assert any(e.event_type == "attack_on_civilians" for e in events)


def test_a_village_told_seized_is_the_capture_of_it() -> None:
    events = events_of(
        "An affiliate of Islamic State seized a village in southern Syria overnight from "
        "rebels, a monitor said on Thursday.\n\nOvernight into Thursday, the extremists took "
        "control of the village of Heet near the Jordanian border in Daraa province, the "
        "Syrian Observatory for Human Rights said."
    )
    assert [e.event_type for e in events] == ["territory_taken"]
    (event,) = events
    assert event.locations[0].name == "Heet"
    assert event.actors[0].name == "Islamic State"
    assert len(event.evidence.mentions) == 2


def test_a_port_told_seized_after_its_capture_is_one_capture() -> None:
    events = events_of(
        "Insurgents took control of the port town of Mocimboa da Praia in Cabo Delgado "
        "province on Wednesday, local media said.\n\nThe militants reportedly seized the port "
        "after days of attacks, the reports said."
    )
    assert [e.event_type for e in events if e.event_type != "attack_on_civilians"] == [
        "territory_taken"
    ]
    assert all(e.event_type != "property_seized" for e in events)
    assert events[0].locations[0].name == "Mocimboa da Praia"


def test_seized_goods_are_no_capture_of_a_place() -> None:
    events = events_of(
        "Police seized weapons and two trucks from a gang in Nairobi on Monday, officials "
        "said.\n\nOn Tuesday, al-Shabaab fighters took control of the town of Kuday in Lower "
        "Juba."
    )
    types = sorted(e.event_type for e in events)
    assert "territory_taken" in types
    assert all(
        e.locations[0].name != "Nairobi" for e in events if e.event_type == "territory_taken"
    )


def test_a_grenade_explosion_is_the_grenade_attack() -> None:
    events = events_of(
        "Suspected militants hurled a grenade at a police patrol in Karan Nagar area of "
        "Srinagar on Saturday, police said.\n\nThe grenade explosion caused panic in the area, "
        "police officials said."
    )
    assert [e.event_type for e in events] == ["grenade"]
    assert events[0].locations[0].name == "Karan Nagar"


def test_an_explosion_heard_during_air_strikes_is_the_strikes() -> None:
    events = events_of(
        "Israel launched air strikes on Tuesday against Islamic Jihad targets in Gaza City, "
        "its military said.\n\nThe air strikes were still going two hours later, with a new "
        "explosion heard in the east of the city, witnesses said."
    )
    assert [e.event_type for e in events] == ["airstrike"]
    assert events[0].locations[0].name == "Gaza"


def test_an_explosion_told_as_a_separate_incident_stays_a_bombing() -> None:
    events = events_of(
        "Israeli air strikes hit Gaza City on Tuesday, the military said.\n\nIn a separate "
        "incident, an explosion hit a market in Rafah on Tuesday, killing two people."
    )
    assert sorted(e.event_type for e in events) == ["airstrike", "explosive_attack"]
    bombing = next(e for e in events if e.event_type == "explosive_attack")
    assert bombing.locations[0].name == "Rafah"


def test_the_missile_an_aircraft_fired_in_a_retelling_is_the_air_strike() -> None:
    events = events_of(
        "Gaza: Four members of Hamas were killed and three others wounded in an Israeli "
        "airstrike on northern Gaza Strip late on Saturday, medics said.\n\nA health ministry "
        "official told reporters that four people were killed and three wounded in the Israeli "
        "airstrike.\n\nHamas said in a statement that an Israeli aircraft fired a missile at a "
        "group of its militants east of Jabalia town in northern Gaza Strip, killing four "
        "militants and wounding three others."
    )
    assert [e.event_type for e in events] == ["airstrike"]
    (event,) = events
    assert event.locations[0].name == "Jabalya"
    assert event.actors[0].name.startswith("Military Forces of Israel")
    assert len(event.evidence.mentions) == 3


def test_missiles_thrown_by_rioters_are_no_shelling() -> None:
    events = events_of(
        "Seven police officers were injured in a second successive night of loyalist rioting "
        "in Belfast, police said on Saturday.\n\nA police spokesman said the violence was the "
        "worst in years.\n\nPetrol bombs, bricks, bottles and other missiles were thrown at "
        "officers in the Woodvale area in the north of the city on Friday night."
    )
    assert [e.event_type for e in events] == ["riot"]
    assert events[0].locations[0].name == "Belfast"


def test_a_missile_unit_is_no_shelling() -> None:
    events = events_of(
        "An Israeli strike on a car in south Lebanon on Friday killed a Hezbollah official, a "
        "security source said.\n\nThe group did not comment on the strike.\n\nWhile Israeli "
        "media claim he was the deputy commander of the Hezbollah missile unit, Hezbollah is "
        "yet to comment on the claim."
    )
    assert [e.event_type for e in events] == ["airstrike"]
    assert events[0].actors[0].name.startswith("Military Forces of Israel")


def test_rockets_fired_are_still_shelling() -> None:
    events = events_of(
        "Houthi rebels fired two missiles at Marib on Thursday, killing three people."
    )
    assert [e.event_type for e in events] == ["shelling"]
    assert events[0].actors[0].name == "Houthis"
