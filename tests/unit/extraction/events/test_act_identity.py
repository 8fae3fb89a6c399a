"""Act identity (events/merge/incidents/act_identity.py): two tellings in two sentences are one
act only when their place (one locality, or one inside the other) and their sides agree; a
retelling ("the strikes", "the toll rose", a quote about "the attack") keeps one act with a
finer place or a grown toll. Articles written for these tests in wire, monitor and
state-agency styles."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import actor1, events_on_a_tuesday, fatalities


def _place(event: EventMessage) -> str:
    return event.locations[0].name if event.locations else ""


def _actor2(event: EventMessage) -> str | None:
    return next((a.name for a in event.actors if a.role == "actor2"), None)


def test_a_second_strike_of_the_day_at_another_town_is_another_act() -> None:
    """Reuters: air strikes on one town, then a barrel bomb on another, no cue between them."""
    events = events_on_a_tuesday(
        "Syrian government air strikes killed 12 people in the town of Saraqib in Idlib"
        " province on Tuesday, a monitor said.\n\nA barrel bomb dropped by a helicopter killed"
        " four people in Maarat al-Numan, the Syrian Observatory for Human Rights said."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("airstrike", "Saraqib", 12),
        ("airstrike", "Maarrat an Numan", 4),
    ]


def test_two_towns_struck_then_a_quote_about_the_first_is_two_acts() -> None:
    """AFP: one air force, one day, two towns; the rescuer's "the attack ... in Ariha" is the
    first town's strike told again."""
    events = events_on_a_tuesday(
        "Russian warplanes struck the town of Ariha in Idlib province on Tuesday, killing seven"
        " civilians, the White Helmets said.\n\nRussian warplanes struck Saraqib, killing two"
        ' children, rescuers said.\n\n"The attack targeted a bakery in Ariha," a rescuer told'
        " AFP."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("airstrike", "Ariha", 7),
        ("airstrike", "Saraqib", 2),
    ]
    assert all(actor1(e) == "Military Forces of Russia" for e in events)


def test_the_strikes_told_again_at_a_quarter_of_their_town_are_one_act() -> None:
    """Syrian Observatory: "The strikes hit a market in the town's eastern quarter" places the
    same strikes, not a second one."""
    events = events_on_a_tuesday(
        "Air strikes killed at least 15 civilians in the town of Saraqib in Idlib province on"
        " Tuesday, the Syrian Observatory for Human Rights said.\n\nThe strikes hit a market in"
        " the town's eastern quarter and a school nearby, the monitor said."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("airstrike", "Saraqib", 15)
    ]


def test_a_toll_that_rose_is_the_bombing_again() -> None:
    """Anadolu: the toll update names no place and is the car bomb's."""
    events = events_on_a_tuesday(
        "A car bomb exploded near a market in the town of Azaz on Tuesday, killing eight people,"
        " Anadolu Agency reported.\n\nThe death toll rose to 14 as wounded people died in"
        " hospital, a local official said."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("explosive_attack", "Izaz", 14)
    ]


def test_two_quarters_of_one_city_bombed_on_one_day_are_two_acts() -> None:
    """Monitor: a strike on one neighbourhood, then a barrel bomb on another of the city."""
    events = events_on_a_tuesday(
        "Regime airstrikes killed 20 civilians on Tuesday in the Bab al-Nairab neighbourhood of"
        " Aleppo, the Syrian Observatory for Human Rights said.\n\nA barrel bomb dropped by a"
        " regime helicopter killed three people in the al-Shaar neighbourhood, the monitor said."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("airstrike", "Bab al-Nairab", 20),
        ("airstrike", "al-Shaar", 3),
    ]


def test_a_car_bomb_by_the_side_an_attack_hit_is_another_act() -> None:
    """Syrian Observatory: IS killed Ahrar al-Sham fighters, then Ahrar al-Sham bombed IS."""
    events = events_on_a_tuesday(
        "Islamic State militants killed 20 fighters of Ahrar al-Sham in a car bombing at a"
        " checkpoint on Tuesday, the Syrian Observatory for Human Rights said.\n\nAhrar al-Sham"
        " detonated a car bomb at an Islamic State headquarters, killing nine militants, the"
        " monitor said."
    )
    assert [(actor1(e), _actor2(e), fatalities(e)) for e in events] == [
        ("Islamic State", "Ahrar al-Sham", 20),
        ("Ahrar al-Sham", "Islamic State", 9),
    ]
    assert events[1].event_type == "explosive_attack"


def test_the_bomber_told_again_by_his_own_side_is_the_same_bombing() -> None:
    """Near miss of the above: the same side's bomber told again is no second act."""
    events = events_on_a_tuesday(
        "Islamic State militants killed 20 fighters of Ahrar al-Sham in a car bombing at a"
        " checkpoint on Tuesday, the Syrian Observatory for Human Rights said.\n\nThe car bomb"
        " was driven by an Islamic State militant who blew it up among Ahrar al-Sham fighters,"
        " the monitor said."
    )
    assert [(e.event_type, actor1(e), fatalities(e)) for e in events] == [
        ("explosive_attack", "Islamic State", 20)
    ]


def test_what_an_army_unit_also_destroyed_in_another_province_is_its_own_event() -> None:
    """SANA: "Also an army unit destroyed two vehicles ... in Deir Hafer" after hideouts hit in
    Hama countryside is no consequence of the first act."""
    events = events_on_a_tuesday(
        "Army units destroyed hideouts of terrorists in the town of Kafr Zita in Hama"
        " countryside on Tuesday, SANA reported, killing a number of them.\n\nAlso an army unit"
        " destroyed two vehicles loaded with ammunition for ISIS terrorists in Deir Hafer in the"
        " eastern countryside of Aleppo."
    )
    assert [(e.event_type, _place(e)) for e in events] == [
        # the terrorists' hideouts destroyed and a number of them killed: the army's fight
        # (clash58: an armed side's sites are materiel; an attack on civilians before)
        ("armed_clash", "Kafr Zayta"),
        # an armed side's vehicles destroyed: the fight's outcome (type51), its own event
        ("armed_clash", "Dayr Hafir"),
    ]
