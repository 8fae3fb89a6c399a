"""Communal militias the note names by the kind of its group: "militiamen from the X clan",
"the X clan militia", "the X ethnic group attacked" (twenty-eighth round)."""

from __future__ import annotations

from newsevents.extraction.actors.unnamed.identity_militias import identity_militias


def _names(text: str, country: str | None = "SO") -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in identity_militias(text, country)]


def test_armed_men_from_a_named_clan_are_its_clan_militia() -> None:
    # a wire brief
    assert _names(
        "Militiamen from the Dhuubane and Reer Aw clans fought near Qansax on Monday."
    ) == [("Militiamen from the Dhuubane and Reer Aw clans", "Dhuubane Clan Militia (Somalia)")]
    # a local paper, another country
    assert _names("Fighters of the Lokoro clan raided a cattle camp at dawn.", "SS") == [
        ("Fighters of the Lokoro clan", "Lokoro Clan Militia (South Sudan)")
    ]


def test_a_named_ethnic_group_attacking_is_its_ethnic_militia() -> None:
    assert _names("The Bamoru ethnic group attacked a neighbouring village.", "KE") == [
        ("Bamoru ethnic group", "Bamoru Ethnic Militia (Kenya)")
    ]
    assert _names("An NGO said the Wakasi ethnic group killed three herders.", "TZ") == [
        ("Wakasi ethnic group", "Wakasi Ethnic Militia (Tanzania)")
    ]
    assert _names("Residents blamed the Oloro clan militia for the killings.") == [
        ("Oloro clan militia", "Oloro Clan Militia (Somalia)")
    ]


def test_a_group_brawling_hit_or_unnamed_is_no_named_militia() -> None:
    # a brawl of clan members is coded as rioters; a group hit is civilians
    assert _names("Members of the Dhali clan clashed with rivals over a pond.", "BD") == []
    assert _names("Gunmen killed two elders of the Kalo clan.") == []
    # no group's name: "Unidentified", "Rival"; a country's people: a demonym
    assert _names("Unidentified ethnic militia burned homes.", "KE") == []
    assert _names("Rival clan militias exchanged fire.") == []
    assert _names("Ethiopian ethnic militiamen crossed the border.", "KE") == []
    # a tribe's militia is ACLED's "Tribal Militia" in the Middle East: the generic names'
    assert _names("Arab tribal militia units clashed with the SDF.", "SY") == []
    # a place, not a group as the subject
    assert _names("Raiders in the Gedo clan area attacked a well.") == []


def test_two_clans_militias_name_the_first_and_a_listed_people_keeps_its_name() -> None:
    assert _names("Clashes between the Harti and Dolbo clan militias left four dead.") == [
        ("Harti and Dolbo clan militias", "Harti Clan Militia (Somalia)")
    ]
    # a people the communal militias list: ACLED's name for it, after its country
    assert _names("The attack was carried out by Garre clan militia.", "KE") == [
        ("Garre clan militia", "Garre Ethnic Militia (Kenya)")
    ]


def test_a_sub_clan_of_a_named_clan_is_named_after_its_clan_first() -> None:
    assert _names("Armed men from the Ugas sub-clan of the Dir Weyne clan killed a trader.") == [
        (
            "Armed men from the Ugas sub-clan of the Dir Weyne clan",
            "Dir Weyne-Ugas Sub-Clan Militia (Somalia)",
        )
    ]
    assert _names("Omar clan militiamen of the Bari Yare clan attacked a well.") == [
        (
            "Omar clan militiamen of the Bari Yare clan",
            "Bari Yare-Omar Sub-Clan Militia (Somalia)",
        )
    ]
