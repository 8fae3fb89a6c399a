"""The thirty-sixth round's rules on wire copy they were not written from (review57): an act's
purpose or an expected act told as done in its own sentence is news, not planned; passengers'
planes and aircraft named before another speaker's words are no air strike; a battle only
feared is planned; no-break spaces leave the evidence the body's own words."""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_on_a_tuesday


def _all(body: str) -> list[EventMessage]:
    return events_on_a_tuesday(body, include_background=True)


def _kinds(body: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in _all(body)]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Iraqi forces launched an offensive to retake the town of Hit from Islamic State "
            "militants on Monday and recaptured it by nightfall, the military said.",
            "territory_regained",
        ),
        (
            "Security forces launched an operation to arrest the suspects in Kano on Monday and "
            "arrested five men, police said.",
            "arrest",
        ),
    ],
)
def test_an_aim_told_done_in_its_own_sentence_is_news(body: str, kind: str) -> None:
    assert (kind, "asserted") in _kinds(body)
    assert (kind, "planned") not in _kinds(body)


@pytest.mark.parametrize(
    ("body", "dead"),
    [
        (
            "An expected attack on the camp by Boko Haram fighters killed 12 soldiers near "
            "Monguno on Monday, the army said.",
            12,
        ),
        (
            "The long-expected offensive on Mosul began on Monday, with Iraqi troops attacking "
            "Islamic State positions east of the city, officers said.",
            0,
        ),
    ],
)
def test_an_expected_act_told_as_begun_or_deadly_is_news(body: str, dead: int) -> None:
    events = _all(body)
    assert [(e.event_type, e.modality) for e in events] == [("armed_clash", "asserted")]
    assert events[0].acled.fatalities == dead


@pytest.mark.parametrize(
    "body",
    [
        "An upcoming offensive against Boko Haram was announced by the army on Monday.",
        "An assault on the town was imminent, residents said, after rebels massed nearby on "
        "Monday.",
        "Officials fear a battle between rival militias for control of the town of Abyei, "
        "residents said on Monday.",
        "Police foiled a plot to bomb a church in Kano that would have killed dozens, officials "
        "said on Monday.",
    ],
)
def test_an_act_only_expected_feared_or_plotted_stays_planned(body: str) -> None:
    kinds = _kinds(body)
    assert kinds and all(modality == "planned" for _, modality in kinds), kinds


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Gunmen killed seven people who had come in planes to the town of Bor on Monday, "
            "officials said.",
            "attack_on_civilians",
        ),
        (
            "The men arrived in Mogadishu in planes on Monday and attacked a hotel, killing nine "
            "people, police said.",
            "attack_on_civilians",
        ),
        (
            "Witnesses who saw government helicopters circling above the camp in the morning "
            "said armed men on motorbikes later stormed the camp near Nyala killing 30 "
            "displaced people.",
            "attack_on_civilians",
        ),
        (
            "A drone operator for the army said militants in two trucks ambushed a convoy on the "
            "road between Gao and Ansongo in central Mali on Monday killing nine soldiers.",
            "armed_clash",
        ),
    ],
)
def test_planes_that_carried_people_and_aircraft_before_a_speaker_strike_nothing(
    body: str, kind: str
) -> None:
    events = _all(body)
    assert [e.event_type for e in events] == [kind]


def test_a_plane_crash_is_neither_a_strike_nor_an_attack() -> None:
    # (review57 kept the generic killing of a crash as an attack; a crash kills by no one's
    # hand: fortieth round, ordinary60)
    body = (
        "Four passengers were killed when their plane crashed near Kabul airport on Monday, "
        "officials said."
    )
    assert _all(body) == []


@pytest.mark.parametrize(
    ("body", "dead"),
    [
        (
            "Russian jets struck the market in the town of Ariha on Monday, activists said, "
            "killing 12 civilians.",
            12,
        ),
        (
            "Nine people were killed on Monday when Russian planes bombed the village of Kfar "
            "Ruma, a monitor said.",
            9,
        ),
    ],
)
def test_owned_planes_and_a_speaker_s_aside_keep_the_strike(body: str, dead: int) -> None:
    events = _all(body)
    assert [e.event_type for e in events] == ["airstrike"]
    assert events[0].acled.actor1 is not None
    assert events[0].acled.actor1.startswith("Military Forces of Russia")
    assert events[0].acled.fatalities == dead


def test_no_break_spaces_leave_the_evidence_the_body_s_own_words() -> None:
    body = (
        "Gunmen\u00a0killed\u00a0four\u00a0farmers in the village of Kafr Nabl in Idlib "
        "province on Monday, police said."
    )
    (event,) = _all(body)
    assert event.event_type == "attack_on_civilians"
    evidence = event.evidence
    assert evidence.text == body[evidence.start : evidence.end]
    assert "\u00a0killed\u00a0" in evidence.text
    assert evidence.trigger == body[evidence.trigger_start : evidence.trigger_end]


def test_a_demand_for_an_arrest_stays_a_demand_when_another_clause_kills() -> None:
    body = (
        "Residents of Githongo protested on Monday, calling for the arrest of a police officer "
        "who they believe killed two young men."
    )
    assert ("arrest", "asserted") not in _kinds(body)


def test_a_strike_by_another_attacker_in_the_chemical_attack_s_sentence_stays_apart() -> None:
    body = (
        "Syrian government forces carried out a chlorine gas attack on Saraqib in Idlib "
        "province on Monday that wounded 20 people, while Russian jets bombed a market in the "
        "town killing 9, a monitor said."
    )
    events = {e.event_type: e for e in _all(body)}
    assert set(events) == {"chemical_attack", "airstrike"}
    strike = events["airstrike"].acled
    assert strike.actor1 is not None and strike.actor1.startswith("Military Forces of Russia")
    assert strike.fatalities == 9


def test_the_worst_violence_between_two_communities_keeps_the_day_s_toll() -> None:
    body = (
        "It was the worst violence between the two communities since 2008, officials said "
        "after five people were killed in Nakuru on Monday."
    )
    assert [(e.event_type, e.acled.fatalities) for e in _all(body)] == [("attack_on_civilians", 5)]
