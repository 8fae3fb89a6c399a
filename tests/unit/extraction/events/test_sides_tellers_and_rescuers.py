"""Twenty-seventh round (sides47): who tells an act is on neither side of it, in the wordings of
wire copy: the speaker named after the verb that ends a quote, a statement verb after an
auxiliary, and a verb of stance ("condemned", "called on"); and those who serve the people
(volunteers, rescue workers), counted as the toll, are the civilians hit."""

from __future__ import annotations

from newsevents.contracts import AcledFields, EventMessage
from tests.unit.extraction.events.articles import events_of


def _acled(events: list[EventMessage], event_type: str) -> AcledFields:
    event = next(e for e in events if e.event_type == event_type)
    assert event.acled is not None
    return event.acled


def test_speaker_named_after_the_quote_is_no_attacker() -> None:
    events = events_of(
        '"Twenty people died when two bombs went off at a school in Homs this morning," '
        "said monitor chief Samir Khoury."
    )
    assert events != []
    for event in events:
        assert event.acled is not None
        assert event.acled.actor1 != "Samir Khoury"
        assert event.acled.actor2 != "Samir Khoury"


def test_speaker_who_had_also_reported_is_no_attacker() -> None:
    events = events_of(
        "Talking to reporters in Homs, provincial governor Omar Haddad had also reported "
        "the two blasts at the school, which left 31 dead."
    )
    assert events != []
    for event in events:
        assert event.acled is not None
        assert event.acled.actor1 != "Omar Haddad"


def test_who_condemns_a_bombing_did_not_set_it_off() -> None:
    acled = _acled(
        events_of(
            "A suicide bombing killed 20 people at a school in Homs on Wednesday. The provincial "
            "governor Omar Haddad condemned the attack."
        ),
        "suicide_bombing",
    )
    assert acled.actor1 != "Omar Haddad"
    assert acled.actor2 == "Civilians (Syria)"


def test_volunteers_counted_as_the_toll_are_civilians() -> None:
    acled = _acled(
        events_of(
            "Warplanes bombed a first-aid post in a village of Hama province on Saturday, killing "
            "eight volunteers, activists said."
        ),
        "airstrike",
    )
    assert acled.actor2 == "Civilians (Syria)"


def test_rescue_workers_killed_are_the_civilians_hit() -> None:
    events = events_of(
        "Regime shelling hit the town of Saraqeb in Idlib province on Monday, killing three "
        "rescue workers."
    )
    event = next(e for e in events if e.event_type == "shelling")
    hit = next(a for a in event.actors if a.role == "actor2")
    assert hit.text == "three rescue workers"
    assert hit.name == "Civilians (Syria)"


def test_a_state_telling_of_bombers_no_one_owns_tells_its_own_strike() -> None:
    acled = _acled(
        events_of(
            "Russia's military said four strategic bombers flying from bases at home carried out "
            "strikes on Daesh depots outside Raqqa in Syria on Sunday."
        ),
        "airstrike",
    )
    assert acled.actor1 == "Military Forces of Russia (2000-)"
    assert acled.actor2 is not None and acled.actor2.startswith("Islamic State")


def test_forces_joined_to_the_agent_act_beside_it() -> None:
    acled = _acled(
        events_of(
            "Turkish artillery and coalition jets pounded Daesh rocket launchers near Jarablus in "
            "Syria on Sunday, killing 12 Daesh members, officials said."
        ),
        "shelling",
    )
    assert acled.actor1 == "Military Forces of Turkey (2002-)"
    assert acled.actor2 is not None and acled.actor2.startswith("Islamic State")


def test_a_state_telling_of_enemy_bombers_tells_no_act_of_its_own() -> None:
    """Review48: a word before the aircraft that makes them another side's ("enemy", "rebel")
    keeps the state that tells of them off the attacking side (the ACLED block may still
    fill an airstrike's unnamed side by its own rule; the side read from the text is none)."""
    for body in (
        "Ukraine's air force said enemy bombers carried out strikes on Kharkiv on Friday, "
        "killing two civilians.",
        "Mali's army said rebel drones carried out strikes on a base near Mopti on Friday, "
        "killing two soldiers.",
    ):
        event = next(e for e in events_of(body) if e.event_type == "airstrike")
        assert [a.text for a in event.actors if a.role == "actor1"] == [], body
