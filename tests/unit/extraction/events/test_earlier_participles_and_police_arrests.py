"""Review of the fifteenth round's first branches: a past participle after "the earlier" or
"the previous" is an adjective of the earlier act ("the previous armed raid"), not a verb of
the day's; people the police arrest and lead away are no abduction; a unit named by its arm
of service and "Police" is the police. Invented reports."""

from __future__ import annotations

import datetime as dt

from .articles import acled_of, events_of


def _types(body: str) -> list[str]:
    return [e.event_type for e in events_of(body)]


def test_an_earlier_act_told_with_a_participle_adjective_is_still_earlier() -> None:
    for prior in ("the previous armed raid", "an earlier failed attack", "the earlier raid"):
        body = (
            f"Residents of Saraqeb in Idlib province said on Monday that {prior} on the town"
            " had frightened them."
        )
        assert _types(body) == [], prior


def test_the_adverb_earlier_before_a_verb_still_tells_the_days_act() -> None:
    body = "Police earlier fired tear gas at about 200 traders marching in Garissa on Monday."
    assert _types(body) == ["protest_dispersed"]


def test_people_the_police_arrest_and_lead_away_are_no_abduction() -> None:
    arrested = (
        "Police arrested three traders in Garissa on Monday and took them away to an unknown"
        " location, relatives said."
    )
    assert _types(arrested) == ["arrest"]
    led = "Security forces took the men away for questioning in Garissa on Monday."
    assert "abduction" not in _types(led)


def test_captives_led_off_by_gunmen_are_still_an_abduction() -> None:
    body = "Gunmen stormed a school in Kaduna on Monday and took 20 students away, police said."
    assert "abduction" in _types(body)


def test_a_police_unit_named_by_its_arm_of_service_is_the_police() -> None:
    body = (
        "Officers of the Marine Police Force clashed with pirates near Lamu, Kenya on Monday,"
        " killing two of them."
    )
    acled = acled_of(body, "armed_clash", dt.datetime(2024, 3, 14, tzinfo=dt.UTC))
    assert acled.actor1 == "Police Forces of Kenya (2022-)"
    infantry = "The 5th Infantry Division clashed with gunmen near Lamu, Kenya on Monday."
    acled = acled_of(infantry, "armed_clash", dt.datetime(2024, 3, 14, tzinfo=dt.UTC))
    assert acled.actor1 == "Military Forces of Kenya (2022-)"


def test_the_owner_told_after_an_attacked_post_is_the_side_hit() -> None:
    # (the post's owner is named, the attacker not: the owner is hit, never the agent)
    body = "An attack on a checkpoint of the Houthis near Ataq killed five fighters on Monday."
    acled = acled_of(body, "armed_clash", dt.datetime(2024, 3, 14, tzinfo=dt.UTC))
    assert acled.actor1 == "Unidentified Armed Group (Yemen)"
    assert acled.actor2 == "Houthis"


def test_goods_an_authority_holds_for_a_while_stay_a_seizure() -> None:
    body = "Police temporarily seized the trucks of traders in Garissa on Monday, officials said."
    assert _types(body) == ["property_seized"]
    post = "Gunmen briefly seized a police station in Garissa on Monday, officials said."
    assert _types(post) == ["armed_clash"]


def test_kidnappers_released_on_bail_make_no_release_of_captives() -> None:
    body = "The men who kidnapped the nurses were released on bail in Bamenda on Monday."
    assert "release" not in _types(body)
    freed = "Engineers who were abducted in Bamenda in May have been released, officials said."
    assert _types(freed) == ["release"]


def test_an_offensive_of_the_group_itself_is_no_operation_of_the_forces() -> None:
    body = (
        "Soldiers fought New People's Army rebels near Oranto in Samar province, the"
        " Philippines, on Tuesday. The rebels launched an offensive last month. NPA fighters"
        " opened fire on an army patrol, the military said."
    )
    acled = acled_of(body, "armed_clash", dt.datetime(2021, 5, 8, tzinfo=dt.UTC))
    assert acled.actor1 == "NPA: New People's Army"
    assert acled.actor2 == "Military Forces of the Philippines (2016-2022)"
