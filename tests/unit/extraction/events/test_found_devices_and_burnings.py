"""Two wordings of short reports (thirteenth round): a device named before its finding ("a bomb
was found near the market") is disrupted weapons use, and people burned to death by a crowd or
by armed men are mob violence or an attack, while a fire or a crash that burns people names no
one and is no event."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of, main_event


def _sub_type(body: str) -> str | None:
    return main_event(body, "2022-06-10T12:00:00Z").codes.acled_sub_event_type


@pytest.mark.parametrize(
    "body",
    [
        "On 8 June 2022, a bomb was found near the bus station in Nakuru and removed by the police.",
        "On 8 June 2022, two explosive devices were discovered outside a church in Garissa.",
        "Bomb found near the home of a retired minister in Nakuru on 8 June 2022.",
        "On 8 June 2022, an unexploded grenade was found on a minibus in Nakuru.",
        "Police discover a large bomb on a bus in Nakuru on 8 June 2022.",
        "Pupils find an old mortar bomb in a field near Garissa on 8 June 2022.",
    ],
)
def test_a_device_found_is_disrupted_weapons_use(body: str) -> None:
    assert _sub_type(body) == "Disrupted weapons use"


def test_a_device_that_went_off_stays_an_explosion() -> None:
    body = (
        "On 8 June 2022, a bomb exploded at the market in Garissa, killing three people. "
        "A second bomb was found nearby."
    )
    assert _sub_type(body) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        (
            "On 8 June 2022, two women were burnt to death by villagers who accused them of witchcraft in Kisii.",
            "Mob violence",
        ),
        (
            "On 8 June 2022, villagers burned two suspected cattle thieves to death in Kisii.",
            "Mob violence",
        ),
        (
            "On 8 June 2022, a trader was burned to death by gunmen who stopped his lorry near Garissa.",
            "Attack",
        ),
        (
            "On 8 June 2022, attackers burned a family of four to death in their home near Garissa.",
            "Attack",
        ),
    ],
)
def test_burned_to_death_by_someone(body: str, sub_event_type: str) -> None:
    assert _sub_type(body) == sub_event_type


@pytest.mark.parametrize(
    "body",
    [
        "On 8 June 2022, three passengers burned to death when their bus caught fire after a crash near Nakuru.",
        "On 8 June 2022, a fire burned five traders to death in the market in Nakuru.",
    ],
)
def test_a_fire_that_burns_people_is_no_event(body: str) -> None:
    assert events_of(body) == []


def test_a_device_found_in_another_town_than_the_attack_is_its_own_event() -> None:
    body = (
        "On 8 June 2022, gunmen attacked the police station in Nakuru with rifles and explosives. "
        "The authorities said that in the town of Naivasha an explosive device was found and "
        "deactivated without damage."
    )
    found = [e for e in events_of(body) if e.event_type == "weapons_disrupted"]
    assert [loc.name for e in found for loc in e.locations[:1]] == ["Naivasha"]


def test_a_device_found_at_the_attack_s_own_town_folds_into_it() -> None:
    body = (
        "On 8 June 2022, gunmen attacked the police station in Nakuru with rifles. "
        "A second explosive device was found in Nakuru near the station."
    )
    assert [e.event_type for e in events_of(body) if e.event_type == "weapons_disrupted"] == []
