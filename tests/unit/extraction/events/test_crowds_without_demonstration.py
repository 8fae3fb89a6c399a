"""A crowd's violence outside a demonstration of its own is mob violence (issue 11,
thirty-third round, crowds53): a crowd stoning another's rally or convoy, breaking up a party's
meeting, lynching a suspect, or "rioters" hitting people other than the forces, as ACLED's
codebook defines mob violence; a crowd told protesting, chanting or demanding, or fighting the
police, stays a violent demonstration. Short reports written for these tests in the wordings
of Kenyan, Nigerian, Indian and Bangladeshi outlets; places generic or well known."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.extraction.events.detect.refine.crowds.gatherings_hit import (
    rioters_hit_people,
    stones_at_a_gathering,
)

from .articles import events_of, main_event


def _sub_type(body: str) -> str:
    return main_event(body).codes.acled_sub_event_type


@pytest.mark.parametrize(
    "body",
    [
        # a rally, a convoy or a meeting hit by a crowd: the victims' gathering
        "Youths heckled and threw stones at a CORD political rally in Kisumu on Saturday, forcing the leaders to cut short their speeches.",
        "A mob threw stones at ANC leader Musalia Mudavadi who was addressing a campaign rally at Kamukunji grounds in Nairobi on Sunday. Police fired tear gas to disperse the youths.",
        "Rowdy youths disrupted a campaign rally of the Migori governor on Saturday and injured a party supporter, police said.",
        "Police in Thika fired tear gas to disperse youths who were throwing stones at the convoy of the deputy president on Tuesday.",
        "Rioting youths threw stones at the convoy of the senator in Kakamega on Sunday.",
        "Hoodlums pelted the campaign convoy of the PDP governorship candidate with stones in Ibadan on Saturday, injuring two supporters.",
        "BJP workers pelted stones at a rally of the Congress candidate in Indore on Sunday, injuring four people.",
        "A mob attacked the convoy of the Trinamool Congress MP in Nandigram on Tuesday, smashing the windows of three cars.",
        "Members of the ruling party's youth wing disrupted a public meeting of the opposition in Nakuru on Thursday and beat up two organisers.",
        # "rioters" hitting people who are not the forces, no demonstration told
        "Rioters attacked and seriously injured two farm guards in Naivasha on Monday.",
        "Rioters attacked journalists covering the nominations in Kisumu on Tuesday.",
        "Rioters attacked voters in Kisauni on Tuesday, accusing them of buying votes.",
        # a crowd's justice on a suspect
        "Irate residents of Kisii lynched a suspected thief on Wednesday after he was caught breaking into a shop.",
        "Boda boda riders in Kakamega beat to death a man suspected of stealing a motorcycle on Sunday.",
        "A mob descended on a suspected phone thief at the Ojota bus stop in Lagos and beat him to death on Monday.",
        "Villagers lynched two men suspected of child lifting in Dhule district on Sunday, police said.",
        "Irate villagers in Rongo torched the houses of a family they accused of practising witchcraft on Thursday, killing two people.",
        # two crowds fighting each other
        "Supporters of two rival aspirants clashed at a rally in Kapenguria on Friday, leaving five people injured.",
        "Supporters of the two candidates threw stones at each other in Marsabit town where the president was expected to hold a rally on Wednesday.",
    ],
)
def test_a_crowds_violence_with_no_demonstration_of_its_own_is_mob_violence(body: str) -> None:
    assert _sub_type(body) == "Mob violence"
    assert not any(
        e.codes.acled_sub_event_type in {"Violent demonstration", "Protest with intervention"}
        for e in events_of(body)
    )


@pytest.mark.parametrize(
    ("body", "sub_type"),
    [
        # the crowd told with its slogans or grievance: a demonstration turned violent
        (
            "Youths chanting anti-governor slogans disrupted a campaign rally of the Migori governor on Saturday.",
            "Violent demonstration",
        ),
        (
            "Police in Thika fired tear gas to disperse youths who had blocked the highway with stones on Tuesday to protest the death of a boda boda rider.",
            "Violent demonstration",
        ),
        (
            "Protesters demanding the release of their MP threw stones at police and blocked roads in Kisumu on Tuesday. Police used tear gas to disperse them.",
            "Violent demonstration",
        ),
        (
            "Rioters protesting the nomination results attacked a returning officer in Migori on Tuesday.",
            "Violent demonstration",
        ),
        (
            "Students protesting a hike in fees stoned vehicles on the Eldoret-Nakuru highway on Monday.",
            "Violent demonstration",
        ),
        # rioters against the forces or property: a demonstration's riot
        ("Rioters clashed with police in Kisumu on Tuesday.", "Violent demonstration"),
        ("Rioters threw stones at police in Kisumu on Tuesday.", "Violent demonstration"),
        ("Rioters burned down the market in Kondele on Friday.", "Violent demonstration"),
        # a fight at a rally the police broke up stays the rally's riot (seventeenth round)
        (
            "Supporters of rival ODM leaders clashed at a rally in Kakamega on Sunday, forcing anti-riot police to intervene.",
            "Violent demonstration",
        ),
        # a hartal's enforcers are demonstrators
        (
            "Supporters of the BNP torched a bus in Bogura during the hartal on Monday.",
            "Violent demonstration",
        ),
        (
            "Pro-hartal activists threw stones at police in Chattogram on Sunday.",
            "Violent demonstration",
        ),
        # a rally dispersed by the police is the rally's intervention, no mob
        (
            "Police fired tear gas to disperse opposition supporters who had gathered for a rally at Jacaranda grounds in Nairobi on Sunday.",
            "Protest with intervention",
        ),
        (
            "Hundreds of opposition supporters held a rally in Kisumu on Sunday. Police fired tear gas to disperse them.",
            "Protest with intervention",
        ),
    ],
)
def test_a_crowd_told_demonstrating_or_fighting_the_forces_keeps_its_type(
    body: str, sub_type: str
) -> None:
    assert _sub_type(body) == sub_type


def test_demonstrators_who_then_attack_a_motorcade_riot() -> None:
    # the crowd's own demonstration told before: its violence (kenya52's class), no mob
    body = "Groups of AL activists staged demonstrations at Khaleda electioneering carrying black flags and chanting slogans against her in Dhaka on Sunday. Some AL supporters attacked her motorcade during her electioneering in the Karwanbazar area, leaving three people injured."
    assert _sub_type(body) == "Violent demonstration"


def test_a_march_attacked_by_another_party_is_the_marchers_intervention() -> None:
    # the victims' march, told hit: its intervention, the attackers' vandalism a mob's after it
    body = "Ruling party men assaulted the demonstrating members of the opposition during their road march through Ishwarganj on Sunday, demanding the resignation of the government. The ruling party men vandalized microbuses and hurled bombs at the motorcade, injuring two people."
    assert _sub_type(body) == "Protest with intervention"


def test_a_procession_with_its_demands_attacked_is_no_mob_brawl() -> None:
    # the attacked procession is a protest (its own demands): not folded into a mob's event
    body = "Activists of the Chhatra League attacked a procession of the BNP demanding the release of detained leaders in Feni on Sunday, injuring 10 people."
    assert _sub_type(body) != "Mob violence"


@pytest.mark.parametrize(
    "body",
    [
        # armed men on a convoy: no crowd
        "Gunmen attacked the convoy of the Mandera governor near Elwak on Monday, killing three of his guards.",
        # the police killing a suspect: no mob justice
        "Police shot dead a suspected thief in Kayole on Monday.",
    ],
)
def test_armed_men_and_police_are_no_mob(body: str) -> None:
    assert main_event(body).codes.acled_event_type != "Riots"


@pytest.mark.parametrize(
    "body",
    [
        "Hoodlums attacked the campaign convoy of the APC governorship candidate in Ibadan on Saturday.",
        "Thugs attacked APC supporters at a rally in Ibadan on Saturday.",
        "Gunmen opened fire on a rally of the ruling APC in Kano on Sunday.",
    ],
)
def test_nigerias_apc_is_no_armoured_vehicle(body: str) -> None:
    assert not any(
        e.codes.acled_sub_event_type == "Shelling/artillery/missile attack" for e in events_of(body)
    )


def test_an_armoured_vehicle_still_fires() -> None:
    body = "The army used an APC to shell rebel positions near Beni on Monday."
    assert any(
        e.codes.acled_sub_event_type == "Shelling/artillery/missile attack" for e in events_of(body)
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police dispersed youths who were stoning the convoy of the governor.", True),
        ("Police dispersed youths who pelted stones at the rally of the senator.", True),
        ("Police dispersed youths who had blocked the road with stones.", False),
        ("Police dispersed youths who threw stones at police officers.", False),
        # the forces' own convoy: the crowd fights the forces (review54)
        ("Police dispersed youths who were throwing stones at a police convoy.", False),
        ("Police dispersed youths who hurled stones at the army convoy.", False),
        # their own grievance told: a demonstration
        ("Police dispersed youths protesting fees who stoned the governor's convoy.", False),
    ],
)
def test_stones_at_a_gathering(sentence: str, expected: bool) -> None:
    assert stones_at_a_gathering(sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rioters attacked and injured two farm guards.", True),
        ("Rioting youths stoned the senator's convoy.", True),
        ("Rioters attacked police officers.", False),
        # the forces as Nigerian, Bangladeshi and Kenyan copy names them (review54)
        ("Rioting youths attacked security agents.", False),
        ("Rioting students attacked security men.", False),
        ("Rioters attacked members of the security forces.", False),
        ("Rioters attacked law enforcement agents.", False),
        ("Rioters attacked members of the county assembly.", True),
        ("Rioters attacked a bus.", False),
        ("Rioters demanding jobs attacked the manager.", False),
    ],
)
def test_rioters_hit_people(sentence: str, expected: bool) -> None:
    start = sentence.index("Riot")
    end = sentence.index(" ", start)
    assert rioters_hit_people(sentence, start, end) is expected


@pytest.mark.parametrize(
    "body",
    [
        # the side hit fights back in the attack's sentence: two armed sides, a battle
        "Suspected bandits from Ethiopia attacked a village in Turkana on Monday, and villagers took up arms and killed seven of the attackers.",
        "Militants attacked a checkpost in Mohmand on Tuesday, killing a security official, and forces repulsed the attackers, killing four militants.",
        "Gunmen opened fire on a school in Quetta on Monday and police guarding it returned fire, officials said.",
    ],
)
def test_an_attack_the_hit_side_fights_back_is_a_battle(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "body",
    [
        # retaliation as the attack's motive, or a threat: still one side attacking
        "In retaliation for the killing of a herder the previous day, a group of herders killed two men in Isiolo on Friday.",
        "Pokot raiders attacked Mukutani village in Baringo on Sunday in a retaliatory raid, stealing cattle.",
        "Raiders killed three villagers in Kapedo on Monday; elders vowed to retaliate.",
        "Gunmen shot dead a trader in Mandera on Monday.",
    ],
)
def test_an_attack_with_no_fight_back_stays_an_attack(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Attack"
