"""Actors of the forty-fourth round (actor64): herders told acting are a community's militia,
herders hit stay civilians; a count before armed men who act with an object counts the doers,
not the dead; peoples' communal militias and ethnic militiamen."""

from __future__ import annotations

import datetime as dt

from tests.unit.extraction.events.articles import sides_of

_LATE = dt.datetime(2019, 5, 3, tzinfo=dt.UTC)
_EARLY = dt.datetime(2014, 5, 3, tzinfo=dt.UTC)


def test_herders_attacking_are_an_unidentified_communal_militia() -> None:
    assert sides_of(
        "On Monday, a group of herders attacked a farmer near Isiolo, Kenya.", _LATE
    ) == [("attack_on_civilians", "Unidentified Communal Militia (Kenya)", "Civilians (Kenya)")]
    assert sides_of(
        "Suspected herders attacked a village near Kandi, Benin, killing four.", _LATE
    ) == [("attack_on_civilians", "Unidentified Communal Militia (Benin)", "Civilians (Benin)")]


def test_before_2016_the_same_militia_is_ethnic() -> None:
    (side,) = sides_of(
        "Armed herdsmen raided a village in Kwara State, Nigeria, killing three people.", _EARLY
    )
    assert side[1] == "Unidentified Ethnic Militia (Nigeria)"


def test_herders_as_the_agent_of_a_passive() -> None:
    (side,) = sides_of("A farmer was hacked to death by herders in Narok, Kenya.", _LATE)
    assert side[1] == "Unidentified Communal Militia (Kenya)"


def test_herders_fighting_farmers_are_the_armed_side() -> None:
    (side,) = sides_of(
        "Two people were injured in a fight between farmers and herders in Taveta, Kenya.", _LATE
    )
    assert side[:2] == ("armed_clash", "Unidentified Communal Militia (Kenya)")
    (side,) = sides_of(
        "Farmers clashed with pastoralists over grazing land near Naivasha, Kenya.", _EARLY
    )
    assert side[:2] == ("armed_clash", "Unidentified Ethnic Militia (Kenya)")


def test_herders_hit_stay_civilians() -> None:
    assert sides_of("Two herders were killed by gunmen near Marsabit, Kenya, on Tuesday.") == [
        ("attack_on_civilians", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")
    ]
    assert sides_of("Unidentified attackers killed four pastoralists at Baragoi, Kenya.") == [
        ("attack_on_civilians", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")
    ]


def test_herders_told_by_a_bare_participle_are_the_hit() -> None:
    # a note's passive with no auxiliary: the herders are the ones killed
    assert sides_of("2 herders killed in a banditry attack near Hola, Kenya.") == [
        ("attack_on_civilians", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")
    ]


def test_herders_after_by_with_no_verb_of_violence_are_no_side() -> None:
    """ "cattle owned by herders", "land used by herders": no passive of an attack (review65)."""
    assert sides_of(
        "Bandits stole 300 cattle owned by herders and killed two people near Gusau, Nigeria,"
        " on Monday.",
        _LATE,
    ) == [("attack_on_civilians", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")]
    assert sides_of(
        "Gunmen killed five farmers near Makurdi, Nigeria, on Monday, in what residents said"
        " was a reprisal for the killing of cows owned by herders.",
        _LATE,
    ) == [("attack_on_civilians", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")]
    # the agent of a passive of violence a few words away still is
    (side,) = sides_of("A farmer was attacked and injured by herders in Narok, Kenya.", _LATE)
    assert side[1] == "Unidentified Communal Militia (Kenya)"


def test_herders_doing_no_violence_are_no_side() -> None:
    # sharing land is no fight; the gunmen are the attackers
    assert sides_of(
        "Land is shared between farmers and herders near Kandi, Benin. Gunmen killed two "
        "farmers there on Monday."
    ) == [("attack_on_civilians", "Unidentified Armed Group (Benin)", "Civilians (Benin)")]


def test_a_count_before_armed_men_acting_on_an_object_counts_the_doers() -> None:
    assert sides_of(
        "Two suspected Pokot raiders attacked a village in Baringo, Kenya, killing a resident."
    ) == [("attack_on_civilians", "Pokot Ethnic Militia (Kenya)", "Civilians (Kenya)")]
    assert sides_of(
        "About 200 suspected Fulani militias attacked Tsugunni village in Katsina State, "
        "Nigeria, killing one resident."
    ) == [("attack_on_civilians", "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)")]


def test_a_counted_headline_participle_still_tells_the_hit() -> None:
    # a count after the participle is more losses, not an object
    (side,) = sides_of("1 security personnel killed 5 injured in bomb blast in Sibi, Pakistan.")
    assert side[1:] == ("Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan")
    assert sides_of("3 suspected militants killed by police in Swabi, Pakistan.") == [
        ("armed_clash", "Police Forces of Pakistan", "Unidentified Armed Group (Pakistan)")
    ]


def test_two_peoples_communal_militias_name_the_first_people() -> None:
    (side,) = sides_of(
        "Fellata and Rizeigat communal militias clashed in South Darfur state, killing 31.", _LATE
    )
    assert side[:2] == ("armed_clash", "Fellata Ethnic Militia (Sudan)")


def test_ethnic_militiamen_are_an_unidentified_ethnic_militia() -> None:
    (side,) = sides_of("Ethnic militiamen killed two men in Garissa county, Kenya.", _EARLY)
    assert side[1] == "Unidentified Ethnic Militia (Kenya)"


def test_rival_ethnic_groups_and_inter_tribal_fights_name_communal_militias() -> None:
    (side,) = sides_of(
        "Four people were killed in clashes between rival ethnic groups in Molo, Kenya."
    )
    assert side[:2] == ("armed_clash", "Unidentified Communal Militia (Kenya)")
    (side,) = sides_of("Four people have died following inter-Tribal conflict in Baragoi, Kenya.")
    assert side[:2] == ("armed_clash", "Unidentified Communal Militia (Kenya)")


def test_inter_communal_clashes_are_militias_in_africa_only() -> None:
    (side,) = sides_of(
        "Three people were killed in inter-communal clashes in Plateau State, Nigeria."
    )
    assert side[1] == "Unidentified Communal Militia (Nigeria)"
    # South Asia's communal clashes are riots of two communities, no militia
    (side,) = sides_of("Three people were injured in inter-communal clashes in Meerut, India.")
    assert "Militia" not in (side[1] or "")


def test_kia_is_the_kachin_army_unless_told_as_the_dead() -> None:
    (side,) = sides_of("KIA and Myanmar Armed Forces clashed near a village in Mogaung, Myanmar.")
    assert side == ("armed_clash", "KIA: Kachin Independence Army", "Military Forces of Myanmar")
    # "killed in action" after a count
    (side,) = sides_of("Rebels attacked a police post in Wajir, Kenya. Twelve reportedly KIA.")
    assert "Kachin" not in str(side)


def test_kia_after_an_adverb_or_a_noun_of_the_dead_is_killed_in_action() -> None:
    """Wire and military-briefing shorthand: "were also KIA", "five soldiers KIA" (review65)."""
    (side,) = sides_of(
        "Militants killed five soldiers in an ambush in Helmand province, Afghanistan, on"
        " Monday; two militants were also KIA."
    )
    assert "Kachin" not in str(side)
    assert side[2] == "Military Forces of Afghanistan"
    for told in ("five soldiers KIA", "five soldiers were all KIA"):
        sides = sides_of(
            f"Militants ambushed a convoy in Helmand province, Afghanistan, on Monday. Officials"
            f" said {told} and three wounded."
        )
        assert "Kachin" not in str(sides)
    # the army named after "with the" and before a verb stays the Kachin Independence Army
    (side,) = sides_of("Myanmar troops clashed with the KIA in Kachin state, Myanmar, on Monday.")
    assert side[2] == "KIA: Kachin Independence Army"
