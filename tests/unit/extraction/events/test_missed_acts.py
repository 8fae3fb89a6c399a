"""Acts that used to be missed: a roundup's next province is another act, a closing paragraph
told "meanwhile" is news, and verbs of operations the lexicon lacked (control established,
ground won back, an attempt to break in thwarted, operations carried out against a side, an air
force's bombing)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import actor1, events_of, fatalities


def _where(event: EventMessage) -> str:
    return event.locations[0].name if event.locations else ""


def test_a_roundup_item_in_another_province_is_not_the_opener_retold() -> None:
    events = events_of(
        "Terrorists fired rocket shells on Aleppo province on Sunday, killing two civilians,"
        " a source said. A citizen was also injured when terrorists fired a rocket shell at a"
        " neighbourhood in Latakia province."
    )
    assert sorted((e.event_type, _where(e)) for e in events) == [
        ("shelling", "Aleppo"),
        ("shelling", "Latakia"),
    ]
    (aleppo,) = [e for e in events if _where(e) == "Aleppo"]
    assert fatalities(aleppo) == 2


def test_control_established_over_a_village_is_ground_taken() -> None:
    (event,) = events_of("Army units established control over the village of Tadef in Aleppo.")
    assert event.event_type == "territory_regained"  # the state's forces take it back
    assert _where(event) == "Tadif"
    assert actor1(event) == "Military Forces of Syria"


def test_ground_won_back_is_ground_regained() -> None:
    (event,) = events_of(
        "The army backed by popular forces won back the village of Tadef in Aleppo on Sunday."
    )
    assert event.event_type == "territory_regained"
    assert _where(event) == "Tadif"


def test_an_air_force_in_the_plural_bombing_targets_is_an_air_strike() -> None:
    (event,) = events_of(
        "The Sudanese Air Forces reportedly bombed several RSF targets in the east of El Fasher."
    )
    assert event.event_type == "airstrike"
    assert _where(event) == "El Fasher"
    assert actor1(event) == "Military Forces of Sudan"


def test_an_attempt_to_break_in_thwarted_is_fighting() -> None:
    (event,) = events_of(
        "Army units thwarted an attempt by the terrorists to infiltrate a military base in"
        " Latakia on Sunday."
    )
    assert event.event_type == "armed_clash"
    assert _where(event) == "Latakia"


def test_operations_carried_out_against_a_side_are_fighting() -> None:
    (event,) = events_of(
        "An army unit carried out sweeping operations against terrorist cells in Daraa on Sunday."
    )
    assert event.event_type == "armed_clash"
    assert actor1(event) == "Military Forces of Syria"


def test_operations_against_an_unarmed_side_are_no_fighting() -> None:
    assert events_of("Police carried out operations against drug dealers in Kano on Monday.") == []


def test_operations_against_an_armed_side_named_further_are_fighting() -> None:
    (event,) = events_of(
        "Troops carried out operations against Boko Haram fighters in Borno on Monday."
    )
    assert event.event_type == "armed_clash"
    assert [a.name for a in event.actors] == ["Military Forces of Nigeria", "Boko Haram"]


def test_operations_against_armed_organised_crime_are_fighting() -> None:
    (event,) = events_of(
        "Federal police carried out an operation against drug traffickers near Culiacan on Monday."
    )
    assert event.event_type == "armed_clash"
    assert _where(event) == "Culiacan"


def test_a_closing_paragraph_told_meanwhile_is_news() -> None:
    events = events_of(
        "Government air raids killed eight civilians in the town of Saraqib in Idlib on Monday,"
        " a monitor said.\n"
        "The raids hit a market in the centre of the town, the monitor said.\n"
        "Rescue workers pulled bodies from the rubble for hours.\n"
        "State television, meanwhile, said three people were killed by rebel rocket fire on the"
        " city of Aleppo."
    )
    assert sorted((e.event_type, _where(e), fatalities(e)) for e in events) == [
        ("airstrike", "Saraqib", 8),
        ("shelling", "Aleppo", 3),
    ]
