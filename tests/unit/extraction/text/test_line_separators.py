"""Line and paragraph separators (U+2028, U+2029), as some editors and feeds write their breaks,
are read as the newline they stand for: a paragraph without its final full stop does not run
into the next one, and offsets stay the body's, one for one."""

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
    body = "One line\u2028another\u2029a third"
    read = examined_text(body)
    assert read == "One line\nanother\na third"
    assert len(read) == len(body)
