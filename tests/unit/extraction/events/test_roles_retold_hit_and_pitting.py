"""Who did it to whom in whole short articles (thirty-fifth round, issue 10): the civilians a
telling counts as hit stay actor2 when another telling of the same incident names an armed
side (``events/merge/folding._better_hit``), and "pitting X against Y" names both sides of a
fight in the order told (``events/link/sides/phrases.between_sides``). Each wording is tested
with its commas and without them (as the FA-KES copy writes it), beside near misses that must
keep their sides."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import extract_events


def _sides(body: str, event_type: str) -> tuple[str | None, str | None]:
    """actor1 and actor2 (ACLED names) of the article's first event of ``event_type``."""
    article = ArticleMessage(
        id="roles", body=body, published_at=dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)
    )
    event = next(e for e in extract_events(article) if e.event_type == event_type)
    assert event.acled is not None
    return event.acled.actor1, event.acled.actor2


def _commaless(body: str) -> str:
    return body.replace(",", "")


# --- the civilians told hit stay the side hit ------------------------------------------------

_CONVOY = (
    "At least 40 people were killed on Saturday in a suicide car bomb attack on buses carrying"
    " evacuees near Rashidin west of Aleppo, the Observatory said. The suicide attacker drove a"
    " van loaded with explosives into the convoy, which was guarded by Hezbollah fighters and"
    " rebels."
)


@pytest.mark.parametrize("body", [_CONVOY, _commaless(_CONVOY)])
def test_people_killed_stay_hit_over_the_guards_a_retelling_names(body: str) -> None:
    assert _sides(body, "suicide_bombing")[1] == "Civilians (Syria)"


_RELATIVES = (
    "BEIRUT (AP) - An airstrike on the village of Kafr Batna in Eastern Ghouta killed 10 people"
    " on Tuesday, activists said. The Observatory said those killed were all relatives. The"
    " attack came days after Jaysh al-Islam fighters attacked a Syrian army checkpoint near"
    " Harasta."
)


@pytest.mark.parametrize("body", [_RELATIVES, _commaless(_RELATIVES)])
def test_a_recalled_attack_on_an_army_post_does_not_make_the_army_hit(body: str) -> None:
    assert _sides(body, "airstrike")[1] == "Civilians (Syria)"


_HOSPITAL = (
    "ISTANBUL (Anadolu) - Syrian regime warplanes bombed a hospital in the town of Kafr Nubl in"
    " Idlib on Monday, killing four civilians, local sources said. The attack on the hospital"
    " was the third this month, the sources said, as the regime and its Iranian-backed militias"
    " press an offensive against opposition groups."
)


@pytest.mark.parametrize("body", [_HOSPITAL, _commaless(_HOSPITAL)])
def test_a_hospital_bombed_by_the_regime(body: str) -> None:
    assert _sides(body, "airstrike") == (
        "Military Forces of Syria (2000-2024)",
        "Civilians (Syria)",
    )


_SANA = (
    "DAMASCUS, (SANA) - Terrorist organizations fired rocket shells on residential"
    " neighborhoods in Aleppo city on Thursday, killing three civilians and injuring 20 others,"
    " a source at Aleppo Police Command said. Army units targeted the terrorists' positions in"
    " the countryside of the province."
)


@pytest.mark.parametrize("body", [_SANA, _commaless(_SANA)])
def test_state_media_rocket_shells_on_neighbourhoods(body: str) -> None:
    assert _sides(body, "shelling") == ("Opposition Rebels (Syria)", "Civilians (Syria)")


_MARKET = (
    "SANAA (Xinhua) - A Saudi-led coalition airstrike hit a market in Saada province on Monday,"
    " killing 12 civilians, Houthi-run al-Masirah TV said. The Houthis said their fighters shot"
    " down a coalition drone over Jizan on the same day."
)


@pytest.mark.parametrize("body", [_MARKET, _commaless(_MARKET)])
def test_a_coalition_strike_on_a_market_hits_civilians_not_the_houthis(body: str) -> None:
    assert _sides(body, "airstrike") == ("Military Forces of Saudi Arabia", "Civilians (Yemen)")


# Near misses: an armed side told hit in the event's own sentence stays hit.

_CHECKPOINT = (
    "BAGHDAD (AP) - A suicide bomber blew himself up at a checkpoint manned by Iraqi soldiers"
    " north of Baghdad on Sunday, killing five soldiers, officials said. The Islamic State"
    " group claimed the attack."
)


@pytest.mark.parametrize("body", [_CHECKPOINT, _commaless(_CHECKPOINT)])
def test_soldiers_killed_at_their_checkpoint_stay_hit(body: str) -> None:
    assert _sides(body, "suicide_bombing") == (
        "Islamic State (Iraq)",
        "Military Forces of Iraq (2022-)",
    )


_DRONE = (
    "DIYARBAKIR (Rudaw) - A Turkish drone strike killed four PKK fighters in the Qandil"
    " mountains on Wednesday, the Turkish defence ministry said."
)


@pytest.mark.parametrize("body", [_DRONE, _commaless(_DRONE)])
def test_fighters_killed_by_a_drone_are_their_group(body: str) -> None:
    assert _sides(body, "airstrike") == (
        "Military Forces of Turkey (2002-)",
        "PKK: Kurdistan Workers Party",
    )


# --- "pitting X against Y" -----------------------------------------------------------------

_INFIGHTING = (
    "BEIRUT (AFP) - Fierce infighting pitting the powerful Jaysh al-Islam group against Hayat"
    " Tahrir al-Sham has killed dozens in Eastern Ghouta since Friday, a monitor said."
)


@pytest.mark.parametrize("body", [_INFIGHTING, _commaless(_INFIGHTING)])
def test_infighting_pitting_one_group_against_another(body: str) -> None:
    assert _sides(body, "armed_clash") == ("Jaysh al-Islam", "Hayat Tahrir al Sham")


_PKK = (
    "ANKARA (AA) - Clashes pitting the PKK against Turkish security forces erupted in the Lice"
    " district of Diyarbakir on Sunday, security sources said. Two soldiers were martyred in"
    " the clashes, the sources said."
)


@pytest.mark.parametrize("body", [_PKK, _commaless(_PKK)])
def test_clashes_pitting_the_pkk_against_the_army(body: str) -> None:
    assert _sides(body, "armed_clash") == (
        "PKK: Kurdistan Workers Party",
        "Military Forces of Turkey (2002-)",
    )


_TAIZ = (
    "ADEN (Reuters) - Fighting that pitted Houthi rebels against forces loyal to the government"
    " killed 14 people in Taiz on Thursday, residents said."
)


@pytest.mark.parametrize("body", [_TAIZ, _commaless(_TAIZ)])
def test_fighting_that_pitted_the_houthis_against_the_government(body: str) -> None:
    assert _sides(body, "armed_clash") == ("Houthis", "Military Forces of Yemen (2022-)")


# Near misses: "between X and Y" and "clashed with" keep their order.

_PESHMERGA = (
    "ERBIL, Kurdistan Region - Clashes between Peshmerga forces and Islamic State militants"
    " left three dead near Makhmour on Monday, the Peshmerga ministry said."
)


@pytest.mark.parametrize("body", [_PESHMERGA, _commaless(_PESHMERGA)])
def test_clashes_between_two_sides_in_order(body: str) -> None:
    assert _sides(body, "armed_clash") == (
        "Military Forces of the Kurdistan Regional Government (Peshmerga)",
        "Islamic State (Iraq)",
    )


_MOSUL = (
    "MOSUL (Reuters) - Iraqi forces clashed with Islamic State militants in western Mosul on"
    " Tuesday, killing 20 of them, a military statement said."
)


@pytest.mark.parametrize("body", [_MOSUL, _commaless(_MOSUL)])
def test_forces_that_clashed_with_militants(body: str) -> None:
    assert _sides(body, "armed_clash") == (
        "Military Forces of Iraq (2022-)",
        "Islamic State (Iraq)",
    )


# --- "killed in X's strikes": the strike's owner did it ------------------------------------

_REPORTER = (
    "Journalist killed in Russian airstrikes in Idlib. A journalist was killed in a Russian"
    " airstrike on a town in Idlib province on Monday, his employer said."
)


@pytest.mark.parametrize("body", [_REPORTER, _commaless(_REPORTER).replace(".", "", 1)])
def test_a_journalist_killed_in_russian_airstrikes(body: str) -> None:
    assert _sides(body, "airstrike") == ("Military Forces of Russia (2000-)", "Civilians (Syria)")


_CHILDREN = (
    "Two children were killed in Turkish artillery shelling on the village of Tal Rifaat in"
    " Aleppo province on Friday, the Kurdish Red Crescent said."
)


@pytest.mark.parametrize("body", [_CHILDREN, _commaless(_CHILDREN)])
def test_children_killed_in_turkish_shelling(body: str) -> None:
    assert _sides(body, "shelling") == ("Military Forces of Turkey (2002-)", "Civilians (Syria)")


_RAQQA = (
    "Five civilians killed in US-led coalition air raids on Raqqa. Five civilians were killed"
    " on Sunday when air raids by the US-led coalition hit a residential building in Raqqa,"
    " the Observatory said."
)


@pytest.mark.parametrize("body", [_RAQQA, _commaless(_RAQQA)])
def test_civilians_killed_in_coalition_air_raids(body: str) -> None:
    assert _sides(body, "airstrike") == ("International Coalition Forces", "Civilians (Syria)")


# Near misses: fighters killed in strikes on their positions stay hit, and an attack or ambush
# told with its attacker keeps the attacker as actor1.

_MARIB = (
    "Six Houthi fighters were killed in Saudi-led coalition airstrikes on their positions in"
    " Marib province on Tuesday, a military source said."
)


@pytest.mark.parametrize("body", [_MARIB, _commaless(_MARIB)])
def test_fighters_killed_in_strikes_on_their_positions_stay_hit(body: str) -> None:
    assert _sides(body, "airstrike") == ("Military Forces of Saudi Arabia", "Houthis")


_KUNDUZ = (
    "Four soldiers were killed in a Taliban attack on a checkpoint in Kunduz province on"
    " Monday, officials said."
)


@pytest.mark.parametrize("body", [_KUNDUZ, _commaless(_KUNDUZ)])
def test_soldiers_killed_in_a_taliban_attack(body: str) -> None:
    assert _sides(body, "armed_clash") == ("Taliban", "Military Forces of Afghanistan (2021-)")


_KIRKUK = (
    "Eight policemen were killed in an ambush by Islamic State militants near Kirkuk on"
    " Wednesday, police said."
)


@pytest.mark.parametrize("body", [_KIRKUK, _commaless(_KIRKUK)])
def test_policemen_killed_in_an_ambush_by_militants(body: str) -> None:
    assert _sides(body, "armed_clash") == ("Islamic State (Iraq)", "Police Forces of Iraq (2022-)")


# --- the places of medics and rescuers struck: their people are civilians --------------------

_RESCUERS = (
    "BEIRUT (Reuters) - Russian jets struck a civil defence centre in the town of Atareb in"
    " Aleppo province and the nearby medical point on Wednesday, the White Helmets said."
)
_BAKERY = (
    "ISTANBUL (Anadolu) - Syrian regime helicopters dropped barrel bombs on a bakery in the town"
    " of Kafr Hamra in Aleppo province on Friday, local sources said."
)
_CLINIC = (
    "AMMAN (Reuters) - Government warplanes bombed a clinic in the town of Jasim in Deraa"
    " province on Monday, opposition sources said."
)


@pytest.mark.parametrize(
    ("body", "agent"),
    [
        (_RESCUERS, "Military Forces of Russia (2000-)"),
        (_commaless(_RESCUERS), "Military Forces of Russia (2000-)"),
        (_BAKERY, "Military Forces of Syria (2000-2024)"),
        (_commaless(_BAKERY), "Military Forces of Syria (2000-2024)"),
        (_CLINIC, "Military Forces of Syria (2000-2024)"),
        (_commaless(_CLINIC), "Military Forces of Syria (2000-2024)"),
    ],
)
def test_a_strike_on_a_medical_or_rescue_place_or_a_bakery_hits_civilians(
    body: str, agent: str
) -> None:
    assert _sides(body, "airstrike") == (agent, "Civilians (Syria)")


_HAMAS_SITES = (
    "GAZA (AFP) - Israeli jets struck Hamas sites in the Gaza Strip overnight, the army said."
)


@pytest.mark.parametrize("body", [_HAMAS_SITES, _commaless(_HAMAS_SITES)])
def test_a_groups_sites_struck_stay_the_group(body: str) -> None:
    assert _sides(body, "airstrike") == ("Military Forces of Israel (2022-)", "Hamas Movement")
