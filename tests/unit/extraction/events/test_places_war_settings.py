"""Seventeenth round, places: the place that names a war ("the Gaza war", "the war in the Gaza
Strip") is where the war is fought, not where the act the sentence tells happened."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of


@pytest.mark.parametrize(
    "war",
    [
        "since the Gaza war began",
        "since the war in the Gaza Strip began",
        "since Israel's war on Gaza began",
    ],
)
def test_a_war_named_by_its_setting_is_no_place_of_the_act(war: str) -> None:
    body = f"An Israeli drone strike killed two men in Lebanon on Monday, the first deaths {war}."
    (event,) = events_of(body)
    assert event.event_type == "airstrike"
    assert event.locations[0].name == "Lebanon"
    assert "Gaza" not in {p.name for p in event.locations}


def test_the_war_s_setting_stays_when_the_sentence_names_no_other_place() -> None:
    """Nothing else said where: the war's setting is still the place of its toll."""
    (event,) = events_of("Israeli air strikes killed 12 people on Monday in the war in Gaza.")
    assert event.event_type == "airstrike"
    assert event.locations[0].name == "Gaza"
