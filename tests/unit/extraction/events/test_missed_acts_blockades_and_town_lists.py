"""The twenty-second round's missed occurrences (``missed42``): a date that closes "the first
... since" does not date the act as an earlier incident (link/temporal/status.py), a crowd
obstructing roads is a road blockade (data/triggers.tsv), an arrest's places listed after a
plural kind of place are one arrest each and a protest told in listed towns one protest per
town (merge/places/per_place/listed_places.py). Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of, events_published

_SATURDAY = dt.datetime(2025, 3, 22, 12, tzinfo=dt.UTC)

_FIRST_SINCE = """The Israeli air force intercepted three rockets fired from Lebanon toward the \
northern Israeli town of Metula, the army said on Saturday.

This is the first firing of rockets from Lebanon into Israel since early December last year, \
Israeli media reported. The army responded with artillery fire on the town of Yarin in southern \
Lebanon.

"Israeli artillery has been shelling the villages of Houla, Aitaroun and Blida in the Marjayoun \
district, and the town of Khiam," a Lebanese security source said. "The shelling has so far \
resulted in only material damage."

Israel's defence minister said the army would respond to any fire on the Galilee."""


def _places(events: list[EventMessage], kind: str) -> list[str]:
    return sorted(e.locations[0].name for e in events if e.event_type == kind and e.locations)


def test_the_first_act_since_a_date_is_no_earlier_incident() -> None:
    # "since early December last year" opens the quiet period the rockets end; read as the
    # date of an earlier incident, it took the day's shelling after it into the past
    events = events_published(_FIRST_SINCE, _SATURDAY)
    assert _places(events, "shelling") == ["Aitaroun", "Blida", "Houla", "Khiam", "Yarin"]
    assert all(e.temporal_status == "current" for e in events)
    # "Israeli artillery" shelled the listed villages
    shelling = next(e for e in events if e.locations and e.locations[0].name == "Houla")
    assert shelling.acled is not None
    assert shelling.acled.actor1.startswith("Military Forces of Israel")
    # the interception stays the lead's event, at Metula
    assert _places(events, "weapons_disrupted") == ["Metula"]


def test_an_act_dated_in_an_earlier_month_is_still_background() -> None:
    body = (
        "The Israeli air force intercepted three rockets fired from Lebanon toward Metula, the"
        " army said on Saturday.\n\nIn early December last year, rockets fired from Lebanon hit"
        " the town of Kiryat Shmona, wounding two people."
    )
    events = events_published(body, _SATURDAY)
    assert _places(events, "shelling") == []
    assert _places(events, "weapons_disrupted") == ["Metula"]


def test_a_crowd_obstructing_roads_is_a_road_blockade() -> None:
    events = events_of(
        "Students obstructed the main highway in Lahan on Monday to demand higher grants for"
        " their college."
    )
    protests = [e for e in events if e.event_type == "protest"]
    assert [e.locations[0].name for e in protests] == ["Lahan"]
    assert protests[0].acled is not None and protests[0].acled.actor1 == "Protesters (Nepal)"


def test_workers_telling_of_obstructed_roads_are_no_blockade() -> None:
    # review43: the crowd noun must be the subject of "obstructed", not a clause away from it
    events = events_of(
        "Heavy rain lashed the district of Kaski on Monday. Rescue workers said fallen trees"
        " obstructed roads in Pokhara and several villages.\n\nRoad workers cleared debris that"
        " obstructed the highway near Lahan on Tuesday."
    )
    assert [e.event_type for e in events if e.event_type == "protest"] == []


def test_roads_obstructed_by_the_agitators_are_told_apart_from_the_dispersal() -> None:
    events = events_of(
        "Police fired tear gas at protesters demanding new provincial boundaries in Birgunj on"
        " Saturday. The agitators had obstructed roads in Janakpur, Lahan and Rajbiraj of the"
        " region."
    )
    assert _places(events, "protest_dispersed") == ["Birganj"]
    assert "Janakpur" in _places(events, "protest")


def test_arrests_in_the_towns_listed_are_one_arrest_per_town() -> None:
    events = events_of(
        "Israeli forces arrested nine Palestinians in raids in the West Bank on Tuesday. The"
        " soldiers broke into the towns of Beit Ummar, Halhul and Dura and arrested nine people,"
        " the agency said."
    )
    assert _places(events, "arrest") == ["Bayt Ummar", "Dura", "Halhul"]
    for arrest in (e for e in events if e.event_type == "arrest"):
        assert arrest.acled is not None
        assert arrest.acled.actor1.startswith("Military Forces of Israel")


def test_a_listed_village_s_locator_is_no_village_of_the_list() -> None:
    events = events_of(
        "Four Palestinians were arrested in the villages of Beit Ummar, north of Hebron, and"
        " Qabatiya, near the city of Jenin, on Tuesday."
    )
    assert _places(events, "arrest") == ["Bayt Ummar", "Qabatiyah"]


def test_a_city_and_a_town_told_each_with_its_kind_stay_one_arrest() -> None:
    events = events_of(
        "Police raided homes in the city of Kano and in the town of Wudil on Tuesday and"
        " arrested five suspects."
    )
    assert len([e for e in events if e.event_type == "arrest"]) == 1


def test_a_protest_told_in_listed_towns_is_one_protest_per_town() -> None:
    events = events_of(
        "Thousands of people protested in Qamishli, Amuda and Hasakah on Friday against the"
        " siege of the city."
    )
    protests = _places(events, "protest")
    assert "Al Qamishli" in protests and "Amuda" in protests
    for protest in (e for e in events if e.event_type == "protest"):
        assert protest.acled is not None and protest.acled.actor1 == "Protesters (Syria)"


def test_where_the_crowd_came_from_is_no_list_of_its_places() -> None:
    events = events_of(
        "Residents of Amuda and Qamishli protested in Hasakah on Friday against the water cuts."
    )
    assert _places(events, "protest") == ["Al Hasakah"]


def test_seizures_told_again_with_their_own_count_are_one_per_place() -> None:
    # review43: missed42's arrest lists had left the seizures' elliptic list out
    events = events_of(
        "Nigerian police seized 20 rifles in Kano on Friday and 15 pistols in Kaduna on Sunday,"
        " a police spokesman said on Monday."
    )
    assert _places(events, "weapons_disrupted") == ["Kaduna", "Kano"]
