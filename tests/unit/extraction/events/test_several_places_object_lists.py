"""Thirty-fifth round, several55: one act told at several places in one sentence is one event
per place, commas or none.

Monitors and agencies tell a raid's or a fight's places as one list in the object of its verb:
"warplanes struck Kafr Nabl, Maarat al-Numan and the villages of Hass and Kafrouma", "shelled
the towns of Kafr Zita, al-Latamneh and Morek", "clashes between regime forces and rebels in
Jobar and Ain Tarma". The gold codes one event per place. Each article is run as written and
with its commas stripped (FA-KES copy lost all its commas). Near misses: one name of several
words, a region told by its parts ("Idlib and Hama countryside"), a stretch ("the road between
A and B", "from A to B"), armed groups or people listed, where the fire came from, a town and
the unit after its comma. The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of

_COMMAS = pytest.mark.parametrize("commas", [True, False], ids=["commas", "commaless"])


def _text(article: str, commas: bool) -> str:
    return article if commas else article.replace(",", "")


def _located(events: list[EventMessage], event_type: str) -> list[str]:
    """The ACLED location of each event of ``event_type``, sorted."""
    return sorted(
        e.acled.location
        for e in events
        if e.event_type == event_type and e.acled is not None and e.acled.location is not None
    )


def _matches(located: list[str], expected: list[tuple[str, ...]]) -> bool:
    """Whether each place of ``expected`` (its spellings) is the location of one event, and no
    event lies elsewhere."""
    if len(located) != len(expected):
        return False
    left = list(located)
    for spellings in expected:
        found = next((name for name in left if name in spellings), None)
        if found is None:
            return False
        left.remove(found)
    return True


def _toll_at(events: list[EventMessage], spellings: tuple[str, ...]) -> int | None:
    event = next(e for e in events if e.acled is not None and e.acled.location in spellings)
    assert event.acled is not None
    return event.acled.fatalities


# --- one act at several places -----------------------------------------------------------

_SOHR_STRUCK = (
    "Russian warplanes struck Kafr Nabl, Maarat al-Numan and the villages of Hass and Kafrouma "
    "in Syria's Idlib province on Tuesday, killing nine civilians, the Syrian Observatory for "
    "Human Rights said. The monitor said the raids were among the heaviest in weeks."
)


@_COMMAS
def test_sohr_struck_known_towns_then_the_villages_of(commas: bool) -> None:
    """Comma-less, the verb opens the run of two known towns glued together ("struck Kafr Nabl
    Maarat al-Numan and the villages of ..."): at the start only the villages were events."""
    events = events_of(_text(_SOHR_STRUCK, commas))
    located = _located(events, "airstrike")
    assert _matches(located, [("Kafranbel",), ("Maarrat an Numan",), ("Hass",), ("Kafrouma",)])
    assert _toll_at(events, ("Kafranbel",)) == 9  # the toll stays with the first place


_SOHR_TOWNS = (
    "Syrian government forces shelled the towns of Kafr Zita, al-Latamneh and Morek in northern "
    "Hama on Monday, the Syrian Observatory for Human Rights said. No casualties were reported."
)


@_COMMAS
def test_sohr_towns_of_known_and_unknown_names(commas: bool) -> None:
    """With its commas the unknown al-Latamneh between two known towns hid the list: one event
    was placed at al-Latamneh "in" Kafr Zita and Morek was lost."""
    located = _located(events_of(_text(_SOHR_TOWNS, commas)), "shelling")
    assert _matches(located, [("Kafr Zayta", "Kafr Zita"), ("al-Latamneh",), ("Murak",)])


_WIRE_POUNDED = (
    "Syrian warplanes pounded Kafr Zita, Latmin and Morek in Syria's Hama province on Friday, "
    "a war monitor said. Rebels said they had repelled an army advance south of the town."
)


@_COMMAS
def test_wire_pounded_a_list_with_an_unknown_village(commas: bool) -> None:
    located = _located(events_of(_text(_WIRE_POUNDED, commas)), "airstrike")
    assert _matches(located, [("Kafr Zayta",), ("Latmin",), ("Murak",)])


_WIRE_SIDES = (
    "Heavy clashes broke out on Friday between Syrian regime forces and rebels in Jobar and Ain "
    "Tarma in eastern Damascus, the Syrian Observatory for Human Rights said. At least six "
    "fighters were killed on both sides."
)


@_COMMAS
def test_wire_clashes_between_two_sides_in_two_quarters(commas: bool) -> None:
    """The "between" joins the fight's sides, not two ends of a stretch: Ain Tarma is a place of
    the clash (at the start it was read as the far end of one)."""
    located = _located(events_of(_text(_WIRE_SIDES, commas)), "armed_clash")
    assert _matches(located, [("Jobar",), ("Ain Tarma",)])


_WIRE_KNOWN = (
    "Russian jets struck Saraqib, Binnish and Taftanaz in Syria's Idlib province on Sunday, "
    "killing six people, the Observatory said. Residents said a market was hit in Saraqib."
)


@_COMMAS
def test_wire_struck_three_known_towns(commas: bool) -> None:
    """Comma-less at the start "Saraqib Binnish" was read as one unknown name."""
    events = events_of(_text(_WIRE_KNOWN, commas))
    assert _matches(_located(events, "airstrike"), [("Saraqib",), ("Binnish",), ("Taftanaz",)])
    assert _toll_at(events, ("Saraqib",)) == 6


_REUTERS_SHELLED = (
    "Government forces shelled Nawa, Jasim and Inkhil in Syria's Daraa province on Sunday, "
    "rebels said. The shelling came a day after rebels captured a hill near the town of Tasil."
)


@_COMMAS
def test_reuters_shelled_three_towns(commas: bool) -> None:
    located = _located(events_of(_text(_REUTERS_SHELLED, commas)), "shelling")
    assert _matches(located, [("Nawa",), ("Jasim",), ("Inkhil",)])


_ANADOLU = (
    "Turkish jets struck YPG/PKK positions in the villages of Maabatli and Raju in Syria's Afrin "
    "district on Saturday, Anadolu Agency reported. The Turkish General Staff said 24 "
    "terrorists were neutralized."
)


@_COMMAS
def test_anadolu_villages_of_in_a_district(commas: bool) -> None:
    located = _located(events_of(_text(_ANADOLU, commas)), "airstrike")
    assert _matches(located, [("Al Mabatli", "Maabatli"), ("Raju",)])


_SANA_VILLAGES = (
    "Army units targeted terrorist gatherings in the villages of Kabani, Ain al-Bayda and Jeb "
    "al-Ahmar in Lattakia northern countryside, SANA reporter said. The units destroyed "
    "vehicles equipped with machineguns."
)


@_COMMAS
def test_sana_villages_of_unknown_names(commas: bool) -> None:
    # a ground force's round-up at a list of places, no means named: armed clashes (forty-eighth
    # round, clash68; shelling before)
    located = _located(events_of(_text(_SANA_VILLAGES, commas)), "armed_clash")
    assert _matches(located, [("Kabani",), ("Ayn al Bayda", "Ain al-Bayda"), ("Jeb al-Ahmar",)])


_SANA_CLASH = (
    "Army units clashed with terrorists in the villages of al-Ghadfa, Maar Shamsheh and Tal "
    "Mardikh in Syria's Idlib southeastern countryside on Wednesday, SANA said."
)


@_COMMAS
def test_sana_clashes_in_the_villages_of(commas: bool) -> None:
    located = _located(events_of(_text(_SANA_CLASH, commas)), "armed_clash")
    assert _matches(located, [("al-Ghadfa",), ("Maar Shamsheh",), ("Tal Mardikh",)])


_AFP_HIT = (
    "Regime air strikes hit Khan Shaykhun, Hbeit and Kafr Sijna in southern Idlib on Thursday, "
    "killing seven civilians, the Britain-based Syrian Observatory for Human Rights said. A "
    "child was among the dead."
)


@_COMMAS
def test_afp_hit_a_known_town_and_two_villages(commas: bool) -> None:
    events = events_of(_text(_AFP_HIT, commas))
    assert _matches(
        _located(events, "airstrike"), [("Khan Shaykhun",), ("Hbeit",), ("Kafr Sijna",)]
    )
    assert _toll_at(events, ("Khan Shaykhun",)) == 7


_ALEPPO_QUARTERS = (
    "Rebel rocket fire hit the neighbourhoods of al-Midan, al-Sulaimaniyah and al-Jamiliyeh in "
    "government-held western Aleppo on Wednesday, killing three civilians, Syrian state media "
    "said."
)


@_COMMAS
def test_state_media_rocket_fire_on_three_quarters(commas: bool) -> None:
    located = _located(events_of(_text(_ALEPPO_QUARTERS, commas)), "shelling")
    expected = [("al-Midan",), ("Sulaymaniyah", "al-Sulaimaniyah"), ("al-Jamiliyeh",)]
    assert _matches(located, expected)


# --- near misses: one place, a region, a stretch, people or groups -----------------------

_ONE_NAME = (
    "Syrian warplanes struck Maarat al-Numan in Idlib province on Tuesday, killing five people, "
    "the Syrian Observatory said."
)
_RAS_AL_AIN = (
    "Turkish-backed fighters shelled Ras al-Ain in northeast Syria on Wednesday, the Syrian "
    "Observatory said. Kurdish officials said two civilians were wounded."
)
_TAL_RIFAAT = (
    "Syrian warplanes struck Tal Rifaat in Syria's Aleppo province on Tuesday, the Syrian "
    "Observatory said."
)


@_COMMAS
@pytest.mark.parametrize(
    ("article", "event_type", "place"),
    [
        (_ONE_NAME, "airstrike", "Maarrat an Numan"),
        # the twin border town Ceylanpinar (TR) bears the name too: the country told beside
        # it picks (beside56)
        (_RAS_AL_AIN, "shelling", "Ra's al Ayn"),
        (_TAL_RIFAAT, "airstrike", "Tall Rifat"),
    ],
    ids=["maarat-al-numan", "ras-al-ain", "tal-rifaat"],
)
def test_one_name_of_several_words_is_one_place(
    article: str, event_type: str, place: str, commas: bool
) -> None:
    assert _located(events_of(_text(article, commas)), event_type) == [place]


_TWO_COUNTRYSIDES = (
    "Syrian warplanes struck rebel positions in Idlib and Hama countryside on Monday, the Syrian "
    "Observatory said."
)


@_COMMAS
def test_a_countryside_told_for_two_provinces_is_no_list_of_towns(commas: bool) -> None:
    located = _located(events_of(_text(_TWO_COUNTRYSIDES, commas)), "airstrike")
    assert located == ["Idlib"]


_ROAD = (
    "Clashes raged on the road between Saraqib and Maarat al-Numan in Syria's Idlib province on "
    "Sunday, the monitor said."
)
_FROM_TO = (
    "Islamic State fighters attacked army posts from Deir ez-Zor to al-Mayadin in eastern Syria "
    "on Friday, the monitor said."
)
_BETWEEN_VILLAGES = (
    "Clashes raged between the villages of Kafr Dael and Tal Hawash in Syria's Aleppo "
    "countryside on Sunday, the monitor said."
)


@_COMMAS
@pytest.mark.parametrize(
    ("article", "ends"),
    [
        (_ROAD, ("Saraqib", "Maarrat an Numan")),
        (_FROM_TO, ("Deir ez-Zor", "Al Mayadin")),
        # "Dael" and "Hawash" are cut names, no Dail of Daraa nor Hawash of Homs (places56)
        (_BETWEEN_VILLAGES, ("Kafr Dael", "Tal Hawash")),
    ],
    ids=["road", "from-to", "between-villages"],
)
def test_a_stretch_between_two_places_is_one_event(
    article: str, ends: tuple[str, str], commas: bool
) -> None:
    located = _located(events_of(_text(article, commas)), "armed_clash")
    assert len(located) == 1 and located[0] in ends, located


_GROUPS = (
    "Fighters of Jaish al-Islam and Faylaq al-Rahman clashed in Syria's Eastern Ghouta on "
    "Sunday, the Syrian Observatory said."
)


@_COMMAS
def test_two_armed_groups_listed_are_no_places(commas: bool) -> None:
    assert _located(events_of(_text(_GROUPS, commas)), "armed_clash") == ["Eastern Ghouta"]


_PEOPLE = (
    "Syrian warplanes struck Saraqib in Idlib province on Sunday, killing Ahmad Zoubi, Khaled "
    "Hariri and Mahmoud Masri, the Observatory said."
)


@_COMMAS
def test_people_killed_listed_by_name_are_no_places(commas: bool) -> None:
    assert _located(events_of(_text(_PEOPLE, commas)), "airstrike") == ["Saraqib"]


_ORIGIN = (
    "Rebels positioned in Kafr Zita, al-Latamneh and Morek shelled the town of Mhardeh in "
    "Syria's Hama province on Monday, state media said."
)


@_COMMAS
def test_where_the_fire_came_from_is_no_place_of_the_act(commas: bool) -> None:
    assert _located(events_of(_text(_ORIGIN, commas)), "shelling") == ["Maharda"]


_PROVINCE_AFTER_A_COMMA = (
    "Rebels shelled Harasta, Rif Dimashq Province and Douma on Monday, SANA said."
)


def test_a_province_after_a_towns_comma_locates_it() -> None:
    """With its commas "Harasta, Rif Dimashq Province" is a town and its province: the province
    is no name of a list (the comma-less copy reads a list of Harasta and Douma)."""
    assert _located(events_of(_PROVINCE_AFTER_A_COMMA), "shelling") == ["Harasta"]


_KENYA_LOCATOR = (
    "A car bomb exploded in Banisa, Mandera County on Tuesday, killing three people, Kenyan "
    "police said."
)


def test_a_town_then_its_county_after_a_comma_is_one_place() -> None:
    assert _located(events_of(_KENYA_LOCATOR), "explosive_attack") == ["Banisa"]


# --- the same shapes outside Syria ---------------------------------------------------------

_NIGERIA = (
    "Boko Haram fighters attacked Gwoza, Bama and Konduga in Nigeria's Borno State on Sunday, "
    "killing 12 people, military sources said."
)


@_COMMAS
def test_nigeria_attacked_three_known_towns(commas: bool) -> None:
    """Comma-less at the start "Gwoza Bama" was read as one unknown name."""
    events = events_of(_text(_NIGERIA, commas))
    assert _matches(_located(events, "attack_on_civilians"), [("Gwoza",), ("Bama",), ("Konduga",)])
    assert _toll_at(events, ("Gwoza",)) == 12


_YEMEN = (
    "Houthi militias shelled the districts of Hays, al-Tuhayta and al-Durayhimi in Yemen's "
    "Hodeidah province on Sunday, killing two civilians, Yemeni army officials said."
)


@_COMMAS
def test_yemen_districts_of_three_names(commas: bool) -> None:
    located = _located(events_of(_text(_YEMEN, commas)), "shelling")
    expected = [("Hays",), ("At Tuhayta'", "al-Tuhayta"), ("Ad Durayhimi",)]
    assert _matches(located, expected)


# --- more near misses: no violent act, origins, people's homes ----------------------------

_DEPLOYED = (
    "The Syrian army deployed reinforcements to Saraqib, Binnish and Taftanaz in Idlib province "
    "on Sunday, state media said."
)


@_COMMAS
def test_a_deployment_to_listed_towns_is_one_event(commas: bool) -> None:
    located = _located(events_of(_text(_DEPLOYED, commas)), "deployment")
    assert len(located) == 1 and located[0] in ("Saraqib", "Binnish", "Taftanaz"), located


_FROM_TOWNS = (
    "Rebels from Saraqib, Binnish and Taftanaz attacked an army post near Abu al-Duhur in "
    "Syria's Idlib province on Sunday, the Observatory said."
)


@_COMMAS
def test_where_the_fighters_came_from_is_no_place_of_the_attack(commas: bool) -> None:
    assert _located(events_of(_text(_FROM_TOWNS, commas)), "armed_clash") == ["Abu az Zuhur"]


_HOMES = (
    "Syrian warplanes struck the homes of Omar Haddad, Khaled Mansour and Ahmad Zoubi in "
    "Saraqib in Idlib province on Sunday, the Observatory said."
)


@_COMMAS
def test_people_whose_homes_were_struck_are_no_places(commas: bool) -> None:
    assert _located(events_of(_text(_HOMES, commas)), "airstrike") == ["Saraqib"]


_IRAQ = (
    "Islamic State militants attacked army posts in Tarmiyah, Mashahda and Taji north of "
    "Baghdad on Sunday, Iraqi security officials said. Two soldiers were wounded."
)


def test_iraq_a_known_town_then_two_names_the_gazetteer_lacks() -> None:
    """With its commas the name after Tarmiyah's comma was read as what holds it (as in
    "Banisa, Mandera County") and Tarmiyah was lost; the list goes on to its "and". (Comma-less,
    "Tarmiyah Mashahda" stays one name of two plain words: left alone.)"""
    located = _located(events_of(_IRAQ), "armed_clash")
    assert _matches(located, [("At Tarmiyah",), ("Mashahda",), ("Taji",)])
