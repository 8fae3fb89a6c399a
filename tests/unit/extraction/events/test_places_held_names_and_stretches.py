"""Twenty-ninth round, place49: the act's own clause names a finer place than the one the
event took. A name after the side that holds it ("rebel-held Bustan al-Qasr in Aleppo", and
"opposition held" where a text lost its hyphens), a stretch between two names inside a
province's countryside whose name has two words ("between al-Marashda and al-Hariji in Deir
Ezzor's eastern countryside"), and a district named after its seat beside the wider region
it lies in ("Arbin, a town in Eastern Ghouta"). Near misses: a detention ("police held X in
Y"), the stretch's far end, a region with no district beside it, the hospital's and the
teller's towns."""

from __future__ import annotations

from newsevents.extraction.document import PlaceMention, Span
from newsevents.extraction.events.geography.names.localities import locality_names
from newsevents.extraction.events.geography.precision import most_precise_first
from tests.unit.extraction.events.articles import events_of


def _names(text: str) -> list[str]:
    return [name.name for name in locality_names(text)]


# Wire style (Reuters, AFP): the side that holds the place before its name.
def test_a_name_after_the_side_that_holds_it_is_a_locality() -> None:
    text = "An air strike on rebel-held Bustan al-Qasr in Aleppo killed four civilians on Sunday."
    assert _names(text) == ["Bustan al-Qasr"]


def test_a_held_name_east_of_a_city_is_a_locality() -> None:
    text = "Warplanes pounded the IS-controlled Tal Sosin east of Aleppo on Monday."
    assert _names(text) == ["Tal Sosin"]


def test_a_detention_is_no_held_place() -> None:
    assert _names("Police held Ahmed Saleh in Aleppo for two days, his family said.") == []
    assert _names("The government held talks in Geneva with the opposition.") == []


def test_a_wire_strike_on_a_rebel_held_neighbourhood_is_placed_there() -> None:
    body = (
        "BEIRUT (Reuters) - An air strike on rebel-held Bustan al-Qasr in Aleppo killed four "
        "civilians on Sunday, the Syrian Observatory for Human Rights said. The wounded were "
        "taken to a hospital in Idlib city, activists in Saraqeb said."
    )
    events = events_of(body)
    assert events
    assert events[0].event_type == "airstrike"
    assert events[0].locations[0].name == "Bustan al-Qasr"
    assert events[0].locations[0].admin1 == "Aleppo"
    assert all(e.locations[0].name not in ("Idlib", "Saraqeb") for e in events)


def test_a_text_without_hyphens_keeps_the_held_neighbourhood() -> None:
    body = (
        "Two civilians died on Friday when regime jets bombed the opposition held Bustan "
        "al-Qasr in Aleppo activists said"
    )
    events = events_of(body)
    assert events
    assert events[0].locations[0].name == "Bustan al-Qasr"


# State style (SANA): a stretch between two villages in a countryside of two words.
def test_a_stretch_in_a_two_word_countryside_names_its_villages() -> None:
    text = (
        "Shells fell on Tuesday between al-Marashda and al-Hariji in Deir Ezzor's eastern "
        "countryside, wounding three farmers."
    )
    assert _names(text) == ["al-Marashda", "al-Hariji"]


def test_a_car_bomb_between_two_villages_is_one_event_at_the_first() -> None:
    body = (
        "ISIS terrorists blew up a car bomb on Friday in the area between al-Marashda and "
        "al-Hariji in Deir Ezzor's eastern countryside, killing 20 civilians who had gathered "
        "there, SANA's reporter said."
    )
    events = events_of(body)
    bombings = [e for e in events if e.event_type == "explosive_attack"]
    assert len(bombings) == 1
    assert bombings[0].locations[0].name == "al-Marashda"
    assert bombings[0].locations[0].admin1 == "Deir ez-Zor"
    assert bombings[0].acled is not None and bombings[0].acled.fatalities == 20


# Opposition style (Syrian Observatory): a district named after its seat, and its region.
def _place(name: str, feature: str, start: int, admin1: str = "Rif Dimashq") -> PlaceMention:
    return PlaceMention(
        span=Span(start, start + len(name)),
        text=name,
        name=name,
        country_code="SY",
        admin1=admin1,
        latitude=33.5,
        longitude=36.4,
        feature=feature,
        precision="region",
    )


def test_a_district_comes_before_the_wider_region_of_its_province() -> None:
    ghouta = _place("Eastern Ghouta", "region", 0)
    arbin = _place("Arbin", "district", 30)
    assert [p.name for p in most_precise_first([ghouta, arbin])] == ["Arbin", "Eastern Ghouta"]


def test_a_district_of_another_province_leaves_the_region_first() -> None:
    ghouta = _place("Eastern Ghouta", "region", 0)
    other = _place("Jisr al-Shughur", "district", 30, admin1="Idlib")
    assert most_precise_first([ghouta, other])[0].name == "Eastern Ghouta"


def test_a_monitor_strike_on_a_town_told_in_its_region_is_at_the_town() -> None:
    body = (
        "The Syrian Observatory for Human Rights said regime warplanes struck Arbin, a town "
        "in Eastern Ghouta, killing five civilians on Monday."
    )
    events = events_of(body)
    assert events
    assert events[0].locations[0].name == "Arbin"


def test_a_village_of_a_district_of_a_province_is_the_village() -> None:
    body = (
        "Syrian government warplanes struck the village of Kafr Sajna in the southern Idlib "
        "countryside on Tuesday, killing four civilians, the Syrian Observatory said. "
        "Activists in Idlib city said the wounded were rushed to a hospital in Maarat "
        "al-Numan."
    )
    events = events_of(body)
    assert events
    assert events[0].locations[0].name == "Kafr Sajna"
    assert events[0].locations[0].admin1 == "Idlib"


# State style (SANA): where the fire came from, a region told with its article.
def test_a_firing_post_told_with_its_article_is_no_place_of_the_shelling() -> None:
    body = (
        "Terrorists stationed in the Eastern Ghouta shelled the Jaramana suburb with mortars on "
        "Sunday, wounding four citizens, a police source told SANA."
    )
    events = events_of(body)
    shellings = [e for e in events if e.event_type == "shelling"]
    assert shellings
    assert shellings[0].locations[0].name == "Jaramana"
    assert all(loc.name != "Eastern Ghouta" for loc in shellings[0].locations)
