"""Every text of an event taken from the body is the body's own words (``output.message.
body_words``): the pipeline reads other spaces as plain ones and line and paragraph separators
(U+2028, U+2029) as newlines, one for one, and each field gives back what the body wrote at
the offsets read."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_on_a_tuesday

NBSP = "\u00a0"


def _one(body: str) -> EventMessage:
    (event,) = events_on_a_tuesday(body)
    return event


def test_actor_place_date_toll_and_source_keep_the_body_s_no_break_spaces() -> None:
    body = (
        f"Islamic{NBSP}State militants killed 12{NBSP}civilians in Kafr{NBSP}Nabl in Idlib "
        f"province on Monday, the Syrian{NBSP}Observatory{NBSP}for{NBSP}Human{NBSP}Rights said."
    )
    event = _one(body)
    assert event.event_type == "attack_on_civilians"
    (attacker,) = [a for a in event.actors if a.role == "actor1"]
    assert (attacker.text, attacker.name) == (f"Islamic{NBSP}State", "Islamic State")
    place = event.locations[0]
    assert (place.text, place.name) == (f"Kafr{NBSP}Nabl", "Kafranbel")
    assert event.attribution is not None
    assert event.attribution.text == f"Syrian{NBSP}Observatory{NBSP}for{NBSP}Human{NBSP}Rights"
    assert event.acled.fatalities == 12
    # every field read at offsets of the body is the body's slice there
    evidence = event.evidence
    assert evidence.text == body[evidence.start : evidence.end] == body
    assert evidence.trigger == body[evidence.trigger_start : evidence.trigger_end]
    assert all(m.text == body[m.start : m.end] for m in evidence.mentions)
    # the summary names the actor and the toll, as the body writes them
    assert "by Islamic State" in event.summary


def test_a_date_and_a_victim_written_with_no_break_spaces() -> None:
    body = (
        f"Gunmen killed 12{NBSP}people in Maiduguri on 19{NBSP}February, police "
        f"spokesman{NBSP}John{NBSP}Okafor said."
    )
    event = _one(body)
    assert event.event_type == "attack_on_civilians"
    assert event.time.text == f"19{NBSP}February"
    (victims,) = [a for a in event.actors if a.role == "actor2"]
    assert victims.text == f"12{NBSP}people"
    assert event.attribution is not None and event.attribution.text == f"John{NBSP}Okafor"


def test_plain_text_is_unchanged() -> None:
    body = "Gunmen killed 12 people in Maiduguri on Monday, police spokesman John Okafor said."
    event = _one(body)
    assert event.attribution is not None and event.attribution.text == "John Okafor"
    assert [p.text for p in event.locations] == ["Maiduguri"]
