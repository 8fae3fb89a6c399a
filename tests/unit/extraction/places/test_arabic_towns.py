"""Forty-seventh round, place67: Syrian towns the gazetteer read as hamlets or refused. A town
of unknown population (cities500 keeps the seats of units whatever their size) ranks as a town
in a country the article tells; an Arabic name in another transliteration is the town's own
name; "Tel"/"Tell" spell "Tall"."""

from __future__ import annotations

from newsevents.extraction.places.shared.keys import name_key
from tests.unit.extraction.places.helpers import places_in


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(p.text, p.name, p.country_code) for p in places_in(text)]


def test_tel_and_tell_spell_tall() -> None:
    assert name_key("Tel Tamr") == name_key("Tall Tamr") == name_key("Tell Tamr")
    text = "Kurdish fighters repelled an assault on Tel Tamr in Syria's Hasakah province."
    assert ("Tel Tamr", "Tall Tamr", "SY") in _read(text)


def test_a_town_in_another_transliteration_is_its_own_name() -> None:
    """The Turkish town across the border lists the Syrian town's name as an alternate; in a
    Syrian report that names Turkey once, the name is the Syrian town."""
    text = (
        "Syrian Kurdish fighters drove jihadists out of the border town of Ras al-Ain on "
        "Friday, a Syrian monitor said. Turkey closed its border gate."
    )
    read = [(p.text, p.country_code, p.admin1) for p in places_in(text)]
    assert ("Ras al-Ain", "SY", "Al-Hasakah") in read


def test_a_town_of_unknown_size_is_no_hamlet_in_its_country() -> None:
    """Busayrah (a subdistrict seat of Deir ez-Zor, population unknown to cities500) in a
    Syrian report that names Jordan is not the Jordanian village of 7,000."""
    text = (
        "Syrian army artillery shelled Busayrah on Tuesday, a Syrian monitor said. Jordan "
        "called for calm."
    )
    assert ("Busayrah", "SY") in [(p.text, p.country_code) for p in places_in(text)]
