"""Who struck, when wire and regional copy tell a strike by two states' forces at once
(thirty-second round, actors53): "Syrian and Russian warplanes", "regime and Russian
airstrikes", "jets believed to be Russian or Syrian". ACLED codes the home state's forces
(Military Forces of Syria); a strike told as Russian only stays Russia's. Also a government
or a group telling its own men's act ("the Syrian government said its forces ...") and the
side a strike supports ("coalition warplanes supporting the SDF"), which is not the side hit.
Paragraphs written for these tests in the styles of the outlets named."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import EventMessage

from .articles import events_published

SY = "Military Forces of Syria (2000-2024)"
RU = "Military Forces of Russia (2000-)"
CIV = "Civilians (Syria)"
REB = "Opposition Rebels (Syria)"
COA = "International Coalition Forces"
SDF = "SDF: Syrian Democratic Forces"
IS = "Islamic State (Syria)"
UNIDENTIFIED = "Unidentified Armed Group (Syria)"

# (outlet style and wording, body, the events wanted: type or None for any, actor1, actor2
# or None for any)
CASES: list[tuple[str, str, list[tuple[str | None, str | None, str | None]]]] = [
    (
        "reuters_syrian_and_russian_warplanes",
        (
            "Syrian and Russian warplanes pounded the rebel-held town of Kafr Hamra north of "
            "Aleppo on Tuesday, killing at least 25 civilians, the Syrian Observatory for Human "
            "Rights said."
        ),
        [("airstrike", SY, CIV)],
    ),
    (
        "ap_russian_and_syrian_government_jets",
        (
            "Russian and Syrian government jets struck the town of Khan Sheikhoun in Idlib "
            "province on Sunday, killing 12 people, activists said. The Britain-based monitor "
            "said children were among the dead."
        ),
        [("airstrike", SY, None)],
    ),
    (
        "afp_syrian_or_russian_jets",
        (
            "Air strikes by Syrian or Russian jets killed 15 civilians in the town of Maaret al-"
            "Numan on Monday, the Observatory said. It was not clear whether the raids were "
            "carried out by regime or Russian aircraft."
        ),
        [("airstrike", SY, CIV)],
    ),
    (
        "sohr_believed_russian_or_syrian",
        (
            "Warplanes believed to be Russian or Syrian struck the village of Kafr Nabl in Idlib "
            "countryside at dawn, killing seven civilians including two children, the Syrian "
            "Observatory said."
        ),
        [("airstrike", SY, CIV)],
    ),
    (
        "anadolu_regime_and_russian_airstrikes",
        (
            "At least nine civilians were killed Friday in regime and Russian airstrikes on the "
            "town of Ariha in Idlib province, according to local civil defense sources. A civil "
            "defense official told Anadolu Agency that residential buildings were destroyed."
        ),
        [("airstrike", SY, CIV)],
    ),
    (
        "daily_sabah_assad_regime_and_its_ally_russia",
        (
            "Airstrikes carried out by the Assad regime and its ally Russia killed 11 civilians "
            "in the town of Saraqib in Idlib on Wednesday, local sources said."
        ),
        [("airstrike", SY, CIV)],
    ),
    (
        "afp_regime_and_russia_bombed",
        (
            "The regime and Russia bombed the town of Douma near Damascus on Thursday, killing "
            "six civilians, the Observatory said."
        ),
        [(None, SY, CIV)],
    ),
    (
        "reuters_russian_backed_government_forces",
        (
            "Russian-backed government forces captured the village of Tal Sousin east of Aleppo "
            "on Wednesday after heavy clashes with rebels, a monitor said."
        ),
        [("territory_regained", SY, None)],
    ),
    (
        "reuters_pro_government_forces_backed_by_russian_air_power",
        (
            "Pro-government forces backed by Russian air power fought rebels near the town of "
            "Khan Touman south of Aleppo on Saturday, killing at least 20 insurgents, the "
            "Observatory said."
        ),
        [("armed_clash", SY, REB)],
    ),
    (
        "ap_syrian_army_and_its_russian_allies",
        (
            "The Syrian army and its Russian allies clashed with rebels in the village of "
            "Kinsabba in Latakia province on Monday, state media said."
        ),
        [("armed_clash", SY, REB)],
    ),
    (
        "sana_russian_syrian_jets",
        (
            "Syrian and Russian warplanes destroyed positions of terrorists in the town of Kafr "
            "Zita in Hama countryside, killing dozens of them, SANA reported."
        ),
        [("airstrike", SY, None)],
    ),
    (
        "reuters_government_forces_backed_by_russian_jets_seized",
        (
            "Syrian government forces and allied militias backed by Russian jets seized the town "
            "of Morek from rebels on Tuesday, state television said."
        ),
        [("territory_regained", SY, None)],
    ),
    (
        "afp_air_raids_after_joint_lead",
        (
            "Russian and Syrian government warplanes intensified their bombing of rebel-held "
            "eastern Aleppo on Friday. Air raids on the district of al-Shaar killed 12 civilians,"
            " the Observatory said."
        ),
        [("airstrike", SY, CIV)],
    ),
    (
        "reuters_russian_only",
        (
            "Russian warplanes struck the town of Jisr al-Shughour in Idlib province on Tuesday, "
            "killing eight civilians, the Syrian Observatory for Human Rights said."
        ),
        [("airstrike", RU, CIV)],
    ),
    (
        "ap_jets_believed_russian",
        (
            "Jets believed to be Russian struck a market in the town of Maarat Misrin in Idlib on"
            " Sunday, killing 14 people, rescue workers said."
        ),
        [(None, RU, None)],
    ),
    (
        "anadolu_russian_airstrikes_supporting_regime",
        (
            "Russian airstrikes in support of regime forces killed ten civilians in the town of "
            "Kafr Zita in Hama on Monday, according to the White Helmets."
        ),
        [("airstrike", RU, CIV)],
    ),
    (
        "reuters_russian_and_regime_told_apart",
        (
            "Syrian government air strikes killed 12 civilians in the town of Saraqeb on Tuesday,"
            " a monitor said. On Thursday Russian air strikes killed five fighters in the village"
            " of Kafr Nubl."
        ),
        [("airstrike", SY, None), ("airstrike", RU, None)],
    ),
    (
        "russian_statement_about_syrian_strikes",
        (
            "Russia's defence ministry said on Tuesday that Syrian warplanes, not Russian ones, "
            "had struck the town of Urum al-Kubra, where 20 aid workers were killed."
        ),
        [("airstrike", SY, None)],
    ),
    (
        "russian_military_police_patrol_hit",
        (
            "A roadside bomb hit a Russian military police patrol near the town of Busra al-Harir"
            " in Daraa province on Wednesday, wounding three officers, the Observatory said."
        ),
        [("explosive_attack", UNIDENTIFIED, RU)],
    ),
    (
        "russian_ministry_its_own_jets",
        (
            "Russia's defence ministry said on Tuesday its jets had struck Islamic State "
            "positions near Palmyra in Homs province, killing 30 militants."
        ),
        [("airstrike", RU, IS)],
    ),
    (
        "syrian_government_said_its_forces",
        (
            "The Syrian government said its forces had recaptured the town of Qaryatain from "
            "Islamic State militants on Sunday after days of fighting."
        ),
        [("territory_regained", SY, None)],
    ),
    (
        "sana_army_units",
        (
            "Army units destroyed terrorist positions in the town of Latamneh in Hama "
            "countryside, killing dozens of terrorists, SANA reported."
        ),
        [("armed_clash", SY, None)],
    ),
    (
        "foreign_ministry_said_air_force",
        (
            "The Syrian foreign ministry said the air force had struck militant positions in the "
            "town of Talbiseh in Homs province on Friday."
        ),
        [("airstrike", SY, None)],
    ),
    (
        "reuters_sdf_advance_backed_by_coalition",
        (
            "The U.S.-backed Syrian Democratic Forces captured the village of Tal Samin from "
            "Islamic State on Tuesday, backed by coalition air strikes, the group said."
        ),
        [("territory_taken", SDF, None)],
    ),
    (
        "afp_kurdish_led_fighters_backed_by_coalition",
        (
            "Kurdish-led fighters of the Syrian Democratic Forces, backed by the US-led "
            "coalition, clashed with Islamic State militants in the town of Manbij on Sunday, the"
            " Observatory said."
        ),
        [("armed_clash", SDF, None)],
    ),
    (
        "afp_backed_by_coalition_strikes_sdf_captured",
        (
            "Backed by US-led coalition air strikes, the Syrian Democratic Forces captured the "
            "village of Tal Samin near Raqqa from Islamic State on Tuesday, the group said."
        ),
        [("territory_taken", SDF, IS), ("airstrike", COA, IS)],
    ),
    (
        "reuters_coalition_strikes_and_sdf_drove_out",
        (
            "US-led coalition air strikes and the Syrian Democratic Forces drove Islamic State "
            "out of the town of Tabqa on Wednesday, a spokesman said."
        ),
        [("territory_taken", SDF, IS), ("airstrike", COA, IS)],
    ),
    (
        "ap_coalition_strikes_killed_civilians",
        (
            "Air strikes by the US-led coalition killed 20 civilians in the village of Tokhar "
            "near Manbij on Tuesday, the Observatory said."
        ),
        [("airstrike", COA, CIV)],
    ),
    (
        "rudaw_sdf_spokesman",
        (
            "The SDF said its fighters had repelled an Islamic State attack on the village of Ain"
            " Issa on Friday, killing 12 militants."
        ),
        [("armed_clash", IS, SDF)],
    ),
    (
        "reuters_coalition_supporting_sdf_strike",
        (
            "Coalition warplanes supporting the Syrian Democratic Forces struck the town of Tabqa"
            " on Monday, killing 15 civilians, activists said."
        ),
        [("airstrike", COA, CIV)],
    ),
    (
        "ap_regime_helicopters_and_russian_jets",
        (
            "Government helicopters and Russian jets bombed the town of Anadan north of Aleppo on"
            " Monday, killing nine people, activists said."
        ),
        [("airstrike", SY, None)],
    ),
    (
        "sohr_russian_syrian_raids_on_is_town",
        (
            "Three Russian and Syrian regime air raids on the town of al-Quriyah in Deir Ezzor "
            "province killed 58 civilians on Saturday, the Syrian Observatory for Human Rights "
            "said."
        ),
        [("airstrike", SY, CIV)],
    ),
    (
        "alarabiya_either_russian_or_syrian",
        (
            "Air strikes on eastern Aleppo on Wednesday killed at least 21 people, the "
            "Observatory said. They were carried out by either Russian or Syrian warplanes, it "
            "said."
        ),
        [("airstrike", SY, None)],
    ),
    (
        "etilaf_regime_and_russian_warplanes",
        (
            "Regime and Russian warplanes killed 30 civilians in the town of Kafr Batna in "
            "Eastern Ghouta on Monday, the Syrian opposition coalition said in a statement."
        ),
        [("airstrike", SY, CIV)],
    ),
]

_PUBLISHED = dt.datetime(2016, 10, 12, tzinfo=dt.UTC)


def _matches(event: EventMessage, want: tuple[str | None, str | None, str | None]) -> bool:
    kind, actor1, actor2 = want
    assert event.acled is not None
    return (
        (kind is None or event.event_type == kind)
        and event.acled.actor1 == actor1
        and (actor2 is None or event.acled.actor2 == actor2)
    )


@pytest.mark.parametrize(("wording", "body", "wanted"), CASES, ids=[c[0] for c in CASES])
def test_who_struck(
    wording: str, body: str, wanted: list[tuple[str | None, str | None, str | None]]
) -> None:
    events = events_published(body, _PUBLISHED)
    told = [(e.event_type, e.acled.actor1 if e.acled else None) for e in events]
    for want in wanted:
        assert any(_matches(e, want) for e in events), (wording, want, told)


def test_a_joint_strike_names_no_russian_civilians() -> None:
    """ "Three Russian and Syrian regime air raids": "Three Russian" counts no Russians."""
    body = (
        "Three Russian and Syrian regime air raids on the town of al-Quriyah in Deir Ezzor "
        "province killed 58 civilians on Saturday, the Syrian Observatory for Human Rights said."
    )
    (event,) = [e for e in events_published(body, _PUBLISHED) if e.event_type == "airstrike"]
    assert event.acled is not None
    assert (event.acled.actor1, event.acled.actor2) == (SY, CIV)


def test_two_states_told_as_opponents_are_not_joined() -> None:
    """ "clashes between Syrian and Turkish forces": Turkey's forces stay a side of their own."""
    body = (
        "Clashes broke out between Syrian and Turkish forces near the town of Tal Rifaat in "
        "Aleppo province on Monday, the Observatory said."
    )
    sides = [
        (e.acled.actor1, e.acled.actor2) for e in events_published(body, _PUBLISHED) if e.acled
    ]
    assert any("Military Forces of Turkey" in (side or "") for pair in sides for side in pair)


# Two states' forces told as one subject of a reciprocal act are opponents, whatever the
# country of the article (review53): each keeps its own state.
OPPONENTS = [
    (
        "afp_syrian_and_turkish_warplanes_each_other",
        "Syrian and Turkish warplanes struck each other's positions near Saraqeb in Idlib "
        "province on Thursday as fighting escalated, a war monitor said. Twelve soldiers died.",
        "Military Forces of Turkey",
    ),
    (
        "reuters_ukrainian_and_russian_jets_clashed",
        "KYIV (Reuters) - Ukrainian and Russian warplanes clashed over Kupiansk in the Kharkiv "
        "region on Friday, the Ukrainian military said. Three soldiers were killed.",
        "Military Forces of Russia",
    ),
    (
        "ap_indian_and_pakistani_jets_dogfight",
        "NEW DELHI (AP) - Indian and Pakistani jets engaged in a dogfight over Poonch in "
        "Kashmir on Wednesday, and two pilots were killed, Indian officials said.",
        "Military Forces of Pakistan",
    ),
]


@pytest.mark.parametrize(("wording", "body", "foe"), OPPONENTS, ids=[c[0] for c in OPPONENTS])
def test_two_air_forces_fighting_each_other_are_not_joined(
    wording: str, body: str, foe: str
) -> None:
    """ "Syrian and Turkish warplanes struck each other's positions": the foreign air force is
    an opponent, not the home state's ally; no event names the home state on both sides."""
    sides = [
        (e.acled.actor1, e.acled.actor2) for e in events_published(body, _PUBLISHED) if e.acled
    ]
    assert any(foe in (side or "") for pair in sides for side in pair), (wording, sides)
    assert not any(a1 is not None and a1 == a2 for a1, a2 in sides), (wording, sides)


def test_a_head_of_state_told_striking_is_his_military() -> None:
    """ "Assad regimes random attacks" (copy without apostrophes): the man, affiliated to the
    government, strikes with its forces (Daily Sabah style)."""
    body = (
        "Six civilians were killed on Monday in air raids on the town of Kafr Nabl in Idlib "
        "province, opposition activists said, blaming Assad regimes random attacks."
    )
    (event,) = [e for e in events_published(body, _PUBLISHED) if e.event_type == "airstrike"]
    assert event.acled is not None
    assert event.acled.actor1 == SY


@pytest.mark.parametrize(
    ("body", "actor1"),
    [
        (
            "Assads forces shelled the town of Douma near Damascus on Monday, killing five "
            "civilians, activists said.",
            SY,
        ),
        (
            "Six civilians were killed on Monday when Assad regimes warplanes bombed the town of "
            "Kafr Nabl in Idlib province, the civil defence said.",
            SY,
        ),
        (
            "Putins warplanes bombed the town of Douma near Damascus on Monday, killing five "
            "civilians, the opposition said.",
            RU,
        ),
    ],
)
def test_a_leaders_men_without_the_apostrophe(body: str, actor1: str) -> None:
    """Copy that lost its apostrophes: "Assads forces" are the state's forces."""
    events = [e for e in events_published(body, _PUBLISHED) if e.event_type != "protest"]
    assert events
    assert events[0].acled is not None
    assert events[0].acled.actor1 == actor1
