"""A bomb or salvo told aimed at a force's post hits the force
(output/sides/forces/targeted_forces.py)."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.evaluation.primary import primary_event
from newsevents.extraction.pipeline import extract_events


def _acled(body: str, published: str = "2020-05-06T12:00:00Z") -> AcledFields:
    article = ArticleMessage(id="targeted-test", body=body, published_at=published)
    event = primary_event(extract_events(article))
    assert event is not None, body
    return event.acled


def test_a_car_bomb_at_a_security_checkpoint_hits_the_police() -> None:
    acled = _acled(
        "A car bomb exploded at a security checkpoint in Kirkuk on Monday, killing four people."
    )
    assert acled.actor2 == "Police Forces of Iraq (2018-2020)"


def test_a_bomb_outside_a_military_camp_hits_the_military() -> None:
    acled = _acled(
        "A bomb went off outside a military camp in Kirkuk on Monday, killing two people."
    )
    assert acled.actor2 == "Military Forces of Iraq (2018-2020)"


def test_rockets_on_a_bare_base_hit_the_military() -> None:
    acled = _acled(
        "Militants fired rockets on a base near Kirkuk on Monday, wounding three people."
    )
    assert acled.actor2 == "Military Forces of Iraq (2018-2020)"


def test_a_grenade_at_a_police_station_hits_the_police() -> None:
    acled = _acled(
        "A grenade was thrown at a police station in Kirkuk on Monday, wounding two people."
    )
    assert acled.actor2 == "Police Forces of Iraq (2018-2020)"


def test_officers_killed_on_their_own_vehicle_are_the_side_hit() -> None:
    acled = _acled(
        "Three people, including two officers, were killed in an explosion on a police "
        "vehicle in Kirkuk on Monday."
    )
    assert acled.actor1 == "Unidentified Armed Group (Iraq)"
    assert acled.actor2 == "Police Forces of Iraq (2018-2020)"


def test_a_bomb_in_a_market_still_hits_civilians() -> None:
    acled = _acled("A bomb exploded in a crowded market in Kirkuk on Monday, killing four people.")
    assert acled.actor2 == "Civilians (Iraq)"


def test_ground_taken_at_a_police_station_is_taken_from_the_police() -> None:
    acled = _acled(
        "Gunmen briefly seized control of the police station in Kirkuk on Monday after a "
        "two-hour assault."
    )
    assert acled.actor2 == "Police Forces of Iraq (2018-2020)"


def test_a_bomber_inside_a_military_camp_is_not_the_camp_s_force() -> None:
    acled = _acled(
        "A suicide bomber blew himself up inside a military camp in Baidoa on Monday, killing "
        "three officers, in an attack claimed by al Shabaab."
    )
    assert acled.actor1 == "Al Shabaab"
    assert acled.actor2 == "Military Forces of Somalia (2017-2022)"


def test_a_force_firing_stun_grenades_at_a_crowd_stays_the_agent() -> None:
    acled = _acled(
        "Police fired stun grenades at protesters who tried to surround the police station in "
        "Dhaka on Monday."
    )
    assert acled.actor1 == "Police Forces of Bangladesh (2009-2024)"
    assert acled.actor2 == "Protesters (Bangladesh)"


def test_troops_shelling_from_their_base_stay_the_shelling_side() -> None:
    acled = _acled(
        "Government troops shelled the village of Sarwa from their army base near Kirkuk on"
        " Monday, killing three civilians."
    )
    assert (acled.actor1, acled.actor2) == (
        "Military Forces of Iraq (2018-2020)",
        "Civilians (Iraq)",
    )


def test_troops_shelling_near_a_military_post_are_not_its_target() -> None:
    acled = _acled(
        "Government troops shelled rebel positions near a military post outside Kirkuk on"
        " Monday, killing three fighters."
    )
    assert acled.actor1 == "Military Forces of Iraq (2018-2020)"


# A force's vehicle told as the subject of striking a device, or its men as the subject of
# suffering its blast, reads as acting to the merging pass (``blast_targets._ACTS``): the post
# told hit makes the force the side hit here.
def test_an_army_vehicle_that_struck_a_roadside_bomb_is_the_side_hit() -> None:
    acled = _acled(
        "An army vehicle struck a roadside bomb near Kirkuk on Monday, wounding three soldiers."
    )
    assert acled.actor1 == "Unidentified Armed Group (Iraq)"
    assert acled.actor2 == "Military Forces of Iraq (2018-2020)"


def test_policemen_injured_in_a_bomb_attack_on_their_camp_are_the_side_hit() -> None:
    acled = _acled(
        "Two policemen received serious injuries in a bomb attack on a police camp in Kirkuk"
        " on Monday night."
    )
    assert acled.actor1 == "Unidentified Armed Group (Iraq)"
    assert acled.actor2 == "Police Forces of Iraq (2018-2020)"
