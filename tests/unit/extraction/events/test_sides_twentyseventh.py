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
        '"At least 20 people were killed in the double bombing at a school in Homs today," '
        "said Observatory director Rami Abdel Rahman."
    )
    assert events != []
    for event in events:
        assert event.acled is not None
        assert event.acled.actor1 != "Rami Abdel Rahman"
        assert event.acled.actor2 != "Rami Abdel Rahman"


def test_speaker_who_had_also_reported_is_no_attacker() -> None:
    events = events_of(
        "Speaking to AFP on Wednesday, Homs governor Talal al-Barazi had also reported the "
        "deadly attacks, giving a toll of 31 killed."
    )
    assert events != []
    for event in events:
        assert event.acled is not None
        assert event.acled.actor1 != "Talal al-Barazi"


def test_who_condemns_a_bombing_did_not_set_it_off() -> None:
    acled = _acled(
        events_of(
            "A suicide bombing killed 20 people at a school in Homs on Wednesday. Homs governor "
            "Talal al-Barazi condemned the attack."
        ),
        "suicide_bombing",
    )
    assert acled.actor1 != "Talal al-Barazi"
    assert acled.actor2 == "Civilians (Syria)"


def test_volunteers_counted_as_the_toll_are_civilians() -> None:
    acled = _acled(
        events_of(
            "Airstrikes struck a centre of rescuers in an opposition-held area in Hama province "
            "on Saturday, killing eight volunteers, activists said."
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
            "Russia's military said six long-range bombers that took off from Russian territory "
            "carried out strikes Sunday on Daesh near the eastern Syrian city of Deir el-Zour."
        ),
        "airstrike",
    )
    assert acled.actor1 == "Military Forces of Russia (2000-)"
    assert acled.actor2 is not None and acled.actor2.startswith("Islamic State")


def test_forces_joined_to_the_agent_act_beside_it() -> None:
    acled = _acled(
        events_of(
            "Turkish artillery and coalition jets hit 33 Daesh weapons emplacements in northern "
            "Syria on Sunday, killing 23 Daesh members, security sources said."
        ),
        "shelling",
    )
    assert acled.actor1 == "Military Forces of Turkey (2002-)"
    assert acled.actor2 is not None and acled.actor2.startswith("Islamic State")
