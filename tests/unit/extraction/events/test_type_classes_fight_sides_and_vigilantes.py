"""Event types of the sixteenth round: the sides of a fight told after its toll, who reports a
fight, where a fight is, a place retaken with a hyphen, a vigilante named as a witness.
Invented reports."""

from __future__ import annotations

from .articles import events_of


def _types(body: str) -> list[str]:
    return [e.event_type for e in events_of(body)]


def test_the_sides_told_after_a_toll_make_the_battle() -> None:
    body = (
        "Nine people were killed and 40 wounded in clashes between army troops and rebel "
        "fighters in the port town of Kismaro on Monday, hospital officials said."
    )
    assert _types(body) == ["armed_clash"]
    # the sides told after the toll still make a brawl of a fight between villagers
    brawl = (
        "Two people were killed in clashes between villagers of Kismaro and Dalo over "
        "grazing land on Monday, officials said."
    )
    assert _types(brawl) == ["mob_violence"]


def test_who_reports_a_fight_is_no_side_of_it() -> None:
    body = "Residents of Kismaro reported heavy fighting on the edge of the town on Monday."
    assert _types(body) == ["armed_clash"]
    # a crowd told as the side after the reporting verb still fights
    crowd = "Officials said villagers clashed with youths from Dalo near Kismaro on Monday."
    assert _types(crowd) == ["mob_violence"]


def test_a_village_is_where_a_fight_is_not_whom_it_hits() -> None:
    body = (
        "Officials said the town was close to falling on Monday as heavy clashes continued "
        "around the market and the village of Dalo."
    )
    assert _types(body) == ["armed_clash"]


def test_a_town_retaken_with_a_hyphen_is_regained() -> None:
    body = "Government forces have re-taken the town of Kismaro from the rebels on Monday."
    assert "territory_regained" in _types(body)


def test_a_vigilante_member_told_as_a_witness_makes_no_mob() -> None:
    body = "A vigilante member said gunmen shot dead four farmers in Dalo village on Monday night."
    assert "mob_violence" not in _types(body)
    assert "attack_on_civilians" in _types(body)


def test_a_drone_downed_is_a_weapon_kept_from_use() -> None:
    assert "weapons_disrupted" in _types(
        "A drone was downed over the Dalo region on Monday, the governor said."
    )
    assert "weapons_disrupted" in _types("Air defences downed two drones over Dalo on Monday.")
    # the participle of a noun tells no downing: debris from drones downed before
    assert "weapons_disrupted" not in _types("Debris from downed drones fell on a house in Dalo.")


def test_drones_named_by_their_use_strike_from_the_air() -> None:
    body = "The militia launched several attack drones at an army position near Dalo on Monday."
    assert _types(body) == ["airstrike"]
    kamikaze = "Troops attacked the town of Dalo with kamikaze drones on Monday, wounding two men."
    assert _types(kamikaze) == ["airstrike"]


def test_a_camp_reoccupied_is_regained() -> None:
    body = "The army reoccupied its camp in Dalo on Tuesday evening, a spokesman said."
    assert "territory_regained" in _types(body)


def test_trees_uprooted_are_property_destroyed() -> None:
    body = "Settlers uprooted and cut down about 30 olive trees in the village of Dalo on Monday."
    assert _types(body) == ["property_destroyed"]


def test_the_crowd_an_armed_party_hit_does_not_burn() -> None:
    body = "Gunmen attacked farmers in Dalo on Monday and burned their houses."
    assert "mob_violence" not in _types(body)
    crowd = "Villagers burned the houses of two men accused of witchcraft in Dalo on Monday."
    assert _types(crowd) == ["mob_violence"]


def test_a_vigilante_group_attacking_is_a_mob() -> None:
    body = "A vigilante group attacked and killed a suspected thief in Dalo on Monday."
    assert _types(body) == ["mob_violence"]


def test_two_local_groups_fighting_are_a_brawl() -> None:
    body = "Two local groups clashed using guns in Dalo village on Monday over a land dispute."
    assert _types(body) == ["mob_violence"]


def test_the_dead_fought_the_side_told_after_with() -> None:
    body = (
        "Two refugees died and about a dozen were hurt in clashes with police during riots "
        "at the Dalo camp on Monday."
    )
    assert _types(body) == ["riot"]
