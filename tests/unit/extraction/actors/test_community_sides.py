"""Fifty-third round (comm73): communities told as the sides of a fight or an attack without a
name ("gunmen from a neighbouring village", "two unknown communities clashed", "inter-community
clashes", "clan-based fighting") are their unidentified militias, and more peoples' militias
are read by name ("Tharaka youths", "Lou Nuer militia", "Tiv and Jukun Ethnic Militias")."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import Article
from newsevents.extraction.actors.unnamed.communal import ethnic_militias
from newsevents.extraction.actors.unnamed.community_sides import community_sides
from newsevents.extraction.pipeline import extract_events


def _events(text: str, year: int = 2012) -> list[tuple[str, str | None, str | None]]:
    published = dt.datetime(year, 3, 9, 12, tzinfo=dt.UTC)
    article = Article(id="t", body=text, published_at=published, countries=[])
    return [(e.event_type, e.acled.actor1, e.acled.actor2) for e in extract_events(article)]


def _sides(text: str, country: str | None = "KE") -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in community_sides(text, country)]


def test_armed_men_from_a_rival_clan_or_a_neighbouring_village_are_its_militia() -> None:
    assert _sides("Armed men thought to be from a rival clan attacked traders.") == [
        ("Armed men thought to be from a rival clan", "Unidentified Ethnic Militia (Kenya)")
    ]
    assert _sides("Gunmen from a neighbouring village shot a teacher.") == [
        ("Gunmen from a neighbouring village", "Unidentified Communal Militia (Kenya)")
    ]
    # Where ACLED names clan militias, a clan's men are one.
    assert _sides("Fighters from a rival clan stormed the well.", "SO") == [
        ("Fighters from a rival clan", "Unidentified Clan Militia (Somalia)")
    ]


def test_two_communities_told_as_the_sides_of_a_fight_are_their_militias() -> None:
    assert _sides("Two unknown communities clashed over a borehole.") == [
        ("Two unknown communities", "Unidentified Ethnic Militia (Kenya)")
    ]
    assert _sides("A raid born of the rivalry between two communities cost three lives.") == [
        ("two communities", "Unidentified Ethnic Militia (Kenya)")
    ]

    # Communities that meet, or are hit, are no armed side.
    assert _sides("Elders from a neighbouring community met the chief.") == []
    assert _sides("Two communities shared the pasture peacefully.") == []
    # South Asia's village and community fights are left to the riot rules.
    assert _sides("Gunmen from a neighbouring village shot a teacher.", "IN") == []


def test_a_community_fight_without_names_is_fought_by_unidentified_militias() -> None:
    [(kind, actor1, actor2)] = _events(
        "Four people were killed in inter-community clashes at Kambi Nyoka in Isiolo County."
    )
    assert (kind, actor1, actor2) == (
        "armed_clash",
        "Unidentified Ethnic Militia (Kenya)",
        "Unidentified Ethnic Militia (Kenya)",
    )
    [(kind, actor1, _)] = _events(
        "Gunmen thought to be from a rival clan shot two traders dead in Wajir town."
    )
    assert (kind, actor1) == ("attack_on_civilians", "Unidentified Ethnic Militia (Kenya)")


def test_a_clan_fight_is_a_clan_militias_where_acled_names_clan_militias() -> None:
    [(_, actor1, _)] = _events("Clan-based fighting near Kebri Dahar left nine people dead.", 2020)
    assert actor1 == "Unidentified Clan Militia (Ethiopia)"
    [(_, actor1, _)] = _events("Inter-clan violence in Degehabur killed six people.", 2020)
    assert actor1 == "Unidentified Clan Militia (Ethiopia)"


def test_more_peoples_and_wordings_name_a_peoples_militia() -> None:
    names = [(m.text, m.name) for m in ethnic_militias("Tharaka youths torched six huts.", "KE")]
    assert names == [("Tharaka youths", "Tharaka Ethnic Militia (Kenya)")]
    names = [(m.text, m.name) for m in ethnic_militias("Lou Nuer militia raided a camp.", "SS")]
    assert names == [("Lou Nuer militia", "Lou Nuer Ethnic Militia (South Sudan)")]
    # ACLED's own capitalised wording, as a report may copy it.
    names = [
        (m.text, m.name)
        for m in ethnic_militias("Tiv and Jukun Ethnic Militias clashed at dawn.", "NG")
    ]
    assert names == [("Tiv and Jukun Ethnic Militias", "Tiv Ethnic Militia (Nigeria)")]
    # A people as the subject of a verb of harm.
    names = [(m.text, m.name) for m in ethnic_militias("Pokot speared a herder.", "KE")]
    assert names == [("Pokot", "Pokot Ethnic Militia (Kenya)")]


def test_a_people_named_like_a_nation_is_a_militia_only_abroad() -> None:
    names = [(m.text, m.name) for m in ethnic_militias("Somali gunmen shot two herders.", "KE")]
    assert names == [("Somali gunmen", "Somali Ethnic Militia (Kenya)")]
    # In Somalia the name is the nation's: no people's militia.
    assert ethnic_militias("Somali gunmen shot two herders.", "SO") == []


def test_a_people_said_of_the_armed_men_in_apposition_or_a_fight_involving_two() -> None:
    names = [
        (m.text, m.name)
        for m in ethnic_militias("Raiders, thought to be Samburu, drove off the cows.", "KE")
    ]
    assert names == [("Raiders, thought to be Samburu", "Samburu Ethnic Militia (Kenya)")]
    names = [
        (m.name)
        for m in ethnic_militias("Fighting involving the Orma and Pokomo clans went on.", "KE")
    ]
    assert names == ["Orma Ethnic Militia (Kenya)"]


def test_acleds_own_capitalised_militia_names_copied_in_a_note_are_read() -> None:
    from newsevents.extraction.actors.unnamed.identity_militias import identity_militias

    names = [m.name for m in identity_militias("Tiv and Ogoja Ethnic Militias clashed.", "NG")]
    assert names == ["Tiv Ethnic Militia (Nigeria)"]
    names = [m.name for m in identity_militias("Lorema and Kaptum Clan Militias fought.", "KE")]
    assert names == ["Lorema Clan Militia (Kenya)"]


def test_a_community_conflict_in_court_or_a_county_named_after_a_people_is_no_militia() -> None:
    """A community's dispute with no fight's noun, and a county named after a people with its
    bearing, name no militia (review, fifty-third round)."""
    county = [m.name for m in ethnic_militias("Police in West Pokot shot two suspects.", "KE")]
    assert "Pokot Ethnic Militia (Kenya)" not in county
    conflict = "A community conflict over a water point in Marsabit County killed two herders."
    assert [a1 for _, a1, _ in _events(conflict)] != ["Unidentified Ethnic Militia (Kenya)"]
    # the fight's noun after the bare word still tells the communities' militias
    fight = "Community clashes over a water point in Marsabit County killed two herders."
    assert [a1 for _, a1, _ in _events(fight)] == ["Unidentified Ethnic Militia (Kenya)"]
