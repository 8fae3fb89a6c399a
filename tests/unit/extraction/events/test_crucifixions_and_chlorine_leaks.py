"""Wordings of this round's wire rules read beyond their class (review52): the crucifixion of
the Gospels in Easter news and a politician's "being crucified by critics" made an attack on
civilians, and a chlorine leak at a port a chemical weapon. The jihadist crucifixions the rule
was written for, active and passive, keep their event."""

from __future__ import annotations

import pytest

from .articles import events_of


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "BEIRUT (AP) - Islamic State militants crucified two men accused of spying for the "
            "government in the northern town of al-Bab on Friday, activists said.",
            "Al Bab",
        ),
        (
            "BEIRUT (AFP) - A man was crucified in the main square of Raqqa on Sunday after "
            "Islamic State militants accused him of spying, the Syrian Observatory said.",
            "Ar Raqqah",
        ),
    ],
)
def test_a_person_crucified_is_an_attack(body: str, place: str) -> None:
    """A victim told after the verb or as the subject of its passive: IS's attack on civilians."""
    events = events_of(body)
    assert [e.event_type for e in events] == ["attack_on_civilians"]
    assert events[0].acled is not None
    assert events[0].acled.actor1 == "Islamic State (Syria)"
    assert events[0].acled.actor2 == "Civilians (Syria)"
    assert events[0].acled.location == place


@pytest.mark.parametrize(
    "body",
    [
        # Easter news: the Gospels' crucifixion
        "NAIROBI, Kenya - Thousands of Christians thronged churches in Nairobi on Good Friday "
        "to mark the day Jesus was crucified. Police said the celebrations passed without "
        "incident.",
        # a politician's metaphor
        "NAIROBI - The deputy president said on Sunday he was being crucified by his critics "
        "for speaking the truth, at a church fundraiser in Eldoret. He said he had forgiven "
        "those who crucified him in the media.",
    ],
)
def test_crucified_with_no_victim_is_no_attack(body: str) -> None:
    """No person told as crucified by anyone: no event at all."""
    assert [e.event_type for e in events_of(body)] == []


def test_a_gas_released_by_a_leak_is_no_chemical_weapon() -> None:
    """A tank of chlorine that ruptured at a port: the gas "was released", no weapon used."""
    events = events_of(
        "AQABA, Jordan (AP) - A tank filled with chlorine fell from a crane at the port of Aqaba "
        "on Monday. Chlorine gas was released into the air after the tank ruptured, the Public "
        "Security Directorate said, and workers ran for cover."
    )
    assert "chemical_attack" not in {e.event_type for e in events}


def test_chlorine_dropped_stays_a_chemical_attack() -> None:
    """The near miss of the leak: chlorine dropped on a town is the weapon."""
    events = events_of(
        "BEIRUT (Reuters) - Chlorine gas was dropped on the town of Sarmin in Idlib province on "
        "Monday, wounding dozens of people, rescue workers said."
    )
    assert "chemical_attack" in {e.event_type for e in events}


@pytest.mark.parametrize(
    "body",
    [
        # the victims as "them", and as the subject of a passive with an adverb between
        "BEIRUT (AFP) - Islamic State militants seized three shepherds near Palmyra on Friday "
        "and crucified them in the town square, activists said.",
        "DAMASCUS (SANA) - Two farmers were found dead in the village of al-Shaafa on Monday. "
        "Residents said the two victims were also crucified in the village square.",
    ],
)
def test_crucified_them_and_victims_crucified_are_attacks(body: str) -> None:
    """A monitor's and state media's ways of telling who was crucified: an attack."""
    assert "attack_on_civilians" in {e.event_type for e in events_of(body)}


def test_the_crucifixion_of_jesus_is_no_attack() -> None:
    """A capitalised plural after the verb is a people ("Syrians"); Jesus is not one."""
    body = (
        "ROME - Pope Francis recalled on Friday how the Romans crucified Jesus, at a Good "
        "Friday service in the Colosseum."
    )
    assert [e.event_type for e in events_of(body)] == []
