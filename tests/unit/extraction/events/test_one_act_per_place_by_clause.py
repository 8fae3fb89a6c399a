"""Thirty-eighth round, several58: when a second place of an act of the same type makes a
second event.

- Two acts of one type told in two clauses of one sentence (a semicolon, "while in X"), each
  clause at a town of its own, are two events with their own tolls: "warplanes struck Saraqib,
  killing four; in Binnish, air strikes killed two children". A clause naming no place, or a
  quarter of the other's city, tells the same act.
- Where the attackers came from ("attacked the base from the nearby village of Golweyn") is no
  second place of the attack.
- A locality the gazetteer lacks told as what another lies east of ("positions in al-Shaer
  field to the east of Jazal field") is a reference point, no place of the act; a bearing with
  nothing before it ("positions east of Saraqib") still places the act there.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _by_place(events: list[EventMessage], event_type: str) -> dict[str, int | None]:
    """Each event of ``event_type`` by its first location's name, with its toll."""
    return {
        e.locations[0].name: e.acled.fatalities
        for e in events
        if e.event_type == event_type and e.locations
    }


_STRIKES = (
    "Warplanes struck Saraqib on Monday, killing four people; in Binnish, air strikes killed two "
    "children, the Syrian Observatory said."
)
_CLASHES = (
    "Rebels clashed with troops in Saraqib on Monday, while in Binnish fighting killed six "
    "fighters, the Observatory said."
)
_SHELLING = (
    "Government forces shelled Saraqib on Monday, killing two civilians, while in Binnish shells "
    "killed a child."
)


@pytest.mark.parametrize(
    ("article", "event_type", "at_saraqib", "at_binnish"),
    [
        (_STRIKES, "airstrike", 4, 2),
        (_CLASHES, "armed_clash", 0, 6),
        (_SHELLING, "shelling", 2, 1),
        # the same, as a text stripped of its commas tells it
        (_SHELLING.replace(",", ""), "shelling", 2, 1),
    ],
    ids=["semicolon-strikes", "while-clashes", "while-shelling", "commaless-shelling"],
)
def test_two_clauses_at_two_towns_are_two_events(
    article: str, event_type: str, at_saraqib: int, at_binnish: int
) -> None:
    """At the start each sentence made one event at Saraqib with Binnish as its second place
    and the two tolls added up."""
    events = events_of(article)
    assert _by_place(events, event_type) == {"Saraqib": at_saraqib, "Binnish": at_binnish}
    saraqib = next(e for e in events if e.locations and e.locations[0].name == "Saraqib")
    assert "Binnish" not in [loc.name for loc in saraqib.locations]


@pytest.mark.parametrize(
    ("article", "event_type", "place", "toll"),
    [
        # the second clause names no place: the strikes told again
        (
            "Warplanes struck Saraqib on Monday; the strikes killed four people, the "
            "Observatory said.",
            "airstrike",
            "Saraqib",
            4,
        ),
        # the second clause names a quarter of the first's city
        (
            "Rebel shells hit Aleppo on Monday; in the al-Shaar neighbourhood, shells killed "
            "two children.",
            "shelling",
            "Aleppo",
            2,
        ),
    ],
    ids=["no-place", "quarter-of-the-city"],
)
def test_a_clause_at_no_other_place_is_the_same_act(
    article: str, event_type: str, place: str, toll: int
) -> None:
    assert _by_place(events_of(article), event_type) == {place: toll}


@pytest.mark.parametrize(
    ("article", "place", "origin"),
    [
        (
            "Al-Shabaab fighters attacked a military base in Bulo Marer, in the Lower Shabelle "
            "region, on Saturday, killing eight soldiers. The fighters attacked the base from "
            "the nearby village of Golweyn.",
            "Bulo Marer",
            "Golweyn",
        ),
        (
            "Rebels attacked army positions in the town of Morek in Hama province on Monday, "
            "killing 12 soldiers. The rebels attacked the positions from the nearby town of Kafr "
            "Zita, the Observatory said.",
            "Murak",
            "Kafr Zita",
        ),
    ],
    ids=["unknown-village", "known-town"],
)
def test_where_the_attackers_came_from_is_no_second_attack(
    article: str, place: str, origin: str
) -> None:
    """At the start the retelling made a second clash (at the village, or at the target with
    no toll)."""
    events = events_of(article)
    clashes = [e for e in events if e.event_type == "armed_clash"]
    assert len(clashes) == 1
    assert clashes[0].locations[0].name == place
    assert all(origin not in loc.name for loc in clashes[0].locations)


def test_a_field_another_lies_east_of_is_no_place_of_the_strike() -> None:
    """At the start "Jazal field" was a second air strike."""
    events = events_of(
        "The air force destroyed ISIL positions in al-Shaer field to the east of Jazal field in "
        "Homs province on Monday."
    )
    strikes = [e for e in events if e.event_type == "airstrike"]
    assert [e.locations[0].name for e in strikes] == ["al-Shaer field"]
    assert strikes[0].locations[0].admin1 == "Homs"


@pytest.mark.parametrize(
    "article",
    [
        "Warplanes struck positions to the east of Saraqib on Monday, killing four fighters.",
        "Warplanes struck Kafr Nabl in Idlib province and east of Saraqib on Monday, killing "
        "four fighters.",
    ],
    ids=["bearing-alone", "bearing-as-a-list-item"],
)
def test_a_bearing_with_no_place_before_it_or_listed_still_places_the_act(article: str) -> None:
    strikes = [e for e in events_of(article) if e.event_type == "airstrike"]
    assert "Saraqib" in [loc.name for e in strikes for loc in e.locations]
