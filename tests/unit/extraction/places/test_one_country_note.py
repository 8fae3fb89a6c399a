"""A short note whose places tell one country reads a small place the gazetteer knows only
abroad as an unknown place of its own country (twenty-ninth round, acled49;
``drop_small_abroad``): only places tell
where a note is; a people, a country's name or a named group tells where people come from."""

from __future__ import annotations

from tests.unit.extraction.places.helpers import places_in


def _read(text: str) -> list[tuple[str, str]]:
    return [(p.text, p.country_code) for p in places_in(text)]


def test_a_small_town_abroad_in_a_note_told_by_its_city_is_unknown() -> None:
    """A regional daily's brief from Pakistan: Lahore tells the country, and Sachin, a town of
    28,000 in Gujarat, is a place of Punjab the gazetteer lacks; so is Chand, a district of
    Madhya Pradesh, in a wire brief from Somalia and one from Afghanistan."""
    assert _read("Shopkeepers shut their stores in Lahore and in Sachin to protest a new tax.") == [
        ("Lahore", "PK")
    ]
    assert _read(
        "Gunmen killed two villagers near Chand on Sunday, officials in Mogadishu said."
    ) == [("Mogadishu", "SO")]
    assert _read(
        "Unknown gunmen killed two villagers near Chand on Sunday, police in Kabul said."
    ) == [("Kabul", "AF")]


def test_a_people_of_the_other_country_keeps_its_town() -> None:
    """ "Indian shopkeepers" tell India beside Lahore: two countries, and the Indian town keeps
    its sense."""
    text = "Indian shopkeepers shut their stores in Lahore and in Sachin to protest a new tax."
    assert _read(text) == [("Lahore", "PK"), ("Sachin", "IN")]


def test_a_city_abroad_keeps_its_sense() -> None:
    """A city of 100,000 or more abroad is known by its name: Surat beside Lahore is Surat."""
    text = "Shopkeepers shut their stores in Lahore and in Surat to protest a new tax."
    assert _read(text) == [("Lahore", "PK"), ("Surat", "IN")]


def test_a_note_told_only_by_a_people_is_left_alone() -> None:
    """ "Somali refugees" tell where the victims come from, not where the note is (refugees
    live in camps abroad): with no place of Somalia named, the town abroad stays, as before."""
    text = "Somali refugees were attacked near Chand by gunmen, officials said."
    assert _read(text) == [("Chand", "IN")]


def test_a_note_with_no_city_of_its_own_is_left_alone() -> None:
    """Without a place telling another country, the only town named keeps its sense."""
    assert _read("Youths burned tyres in Sachin after a teacher was beaten, police said.") == [
        ("Sachin", "IN")
    ]
    assert _read(
        "Youths burned tyres in Sachin after a teacher was beaten, police in Dhaka said."
    ) == [("Dhaka", "BD")]
