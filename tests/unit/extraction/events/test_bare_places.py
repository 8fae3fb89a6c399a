"""Forty-second round, fold62: a clash at a village told bare (no word of settlement, unknown
to the gazetteer) after a clash at a town stays an event of its own, at that village.

- "Clashes also erupted near Latamneh, killing four soldiers" after a clash in the town of
  Morek: two clashes, each with its own toll and place, whether the second is told with "also"
  or with a toll of its own only.
- The first clash told without dead: the second is still apart (the output's fold of a
  toll-less event into its tolled sibling at one place no longer meets it at Morek).
- A retelling stays one event: "Six rebels were killed in the clashes near Latamneh" gives
  the first clash's toll again by its definite noun.
- A capitalised word that modifies a noun ("in Kurdish positions") names no place, and a month
  is no place.

The articles are written for these tests; all are published on a Tuesday (Monday is the day
before). Latamneh is a village the gazetteer lacks; Morek is a town it knows ("Murak").
"""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.events.geography.names.bare_names import bare_place_names
from newsevents.extraction.pipeline import Pipeline
from tests.unit.extraction.events.articles import events_on_a_tuesday

_MOREK = (
    "Regime forces clashed with rebels in the town of Morek in northern Hama on Monday, "
    "killing six rebels, the monitor said. "
)


def _told(events: list[EventMessage]) -> list[tuple[str, str, int]]:
    """Each event's type, first location and toll, in the article's order."""
    return [(e.event_type, e.locations[0].name, e.acled.fatalities) for e in events]


def test_a_clash_also_told_at_a_bare_village_is_a_second_clash_there() -> None:
    events = events_on_a_tuesday(
        _MOREK + "Clashes also erupted near Latamneh, killing four soldiers."
    )
    assert _told(events) == [("armed_clash", "Murak", 6), ("armed_clash", "Latamneh", 4)]
    assert events[1].locations[0].resolved is False
    assert events[1].locations[0].admin1 == events[0].locations[0].admin1


def test_a_toll_of_its_own_at_a_bare_village_is_a_second_clash() -> None:
    events = events_on_a_tuesday(_MOREK + "Four soldiers were killed in clashes near Latamneh.")
    assert _told(events) == [("armed_clash", "Murak", 6), ("armed_clash", "Latamneh", 4)]


def test_a_clash_told_without_dead_keeps_the_bare_village_s_clash_apart() -> None:
    events = events_on_a_tuesday(
        "Regime forces advanced on the town of Morek in northern Hama on Monday amid fierce "
        "clashes with rebels, the monitor said. Clashes also erupted in Latamneh, killing four "
        "rebels."
    )
    assert _told(events) == [("armed_clash", "Murak", 0), ("armed_clash", "Latamneh", 4)]


def test_the_clashes_retold_with_their_toll_stay_one_clash() -> None:
    events = events_on_a_tuesday(
        _MOREK + "Six rebels were killed in the clashes near Latamneh, it said."
    )
    assert _told(events) == [("armed_clash", "Murak", 6)]


def test_a_side_s_word_and_a_month_name_no_place() -> None:
    article = ArticleMessage(
        id="t",
        body=(
            "Rebels shelled regime positions in Kurdish areas in May. "
            "Rebels also fought troops near Latamneh in June."
        ),
        published_at=dt.datetime(2024, 2, 20, 12, tzinfo=dt.UTC),
    )
    doc = Pipeline().annotate(article)
    first, second = doc.sentences[:2]
    assert bare_place_names(doc, first) == frozenset()
    assert bare_place_names(doc, second) == frozenset({"latamna"})
