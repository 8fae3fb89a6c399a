"""Fifty-second round, the lead's review of the round's rules: the raid read as a communal
fight yields to the police told as a side; a group named by a capitalised name is no crowd of
common people; a campaign told before or as another side's act is no capture's manner; another
country's Kurdish fighters are not Syria's YPG."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.event_type, e.acled.actor1 if e.acled else None, e.acled.actor2 if e.acled else None)
        for e in events_of(text)
    ]


def test_a_raid_whose_fight_is_with_the_police_is_the_crowds_fight() -> None:
    sides = _sides(
        "On 3 May 2019, youths raided the village of Kamoru in Kisumu and clashed with police"
        " officers, injuring four."
    )
    assert sides == [("mob_violence", "Rioters (Kenya)", "Police Forces of Kenya (2013-2022)")]


def test_a_side_named_by_a_capitalised_name_is_no_crowd() -> None:
    sides = _sides(
        "On 9 June 2019, fighting erupted between police and the Chinkororo in Kisii; three"
        " people were hurt."
    )
    assert len(sides) == 1
    kind, actor1, _ = sides[0]
    assert kind == "armed_clash"
    assert actor1 == "Police Forces of Kenya (2013-2022)"


def test_an_offensive_told_after_before_is_no_manner_of_the_capture() -> None:
    kinds = sorted(
        kind
        for kind, _, _ in _sides(
            "Kurdish units captured the town of Tal Tamr on Thursday, before Islamic State"
            " fighters launched a broad offensive in Hasakah province."
        )
    )
    assert kinds == ["armed_clash", "territory_taken"]


def test_iraqi_kurdish_fighters_are_not_the_ypg() -> None:
    sides = _sides(
        "Iraqi Kurdish fighters clashed with Islamic State militants near Kobani in northern"
        " Syria on Monday."
    )
    assert len(sides) == 1
    kind, actor1, actor2 = sides[0]
    assert kind == "armed_clash"
    assert actor1 != "People's Protection Units"
    assert actor2 == "Islamic State (Syria)"
