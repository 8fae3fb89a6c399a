"""Death tolls of the forty-seventh round (toll67), each a short article of my own in the voice
of a local outlet, asserting each event's type, place and toll (issue 10: the dead told as a list
after the lives an act took are every person of the list; the dead of each place told one by one
after "killing" or the lives an act took are each place's)."""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of, fatalities


def _told(body: str) -> list[tuple[str, str | None, int | None]]:
    def place(event: EventMessage) -> str | None:
        return event.acled.location if event.acled is not None else None

    return [(e.event_type, place(e), fatalities(e)) for e in events_of(body)]


@pytest.mark.parametrize(
    ("body", "told"),
    [
        # two persons whose lives the act took: two, not the first "a"
        (
            "Militants fired rocket shells on the Sabil quarter of Aleppo city on Monday, "
            "claiming the lives of a man and his wife.",
            [("shelling", "Sabil", 2)],
        ),
        (
            "Militants fired mortar shells on the Sabil quarter of Aleppo city on Monday, "
            "claiming the lives of a man and a woman and injuring four others.",
            [("shelling", "Sabil", 2)],
        ),
        # a person and a count of her kin
        (
            "Warplanes struck the village of Hass in Idlib province on Wednesday. The raid "
            "claimed the lives of a woman and her two daughters, rescuers said.",
            [("airstrike", "Hass", 3)],
        ),
    ],
)
def test_the_lives_of_a_list(body: str, told: list[tuple[str, str, int]]) -> None:
    assert _told(body) == told


@pytest.mark.parametrize(
    ("body", "told"),
    [
        # the dead of two places told one by one after "killing", with no word of death else
        (
            "Government warplanes bombed the towns of Saraqeb and Ariha in Idlib province on "
            "Friday, killing 12 people in Saraqeb and four others in Ariha, rescuers said.",
            [("airstrike", "Saraqib", 12), ("airstrike", "Ariha", 4)],
        ),
        # and after the lives an act took
        (
            "Militants fired rocket shells on the Midan and Sabil quarters of Aleppo city on "
            "Monday, claiming the lives of three civilians in Midan and two others in Sabil.",
            [("shelling", "Midan", 3), ("shelling", "Sabil", 2)],
        ),
    ],
)
def test_the_dead_of_each_place_after_killing(body: str, told: list[tuple[str, str, int]]) -> None:
    assert _told(body) == told
