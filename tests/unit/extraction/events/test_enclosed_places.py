"""Where an event happened when the report locates it by the units around it, by a point of
reference or by the teller: a name told inside a chain of units ending in a province lies in
that province (a namesake abroad or elsewhere is not it, an unknown name is a locality there);
"N km west of X" is near X; "an official in X told" is where the teller is."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of
from tests.unit.extraction.places.helpers import only, places_in


def _where(event: EventMessage) -> tuple[str, str | None, str]:
    place = event.locations[0]
    return place.name, place.admin1, place.country_code


def test_a_town_told_inside_a_chain_of_units_is_no_namesake_abroad() -> None:
    body = (
        "Bandits raided a clinic in Kaya in Maradun Local Government Area of Zamfara State on"
        " Friday and kidnapped 14 patients, officials said."
    )
    events = events_of(body)
    assert "abduction" in {e.event_type for e in events}
    for event in events:
        assert _where(event) == ("Kaya", "Zamfara", "NG")  # not Kaya of Burkina Faso
        assert event.locations[0].resolved is False


def test_villages_in_a_township_in_a_region_lie_in_that_region() -> None:
    body = (
        "Jets bombed Nyaung Kone and Kyarsi villages in Pale township in Sagaing region on"
        " Friday, killing six civilians, locals said."
    )
    events = events_of(body)
    assert {e.event_type for e in events} == {"airstrike"}
    assert _where(events[0]) == ("Nyaung Kone", "Sagaing", "MM")


def test_two_provinces_joined_by_and_end_no_chain() -> None:
    """ "in Aleppo and Idlib provinces" names two provinces: Idlib does not locate Tal Rifaat,
    which stays the town of Aleppo province (not an unknown locality of Idlib)."""
    body = "Shelling hit Tal Rifaat in Aleppo and Idlib provinces on Monday, killing two civilians."
    (event,) = events_of(body)
    assert event.event_type == "shelling"
    assert _where(event) == ("Tall Rifat", "Aleppo", "SY")
    assert event.locations[0].resolved is not False


def test_a_camp_in_a_named_region_is_not_a_namesake_of_another_region() -> None:
    (event,) = events_of(
        "Jihadists raided Dioura army camp in the Mopti region on Friday night, killing five"
        " soldiers."
    )
    assert _where(event)[1:] == ("Mopti", "ML")
    assert event.locations[0].name == "Dioura"


def test_a_building_located_in_a_village_places_the_attack_there() -> None:
    (event,) = events_of(
        "Militants blew up a girls' school located in the Zarghun Kalay village of Tank"
        " district on Friday, police said."
    )
    assert event.event_type == "explosive_attack"
    assert _where(event) == ("Zarghun Kalay", "Khyber Pakhtunkhwa", "PK")


def test_fighters_located_in_a_village_fire_from_it() -> None:
    """ "Terrorists located in X" is where the fire came from, not where it landed: X is no
    place of the event."""
    events = events_of(
        "Terrorists located in Zarkot village of Tank district fired rockets at a checkpoint"
        " on Monday, killing two soldiers."
    )
    assert events
    assert all("Zarkot" not in [p.name for p in e.locations] for e in events)


def test_a_point_of_reference_is_the_area_around_it() -> None:
    places = places_in(
        "Fighting erupted on Friday in Zawiya, 45 kilometers (28 miles) west of the capital"
        " Tripoli, residents said."
    )
    assert only(places, "Zawiya").precision == "town"
    assert only(places, "Tripoli").precision == "region"


def test_a_region_named_after_its_town_is_no_town() -> None:
    places = places_in("Armed men attacked the army camp in Soumpi, Timbuktu region.")
    assert only(places, "Timbuktu").precision == "region"


def test_where_the_teller_is_is_not_where_it_happened() -> None:
    body = (
        "Coalition jets launched airstrikes on Houthi rebels in Nehm district on Monday,"
        " a government official in Marib told reporters."
    )
    (event,) = events_of(body)
    assert event.event_type == "airstrike"
    assert _where(event) == ("Nihm", "Sanaa", "YE")


def test_an_unplaced_act_takes_the_place_told_after_it() -> None:
    body = (
        "Raiders killed three herders and stole 200 goats on Sunday, residents said."
        " LOCATION: Kotiokor in Turkana District."
    )
    (event,) = events_of(body)
    assert event.event_type == "attack_on_civilians"
    # a village no gazetteer entry names: the finest known place that encloses it
    assert _where(event) == ("Turkana", "Turkana", "KE")


def test_an_act_told_after_keeps_its_place_to_itself() -> None:
    body = (
        "Gunmen killed two traders on Friday, police said. Separately, protesters blocked"
        " roads in Kitale on Saturday."
    )
    events = events_of(body)
    killing = next(e for e in events if e.event_type == "attack_on_civilians")
    assert killing.locations == []


def test_the_countryside_of_a_named_province_keeps_out_namesakes_of_another() -> None:
    (event,) = events_of(
        "In the eastern countryside of Homs province, warplanes hit ISIL posts to the east of"
        " Palmyra city and to the south of al-Buseiri village, the army said."
    )
    assert event.event_type == "airstrike"
    assert [(p.name, p.admin1) for p in event.locations] == [("Tadmur", "Homs"), ("Homs", "Homs")]


def test_a_district_told_again_in_its_province_after_also_is_no_namesake() -> None:
    """ "in X district, also in Y province": "also" resumes the chain, so X is a district of Y
    (an unknown one of Nangarhar), not a village of that name in Ghazni or Kandahar."""
    body = (
        "Gunmen raided a police post in Achin district of Nangarhar province on Saturday,"
        " officials said. A drone strike on Sunday killed nine fighters in the Khogyani"
        " district, also in Nangarhar province, the governor said."
    )
    strikes = [e for e in events_of(body) if e.event_type == "airstrike"]
    assert strikes
    assert _where(strikes[0]) == ("Khogyani", "Nangarhar", "AF")


def test_a_village_is_no_district_of_another_spelling() -> None:
    """ "the village of Dioura": the district Diora (found only by folding the spelling, in
    another region) is not the village told; the village keeps its own name."""
    body = (
        "Gunmen raided a military post in the village of Dioura in Mali on Friday, killing four"
        " soldiers, the army said."
    )
    events = events_of(body)
    assert [e.event_type for e in events] == ["armed_clash"]
    # the village is in no region the gazetteer knows: no admin1, not Segou's
    assert _where(events[0]) == ("Dioura", None, "ML")
