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
