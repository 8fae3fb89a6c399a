"""Comma-less lists of villages inside one act's clause (thirty-first round, several51): agency
and monitor texts that lost their commas list the villages an act hit as one run of
capitalised words ("destroyed terrorist dens in Kafr Zita Morek and al-Latamneh in Hama
countryside"), and monitors code one event per village. Each name of the run is an event of
its own, with the sentence's agent; the toll stays with the first. Near misses: two plain words
are one name ("Qazi Askar"), a list that kept its commas is read as before, a run holding a
site's words ("Military Airport") is no list, and a known town of the list is one more place,
not the place around the villages."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from newsevents.extraction.events.geography.names.glued import list_names
from newsevents.extraction.events.geography.names.localities import listed_items, locality_names
from tests.unit.extraction.events.articles import events_of, fatalities


def _names(text: str) -> list[str]:
    return [text[start:end] for start, end in list_names(text)]


def _items(names: str) -> list[str]:
    return [names[start:end] for start, end in listed_items(names)]


def _at(events: list[EventMessage]) -> dict[str, tuple[str, int | None]]:
    return {
        e.acled.location: (e.event_type, fatalities(e))
        for e in events
        if e.acled is not None and e.acled.location is not None
    }


def test_three_plain_words_are_three_names_two_stay_one() -> None:
    assert _names("Hbeit Abdeen Sukayk") == ["Hbeit", "Abdeen", "Sukayk"]
    assert _names("Qazi Askar") == ["Qazi Askar"]
    assert _names("Ruwaiha Sultan") == ["Ruwaiha Sultan"]
    # words of one short syllable make names of three words elsewhere (an ACLED note's Myanmar)
    assert _names("Shi Paw Lain") == ["Shi Paw Lain"]
    # a site's words are no list of names
    assert _names("Deir Ezzor Military Airport") == ["Deir Ezzor Military Airport"]


def test_a_list_closed_by_and_is_cut_run_by_run() -> None:
    assert _items("Kafr Zita Morek and al-Latamneh") == ["Kafr Zita", "Morek", "al-Latamneh"]
    assert _items("Tal Hamra Tal Sukkar and Maarzaf") == ["Tal Hamra", "Tal Sukkar", "Maarzaf"]
    # with its commas kept, a name is what the writer put between them
    assert _items("Qasr Rumana, Tal Sukkar and Maarzaf") == ["Qasr Rumana", "Tal Sukkar", "Maarzaf"]


def test_villages_before_a_provinces_countryside_are_read_one_by_one() -> None:
    text = (
        "Army units targeted terrorist gatherings in Tal Hamra Tal Sukkar and Maarzaf in Hama"
        " northern countryside."
    )
    assert [n.name for n in locality_names(text)] == ["Tal Hamra", "Tal Sukkar", "Maarzaf"]


def test_state_media_army_units_destroy_dens_in_villages_without_commas() -> None:
    body = (
        "Hama, SANA - Army units targeted terrorist gatherings in Tal Hamra Tal Sukkar and"
        " Maarzaf in Hama northern countryside killing 15 terrorists, a military source said."
    )
    at = _at(events_of(body))
    assert set(at) == {"Tal Hamra", "Tal Sukkar", "Maarzaf"}
    # the toll stays with the first village: the sentence does not say where the dead were
    assert sorted(f or 0 for _, f in at.values()) == [0, 0, 15]


def test_monitor_barrel_bombs_on_villages_told_as_one_run() -> None:
    body = (
        "Regime helicopters dropped barrel bombs on Hbeit Abdeen Sukayk and Kafr Sajna in the"
        " southern countryside of Idlib, the Syrian Observatory for Human Rights said."
    )
    events = events_of(body)
    places = sorted(e.acled.location or "" for e in events)
    assert places == ["Abdeen", "Hbeit", "Kafr Sajna", "Sukayk"]
    assert {e.event_type for e in events} == {"airstrike"}
    assert {e.acled.admin1 for e in events} == {"Idlib"}


def test_a_known_town_in_the_run_is_one_more_place_not_the_place_around() -> None:
    body = (
        "Idleb, SANA - The army's air force destroyed terrorist hideouts in Kafr Nabl Hass and"
        " Maarat Harma in Idleb countryside."
    )
    places = sorted(e.acled.location or "" for e in events_of(body))
    # Kafr Nabl keeps its event, resolved or not: since the thirty-seventh round "Maarat" alone
    # before "Harma" is no town, so the run holds one known name and "Kafr Nabl" is kept as a
    # locality of Idleb countryside under its own name
    assert ("Kafranbel" in places or "Kafr Nabl" in places) and "Hass" in places
    assert len(places) == 3


def test_wire_strikes_in_the_area_of_villages_without_commas() -> None:
    body = (
        "ANKARA (AP) - Turkish warplanes struck Daesh targets in the area of Yahmul Jarez"
        " Harjalah and al-Rai in northern Syria, the army said in a statement."
    )
    places = sorted(e.acled.location or "" for e in events_of(body))
    assert {"Yahmul", "Jarez", "Harjalah"} <= set(places)


def test_near_misses_two_plain_words_and_a_list_with_commas() -> None:
    body = (
        "Aleppo, SANA - Terrorists fired rocket shells on Qazi Askar and al-Midan"
        " neighbourhoods in Aleppo city, injuring two civilians."
    )
    assert sorted(e.acled.location or "" for e in events_of(body)) == ["Qazi Askar", "al-Midan"]
    body = (
        "BEIRUT (Reuters) - Government forces clashed with rebels in Talbiseh, Rastan and"
        " Ghantou in Homs countryside, the Syrian Observatory said."
    )
    # (review52: the three places, not only their count)
    assert sorted((e.event_type, e.acled.location, e.acled.admin1) for e in events_of(body)) == [
        ("armed_clash", "Al Ghantu", "Homs"),
        ("armed_clash", "Ar Rastan", "Homs"),
        ("armed_clash", "Tallbisah", "Homs"),
    ]


def test_a_run_not_closed_by_and_stays_one_name() -> None:
    # without the list's closing "and" nothing says the run is a list
    assert _items("Hbeit Abdeen Sukayk") == ["Hbeit Abdeen Sukayk"]


def test_a_note_from_myanmar_names_two_villages_of_three_words() -> None:
    body = (
        "KIA and Myanmar Armed Forces clashed near Nam Lin Par and Ma Kyan village in Mansi"
        " township. No casualties were reported."
    )
    places = [e.acled.location for e in events_of(body)]
    assert "Nam" not in places and "Par" not in places
    assert sorted(places) == ["Ma Kyan", "Nam Lin Par"]


def test_a_site_in_the_run_is_no_list() -> None:
    body = (
        "Deir Ezzor, SANA - Army units clashed with ISIS terrorists in the vicinity of Deir Ezzor"
        " Military Airport and al-Jafra in Deir Ezzor countryside."
    )
    places = [e.acled.location for e in events_of(body)]
    assert "Military" not in places and "Airport" not in places
