"""The event type of war reports' acts: the means an act is told with, the fight its fire is
part of, and the sides a generic attack word hits (issue 11, thirty-second round).

1. Heavy machine guns a vehicle carries, or that were destroyed, are no firing: "destroyed four
   vehicles equipped with heavy machineguns" is the fight's outcome, not shelling.
2. Aircraft told as a ground force's support ("army units, backed by Russian warplanes, killed
   40 militants") make no air strike beside the fight: ACLED codes one armed clash.
3. Fire joined to a fight's noun ("clashes and shelling", "gunfire and explosions") is the
   fight's: one armed clash, not a shelling or a bomb beside it; fire told as an act of its own
   ("shelled the town and clashed with rebels") stays.
4. An armed side's attack on a place another side holds ("the government-held town of
   Mhardeh"), or whose dead it names as armed ("killing 10 pro-government militiamen"), is a
   battle; civilians named as the dead, or a town with no holder, keep the attack.
5. A destruction told in the passive with no doer or means right after an air strike's sentence
   is that strike's.

Short reports written for these tests in the wordings of SANA, al-Manar, the Syrian Observatory,
the Syrian opposition coalition, Anadolu, Rudaw and the wires; places well known."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.extraction.events.detect.refine.means.after_a_strike import strike_told_before

from .articles import events_of, main_event

SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"


def _types(body: str) -> list[str]:
    return [e.codes.acled_sub_event_type for e in events_of(body)]


# 1. Heavy machine guns as materiel
@pytest.mark.parametrize(
    "body",
    [
        # SANA
        "Army units destroyed four vehicles equipped with heavy machineguns near the town of Khan Shaykhun in Idlib countryside on Sunday, SANA reported.",
        # al-Manar
        "The Syrian army killed 30 militants and destroyed three pick-ups mounted with heavy machine guns in the countryside of Jisr al-Shughour on Monday, Al-Manar reported.",
        # Anadolu, of the YPG
        "Turkish-backed fighters destroyed two YPG trucks fitted with heavy machine guns in clashes near Tal Rifaat on Tuesday, Anadolu Agency reported.",
    ],
)
def test_heavy_machine_guns_a_vehicle_carries_are_the_fights_materiel(body: str) -> None:
    assert _types(body) == ["Armed clash"]


@pytest.mark.parametrize(
    "body",
    [
        "ISIS militants fired heavy machine guns at an army post near Deir Ezzor airport on Monday, SANA reported.",
        "Rebels targeted regime positions in Hama countryside with heavy machine guns on Tuesday, the Syrian Observatory for Human Rights said.",
    ],
)
def test_heavy_machine_guns_fired_are_still_heavy_fire(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == SHELLING


# 2. Aircraft as a ground force's support
@pytest.mark.parametrize(
    "body",
    [
        # Reuters, citing a military source
        "Syrian army units, backed by Russian warplanes, killed 40 militants and destroyed three tanks near the town of Salma in Latakia province on Sunday, a military source said.",
        # SANA
        "Army units supported by the air force killed 70 terrorists and destroyed a tank and two rocket launchers in the military academy area in southern Aleppo on Thursday, SANA reported.",
        # Rudaw
        "Peshmerga forces, with the support of coalition warplanes, killed dozens of Islamic State militants in clashes near Gwer on Wednesday, Rudaw reported.",
    ],
)
def test_aircraft_supporting_a_ground_fight_make_one_armed_clash(body: str) -> None:
    assert _types(body) == ["Armed clash"]


@pytest.mark.parametrize(
    ("body", "doer"),
    [
        (
            "Russian warplanes struck the town of Salma in Latakia province on Sunday, killing 40 militants, the Observatory said.",
            "Military Forces of Russia",
        ),
        (
            "The Syrian Air Force destroyed ISIS hideouts in the villages of Housis and Mannoukh in Aleppo eastern countryside on Wednesday, SANA reported.",
            "Military Forces of Syria",
        ),
    ],
)
def test_aircraft_striking_on_their_own_stay_an_air_strike(body: str, doer: str) -> None:
    event = main_event(body)
    assert event.codes.acled_sub_event_type == AIR
    assert event.acled is not None and (event.acled.actor1 or "").startswith(doer)


def test_a_toll_of_clashes_and_bombings_by_aircraft_is_the_battles() -> None:
    """ "killed in clashes with the army and bombings of the warplanes": the dead of one battle
    with air support (means.py's reading of the generic word, now of the aircraft word too)."""
    body = "At least 70 militants were killed in clashes with the army and bombings of the Syrian warplanes in southern Aleppo on Thursday, SANA reported."
    assert _types(body) == ["Armed clash"]


# 3. Fire joined to a fight
@pytest.mark.parametrize(
    "body",
    [
        # Syrian Observatory
        "Clashes and shelling continued between regime forces and rebel factions on the outskirts of Daraya in Damascus countryside on Monday, leaving at least 12 fighters dead, the Syrian Observatory for Human Rights said.",
        # SANA
        "Heavy clashes and mutual shelling erupted between the army and ISIS terrorists around Kweires airport in Aleppo countryside on Wednesday, SANA said.",
        # AFP
        "Fierce fighting and shelling rocked the Jobar district on the eastern edge of Damascus on Monday, with nine fighters killed, the Observatory said.",
        # Anadolu / Turkish sources: a fight's noise
        "Kurdish fighters launched an assault on Islamic State positions in Tal Abyad on Monday, and the sound of gunfire and explosions continued for several hours, Turkish security sources said.",
    ],
)
def test_fire_joined_to_a_fight_is_one_armed_clash(body: str) -> None:
    assert set(_types(body)) == {"Armed clash"}


@pytest.mark.parametrize(
    ("body", "types"),
    [
        # two acts told with their own verbs: the gold codes both
        (
            "Regime forces shelled the town of Douma and clashed with rebels on its outskirts on Monday, the Observatory said.",
            {SHELLING, "Armed clash"},
        ),
        # shelling alone, its civilian dead the shelling's
        (
            "Regime forces shelled the town of Douma in Eastern Ghouta on Wednesday, killing five civilians including two children, the Syrian Observatory for Human Rights said.",
            {SHELLING},
        ),
        # gunfire beside shells is one more arm of the fire on people, no fight
        (
            "Terrorists on Saturday targeted with shells and gunfire groups of civilians leaving the eastern neighborhoods of Aleppo city, SANA reported.",
            {SHELLING},
        ),
        # a blast with no fight told stays a blast
        (
            "Two explosions rocked the centre of Qamishli on Tuesday, killing three people, Rudaw reported.",
            {"Remote explosive/landmine/IED"},
        ),
    ],
)
def test_fire_told_as_its_own_act_keeps_its_type(body: str, types: set[str]) -> None:
    assert set(_types(body)) == types


# 4. An armed side's attack on a held place, or with armed dead
@pytest.mark.parametrize(
    "body",
    [
        # SANA
        "Nusra Front militants attacked the government-held town of Mhardeh in Hama countryside on Tuesday, SANA reported.",
        # Rudaw
        "Islamic State militants attacked the Kurdish-held town of Kobani on Monday, Rudaw reported.",
        # Syrian Observatory
        "Jaish al-Fateh attacked the village of Fuaa in Idlib province on Friday, killing 10 pro-government militiamen, the Observatory said.",
        # Reuters
        "Rebels attacked the regime-held village of Jurin in Hama province on Friday, killing 12 soldiers, the Syrian Observatory for Human Rights said.",
    ],
)
def test_an_armed_sides_attack_on_a_held_place_is_a_battle(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "body",
    [
        # civilians named as the dead: an attack
        "Islamic State militants attacked the village of Aqarib al-Safiyah in Hama province on Thursday, killing 30 civilians, a monitor said.",
        # the residents as the hit
        "Terrorists attacked the residents of the village of al-Zara in Hama countryside on Thursday, killing four civilians, SANA reported.",
        # a sniper on people
        "A sniper from Jabhat al-Nusra shot at the residents of al-Masharqa neighborhood in Aleppo on Monday, killing two civilians, SANA reported.",
        # no holder, no toll told
        "Islamic State militants launched an attack on the town of Kobani on Monday, the Observatory said.",
    ],
)
def test_an_attack_on_people_or_an_unheld_town_stays_an_attack(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Attack"


# 5. A passive destruction after an air strike's sentence
def test_a_passive_destruction_after_an_air_strike_is_the_strike() -> None:
    body = (
        "The air force launched a series of strikes on ISIS hideouts in the eastern countryside of Homs on Monday. "
        "Three vehicles equipped with machineguns were destroyed in Jbab Hamad village and a truck carrying terrorists was hit in Dabet al-Mella village, SANA reported."
    )
    told = [e for e in events_of(body) if "Jbab Hamad" in e.evidence.text]
    assert told and {e.codes.acled_sub_event_type for e in told} == {AIR}


_STRIKE = "The air force launched a series of strikes on ISIS hideouts in the eastern countryside of Homs on Monday."


@pytest.mark.parametrize(
    ("sentence", "previous", "word"),
    [
        # the fight told in the sentence
        (
            "Three vehicles equipped with machineguns were destroyed in the fighting, SANA reported.",
            _STRIKE,
            "destroyed",
        ),
        # its own doer told, in the active voice
        (
            "An army unit destroyed three vehicles equipped with machineguns in Jbab Hamad village.",
            _STRIKE,
            "destroyed",
        ),
        # a means of its own
        (
            "Three vehicles were destroyed by artillery fire in Jbab Hamad village.",
            _STRIKE,
            "destroyed",
        ),
        # the sentence before tells aircraft supporting a ground force, not striking
        (
            "Three vehicles equipped with machineguns were destroyed in Jbab Hamad village.",
            "Army units backed by the air force advanced towards Palmyra on Monday.",
            "destroyed",
        ),
        # no strike before
        (
            "Three vehicles equipped with machineguns were destroyed in Jbab Hamad village.",
            "Army units clashed with ISIS terrorists east of Homs on Monday.",
            "destroyed",
        ),
    ],
)
def test_a_destruction_with_its_own_act_or_no_strike_before_keeps_its_reading(
    sentence: str, previous: str, word: str
) -> None:
    start = sentence.index(word)
    kind = strike_told_before("armed_clash", sentence, start, start + len(word), previous)
    assert kind == "armed_clash"


# Shelling with civilian victims stays shelling (the state outlets' formula)
@pytest.mark.parametrize(
    "body",
    [
        "Terrorists fired rocket shells on residential neighborhoods in Aleppo city on Monday, killing three civilians and injuring eight others, a source at Aleppo police command told SANA.",
        "Two civilians were killed and five others injured when terrorists targeted al-Midan neighborhood in Damascus with mortar shells on Tuesday, SANA reported.",
        "Rebels fired rockets into government-held western Aleppo on Wednesday, killing at least eight civilians, state media said.",
        "Three people were killed on Monday by shells fired by terrorist groups on al-Qusour neighborhood in Homs city, a police source said.",
    ],
)
def test_rockets_and_mortars_on_a_citys_neighbourhoods_stay_shelling(body: str) -> None:
    event = main_event(body)
    assert event.codes.acled_sub_event_type == SHELLING
    assert event.acled is not None and event.acled.actor2 == "Civilians (Syria)"


# 7. A toll of people that includes the forces, told after an armed side's attack
def test_a_toll_of_people_including_soldiers_after_an_armed_attack_is_a_battle() -> None:
    body = "Islamic State militants attacked two government-held villages in Hama province on Thursday, killing more than 50 people, including soldiers and pro-government fighters, a monitor said."
    assert main_event(body).codes.acled_sub_event_type == "Armed clash"


# 8. Shells and sniper fire on a city's quarters: the shelling, not a ground fight
@pytest.mark.parametrize(
    ("body", "sub_type"),
    [
        (
            "Terrorists targeted al-Masharqa neighborhood in Aleppo with rocket shells and machine gun fire on Tuesday, killing a civilian, SANA reported.",
            SHELLING,
        ),
        (
            "Terrorist groups fired mortar shells and sniper fire on the residential neighborhoods of Nubbol on Saturday, killing two civilians, SANA reported.",
            SHELLING,
        ),
        # a post assaulted with mortars and rifles: a ground fight, as before
        (
            "Militants attacked an army post near the town of Mhardeh with mortars and automatic weapons on Monday, killing two soldiers, SANA reported.",
            "Armed clash",
        ),
    ],
)
def test_shells_and_gunfire_on_a_citys_quarters_are_shelling(body: str, sub_type: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == sub_type


# SANA's operation formula: the weapon named, the fight told or the aircraft decide
@pytest.mark.parametrize(
    ("body", "sub_type"),
    [
        (
            "Army units carried out operations against the dens and positions of Jabhat al-Nusra terrorists in the countryside of Hama, killing scores of terrorists and destroying their vehicles, SANA reported on Monday.",
            "Armed clash",
        ),
        (
            "Army units targeted with artillery the positions of Jabhat al-Nusra terrorists in the town of Kafr Zita in the northern countryside of Hama, killing a number of terrorists, SANA reported on Sunday.",
            SHELLING,
        ),
        (
            "The Syrian Air Force carried out airstrikes on the hideouts of ISIS terrorists in the village of Housis in the eastern countryside of Aleppo, destroying their vehicles and killing scores of terrorists, SANA reported on Wednesday.",
            AIR,
        ),
        (
            "Army units killed 30 terrorists and destroyed four vehicles equipped with heavy machineguns in an operation near the town of Khan Shaykhun in Idlib countryside on Sunday, SANA reported.",
            "Armed clash",
        ),
    ],
)
def test_sanas_operation_formula_is_typed_by_its_means(body: str, sub_type: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == sub_type
