"""Twenty-third round, duplicates: the shells that carried a chemical attack ("shells filled
with a toxic gas") are that attack, one event by the weapon; a shelling told with no agent
stays apart."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of

_STORY = (
    "Militants use chemical weapons in Aleppo.\n\n"
    "Local defence forces said militants fired shells filled with a toxic gas at a residential "
    "district of Aleppo on Tuesday, killing five civilians.\n\n"
)


def _types(events: list[EventMessage]) -> list[str]:
    return sorted(e.event_type for e in events)


def test_shells_filled_with_toxic_gas_are_the_chemical_attack() -> None:
    events = events_of(_STORY + "Five people died from suffocation, a militia member said.")
    assert _types(events) == ["chemical_attack"]
    assert events[0].acled.fatalities == 5


def test_a_shelling_with_no_agent_elsewhere_stays_a_shelling() -> None:
    events = events_of(
        _STORY + "In Idlib province, army artillery shelled the town of Saraqib on Tuesday, "
        "killing two fighters.\n\nThe war has killed hundreds of thousands of people since 2011."
    )
    assert _types(events) == ["chemical_attack", "shelling"]


def test_shells_that_hit_a_gas_plant_or_a_chemicals_factory_stay_a_shelling() -> None:
    # the gas or the chemicals the shells hit are a works, not an agent they carried (review43b)
    attack = (
        "Syria news roundup.\n\n"
        "Government forces carried out a chemical attack on Douma on Sunday, killing five "
        "civilians, medics said.\n\n"
    )
    for target in ("the gas plant in Douma", "a chemicals factory in Douma"):
        events = events_of(
            attack + f"On the same day rebels shelled {target} with rockets, killing two guards."
        )
        assert _types(events) == ["chemical_attack", "shelling"]
        shelling = next(e for e in events if e.event_type == "shelling")
        assert shelling.acled.fatalities == 2


def test_the_toxic_shelling_of_another_side_stays_its_own() -> None:
    events = events_of(
        "Syria news roundup.\n\n"
        "Government forces carried out a chemical attack on Douma on Sunday, killing five "
        "civilians, medics said.\n\n"
        "On the same day rebels shelled army positions in Douma with shells that contained "
        "toxic gases, killing two soldiers."
    )
    assert len(events) == 2
    assert sorted(e.acled.fatalities for e in events) == [2, 5]


# Thirty-sixth round, fold56: an air strike that delivered the agent is the chemical attack, one
# event by the weapon (a duplicate air strike before).
def test_aircraft_that_dropped_the_agent_are_the_chemical_attack() -> None:
    for delivery in (
        "A regime warplane dropped chlorine gas on the town of Saraqib",
        "Regime helicopters dropped barrel bombs containing chlorine on the town of Saraqib",
    ):
        events = events_of(
            "Gas attack kills 31 in Saraqib.\n\n"
            f"{delivery} on Tuesday, killing 31 civilians, rescue workers said."
        )
        assert _types(events) == ["chemical_attack"]
        assert events[0].acled.fatalities == 31
        assert events[0].locations[0].name == "Saraqib"


def test_an_air_strike_told_in_the_chemical_attacks_own_sentence_is_that_attack() -> None:
    events = events_of(
        "The regime has used chemical weapons again, killing 40 civilians in an airstrike on "
        "Saraqib.\n\nThe chlorine gas attack carried out by regime warplanes in Saraqib affected "
        "200 others."
    )
    assert _types(events) == ["chemical_attack"]
    assert events[0].acled.fatalities == 40


def test_air_strikes_told_beside_a_chemical_attack_stay_their_own() -> None:
    # "killed in airstrikes and a chemical attack": two acts joined, not the attack's means
    events = events_of(
        "Syria news roundup.\n\n"
        "Hundreds were killed in airstrikes and a chemical weapons attack on the town of "
        "Saraqib in Idlib province on Tuesday, activists said."
    )
    assert _types(events) == ["airstrike", "chemical_attack"]


def test_a_strike_on_a_store_of_the_agent_stays_an_air_strike() -> None:
    events = events_of(
        "Syria news roundup.\n\n"
        "Government forces carried out a chemical attack on Saraqib on Tuesday, killing five "
        "civilians, medics said.\n\n"
        "On the same day warplanes struck a warehouse in Saraqib where militants kept chemical "
        "bombs, killing two guards."
    )
    assert _types(events) == ["airstrike", "chemical_attack"]
    strike = next(e for e in events if e.event_type == "airstrike")
    assert strike.acled.fatalities == 2


# review58: a works told where the agent fell is no store of it ("near a health facility"):
# the aircraft still delivered the agent, one event by the weapon, not an air strike beside it.
def test_aircraft_that_dropped_the_agent_near_a_facility_are_the_chemical_attack() -> None:
    for near in ("a health facility", "the oil refinery"):
        events = events_of(
            "Gas attack kills 31 in Saraqib.\n\n"
            f"Regime helicopters dropped barrel bombs containing chlorine near {near} of the "
            "town of Saraqib on Tuesday, killing 31 civilians, rescue workers said."
        )
        assert _types(events) == ["chemical_attack"], near
        assert events[0].acled.fatalities == 31
        assert events[0].locations[0].name == "Saraqib"
