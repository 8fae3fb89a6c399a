"""Fortieth round, fold60: incidents at two towns or villages told apart stay two events, an
incident retold stays one, and a recalled incident lends the news neither its place nor its
background.

- Two clauses of one sentence, each at a village or town of its own, one of them a village the
  gazetteer lacks told by its word of settlement ("in the village of Tal Bazam ..., while in
  Abu Dali town ..."), are two events with their own tolls.
- An act told at no town ("a fuel market in a town in Idlib province", 18 dead) and a later
  act of a named town with its own toll and its own target ("a field hospital in the town of
  Saraqib", 3 dead) are two events; the first stays at the province. A smaller toll at a town
  of the lead's area with no target of its own is the lead's part; "the strikes also hit"
  retells it.
- A sentence recalling an earlier incident ("Last month, government forces shelled the
  village of Kafr Jalis") gives the news no place.
- A sentence after the recalled one that opens on a place of its own and tells its act in the
  past, with no time of its own, is the report's next item, not background; told on by its
  actors ("They also shelled ...") or in the past perfect it stays background.

The articles are written for these tests; all are published on a Tuesday (Monday is the day
before).
"""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_on_a_tuesday


def _told(events: list[EventMessage]) -> list[tuple[str, str, int]]:
    """Each event's type, first location and toll, in the article's order."""
    return [(e.event_type, e.locations[0].name, e.acled.fatalities) for e in events]


def test_two_clauses_at_two_villages_the_gazetteer_lacks_are_two_clashes() -> None:
    events = events_on_a_tuesday(
        "Army units killed 20 militants in clashes in the village of Tal Bazam in the northern "
        "countryside of Hama on Monday, while in Abu Dali town troops fought militants, killing "
        "seven of them."
    )
    assert _told(events) == [("armed_clash", "Tal Bazam", 20), ("armed_clash", "Abu Dali", 7)]


def test_a_clause_with_no_place_of_its_own_goes_on_with_the_clash() -> None:
    events = events_on_a_tuesday(
        "Army units killed 20 militants in clashes in the village of Tal Bazam in the northern "
        "countryside of Hama on Monday, while troops fought on, killing seven more of them."
    )
    assert _told(events) == [("armed_clash", "Tal Bazam", 27)]


_MARKET = "Jets struck a fuel market in a town in Idlib province on Monday, killing 18 people. "


def test_a_town_s_own_toll_and_target_after_an_act_at_no_town_is_a_second_strike() -> None:
    events = events_on_a_tuesday(
        _MARKET + "An airstrike hit a field hospital in the town of Saraqib, killing three people."
    )
    assert _told(events) == [("airstrike", "Idlib", 18), ("airstrike", "Saraqib", 3)]


def test_the_strikes_told_back_at_a_town_are_the_same_strikes() -> None:
    events = events_on_a_tuesday(
        _MARKET + "The strikes also hit a field hospital in the town of Saraqib, killing three."
    )
    assert [e.event_type for e in events] == ["airstrike"]


def test_a_smaller_toll_at_a_town_of_the_lead_s_area_is_the_lead_s_part() -> None:
    events = events_on_a_tuesday(
        "Regime shelling on the Eastern Ghouta killed ten civilians on Monday. Seven people were "
        "killed in regime shelling in Douma, the main town of the area."
    )
    assert _told(events) == [("shelling", "Duma", 10)]


def test_one_strike_retold_three_ways_is_one_event() -> None:
    events = events_on_a_tuesday(
        "Warplanes struck a market in the town of Saraqib in Idlib province on Monday, killing "
        "nine civilians, a monitor said. The strike on the market destroyed several shops. The "
        "death toll from the air strike rose to 12 later on Monday, the monitor said."
    )
    assert _told(events) == [("airstrike", "Saraqib", 12)]


_LEAD = "Warplanes struck the town of Saraqib on Monday, killing six civilians, a monitor said.\n\n"
_RECALLED = (
    "Last week, rebels attacked army posts near the village of Abu Dali, killing four soldiers. "
)


def test_a_recalled_shelling_lends_the_news_no_village() -> None:
    events = events_on_a_tuesday(
        _LEAD + "Last month, government forces shelled the village of Kafr Jalis, killing ten "
        "people."
    )
    assert _told(events) == [("airstrike", "Saraqib", 6)]
    assert [loc.name for loc in events[0].locations] == ["Saraqib"]


def test_a_new_item_after_a_recalled_incident_is_news() -> None:
    events = events_on_a_tuesday(
        _LEAD + _RECALLED + "In the village of Kafr Jalis, government shelling killed three "
        "people, the monitor said."
    )
    assert _told(events) == [("airstrike", "Saraqib", 6), ("shelling", "Kafr Jalis", 3)]


def test_the_recalled_incident_told_on_stays_background() -> None:
    told_on = events_on_a_tuesday(
        _LEAD + _RECALLED + "They also shelled the village of Kafr Jalis, killing three people."
    )
    in_the_past_perfect = events_on_a_tuesday(
        _LEAD + _RECALLED + "In the village of Kafr Jalis, they had killed three people."
    )
    assert _told(told_on) == [("airstrike", "Saraqib", 6)]
    assert _told(in_the_past_perfect) == [("airstrike", "Saraqib", 6)]
