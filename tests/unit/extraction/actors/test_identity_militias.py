"""Communal militias the note names by the kind of its group: "militiamen from the X clan",
"the X clan militia", "the X ethnic group attacked" (twenty-eighth round)."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage
from newsevents.extraction.actors.unnamed.identity_militias import identity_militias
from newsevents.extraction.pipeline import Pipeline


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


def test_two_named_clans_told_as_a_fights_sides_are_their_militias() -> None:
    """Forty-ninth round (actor69): "between the X and Y clans", "the X and Y clans fought":
    each clan its militia, the first told the first side."""
    assert _names("One man died in a clash between the Lorema and Kaptum clans.", "KE") == [
        ("Lorema", "Lorema Clan Militia (Kenya)"),
        ("Kaptum", "Kaptum Clan Militia (Kenya)"),
    ]
    assert _names("The Abdi Reer and Galool clans fought over a well near Wajir.", "KE") == [
        ("Abdi Reer", "Abdi Reer Clan Militia (Kenya)"),
        ("Galool", "Galool Clan Militia (Kenya)"),
    ]
    # "sub clans" written apart
    assert _names("Fighting between the Ayro and Sacdi sub clans left three dead.")[0] == (
        "Ayro",
        "Ayro Clan Militia (Somalia)",
    )


def test_members_of_a_named_clan_attacking_are_its_militia() -> None:
    assert _names("Members of the Lorema clan attacked and killed two herders.", "KE") == [
        ("Members of the Lorema clan", "Lorema Clan Militia (Kenya)")
    ]


def test_two_clans_brawling_or_told_without_a_fight_are_no_militias() -> None:
    # a brawl of members (coded as rioters), two clans named with no fight, a clan hit
    assert _names("Members of the Dhali and Kora clans clashed over a pond.", "BD") == []
    assert _names("Elders of the Lorema and Kaptum clans met for peace talks.", "KE") == []
    assert _names("Gunmen killed two men of the Lorema and Kaptum clans.", "KE") == []


def test_two_named_clans_clash_in_a_note() -> None:
    article = ArticleMessage(
        id="clans",
        body="Two people died in fighting between the Lorema and Kaptum clans in Wajir county.",
        published_at=dt.datetime(2018, 3, 4, tzinfo=dt.UTC),
    )
    events = Pipeline().extract(article)
    assert [(e.event_type, e.acled.actor1, e.acled.actor2) for e in events] == [
        ("armed_clash", "Lorema Clan Militia (Kenya)", "Kaptum Clan Militia (Kenya)")
    ]
