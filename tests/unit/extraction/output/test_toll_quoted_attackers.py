"""A victim noun or a verb in quotation marks still tells a toll (text/deaths/), and the
attackers' dead told after a retold toll of the victims add to it (output/tolls/tolls.py)."""

from __future__ import annotations

import pytest

from newsevents.extraction.text.deaths import find_deaths
from tests.unit.extraction.events.articles import events_of, fatalities


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("The ministry added that 14 “bandits” had been killed in the fighting.", 14),
        ('Officials said 6 "rebels" were killed near the river.', 6),
        ('Seven fighters were "eliminated" during the operation.', 7),
    ],
)
def test_a_quoted_word_tells_its_toll(text: str, deaths: int) -> None:
    assert [q.value for q in find_deaths(text, [])] == [deaths]


def test_the_attackers_dead_add_after_a_retold_toll() -> None:
    # the victims' toll retold alone in a sentence of its own breaks nothing down
    body = (
        "At least 9 soldiers were killed on Monday in fighting near the village of Karmel."
        " The ministry announced a provisional count of 9 dead. It also said 20 soldiers were"
        " wounded, adding that 14 militants had been killed in the fighting."
    )
    events = events_of(body)
    assert events
    assert fatalities(events[0]) == 23


def test_attackers_killed_in_a_fight_of_another_time_add_nothing() -> None:
    body = (
        "Three police officers were killed in a bomb attack on Tuesday near the town of"
        " Karmel, officials said. Three officers were killed when their car hit the device, a"
        " source said. At the end of June, a raid by troops killed 20 militants in the"
        " desert, the army said at the time."
    )
    events = events_of(body)
    assert events
    assert fatalities(events[0]) == 3


def test_the_attackers_named_in_a_retelling_of_the_first_toll_add_nothing() -> None:
    body = (
        "Infighting kills more than 80 in Karmel. Clashes between rival groups in Karmel in the"
        " past month have killed over 80 militants. Last week 30 militants were killed in the"
        " fighting, a monitor said."
    )
    events = events_of(body)
    assert events
    assert fatalities(events[0]) == 80
