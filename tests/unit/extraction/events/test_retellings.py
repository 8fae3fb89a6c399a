"""Forty-first round, dup61: one incident told in words of two types is one event; two
incidents stay two.

- A fight told as what the place had witnessed ("killed in an area that witnessed fighting
  between ...") or as what the victims were doing ("killed by a roadside bomb while battling
  the militants") is the setting of the act of its sentence, not a clash of its own.
- A bomb told by how it was laid ("a buried bomb") is a bombing.
- A "bomb attack" told right after the munition it names ("mortar shells bomb attack") is the
  shelling, not a second act of another type.
- A count of acts told again with their authors ("Three Russian and Syrian government air strikes")
  retells the article's summary ("Three air strikes hit ..."): the toll told after it is the
  incident's, not a third act's.
- The span of a series an act is ranked in ("was the third this month") is not the act's day:
  the retelling at the lead's village is the lead's act.

The articles are written for these tests; all are published on a Tuesday (Monday is the day
before).
"""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_on_a_tuesday


def _told(events: list[EventMessage]) -> list[tuple[str, str, int]]:
    """Each event's type, first location and toll, in the article's order."""
    return [(e.event_type, e.locations[0].name, e.acled.fatalities) for e in events]


def test_fighting_the_area_witnessed_is_the_strike_s_setting() -> None:
    events = events_on_a_tuesday(
        "Warplanes struck the town of Saraqib in Idlib province on Monday, where five civilians "
        "were killed in an area that witnessed fighting between rebels and government forces, "
        "activists said."
    )
    assert _told(events) == [("airstrike", "Saraqib", 5)]


def test_fighting_with_a_day_and_village_of_its_own_stays_apart() -> None:
    events = events_on_a_tuesday(
        "Warplanes struck the town of Saraqib on Monday, killing five people, in an area that "
        "witnessed fighting in the village of Binnish on Sunday."
    )
    assert [e.event_type for e in events] == ["airstrike", "armed_clash"]
    assert events[0].acled.fatalities == 5


def test_what_the_victims_were_doing_is_no_clash_of_its_own() -> None:
    events = events_on_a_tuesday(
        "A soldier was killed by a roadside bomb while battling Islamic State militants near "
        "the town of Tabqa on Monday, the army said."
    )
    assert _told(events) == [("explosive_attack", "Al-Tabqa", 1)]


def test_a_buried_bomb_is_a_bombing() -> None:
    events = events_on_a_tuesday(
        "A soldier was killed by a buried bomb while battling Islamic State militants near "
        "the town of Tabqa on Monday, the army said."
    )
    assert _told(events) == [("explosive_attack", "Al-Tabqa", 1)]


def test_killed_while_fighting_with_no_other_act_is_the_clash() -> None:
    events = events_on_a_tuesday(
        "Two soldiers were killed while fighting rebels near the town of Saraqib on Monday."
    )
    assert _told(events) == [("armed_clash", "Saraqib", 2)]


def test_a_clash_the_next_day_at_another_village_is_another_event() -> None:
    events = events_on_a_tuesday(
        "Jets struck a market in the town of Saraqib on Monday, killing five people, activists "
        "said. Rebels battled government troops in the village of Binnish on Tuesday, killing "
        "six soldiers."
    )
    assert _told(events) == [("airstrike", "Saraqib", 5), ("armed_clash", "Binnish", 6)]


def test_a_summary_counted_again_with_its_authors_is_one_incident() -> None:
    events = events_on_a_tuesday(
        "Three air strikes hit crowded areas of the town of Saraqib in Idlib province on Monday, "
        "including a mosque during prayers, activists said. At least 30 people were killed in "
        "the airstrikes on the town, a monitor said. Three Russian and Syrian government air "
        "strikes on Saraqib killed 20 civilians, the monitor said. The monitor said ten more "
        "people were also killed."
    )
    assert _told(events) == [("airstrike", "Saraqib", 30)]


def test_counted_strikes_told_one_by_one_stay_two() -> None:
    events = events_on_a_tuesday(
        "Two Russian air strikes hit Idlib province on Monday, killing 11 people, a monitor said. "
        "The first strike hit a market in the town of Saraqib, killing eight. The second strike "
        "hit a school in the town of Ariha, killing three."
    )
    assert [(e.locations[0].name, e.acled.fatalities) for e in events] == [
        ("Saraqib", 8),
        ("Ariha", 3),
    ]


def test_a_bomb_attack_of_mortar_shells_is_the_shelling() -> None:
    events = events_on_a_tuesday(
        "Civilian killed, others injured in mortar shells bomb attack on Damascus. One civilian "
        "was killed and four others were injured on Monday when gunmen fired mortar shells at "
        "the Bab Touma neighborhood in Damascus, a police source said."
    )
    assert _told(events) == [("shelling", "Bab Touma", 1)]


def test_a_bomb_attack_with_no_munition_before_it_is_a_bombing() -> None:
    events = events_on_a_tuesday(
        "Two soldiers were killed in a bomb attack on an army post near the town of Daraa on "
        "Monday."
    )
    assert _told(events) == [("explosive_attack", "Dara", 2)]


def test_an_attack_ranked_in_this_month_s_series_is_the_lead_retold() -> None:
    events = events_on_a_tuesday(
        "Gunmen killed five farmers in Zamfara state on Monday, police said. The attack on the "
        "farmers in the village of Dansadau was the third this month."
    )
    assert _told(events) == [("attack_on_civilians", "Dan Sadau", 5)]


def test_an_attack_told_last_month_stays_another() -> None:
    events = events_on_a_tuesday(
        "Gunmen killed five farmers in Zamfara state on Monday, police said. Last month, gunmen "
        "attacked the village of Dansadau, killing ten people.",
        include_background=True,
    )
    assert [(e.locations[0].name, e.acled.fatalities, e.temporal_status) for e in events] == [
        ("Zamfara", 5, "current"),
        ("Dan Sadau", 10, "background"),
    ]
