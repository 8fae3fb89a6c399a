"""Who fights decides between an attack and an armed clash (issue 11, thirty-fourth round,
kenyatypes54). ACLED's codebook: an armed clash is armed, organised sides engaging each other;
an attack is an organised armed side's violence on people who cannot answer it. Two wording
classes of one line: (1) the forces or armed guards answering a raid with force, told after it
("Police intervened, killing 30 of the raiders", "reservists engaged the bandits", "in the
ensuing clash"); (2) a headline's two verbs sharing one armed subject across a comma ("Raiders
attack village, clash with police"), whose first object is no side of the fight. Near misses on
both sides: a response with no force (a manhunt, arrests, the scene), the attackers' own
killing told after a response word, villagers without arms, a crowd's or protesters' headline.
Short reports written for these tests in Kenyan, Nigerian, Indian and Somali wordings, with and
without commas (FA-KES copy has none)."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.extraction.events.merge.parties.targets.forces_answered import forces_answered

from .articles import actor1, events_of, main_event


def _sub_type(body: str) -> str:
    return main_event(body).codes.acled_sub_event_type


@pytest.mark.parametrize(
    "body",
    [
        # Kenya: the police or reservists answer a cattle raid
        "Raiders attacked Lokiriama village in Turkana on Monday and drove away 800 goats. Police intervened, killing 30 of the raiders.",
        "Raiders attacked Lokiriama village in Turkana on Monday and drove away 800 goats. Police intervened killing 30 of the raiders.",
        "Four people were killed by armed herders in Tiaty on Sunday. Police reservists engaged the raiders, killing three of them.",
        "Armed men attacked a farm in Molo on Tuesday and torched 30 houses. Police responded to the incident and one officer was shot dead in the ensuing clash.",
        "Suspected al Shabaab militants attacked a telecommunication mast in Mandera on Monday. Security officers pursued the attackers and shot dead two of them.",
        # Nigeria: vigilantes and the army answer bandits
        "Bandits attacked Gidan Dawa community in Zamfara State on Saturday, killing four residents. Vigilantes later engaged the bandits in the bush.",
        "Gunmen invaded a village in Kajuru on Sunday night and abducted a farmer, but troops responded and neutralised three of the bandits in a gun battle.",
        # India: security forces answer militants
        "Militants attacked a BSF post in Kupwara on Thursday. Security forces retaliated and repulsed the attack, killing two militants.",
        # Somalia: the army answers an attack on a town
        "Al-Shabaab fighters attacked a village near Bulo Burde on Friday and looted shops, but Somali troops pursued the militants and engaged them for two hours.",
        "Al-Shabaab fighters attacked a village near Bulo Burde on Friday and looted shops but Somali troops pursued the militants and engaged them for two hours.",
        # the raid growing into a fight
        "Pokot raiders stormed a village in Baringo on Monday, sparking a gun battle with police reservists.",
    ],
)
def test_an_attack_the_forces_answer_with_force_is_a_battle(body: str) -> None:
    assert _sub_type(body) == "Armed clash"


def test_an_answer_told_as_its_own_act_stands_beside_the_attack() -> None:
    # the militants' killing of civilians is an attack; the army's answer, an act of its own
    # with its own dead, is a battle beside it (ACLED codes the two)
    body = "Al-Shabaab fighters attacked Bulo Burde on Friday killing two civilians. Somali soldiers responded, killing five of the militants, a commander said."
    kinds = {(e.codes.acled_sub_event_type, actor1(e).casefold()) for e in events_of(body)}
    assert ("Attack", "al-shabaab") in kinds
    assert any(sub == "Armed clash" and "military forces of somalia" in a for sub, a in kinds)


@pytest.mark.parametrize(
    "body",
    [
        # a response with no force: the scene, a manhunt, arrests, the dead collected
        "Gunmen shot dead a trader in Mandera on Monday. Police responded to the scene and launched a manhunt for the attackers.",
        "Raiders killed three villagers in Kapedo on Monday and stole 200 cattle. Police later arrested four suspects.",
        "Bandits attacked a village in Zamfara on Sunday and killed six farmers. Troops were deployed to the area on Monday.",
        # villagers who answer without arms told: still one armed side
        "Raiders attacked a homestead in Isiolo on Friday and killed a herder. Villagers responded by raising the alarm.",
        # the attackers' own killing told after a response word
        "Gunmen attacked a bus in Lamu on Tuesday. The attack came as police responded to reports of armed men who killed two herders.",
    ],
)
def test_an_attack_no_force_answers_stays_an_attack(body: str) -> None:
    assert _sub_type(body) == "Attack"


@pytest.mark.parametrize(
    "body",
    [
        # a crowd's violence the police answer stays the crowd's, whatever the police did
        "Youths rioted in Kisumu on Monday over the election results. Police intervened, shooting dead two of them.",
        "Irate residents lynched a suspected thief in Kisii on Wednesday. Police intervened and dispersed the mob.",
    ],
)
def test_the_forces_answering_a_crowd_make_no_battle(body: str) -> None:
    assert _sub_type(body) != "Armed clash"


@pytest.mark.parametrize(
    "body",
    [
        "Raiders attack village, clash with police",
        "Gunmen storm village, battle police in Christmas attack",
        "Raiders attack village clash with police in Turkana",
        "Bandits attack Zamfara community, clash with vigilantes",
        "Militants attack Kupwara camp, exchange fire with army",
        "Al-Shabaab fighters raid Baidoa outskirts, battle Somali troops",
    ],
)
def test_a_headlines_armed_subject_fights_across_a_comma(body: str) -> None:
    event = main_event(body)
    assert event.codes.acled_sub_event_type == "Armed clash"
    assert "Rioters" not in actor1(event)


@pytest.mark.parametrize(
    ("body", "sub_type"),
    [
        # a crowd's or protesters' headline keeps its crowd
        (
            "Protesters storm county offices, clash with police over budget cuts",
            "Violent demonstration",
        ),
        ("Youths attack bus, clash with police", "Mob violence"),
    ],
)
def test_a_crowds_headline_keeps_its_crowd(body: str, sub_type: str) -> None:
    assert _sub_type(body) == sub_type
    assert not any(e.codes.acled_sub_event_type == "Armed clash" for e in events_of(body))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police intervened killing 30 of the raiders.", True),
        ("Police intervened, killing 30 of the raiders.", True),
        ("Police reservists engaged the raiders killing three of them.", True),
        ("Police responded to raiders attack; kill 16 of them", True),
        ("One officer was shot dead in the ensuing clash.", True),
        ("The raid led to a fierce battle between the two groups.", True),
        ("Police responded to the scene.", False),
        ("Police responded to an attack by gunmen who killed three herders.", False),
        ("Police launched a manhunt for the attackers.", False),
        ("Villagers responded by killing two of the raiders.", False),
        ("Police intervened and arrested four suspects.", False),
    ],
)
def test_forces_answered(text: str, expected: bool) -> None:
    assert forces_answered(text) is expected


def test_an_answer_told_all_before_the_attack_answers_none() -> None:
    text = "After police intervened and killed two suspects last week, gunmen attacked the village."
    attack_end = text.index("attacked") + len("attacked")
    assert not forces_answered(text, attack_end)
    told = "Police respond to raiders attack; kill 16 of them"
    assert forces_answered(told, told.index("attack;") + len("attack"))


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        # the force told after the attack noun the response names, not the noun itself
        (
            "State police responding to a shooting report in the market clashed with armed men.",
            "shooting",
            True,
        ),
        (
            "Police responding to a shooting in the market took the wounded to hospital.",
            "shooting",
            False,
        ),
        (
            "Police responded to the raid and rescued the villagers whom the raiders had shot.",
            "raid",
            False,
        ),
    ],
)
def test_the_answers_force_comes_after_the_attack_noun(
    text: str, noun: str, expected: bool
) -> None:
    assert forces_answered(text, text.index(noun) + len(noun)) is expected
