"""Thirty-third round, villages53: one act told over a list of villages the gazetteer lacks is
one event per village, each in the province the list is told in.

Wire copy and monitors list villages with commas and "and" ("struck A and B, and C in Idlib
province"), put beside them a village the gazetteer knows under another province's namesake
("Kafr Sijna": "Sijna"), a name the places stage kept as an unknown namesake of the province
("Marata") or a town read as its district ("Tamanaah"). Each name is a place of the act. The
near misses: where people fled from, the dead's hometowns, people's names, armed groups, the
far end of a road "between A and B", months, and a district told as what holds the villages.
The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _places(events: list[EventMessage], event_type: str | None = None) -> list[tuple[str, str]]:
    """The (first place, admin1) of each event of ``event_type`` (of any type if None)."""
    return sorted(
        (e.locations[0].name, e.locations[0].admin1 or "")
        for e in events
        if e.locations and (event_type is None or e.event_type == event_type)
    )


def _first_places(events: list[EventMessage]) -> set[str]:
    return {e.locations[0].name for e in events if e.locations}


# --- lists the gazetteer knows one name of, or the places stage kept one of ---------------


def test_syrian_observatory_villages_list_with_a_namesake_inside_a_name() -> None:
    body = (
        "Regime shelling targeted the villages of Kafr Sijna, Maar Zita and Hbeit in the "
        "southern countryside of Idlib on Tuesday, the Syrian Observatory for Human Rights "
        "said. No casualties were reported."
    )
    assert _places(events_of(body), "shelling") == [
        ("Hbeit", "Idlib"),
        ("Kafr Sijna", "Idlib"),
        ("Maar Zita", "Idlib"),
    ]


def test_smart_news_towns_list_closed_by_a_town_read_as_its_district() -> None:
    body = (
        "Regime helicopters dropped barrel bombs on the towns of Habit, Kafr Sijna and "
        "Tamanaah in Idlib's southern countryside on Monday, killing two children, Smart News "
        "reported. Civil defence teams pulled survivors from the rubble."
    )
    assert _places(events_of(body), "airstrike") == [
        ("Habit", "Idlib"),
        ("Kafr Sijna", "Idlib"),
        ("Tamanaah", "Idlib"),
    ]


def test_enab_baladi_two_villages_one_of_them_kept_as_an_unknown_namesake() -> None:
    body = (
        "Regime artillery shelled Hbeit and Abdin in the southern Idlib countryside on Monday, "
        "Enab Baladi reported. The shells damaged several houses."
    )
    assert _places(events_of(body), "shelling") == [("Abdin", "Idlib"), ("Hbeit", "Idlib")]


def test_smart_news_three_villages_in_a_countryside_without_a_noun() -> None:
    body = (
        "Regime forces shelled Hbeit, Abdin and Kafr Sijna in Idlib countryside on Monday, "
        "Smart News said, adding that two civilians were wounded."
    )
    assert _places(events_of(body), "shelling") == [
        ("Abdin", "Idlib"),
        ("Hbeit", "Idlib"),
        ("Kafr Sijna", "Idlib"),
    ]


def test_wire_a_village_named_with_tel_before_a_namesake_of_egypt() -> None:
    body = (
        "Syrian government warplanes struck Tel Dahab in Homs province on Monday, killing four "
        "civilians, a war monitor said."
    )
    assert _places(events_of(body), "airstrike") == [("Tel Dahab", "Homs")]


# --- "A and B, and C": wire copy pairs names inside a list -------------------------------


def test_afp_a_and_b_and_c_in_a_province() -> None:
    body = (
        "Russian warplanes struck Kansafra and Ibdita, and Marata in Idlib province on Monday, "
        "killing three civilians, the Britain-based monitor said."
    )
    assert _places(events_of(body), "airstrike") == [
        ("Ibdita", "Idlib"),
        ("Kansafra", "Idlib"),
        ("Marata", "Idlib"),
    ]


def test_reuters_a_and_b_and_c_in_a_countryside() -> None:
    body = (
        "Russian warplanes struck Kansafra and Ibdita, and Marata in Idlib's southern "
        "countryside on Monday, killing three civilians, the Observatory said."
    )
    assert _places(events_of(body), "airstrike") == [
        ("Ibdita", "Idlib"),
        ("Kansafra", "Idlib"),
        ("Marata", "Idlib"),
    ]


def test_ap_a_and_a_known_town_and_another_known_town() -> None:
    body = (
        "Warplanes struck Latmin and Kafr Zita, and Morek in Hama's northern countryside on "
        "Monday, killing three civilians, activists said."
    )
    events = events_of(body)
    assert {"Latmin", "Kafr Zayta", "Murak"} <= _first_places(events)
    # each village once: Latmin is a peer of Kafr Zita, not a second place of Morek's event
    assert sorted(e.locations[0].name for e in events).count("Latmin") == 1


# --- fire verbs before a framed list ------------------------------------------------------


def test_anadolu_villages_list_in_a_province() -> None:
    body = (
        "Regime warplanes bombed Kafr Ruma, Hass and Deir Sharqi in Idlib province on "
        "Saturday, killing five civilians, according to local sources."
    )
    assert _places(events_of(body), "airstrike") == [
        ("Deir Sharqi", "Idlib"),
        ("Hass", "Idlib"),
        ("Kafr Ruma", "Idlib"),
    ]


def test_al_arabiya_a_village_near_a_known_town() -> None:
    body = (
        "Regime shelling hit Kafr Ain near Khan Shaykhun in Idlib province on Monday, wounding "
        "two children, activists said."
    )
    events = events_of(body)
    assert _places(events, "shelling") == [("Kafr Ain", "Idlib")]


def test_sana_army_pounds_villages_in_a_countryside() -> None:
    body = (
        "Syrian army artillery pounded Tal Hamra and Maarzaf villages in the northern Hama "
        "countryside on Wednesday, SANA said."
    )
    assert _places(events_of(body), "shelling") == [("Maarzaf", "Hama"), ("Tal Hamra", "Hama")]


def test_rudaw_villages_list_in_aleppo_countryside() -> None:
    body = (
        "Turkish-backed factions shelled the villages of Kaljibrin, Kafr Kalbin and Baraghidah "
        "in northern Aleppo countryside on Sunday, a Kurdish official told Rudaw."
    )
    assert _places(events_of(body), "shelling") == [
        ("Baraghidah", "Aleppo"),
        ("Kafr Kalbin", "Aleppo"),
        ("Kaljibrin", "Aleppo"),
    ]


def test_opposition_raids_on_three_villages_in_southern_idlib() -> None:
    body = (
        "Warplanes carried out raids on Kafr Ain, Ain Jara and Deir Sunbul in southern Idlib on "
        "Friday, wounding four people, opposition activists said."
    )
    assert _places(events_of(body), "airstrike") == [
        ("Ain Jara", "Idlib"),
        ("Deir Sunbul", "Idlib"),
        ("Kafr Ain", "Idlib"),
    ]


def test_clashes_in_the_vicinity_of_two_villages() -> None:
    body = (
        "Clashes erupted in the vicinity of Tal Sukkar and Tal Marq in Aleppo province on "
        "Sunday between regime forces and rebels, the Observatory said."
    )
    assert _places(events_of(body), "armed_clash") == [
        ("Tal Marq", "Aleppo"),
        ("Tal Sukkar", "Aleppo"),
    ]


def test_daily_sabah_nigeria_villages_before_their_noun() -> None:
    body = (
        "Boko Haram insurgents attacked Kwaple, Dugja and Tashan Alade villages in Borno State "
        "on Sunday, killing 14 people, residents said."
    )
    assert _places(events_of(body)) == [
        ("Dugja", "Borno"),
        ("Kwaple", "Borno"),
        ("Tashan Alade", "Borno"),
    ]


# --- near misses ----------------------------------------------------------------------------


def test_a_district_told_as_what_holds_the_villages_is_no_village_of_the_list() -> None:
    body = (
        "Regime helicopters dropped barrel bombs on Habit and Kafr Sijna in Tamanaah district "
        "of Idlib province on Monday."
    )
    assert _places(events_of(body), "airstrike") == [("Habit", "Idlib"), ("Kafr Sijna", "Idlib")]


def test_villages_people_fled_from_are_no_places_of_the_shelling() -> None:
    body = (
        "Hundreds of families fled from Kafr Sijna and Maar Zita to camps near the Turkish "
        "border after regime shelling of Idlib province on Monday."
    )
    places = _first_places(events_of(body))
    assert not places & {"Kafr Sijna", "Maar Zita"}


def test_the_dead_s_hometowns_are_no_places_of_the_shelling() -> None:
    body = (
        "Regime shelling on the village of Hbeit in Idlib province killed three men from Kafr "
        "Sijna, Maar Zita and Abdin on Monday, the Observatory said."
    )
    assert _places(events_of(body), "shelling") == [("Hbeit", "Idlib")]


def test_people_s_names_are_no_villages() -> None:
    body = (
        "Regime shelling killed Ahmed, Khaled and Omar in the town of Hbeit in Idlib's "
        "southern countryside on Monday."
    )
    assert not _first_places(events_of(body)) & {"Ahmed", "Khaled"}


def test_armed_groups_are_no_villages() -> None:
    body = (
        "Regime warplanes struck positions of Ahrar al-Sham, Jaish al-Islam and Faylaq "
        "al-Rahman in Idlib province on Monday, the Observatory said."
    )
    places = _first_places(events_of(body))
    assert not places & {"Ahrar al-Sham", "Jaish al-Islam", "Faylaq al-Rahman", "Faylaq"}


def test_the_far_end_of_a_road_is_no_place_of_its_own() -> None:
    body = (
        "Clashes broke out on the road between Tal Sukkar and Tal Marq in Aleppo province on "
        "Sunday, the monitor said."
    )
    assert "Tal Marq" not in _first_places(events_of(body))


def test_months_are_no_villages() -> None:
    body = (
        "Regime shelling hit Hbeit in January, February and March, destroying homes in Idlib "
        "province, residents said."
    )
    assert not _first_places(events_of(body)) & {"January", "February", "March"}


def test_a_possessive_that_lost_its_apostrophe_is_no_village() -> None:
    body = (
        "Warplanes struck rebel-held areas of Syrias Hama on Wednesday, killing five people, a "
        "monitor said."
    )
    assert "Syrias Hama" not in _first_places(events_of(body))


def test_a_single_village_list_is_one_event() -> None:
    body = (
        "Regime forces shelled the village of Hbeit in Idlib's southern countryside on "
        "Thursday, wounding a woman, Smart News reported."
    )
    assert _places(events_of(body), "shelling") == [("Hbeit", "Idlib")]


# --- review54: a verb of fire before one name is no frame of a village ---------------------


@pytest.mark.parametrize(
    ("body", "admin1"),
    [
        (
            "A Russian air strike targeted Abu Omar in Idlib province on Sunday, killing the HTS "
            "commander and two of his guards, the Observatory said.",
            "Idlib",
        ),
        (
            "An Israeli strike hit Al-Shifa in Gaza City on Tuesday, killing at least 12 people, "
            "health officials said.",
            "Gaza Strip",
        ),
        (
            "Russian missiles hit Ukrenergo in the Kyiv region overnight, officials said, "
            "killing two workers.",
            None,
        ),
    ],
)
def test_a_verb_of_fire_before_one_name_reads_no_village(body: str, admin1: str | None) -> None:
    # before a single name "hit" and "targeted" as often take a person, a hospital or a firm:
    # the event stays at the place told after it (review54)
    events = events_of(body)
    assert events
    assert not _first_places(events) & {"Abu Omar", "Al-Shifa", "Ukrenergo"}
    if admin1 is not None:
        assert {e.locations[0].admin1 for e in events if e.locations} == {admin1}


def test_a_verb_of_fire_before_a_list_still_reads_its_villages() -> None:
    body = (
        "Russian jets pounded Kafr Hamra, Tal Rifaat and Deir Jamal in the northern Aleppo "
        "countryside on Friday, the Observatory said, killing six."
    )
    assert {"Kafr Hamra", "Deir Jamal"} <= _first_places(events_of(body))


@pytest.mark.parametrize(
    ("body", "event_type", "expected"),
    [
        (
            "ERBIL, Kurdistan Region - Turkish warplanes struck Kani Masi, Sidakan and Bradost "
            "in Duhok province on Tuesday, the region's counter-terrorism service said.",
            "airstrike",
            [("Bradost", "Duhok"), ("Kani Masi", "Duhok"), ("Sidakan", "Duhok")],
        ),
        (
            "Syrian artillery shelled Kafr Nabl, Hass and Kansafra in the southern countryside "
            "of Idlib on Monday, killing four civilians, the Observatory said.",
            "shelling",
            [("Hass", "Idlib"), ("Kafranbel", "Idlib"), ("Kansafra", "Idlib")],
        ),
    ],
)
def test_a_known_town_opening_a_list_after_its_verb_keeps_its_event(
    body: str, event_type: str, expected: list[tuple[str, str]]
) -> None:
    # the known town first, a comma after it: one name of the list, not located by the next
    # (review54; the known town's event was lost to the village after it)
    assert _places(events_of(body), event_type) == expected
