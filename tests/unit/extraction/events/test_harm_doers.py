"""Who did a harm told in the passive, and what an armed side's destroyed materiel is (issue 11,
thirty-first round).

1. A toll told in the passive with its doer in the time clause right after it ("a woman was
   injured when pickets hurled brick chips at a bus") or in the attack noun it was told in
   ("killed in a lynch-mob attack"): a crowd as the doer makes it a crowd's act (mob violence,
   or a violent demonstration when the crowd demonstrates), as ACLED's codebook types by who
   acts; armed doers are left to the sides' rules (the forces among the dead make a battle).
2. An armed side's vehicles and guns destroyed are the outcome of a fight or a strike,
   not property destruction: ACLED keeps that sub-type for property wrecked where no fight is
   told.

Short reports written for these tests in the wordings of Kenyan, West African, South Asian and
Middle Eastern outlets; places generic or well known."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.extraction.events.detect.refine.means.materiel import materiel_destroyed

from .articles import events_of, main_event


@pytest.mark.parametrize(
    ("body", "sub_type"),
    [
        # South Asian dailies: strike enforcers and agitators in the time clause
        (
            "A rickshaw puller was injured when pickets hurled brick chips at a bus in Rajshahi on Sunday, the second day of the hartal.",
            "Violent demonstration",
        ),
        (
            "Two passengers were injured when agitating villagers hurled stones at an ambulance near Janakpur on Monday.",
            "Violent demonstration",
        ),
        (
            "Three journalists were injured as ruling party activists attacked them outside the press club in Khulna on Tuesday.",
            "Mob violence",
        ),
        # Kenyan dailies
        (
            "A teacher was injured when a group of youths stormed the school compound in Kisii on Wednesday.",
            "Mob violence",
        ),
        (
            "Two traders were hurt when a mob descended on their stalls at the Gikomba market in Nairobi on Friday.",
            "Mob violence",
        ),
        # West African press
        (
            "A gendarme was wounded when demonstrators threw stones at the prefecture in Kankan on Thursday.",
            "Violent demonstration",
        ),
        # Middle Eastern outlets
        (
            "Four policemen were injured when protesters hurled petrol bombs at the governorate building in Nasiriyah on Sunday.",
            "Violent demonstration",
        ),
    ],
)
def test_a_passive_harm_done_by_a_crowd_in_the_time_clause_is_the_crowds_act(
    body: str, sub_type: str
) -> None:
    assert main_event(body).codes.acled_sub_event_type == sub_type


@pytest.mark.parametrize(
    "body",
    [
        "A suspected thief was killed in a mob attack in Kayole, Nairobi, on Sunday night.",
        "Two men accused of stealing cattle were killed in a lynch-mob attack at a village in Kushtia on Wednesday.",
    ],
)
def test_a_harm_told_in_a_mob_attack_is_mob_violence(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Mob violence"


@pytest.mark.parametrize(
    ("body", "sub_type"),
    [
        # armed doers: the sides' rules, as before (the forces among the dead: a battle)
        (
            "Two policemen and a civilian were killed when militants attacked a police station in Kathua district on Friday.",
            "Armed clash",
        ),
        (
            "A constable was killed and another wounded when gunmen opened fire on a checkpoint in Peshawar on Monday.",
            "Armed clash",
        ),
        (
            "Four villagers were killed when bandits attacked a hamlet in Zamfara state on Tuesday.",
            "Attack",
        ),
        # a doer who names no party: the toll stays the attack it was
        (
            "Two people were killed when their car hit a roadside bomb near Gao on Sunday.",
            "Remote explosive/landmine/IED",
        ),
        # a time clause in the passive: its own "by" decides, not its subject
        (
            "A trader was injured when villagers were attacked by gunmen near Maiduguri on Monday.",
            "Attack",
        ),
        # armed modifier of the attack noun: no change, the target decides
        ("Four villagers were killed in a militant attack in Borno on Saturday.", "Attack"),
        ("Three soldiers were killed in a rebel ambush near Beni on Thursday.", "Armed clash"),
    ],
)
def test_armed_doers_and_doerless_clauses_keep_their_reading(body: str, sub_type: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == sub_type


@pytest.mark.parametrize(
    "body",
    [
        "KANO, Nigeria - Seven people were killed when a crowd rushed to collect free food at a "
        "mosque in Kano on Friday, police said.",
        "DHAKA - Four women were injured when a crowd surged towards the gate of a garment "
        "factory in Gazipur on Sunday to collect wages, police said.",
    ],
)
def test_a_crowds_crush_makes_no_crowd_the_doer(body: str) -> None:
    """A crowd's motion tells a crush: its victims are its own, no mob's (review52)."""
    assert main_event(body).codes.acled_sub_event_type not in {
        "Mob violence",
        "Violent demonstration",
    }


def test_a_crowd_in_the_time_clause_names_the_rioters_as_actor() -> None:
    event = main_event(
        "A bus driver was injured when protesters pelted vehicles with stones on the Kisumu-Busia highway on Monday."
    )
    assert event.codes.acled_event_type == "Riots"
    assert event.acled is not None and event.acled.actor1 is not None
    assert event.acled.actor1.startswith("Rioters")


@pytest.mark.parametrize(
    ("body", "sub_type"),
    [
        # Syrian state media: the outcome of operations in a sentence of its own
        (
            "An army unit destroyed an armoured vehicle and two cars loaded with ammunition for the terrorists in the eastern countryside of Hama.",
            "Armed clash",
        ),
        (
            "Three pick-up trucks equipped with machine guns were destroyed near Maadan in the countryside of Raqqa.",
            "Armed clash",
        ),
        (
            "The operations resulted in destroying a rocket launcher and two cannons of the terrorists near Kafr Zita.",
            "Armed clash",
        ),
        # Iraqi and Libyan communiqués, the means told: shelling
        (
            "Army artillery destroyed two vehicles carrying militants with mortar shells near Tuz Khurmatu.",
            "Shelling/artillery/missile attack",
        ),
        # Sahel army communiqué
        (
            "Soldiers destroyed several motorcycles and a vehicle mounted with a machine gun belonging to the terrorists near Djibo.",
            "Armed clash",
        ),
    ],
)
def test_an_armed_sides_materiel_destroyed_is_the_fights_outcome(body: str, sub_type: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == sub_type


@pytest.mark.parametrize(
    ("body", "sub_type"),
    [
        # civilians' property stays property destruction
        (
            "Israeli forces demolished a Palestinian home in Hebron on Tuesday.",
            "Looting/property destruction",
        ),
        (
            "Militants destroyed the water tanks of the village near Mopti on Sunday.",
            "Looting/property destruction",
        ),
        # a crowd burning an army truck: its sides type it
        ("Protesters set fire to an army truck in Bamako on Friday.", "Violent demonstration"),
    ],
)
def test_property_that_is_no_materiel_or_a_crowds_arson_stays_as_it_was(
    body: str, sub_type: str
) -> None:
    assert main_event(body).codes.acled_sub_event_type == sub_type


def test_materiel_destroyed_in_the_act_told_is_left_to_that_act() -> None:
    """ "Depots were destroyed in the air raid": the raid's own word is the event; so is the
    clash of "destroyed two pieces of military equipment during the clash"."""
    told = "GNA forces destroyed two pieces of LNA military equipment during the clash."
    at = told.index("destroyed")
    assert materiel_destroyed(told, at, at + len("destroyed")) is None
    sentence = "Ammunition depots and hideouts were also destroyed in the air raid."
    start = sentence.index("destroyed")
    assert materiel_destroyed(sentence, start, start + len("destroyed")) is None
    events = events_of(
        "Jets struck militant hideouts in the Tirah valley on Sunday, killing 20 militants. Ammunition depots and hideouts were also destroyed in the air raid."
    )
    assert "Looting/property destruction" not in {e.codes.acled_sub_event_type for e in events}


def test_materiel_destroyed_by_aircraft_is_left_to_the_strike() -> None:
    """ "The sorties also destroyed two machinegun-equipped vehicles": aircraft did it, the
    strike's own reading types it (never a ground fight)."""
    sentence = "The sorties also destroyed two machinegun-equipped vehicles near Palmyra."
    start = sentence.index("destroyed")
    assert materiel_destroyed(sentence, start, start + len("destroyed")) is None


def test_materiel_done_away_with_by_no_enemy_is_no_fight() -> None:
    """Arms burnt by their holder or a vehicle lost to a fire: no fight is told (review52)."""
    burnt = (
        "Police on Friday destroyed 5,000 illegal firearms, including machine guns, at a "
        "public ceremony at Ngong Forest."
    )
    at = burnt.index("destroyed")
    assert materiel_destroyed(burnt, at, at + len("destroyed")) is None
    body = (
        "LAGOS - An armoured vehicle of the Nigerian Army was destroyed in a fire at a barracks "
        "in Ikeja on Sunday after an electrical fault, an army spokesman said."
    )
    assert "armed_clash" not in {e.event_type for e in events_of(body)}


def test_materiel_destroyed_beside_arms_seized_stays_a_fight() -> None:
    """The near miss: a communiqué that tells the arms taken beside the vehicles destroyed."""
    body = (
        "Soldiers destroyed two vehicles mounted with machine guns belonging to the terrorists "
        "near Djibo and seized their weapons."
    )
    assert main_event(body).codes.acled_sub_event_type == "Armed clash"
