"""One place spelled two ways in one story (a caption and the body) is one place: its two
retellings are one incident (twenty-sixth round, dups46)."""

from __future__ import annotations

from newsevents.extraction.events.geography.spellings import spelling_key

from .articles import events_of


def test_two_transliterations_share_a_key_and_other_names_do_not() -> None:
    assert spelling_key("Tareeq al-Bab") == spelling_key("Tariq al-Bab")
    assert spelling_key("Khan Sheikhun") == spelling_key("Khan Shaykhun")
    assert spelling_key("al-Quriyah") == spelling_key("al-Quria")
    assert spelling_key("al-Midan") != spelling_key("al-Madina")
    assert spelling_key("Kafr Nabl") != spelling_key("Kafr Nubbul al-Sharqi")


def test_a_neighbourhood_spelled_two_ways_is_one_strike() -> None:
    body = (
        "Residents inspect the damage after an airstrike on a market in the district of "
        "Tariq al-Bab in Aleppo on Friday. At least 16 civilians were killed Friday during an "
        "air raid by the regime on the neighborhood of Tareeq al-Bab in Aleppo, rescuers said."
    )
    events = [e for e in events_of(body) if e.event_type == "airstrike"]
    assert len(events) == 1


def test_two_neighbourhoods_of_one_city_stay_two_strikes() -> None:
    body = (
        "Residents inspect the damage after an airstrike on a market in the district of "
        "Tariq al-Bab in Aleppo on Friday. At least 16 civilians were killed Friday during an "
        "air raid by the regime on the neighborhood of al-Shaar in Aleppo, rescuers said."
    )
    events = [e for e in events_of(body) if e.event_type == "airstrike"]
    assert len(events) == 2
