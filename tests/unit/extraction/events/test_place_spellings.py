"""One place spelled two ways in one story (a caption and the body) is one place: its two
retellings are one incident (twenty-sixth round, dups46)."""

from __future__ import annotations

from newsevents.extraction.document import PlaceMention, Span
from newsevents.extraction.events.geography.spellings import one_spelling, spelling_key

from .articles import events_of, fatalities


def test_two_transliterations_share_a_key_and_other_names_do_not() -> None:
    assert spelling_key("Tareeq al-Bab") == spelling_key("Tariq al-Bab")
    assert spelling_key("Khan Sheikhun") == spelling_key("Khan Shaykhun")
    assert spelling_key("al-Quriyah") == spelling_key("al-Quria")
    assert spelling_key("al-Sulaimaniyeh") == spelling_key("Sulaymaniyah")
    assert spelling_key("al-Midan") != spelling_key("al-Madina")
    assert spelling_key("Ebtaa") != spelling_key("Ibtaa")
    assert spelling_key("Kafr Nabl") != spelling_key("Kafr Nubbul al-Sharqi")


def test_a_neighbourhood_spelled_two_ways_is_one_strike() -> None:
    body = (
        "A man walks through rubble after an airstrike on a bakery in the district of "
        "Tariq al-Bab in Aleppo on Friday. Warplanes struck a bakery in Tareeq al-Bab, an "
        "opposition-held quarter of Aleppo, on Friday, killing nine people, rescuers said."
    )
    events = [e for e in events_of(body) if e.event_type == "airstrike"]
    assert [([p.name for p in e.locations], fatalities(e)) for e in events] == [
        (["Tariq al-Bab", "Aleppo"], 9)
    ]


def test_two_neighbourhoods_of_one_city_stay_two_strikes() -> None:
    body = (
        "A man walks through rubble after an airstrike on a bakery in the district of "
        "Tariq al-Bab in Aleppo on Friday. Warplanes struck a bakery in al-Shaar, an "
        "opposition-held quarter of Aleppo, on Friday, killing nine people, rescuers said."
    )
    events = [e for e in events_of(body) if e.event_type == "airstrike"]
    assert {e.locations[0].name: fatalities(e) for e in events} == {
        "Tariq al-Bab": 0,
        "al-Shaar": 9,
    }


def _town(name: str, latitude: float, longitude: float, geonames_id: int | None) -> PlaceMention:
    return PlaceMention(
        span=Span(0, len(name)),
        text=name,
        name=name,
        country_code="SY",
        admin1="Idlib",
        latitude=latitude,
        longitude=longitude,
        precision="town",
        feature="village",
        geonames_id=geonames_id,
    )


def test_of_two_spellings_the_gazetteer_entry_with_an_id_stays() -> None:
    bare = _town("Khan Shaykun", 35.4492, 36.6151, None)
    known = _town("Khan Shaykhun", 35.4421, 36.651, 168325)
    other = _town("Maarat al-Numan", 35.6478, 36.6745, 166365)
    assert one_spelling([bare, other, known]) == [known, other]
    assert one_spelling([known, bare]) == [known]
