"""Line and paragraph separators (U+2028, U+2029), as some editors and feeds write their breaks,
are read as the newline they stand for: a paragraph without its final full stop does not run
into the next one, and offsets stay the body's, one for one; a line separator before a word in
lower case wraps a sentence that goes on, and is read as a space (review58)."""

from __future__ import annotations

import pytest

from newsevents.extraction.pipeline import examined_text
from tests.unit.extraction.events.articles import events_on_a_tuesday


@pytest.mark.parametrize("separator", ["\u2029", "\u2028"])
def test_paragraphs_split_by_a_separator_tell_their_own_events(separator: str) -> None:
    first = (
        "Gunmen killed five farmers in the village of Tsafe in Zamfara state on Monday, police said"
    )
    second = "The army said troops killed 12 Boko Haram fighters near Maiduguri on Monday."
    body = first + separator + second
    events = {e.event_type: e for e in events_on_a_tuesday(body)}
    assert set(events) == {"attack_on_civilians", "armed_clash"}
    attack, clash = events["attack_on_civilians"], events["armed_clash"]
    assert attack.evidence.text == first
    assert attack.locations[0].name == "Tsafe"
    assert attack.acled.fatalities == 5
    assert not any(a.name == "Boko Haram" for a in attack.actors)
    assert clash.evidence.text == second
    assert clash.evidence.start == len(first) + 1
    assert [a.name for a in clash.actors if a.role == "actor2"] == ["Boko Haram"]
    assert clash.acled.fatalities == 12


def test_separators_are_read_as_newlines_one_for_one() -> None:
    body = "One line\u2028Another\u2029a third"
    read = examined_text(body)
    assert read == "One line\nAnother\na third"
    assert len(read) == len(body)


def test_a_line_separator_that_wraps_a_sentence_going_on_is_a_space() -> None:
    # review58: read as a newline, the wrapped line before "state" was a paragraph of its own
    # and the attack was lost
    body = (
        "Gunmen killed five farmers in the village of Tsafe in Zamfara\u2028state on Monday, "
        "police\u2028spokesman John Okafor said."
    )
    (attack,) = events_on_a_tuesday(body)
    assert attack.event_type == "attack_on_civilians"
    assert [p.name for p in attack.locations] == ["Tsafe", "Zamfara"]
    assert attack.acled.fatalities == 5
    assert attack.attribution is not None and attack.attribution.name == "John Okafor"
    # the evidence is the body's own words, separators and all
    assert attack.evidence.text == body
    assert examined_text("in Zamfara\u2028state\u2028The army") == "in Zamfara state\nThe army"
