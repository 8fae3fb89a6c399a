"""Roundups (twenty-ninth round, roundup49): one sentence or paragraph that reports several
occurrences is one event per place, each with the toll that place carries and the actor and
type of its own clause, else of the roundup's head. A chain of counts at places ("five in
Douma, three in Harasta and two in Arbin"), clauses joined by "while", a semicolon or ", and in
X", an act told as one more ("also"), a day total before acts that count their own dead, a
sentence headed by its province ("In Hama, ..."). Near misses stay one event: a town and its
region ("in Douma in Eastern Ghouta"), a "while" of time ("killed while fleeing"), a list of
origins ("fighters from A, B and C"), a "while" clause with no act of its own."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of, fatalities


def _at(events: list[EventMessage]) -> dict[str, tuple[str, int | None]]:
    """Each event's place, with its type and toll."""
    return {
        e.acled.location: (e.event_type, fatalities(e))
        for e in events
        if e.acled is not None and e.acled.location is not None
    }


def _event_at(events: list[EventMessage], place: str) -> EventMessage:
    return next(e for e in events if e.acled is not None and e.acled.location == place)


def _actor1(events: list[EventMessage], place: str) -> str:
    """The ACLED actor1 of the event at ``place``."""
    acled = _event_at(events, place).acled
    assert acled is not None
    return acled.actor1 or ""


def test_a_wire_chain_of_counts_at_places_is_one_event_per_place_with_its_count() -> None:
    body = (
        "BEIRUT (Reuters) - Regime shelling killed five people in Douma, three in Harasta and"
        " two in Arbin on Tuesday, the Syrian Observatory for Human Rights said."
    )
    at = _at(events_of(body))
    assert at["Duma"] == ("shelling", 5)
    assert at["Harasta"] == ("shelling", 3)
    assert at["Arbin"] == ("shelling", 2)


def test_a_monitors_total_broken_down_by_province_gives_each_province_its_count() -> None:
    body = (
        "The Local Coordination Committees said 22 people were killed by regime forces on"
        " Friday, including 9 in Homs, 7 in Idlib and 6 in Daraa."
    )
    events = events_of(body)
    deaths = {e.acled.admin1: fatalities(e) for e in events if e.acled is not None}
    assert deaths == {"Homs": 9, "Idlib": 7, "Daraa": 6}


def test_a_while_clause_tells_another_act_with_its_own_place_toll_and_type() -> None:
    body = (
        "The Syrian Observatory for Human Rights documented the deaths of 10 people on Monday."
        " In Daraa, four civilians were killed by regime shelling on the town of Busra"
        " al-Harir, while in Idlib province warplanes hit the town of Saraqeb, killing six"
        " people."
    )
    events = events_of(body)
    at = _at(events)
    assert at["Busra al-Harir"] == ("shelling", 4)
    assert at["Saraqib"] == ("airstrike", 6)
    # the day total is the sum of the acts, no act's toll; the air strike is the regime's too
    assert _event_at(events, "Busra al-Harir").acled.admin1 == "Daraa"  # type: ignore[union-attr]
    assert _actor1(events, "Saraqib").startswith("Military Forces of Syria")


def test_a_semicolon_joins_two_sides_acts_each_with_its_own_actor() -> None:
    body = (
        "Syrian government warplanes struck Saraqeb on Tuesday, killing three people; in Daraa,"
        " rebels shelled the al-Mahatta district, killing two soldiers, the Observatory said."
    )
    events = events_of(body)
    assert _at(events)["Saraqib"] == ("airstrike", 3)
    assert _at(events)["al-Mahatta"] == ("shelling", 2)
    assert _actor1(events, "Saraqib").startswith("Military Forces of Syria")
    assert _actor1(events, "al-Mahatta") == "Opposition Rebels (Syria)"


def test_and_in_another_province_opens_another_act() -> None:
    body = (
        "Regime helicopters dropped barrel bombs on Daraya on Sunday, killing four civilians,"
        " and in Homs province rebels shelled the town of al-Qusayr, the opposition coalition"
        " said."
    )
    events = events_of(body)
    assert _at(events) == {"Darayya": ("airstrike", 4), "Al Qusayr": ("shelling", 0)}
    assert _actor1(events, "Al Qusayr") == "Opposition Rebels (Syria)"


def test_an_act_told_as_one_more_keeps_its_own_toll() -> None:
    body = (
        "DAMASCUS, (SANA) - Army units targeted terrorist gatherings in Kafr Zita and"
        " al-Latamneh in Hama countryside on Sunday. The army also killed 12 terrorists in the"
        " town of Morek."
    )
    at = _at(events_of(body))
    assert at["Murak"][1] == 12
    assert at["Kafr Zayta"][1] == 0


def test_a_place_also_shelled_does_not_take_the_leads_toll() -> None:
    body = (
        "ISTANBUL (AP) - Air strikes killed at least 12 people in the rebel-held town of Maarat"
        " al-Numan in Idlib province on Tuesday, activists said. Jisr al-Shughour was also"
        " shelled."
    )
    at = _at(events_of(body))
    assert at["Maarrat an Numan"] == ("airstrike", 12)
    assert at["Jisr ash Shughur"] == ("shelling", 0)


def test_a_province_heading_yields_to_the_towns_the_act_hit() -> None:
    body = (
        "In Hama, regime forces shelled Kafr Zita and al-Latamneh on Monday, the Observatory said."
    )
    at = _at(events_of(body))
    assert set(at) == {"Kafr Zayta", "al-Latamneh"}


def test_a_town_in_its_region_is_one_event() -> None:
    body = (
        "Government shelling killed seven people in Douma in Eastern Ghouta on Monday, the"
        " Syrian Observatory said."
    )
    assert _at(events_of(body)) == {"Duma": ("shelling", 7)}


def test_a_while_of_time_is_no_second_act() -> None:
    body = (
        "Two civilians were killed in Azaz while fleeing shelling by regime forces, a monitor said."
    )
    assert _at(events_of(body)) == {"Izaz": ("shelling", 2)}


def test_a_while_clause_of_the_wounded_is_the_same_act() -> None:
    body = (
        "Four civilians were killed by regime shelling in Douma on Monday, while eight others"
        " were wounded, activists said."
    )
    assert _at(events_of(body)) == {"Duma": ("shelling", 4)}


def test_a_list_of_origins_is_one_act() -> None:
    body = (
        "Fighters from Douma, Harasta and Arbin were killed in clashes with government forces in"
        " Jobar on Monday, the Observatory said."
    )
    events = events_of(body)
    # (one clash, fought by the men from the three towns: review50 asks for its type and sides,
    # not only its count)
    assert [e.event_type for e in events] == ["armed_clash"]
    assert events[0].acled is not None
    assert (events[0].acled.actor2 or "").startswith("Military Forces of Syria")


def test_a_pair_of_counts_across_sentences_still_splits() -> None:
    body = (
        "Russian air strikes killed 13 people in Idlib province on Thursday, the Observatory"
        " said. Eight were killed in Maarat al-Numan and five in Khan Sheikhoun."
    )
    at = _at(events_of(body))
    assert at["Maarrat an Numan"] == ("airstrike", 8)
    assert at["Khan Shaykhun"] == ("airstrike", 5)
