"""Acts of one side in one province are one event only at one spot (tenth round): the same
town, or one holding the other; another town is another act, unless the two mentions tell the
same act (the same toll, or the same target and victims)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _where(event: EventMessage) -> str:
    return event.locations[0].name if event.locations else ""


def _shellings(body: str) -> list[tuple[str, str, int]]:
    return sorted(
        (e.event_type, _where(e), e.acled.fatalities if e.acled else -1)
        for e in events_of(body)
        if e.event_type == "shelling"
    )


def test_the_same_side_shelling_two_towns_of_a_province_is_two_shellings() -> None:
    body = (
        "The Syrian army shelled the town of Saraqib in Idlib province on Monday, killing three"
        " civilians, a monitor said. Syrian army artillery pounded Khan Shaykhun, wounding five"
        " people."
    )
    assert _shellings(body) == [("shelling", "Khan Shaykhun", 0), ("shelling", "Saraqib", 3)]


def test_a_province_and_a_town_inside_it_are_one_shelling() -> None:
    body = (
        "The Syrian army shelled the south of Idlib province on Monday, a monitor said. Syrian"
        " army artillery pounded the town of Saraqib, killing three civilians."
    )
    assert _shellings(body) == [("shelling", "Saraqib", 3)]


def test_two_towns_told_with_one_toll_are_one_shelling() -> None:
    # The same three dead told at the town and at the place beside it: one act told twice.
    body = (
        "The Syrian army shelled the town of Saraqib in Idlib province on Monday, killing three"
        " civilians, a monitor said. Syrian army artillery pounded Khan Shaykhun, killing three"
        " civilians."
    )
    assert len(_shellings(body)) == 1
