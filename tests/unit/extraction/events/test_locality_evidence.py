"""Eighteenth round, duplicates: an act split over unknown localities is told, at each locality,
by the sentence that names it. A retelling merged into the act ("rocket shells fell on X
neighbourhood") is the evidence of the act at X, not the first sentence of the act. A name read
twice, by its unit's title and by the frame after it ("in Barangay X in Y"), is one locality."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _at(events: list[EventMessage], name: str) -> EventMessage:
    (event,) = [e for e in events if e.locations and e.locations[0].name == name]
    return event


def test_a_locality_told_in_a_later_sentence_is_told_by_that_sentence() -> None:
    events = events_of(
        "Other rocket shells fired by terrorists on Hay Qarwan neighborhood in Aleppo injured "
        "two civilians on Monday. Local sources said that rocket shells fell on Sahat Nour "
        "neighborhood injuring three civilians."
    )
    assert sorted(e.event_type for e in events) == ["shelling", "shelling"]
    first, second = _at(events, "Hay Qarwan"), _at(events, "Sahat Nour")
    assert first.evidence.text.startswith("Other rocket shells")
    assert second.evidence.text.startswith("Local sources said that rocket shells fell")
    assert second.locations[1].name == "Aleppo"


def test_localities_of_one_sentence_keep_that_sentence() -> None:
    events = events_of(
        "Rebel shells hit the neighbourhoods of Hay Qarwan and Sahat Nour in Aleppo on "
        "Monday, killing five civilians, a monitor said."
    )
    assert sorted(e.locations[0].name for e in events) == ["Hay Qarwan", "Sahat Nour"]
    assert {e.evidence.start for e in events} == {0}


def test_a_barangay_told_in_its_town_is_one_locality() -> None:
    events = events_of(
        "Soldiers killed two militants in a clash in Barangay Tamak in Sumisip town, Basilan, "
        "on Tuesday."
    )
    assert [e.event_type for e in events] == ["armed_clash"]
    assert [loc.name for loc in events[0].locations][:2] == ["Tamak", "Sumisip"]


def test_a_barangay_retold_after_the_lead_is_one_more_mention() -> None:
    events = events_of(
        "Soldiers shot dead two Abu Sayyaf members in Sumisip town in Basilan on Tuesday.\n\n"
        "They were killed in a clash with army troops in Barangay Tamak in Sumisip, one of "
        "the towns of Basilan."
    )
    assert [e.event_type for e in events] == ["armed_clash"]
    assert events[0].locations[0].name == "Tamak"


def test_the_attack_named_back_at_a_village_is_that_village_s_event() -> None:
    # The copy at Lawar is told by the sentence listing the villages, as the lead's last
    # sentence is: "the attack" then names back the one at the village its sentence names.
    events = events_of(
        "At least three civilians were killed on Thursday night in an Islamic State attack on "
        "two villages in the Makhmour district.\n\nThe militants targeted the villages of "
        "Khidirja and Lawar near Makhmour, where the locals took arms to repel the attack.\n\n"
        "As a result of the attack, three civilians from Khidirja village were killed."
    )
    assert [e.event_type for e in events] == ["attack_on_civilians", "attack_on_civilians"]
    assert {e.actors[0].name for e in events} == {"Islamic State"}
    assert any("Khidirja" in [loc.name for loc in e.locations] for e in events)
    retold = [
        e
        for e in events
        if any(m.text.startswith("As a result of the attack") for m in e.evidence.mentions)
    ]
    assert len(retold) == 1
