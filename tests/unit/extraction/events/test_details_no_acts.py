"""A detail of one act told in another sentence is no act of its own
(events/detect/refusals/non_events.py, gates/): an arrest named as what an operation was for,
a kidnapping named as a charge or as what a group does, a truce named as the time or the aim of
the fighting, the wounded evacuated for care. Each text is one act; a made arrest, an agreed
truce and villagers evacuated from their homes stay events."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of

_RAID = (
    "Soldiers shot dead two gunmen in the town of Kamba on Monday during an operation to detain"
    " a suspected arms dealer, the army said."
)


def _types(text: str) -> list[str]:
    return sorted(e.event_type for e in events_of(text))


def test_an_arrest_an_operation_was_for_is_no_arrest() -> None:
    assert "arrest" not in _types(_RAID)
    assert "arrest" not in _types(
        "Gunmen killed three police officers in the town of Kamba on Monday in a raid that"
        " aimed to arrest a local gang leader."
    )


def test_an_aim_told_alone_stays_an_arrest() -> None:
    assert "arrest" in _types(
        "Police in the town of Kamba launched an operation on Monday to arrest two men wanted"
        " for robbery."
    )


def test_warrants_of_arrest_are_no_arrest() -> None:
    assert "arrest" not in _types(
        "Two soldiers were killed in a clash with militants in the village of Dumo on Saturday."
        " The clash broke out while troops were serving warrants of arrest in the village."
    )


def test_an_arrest_made_stays_an_arrest() -> None:
    assert "arrest" in _types(
        "Police raided a house in the town of Kamba on Monday and managed to arrest two men"
        " wanted for robbery."
    )


def test_kidnapping_as_a_charge_is_no_abduction() -> None:
    events = events_of(
        "Police in the state of Kano arrested four suspects over alleged kidnapping in the town"
        " of Wudil on Tuesday."
    )
    assert [e.event_type for e in events] == ["arrest"]
    events = events_of(
        "Troops traded fire on Friday in the town of Dumo with men suspected of being involved"
        " in the kidnapping of a trader."
    )
    assert "abduction" not in [e.event_type for e in events]


def test_a_kidnapping_gang_is_no_abduction() -> None:
    events = events_of(
        "Soldiers killed three members of a kidnapping gang in the village of Garu on Monday."
    )
    assert [e.event_type for e in events] == ["armed_clash"]
    assert _types("Police said the kidnapping gang had been hiding in the forest of Dumo.") == []


def test_a_truce_named_as_the_time_of_strikes_is_no_agreement() -> None:
    assert "agreement" not in _types(
        "Warplanes struck the town of Kamba on Saturday despite a ceasefire that began two days"
        " ago, residents said."
    )
    assert "agreement" not in _types(
        "Fighters shelled the town of Kamba on Monday, hours before a proposed truce was due to"
        " begin."
    )


def test_a_truce_violated_or_standing_is_no_agreement() -> None:
    """A truce told as what the day's acts violated, as the occasion of talks to come, or as a
    standing state ("held", "is over") is no agreement reached that day (twenty-second round,
    web18x)."""
    assert "agreement" not in _types(
        "Warplanes struck a boat off the port of Kamba on Wednesday. The attacks amount to yet"
        " another violation of the UN-brokered ceasefire."
    )
    assert "agreement" not in _types(
        "A tense cease-fire held in Kamba on Wednesday hours after militants fired rockets."
    )
    assert "agreement" not in _types(
        "The rebels told their units in Kamba on Monday that the ceasefire is over."
    )


def test_a_truce_agreed_stays_an_agreement() -> None:
    assert "agreement" in _types(
        "The two militias in the town of Kamba agreed a truce on Monday after talks mediated by"
        " elders."
    )
    assert "agreement" in _types("A new ceasefire took effect in the town of Kamba on Monday.")


def test_the_wounded_evacuated_are_no_relocation() -> None:
    assert (
        _types("There were also 20 wounded, some of whom were evacuated to Kano for treatment.")
        == []
    )
    assert _types("The army counts thirty wounded who were evacuated to the capital.") == []


def test_villagers_evacuated_stay_a_relocation() -> None:
    assert "relocation" in _types(
        "Troops evacuated hundreds of residents from the village of Dumo on Sunday after"
        " gunmen threatened it."
    )


def test_sound_grenades_beside_tear_gas_are_the_dispersal() -> None:
    assert _types(
        "Police used tear gas and stun grenades to disperse hundreds of teachers marching on"
        " parliament in Dhaka on Monday."
    ) == ["protest_dispersed"]


def test_stun_grenades_thrown_at_a_house_stay_a_grenade_attack() -> None:
    assert "grenade" in _types(
        "Soldiers fired stun grenades at a house in the village of Dumo on Monday, wounding a man."
    )
