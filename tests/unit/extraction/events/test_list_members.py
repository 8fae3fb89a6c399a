"""The forty-fourth round's lists (``list64``): each member of a list of places struck is the
place of its own act, the city or province the list lies in is none of them, and every member
is kept, the first holding the toll. Articles written for these tests."""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _placed(events: list[EventMessage], kind: str) -> list[tuple[str, str | None, int]]:
    """Each event of ``kind``: its place, admin1 and toll, in the order of the list."""
    return [
        (e.locations[0].name, e.acled.admin1, e.acled.fatalities)
        for e in sorted(
            (e for e in events if e.event_type == kind and e.locations),
            key=lambda e: (e.evidence.start, e.locations[0].name),
        )
    ]


def _places(events: list[EventMessage], kind: str) -> set[str]:
    return {name for name, _, _ in _placed(events, kind)}


def _toll_at(events: list[EventMessage], kind: str) -> dict[str, int]:
    return {name: toll for name, _, toll in _placed(events, kind) if toll}


def test_a_lead_at_the_city_is_the_first_neighbourhood_its_list_names() -> None:
    events = events_of(
        "Rebels shelled residential neighbourhoods of Aleppo city on Monday, killing five"
        " civilians, state media said. Rocket shells fell on al-Midan, al-Sabil, al-Ashrafiyeh"
        " and al-Hamdaniyeh neighbourhoods, a police source said."
    )
    assert _places(events, "shelling") == {"al-Midan", "al-Sabil", "al-Ashrafiyeh", "al-Hamdaniyeh"}
    assert all(admin1 == "Aleppo" for _, admin1, _ in _placed(events, "shelling"))
    assert _toll_at(events, "shelling") == {"al-Midan": 5}


def test_the_first_village_not_a_known_town_later_in_the_list_holds_the_act() -> None:
    # Kafr Sijna opens the list; Hish, told second, is the one the gazetteer knows
    for body in (
        "Russian and regime air bombing hit the villages of Kafr Sijna, Hish, Maar Shurin and"
        " Tal Mardikh in the Idlib countryside on Sunday, killing seven civilians.",
        "Warplanes struck Idlib province on Sunday, killing seven civilians. The air strikes"
        " hit Kafr Sijna, Hish, Maar Shurin and Tal Mardikh in the southern countryside.",
    ):
        events = events_of(body)
        assert _places(events, "airstrike") == {"Kafr Sijna", "Hish", "Maar Shurin", "Tal Mardikh"}
        assert _toll_at(events, "airstrike") == {"Kafr Sijna": 7}


@pytest.mark.parametrize(
    ("body", "kind", "places", "toll"),
    [
        (
            "Coalition aircraft bombed the districts of Sahar, Majz, Baqim and Kitaf in Saada"
            " province on Friday, killing 12 people.",
            "airstrike",
            {"Sahar", "Majz", "Baqim as Suq", "Kitaf"},
            {"Sahar": 12},
        ),
        (
            "Warplanes struck the towns of Douma, Harasta, Arbin and Zamalka in Eastern Ghouta,"
            " near Damascus, killing 14 civilians.",
            "airstrike",
            {"Duma", "Harasta", "Arbin", "Zamalka"},
            {"Duma": 14},
        ),
        (
            "Israeli air strikes hit the Jabalia, Shati, Bureij and Nuseirat refugee camps in"
            " the Gaza Strip overnight, killing nine Palestinians, medics said.",
            "airstrike",
            {"Jabalya", "Shati", "Al Burayj", "An Nusayrat"},
            {"Jabalya": 9},
        ),
        (
            "Israeli tanks shelled the Bureij, Maghazi and Nuseirat camps in central Gaza on"
            " Sunday, killing six Palestinians.",
            "shelling",
            {"Al Burayj", "Maghazi", "An Nusayrat"},
            {"Al Burayj": 6},
        ),
    ],
)
def test_every_member_of_a_list_is_a_place_and_the_first_holds_the_toll(
    body: str, kind: str, places: set[str], toll: dict[str, int]
) -> None:
    # Arbin and Sahar are districts named after their seat; Shati and Maghazi are camps the
    # gazetteer lacks, listed between known ones
    events = events_of(body)
    assert _places(events, kind) == places
    assert _toll_at(events, kind) == toll


def test_a_district_heading_a_list_of_quarters_is_no_city() -> None:
    # al-Thawra is also a district of Sanaa: here it is one more quarter of Taiz
    events = events_of(
        "Houthi militias shelled residential areas in the al-Thawra, al-Jahmaliya, Kalaba and"
        " Osaifra districts of Taiz city, killing five civilians, local sources said."
    )
    assert _places(events, "shelling") == {"al-Thawra", "al-Jahmaliya", "Kalaba", "Osaifra"}
    assert {admin1 for _, admin1, _ in _placed(events, "shelling")} == {"Ta'izz"}
    assert _toll_at(events, "shelling") == {"al-Thawra": 5}


def test_a_list_of_towns_all_known_is_unchanged() -> None:
    events = events_of(
        "Israeli air strikes hit Jabalia, Beit Lahia, Beit Hanoun and Rafah in the Gaza Strip"
        " overnight, killing nine Palestinians, medics said."
    )
    assert _places(events, "airstrike") == {"Jabalya", "Bayt Lahya", "Bayt Hanun", "Rafah"}
    assert _toll_at(events, "airstrike") == {"Jabalya": 9}
