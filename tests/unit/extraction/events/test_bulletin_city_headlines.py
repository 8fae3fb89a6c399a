"""The forty-eighth round's shelling bulletins (``shell68``): a state outlet's casualty bulletin
opens on its total over several cities and tells each city's quarters in a paragraph of its
own; the headline's act at each city is the summary of those quarters, not one more shelling
(events/merge/places/per_place/city_headlines.py). Articles written for these tests (Syria)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of, fatalities

_HEADLINE = (
    "Five citizens killed, 12 injured in terrorist attacks with shells on Damascus and Homs.\n\n"
    "Five citizens were killed and 12 others were injured on Tuesday in terrorist attacks with"
    " rocket and mortar shells on the cities of Damascus and Homs."
)
_DAMASCUS = (
    " Damascus A source at Damascus Police Command said that terrorists fired mortar shells on"
    " Bab Touma neighbourhood, killing two civilians and injuring five others. The source added"
    " that a rocket shell fired by terrorists hit al-Qassaa neighbourhood, injuring three people."
)
_HOMS = (
    " Homs Terrorists fired two rocket shells on al-Zahraa neighbourhood in Homs city, killing"
    " three citizens, a source at Homs Police Command said. Another rocket shell landed in"
    " Akrama neighbourhood, injuring four people."
)


def _placed(events: list[EventMessage]) -> dict[str, tuple[str, int | None]]:
    return {
        e.locations[0].name: (e.locations[0].admin1 or "", fatalities(e))
        for e in events
        if e.event_type == "shelling" and e.locations
    }


def test_each_city_of_the_headline_is_the_quarters_its_paragraph_tells() -> None:
    placed = _placed(events_of(_HEADLINE + _DAMASCUS + _HOMS))
    assert "Homs" not in placed and "Damascus" not in placed
    assert placed["Bab Touma"] == ("Damascus", 2)
    assert placed["al-Zahraa"] == ("Homs", 3)
    assert "Akrama" in placed
    # the headline's five dead are the quarters' two and three, counted once
    assert sum(toll or 0 for _, toll in placed.values()) == 5
    # a city whose acts the body does not tell keeps the headline's act
    placed = _placed(events_of(_HEADLINE + _DAMASCUS))
    assert "Homs" in placed
    assert placed["Bab Touma"] == ("Damascus", 2)


def test_a_street_or_square_closes_the_name_before_it() -> None:
    events = events_of(
        "A source at Hama Police Command said that terrorists targeted on Monday with a number"
        " of rocket shells al-Qusour Street and al-Hamidiyeh neighborhoods in Hama city, killing"
        " two civilians. Later, rocket shells fell near Abu al-Fida Square and al-Bayad"
        " neighborhoods in the city, injuring three people."
    )
    names = {e.locations[0].name for e in events if e.event_type == "shelling" and e.locations}
    assert {"al-Qusour Street", "al-Hamidiyeh"} <= names
    assert not names & {"Street", "Square"}
    assert all(e.locations[0].admin1 == "Hama" for e in events if e.locations)


def test_the_lead_and_the_police_source_tell_one_shell_spelled_two_ways() -> None:
    events = events_of(
        "Three children were killed and 4 others were injured as the terrorist organizations fired"
        " a rocket shell on al-Sabouniyeh area in Hama city. A source at Hama Police Command told"
        " SANA on Monday that a rocket shell fired by the terrorist organizations on a school in"
        " al-Sabouniyah area in Hama city claimed the lives of three children and injured four"
        " others."
    )
    shellings = [e for e in events if e.event_type == "shelling"]
    assert [(e.locations[0].name, fatalities(e)) for e in shellings] == [("al-Sabouniyeh", 3)]


def test_jabhat_an_nusra_is_the_nusra_front() -> None:
    events = events_of(
        "A source at Aleppo Police Command said that Jabhat an-Nusra terrorists targeted on"
        " Saturday with rocket shells al-Midan neighborhood in Aleppo city, killing a man."
    )
    assert [(e.event_type, e.acled.actor1, fatalities(e)) for e in events] == [
        ("shelling", "Jabhat al-Nusra", 1)
    ]


def test_the_group_a_city_paragraph_opens_on_shelled_its_quarters() -> None:
    events = events_of(
        "Damascus Terrorists of the so-called Jaish al-Islam targeted with rocket shells several"
        " residential neighbourhoods in Damascus city on Tuesday. A source at Damascus Police"
        " Command said that terrorist groups fired mortar shells on Bab Touma neighbourhood,"
        " injuring two people. The source added that terrorists fired rocket shells on al-Qassaa"
        " neighbourhood, causing material damage. Homs Terrorists fired rocket shells on"
        " al-Zahraa neighbourhood in Homs city, injuring three citizens, a source at Homs Police"
        " Command said."
    )
    by_place = {e.locations[0].name: e.acled.actor1 for e in events if e.event_type == "shelling"}
    assert by_place["Bab Touma"] == "Jaysh al-Islam"
    assert by_place["al-Qassaa"] == "Jaysh al-Islam"
    # the next city's paragraph names no group: its terrorists stay the opposition
    assert by_place["al-Zahraa"] == "Opposition Rebels (Syria)"
