"""Acts of one side in one province told at two spots (tenth round): a later sentence naming a
locality the earlier ones lack, told as beside the first ("adjacent", "nearby",
"neighbouring"), is another act; the same locality told again is the same act."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _burnings(body: str) -> list[EventMessage]:
    return [e for e in events_of(body) if e.event_type == "property_destroyed"]


def test_houses_burned_in_an_adjacent_village_are_another_act() -> None:
    burnings = _burnings(
        "The Myanmar military burned down homes in a village of Sagaing region on Friday,"
        " residents said. The Myanmar military then burned 20 houses in adjacent Pyinbon"
        " village."
    )
    assert len(burnings) == 2
    assert "Pyinbon" in burnings[1].evidence.text
    assert "Pyinbon" not in burnings[0].evidence.text


def test_the_same_village_told_again_is_one_act() -> None:
    burnings = _burnings(
        "The Myanmar military burned down homes in the village of Pyinbon in Sagaing region on"
        " Friday, residents said. The Myanmar military then burned 20 more houses in Pyinbon"
        " village."
    )
    assert len(burnings) == 1
