"""Thirty-fourth round, review55: near misses of this round's two rules that fired beyond
their class.

(1) The forces answering a raid (kenyatypes54, ``forces_answered``): a response whose "force"
is the attackers' act told at the scene ("Police responded to the scene where the raiders had
killed five"), talk ("soldiers engaged community leaders in talks"), trade ("exchanged
information") or a crowd dispersed ("firing in the air") makes no battle. (2) A list closed by
"were also hit" (struck54): people hit by name ("Omar Haddad and Khaled Mansour were also hit")
are no places. Each article is written for these tests, with and without its commas.
"""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.extraction.events.merge.parties.targets.forces_answered import forces_answered

from .articles import events_of, main_event


@pytest.mark.parametrize(
    "body",
    [
        # Reuters, Kenya: the raiders' killing told at the scene the police came to
        "Armed raiders attacked a village in Marsabit county on Sunday, killing five herders and driving away hundreds of cattle, police said. Police responded to the scene where the raiders had killed the five men and collected the bodies.",
        "Armed raiders attacked a village in Marsabit county on Sunday killing five herders and driving away hundreds of cattle police said. Police responded to the scene where the raiders had killed the five men and collected the bodies.",
        # AFP, Nigeria: "engaged" as talk
        "Bandits on motorcycles attacked Kurya village in Zamfara state on Tuesday, killing 12 villagers, and soldiers later engaged community leaders in talks, residents said.",
        "Bandits on motorcycles attacked Kurya village in Zamfara state on Tuesday killing 12 villagers and soldiers later engaged the elders of the village in talks residents said.",
    ],
)
def test_a_response_with_no_force_of_its_own_stays_an_attack(body: str) -> None:
    assert main_event(body).event_type == "attack_on_civilians"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police responded to the village when the gunmen had shot three people.", False),
        (
            "Security forces responded and exchanged information with the local administration.",
            False,
        ),
        ("Police intervened, firing tear gas to disperse the crowd.", False),
        ("Police intervened firing in the air to scatter the mob.", False),
        # the class itself, kept
        ("Security forces responded and exchanged fire with the attackers.", True),
        ("Police intervened, firing at the raiders and killing two.", True),
        ("Reservists engaged the raiders in a gun battle.", True),
        ("Troops engaged the bandits, killing four.", True),
    ],
)
def test_forces_answered_near_misses(text: str, expected: bool) -> None:
    assert forces_answered(text) is expected


_NAWA = "Regime helicopters dropped barrel bombs on the town of Nawa in Daraa on Wednesday, killing six civilians."


@pytest.mark.parametrize(
    "closing",
    [
        "Omar Haddad and Khaled Mansour were also hit.",
        "Omar Haddad, Khaled Mansour and Ahmad Zoubi were also hit.",
        "Ahmad Zoubi Mahmoud Hariri and Hassan Masri were also hit.",
        "Residents Omar Haddad and Khaled Mansour were also hit.",
    ],
)
def test_people_hit_by_name_are_no_places(closing: str) -> None:
    for lead in (_NAWA, _NAWA.replace(",", "")):
        events = events_of(f"{lead} {closing}")
        places = {loc.text for e in events for loc in e.locations}
        assert places <= {"Nawa", "Daraa"}, places
        assert [e.evidence.trigger for e in events if e.event_type == "airstrike"] != []
        assert all(e.evidence.trigger != "hit" for e in events)


def test_places_hit_after_the_same_lead_still_split() -> None:
    events = events_of(f"{_NAWA.replace(',', '')} Tal Hassan and Kafr Zita were also hit.")
    assert {"Tal Hassan", "Kafr Zita"} <= {e.locations[0].text for e in events if e.locations}


# --- a list struck is told as its sentence or its act tells it --------------------------------

_IDLIB = "Russian warplanes carried out air strikes on Idlib province on Sunday, killing eight civilians."


@pytest.mark.parametrize("lead", [_IDLIB, _IDLIB.replace(",", "")])
def test_a_list_struck_that_a_denial_tells_is_no_event(lead: str) -> None:
    events = events_of(
        f"{lead} The Russian defence ministry denied reports that towns hit included Saraqib, Ariha and Binnish."
    )
    assert {e.locations[0].text for e in events if e.locations} == {"Idlib"}


def test_a_list_struck_after_a_claimed_act_is_claimed() -> None:
    events = events_of(
        "Rebels claimed that Russian warplanes carried out air strikes on Idlib province on Sunday. Towns hit were Saraqib, Ariha and Binnish, the rebels said."
    )
    listed = {e.locations[0].text: e.modality for e in events if e.evidence.trigger == "hit"}
    assert listed == {"Saraqib": "claimed", "Ariha": "claimed", "Binnish": "claimed"}
