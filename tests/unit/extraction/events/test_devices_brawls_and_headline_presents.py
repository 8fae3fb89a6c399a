"""Classes of wording the Kenya and Asia 2015 ACLED notes showed (issue 11, nineteenth round):
several devices going off or a device in the passive ("two bombs went off", "bombs were
detonated"), fire set "on" as well as "to", blows traded and fights broken out (a brawl), the
headline present of a fight by clans, tribes or sects and of gunning down and detonating, and
the victims of a protest's grievance told after a comma, "in which", as suspects or by a
participle after them (the protest is the report's event, not the killing it is about), the
armed men named before a bare toll ("kill many"), and infighting read by its sides."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.evaluation.primary import primary_event
from newsevents.extraction.pipeline import extract_events


def _events(body: str) -> list[EventMessage]:
    return extract_events(ArticleMessage(id="a1", body=body, published_at="2015-06-10T12:00:00Z"))


def _main(body: str) -> EventMessage:
    event = primary_event(_events(body))
    assert event is not None, body
    return event


@pytest.mark.parametrize(
    "body",
    [
        "On 8 June 2015, two bombs went off near a market in Garissa town.",
        "On 8 June 2015, three homemade bombs were exploded in front of a church in Mombasa.",
        "On 8 June 2015, four more bombs were detonated in Mandera, injuring two people.",
        "On 8 June 2015, a bomb was detonated near a shop in Wajir town.",
    ],
)
def test_several_devices_or_a_device_in_the_passive_is_an_explosion(body: str) -> None:
    event = _main(body)
    assert event.event_type == "explosive_attack", [e.event_type for e in _events(body)]
    assert event.codes.acled_sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "body",
    [
        "On 8 June 2015, police said the bomb was detonated safely by the bomb squad in Garissa.",
        "On 8 June 2015, two bombs were detonated by the police bomb disposal unit in Mombasa.",
    ],
)
def test_devices_the_police_detonate_are_no_explosion(body: str) -> None:
    assert "explosive_attack" not in [e.event_type for e in _events(body)]


def test_bombs_found_are_still_weapons_disrupted() -> None:
    # the control: nothing went off
    event = _main("On 8 June 2015, police found two bombs near a market in Garissa town.")
    assert event.event_type == "weapons_disrupted"


def test_fire_set_on_a_bus_is_a_burning() -> None:
    body = "On 8 June 2015, assailants set fire on two buses parked at a depot in Nakuru."
    event = _main(body)
    assert event.event_type in {"mob_violence", "property_destroyed"}
    assert event.codes.acled_event_type in {"Riots", "Strategic developments"}


@pytest.mark.parametrize(
    "body",
    [
        "On 8 June 2015, members of two unions exchanged blows during wage talks in Nakuru.",
        "On 8 June 2015, a party meeting in Kisumu turned chaotic when rivals engaged in blows.",
        "On 8 June 2015, fights broke out between rival members of a teachers' union in Eldoret, injuring two delegates.",
        "On 8 June 2015, rival party members came to blows at a polling station in Kakamega.",
    ],
)
def test_blows_traded_are_a_brawl(body: str) -> None:
    event = _main(body)
    assert event.event_type == "mob_violence", [e.event_type for e in _events(body)]
    assert event.codes.acled_sub_event_type == "Mob violence"


def test_a_trade_war_is_no_brawl() -> None:
    # the control: no blows, no fight
    assert _events("On 8 June 2015, the two firms exchanged letters over prices in Nairobi.") == []


@pytest.mark.parametrize(
    ("body", "actor1"),
    [
        ("Degodia and Garre clans battle in Wajir town on 8 June 2015.", None),
        ("Mungiki sect members battle police in Nairobi on 8 June 2015.", "Mungiki"),
    ],
)
def test_clans_and_sects_battle_in_a_headline(body: str, actor1: str | None) -> None:
    event = _main(body)
    assert event.event_type == "armed_clash"
    assert event.codes.acled_sub_event_type == "Armed clash"
    if actor1:
        assert actor1 in (event.acled.actor1 or "")


def test_a_legal_battle_is_no_fight() -> None:
    assert _events("The legal battle over the land continued in Nairobi on 8 June 2015.") == []


def test_the_headline_present_of_gunning_down_and_detonating() -> None:
    event = _main(
        "Ethiopian militia guns down two Kenyan police officers in Moyale on 8 June 2015."
    )
    assert event.event_type == "armed_clash"  # the police were hit: two armed sides
    event = _main(
        "Suspected al Shabaab militants detonate an explosive at a police post in Mandera on 8 June 2015."
    )
    assert event.event_type == "explosive_attack"
    assert "Shabaab" in (event.acled.actor1 or "")


def test_a_gun_down_the_road_is_no_killing() -> None:
    assert _events("The gun down the road was found by a farmer in Nakuru on 8 June 2015.") == []


@pytest.mark.parametrize(
    "body",
    [
        # the victim's relative clause after a comma
        "On 8 June 2015, students in Kericho protested against the killing of a classmate, who had been found with stab wounds.",
        # the act the victims died in
        "On 8 June 2015, residents of Moyale protested over insecurity after a series of killings in which traders were targeted.",
        # the victims told as suspects of an earlier act
        "On 8 June 2015, residents of Eldoret protested against the release of two men suspected to have killed a driver.",
        # the act told by its participle after the victim
        "On 8 June 2015, a demonstration was held in Isiolo by relatives of the man beaten to death by police last month.",
        # a procession demanding justice for a victim found dead
        "On 8 June 2015, nurses held a procession in Kisumu demanding justice for their colleague, who was found dead in a forest.",
    ],
)
def test_the_victims_of_a_protests_grievance_are_no_event_of_the_day(body: str) -> None:
    event = _main(body)
    assert event.event_type == "protest", [e.event_type for e in _events(body)]
    assert event.codes.acled_sub_event_type == "Peaceful protest"
    assert event.acled.actor1 == "Protesters (Kenya)"


def test_a_protests_own_stones_during_it_stay_its_act() -> None:
    # the control: "during which" is the protest's own time, its stones its own violence
    body = "On 8 June 2015, a college in Kisumu was closed after demonstrations by students, during which students pelted motorists with stones."
    event = _main(body)
    assert event.codes.acled_event_type == "Riots"


def test_protesters_shot_at_their_protest_were_shot_there() -> None:
    # the control: the crowd is the victim at the protest itself
    body = "On 8 June 2015, police shot dead two protesters who were marching in Kisumu against the results."
    event = _main(body)
    assert event.codes.acled_sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize(
    "body",
    [
        "On 8 June 2015, police pursued cattle raiders in Turkana and killed many.",
        "On 8 June 2015, police reservists engaged the bandits near Baragoi, killing three of them.",
    ],
)
def test_the_armed_men_named_before_a_bare_toll_are_its_dead(body: str) -> None:
    event = _main(body)
    assert event.event_type == "armed_clash", [e.event_type for e in _events(body)]
    assert (event.acled.actor1 or "").startswith("Police Forces of Kenya")


def test_a_bare_toll_after_unarmed_victims_stays_an_attack() -> None:
    # the control: the villagers named before are unarmed
    event = _main("On 8 June 2015, gunmen stormed a village near Moyale and killed many.")
    assert event.event_type == "attack_on_civilians"


def test_infighting_takes_its_sides_kind() -> None:
    event = _main(
        "On 8 June 2015, infighting between rival party groups left five people injured in Kisumu."
    )
    assert event.event_type == "mob_violence"
    # the control: armed groups' infighting is a battle, not a brawl
    event = _main(
        "On 8 June 2015, infighting among rival militant groups killed 50 fighters near Mandera."
    )
    assert event.event_type == "armed_clash"
