"""A country told beside a place picks that country's namesake (thirty-fifth round, beside56;
``reading/locating/country_beside.py``, ``choosing/whereabouts.country_told_beside``).

Border towns share their names with their twins across the line (Ras al-Ain and Ceylanpinar,
which GeoNames also calls Ras al-Ain; Moyale and Busia on both sides; Rafah), and big cities
with namesakes abroad (Hyderabad, Tripoli, Pokrovsk). The country told beside the name in its
sentence says which one: "X in northeast Syria", "X, Syria", "X (Syria)", "Syria's X", "the
Syrian town of X", "X on the Syrian side of the border". Near misses: "X near the Syrian
border" (X is across it), forces "from X in Syria" (the forces are in Syria), a list of
countries after a comma, a twin told with its own country. Each article is read with its
commas and, but for "X, Syria" (comma-less "X Syria" is left alone), without them. The
articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction.places.helpers import places_in

_COMMAS = pytest.mark.parametrize("commas", [True, False], ids=["commas", "commaless"])


def _read(text: str, commas: bool = True) -> dict[str, str]:
    """The country of each place, by its text as written."""
    text = text if commas else text.replace(",", "")
    return {p.text: p.country_code for p in places_in(text)}


@_COMMAS
def test_observatory_town_in_northeast_syria(commas: bool) -> None:
    """Syrian Observatory: the Syrian Ras al-Ain, not Ceylanpinar of Turkey."""
    text = (
        "Turkish-backed factions shelled Ras al-Ain in northeast Syria on Wednesday, the Syrian "
        "Observatory for Human Rights said. Two civilians were wounded, it said."
    )
    assert _read(text, commas)["Ras al-Ain"] == "SY"


@_COMMAS
def test_anadolu_the_syrian_border_town_of(commas: bool) -> None:
    """Anadolu: "the Syrian border town of X", and "Syria's X" in the next sentence."""
    text = (
        "Turkish troops neutralized five terrorists who attacked the Syrian border town of Ras "
        "al-Ain, the National Defense Ministry said on Sunday. Syria's Ras al-Ain was cleared "
        "of terrorists in 2019, it added."
    )
    assert _read(text, commas)["Ras al-Ain"] == "SY"


@_COMMAS
def test_wire_a_town_in_the_north_of_the_country(commas: bool) -> None:
    """Reuters: "in Syria's north" and a bracketed country."""
    assert (
        _read("Shells fell on Ras al-Ain in Syria's north on Sunday, Reuters said.", commas)[
            "Ras al-Ain"
        ]
        == "SY"
    )
    assert _read("Shells fell on Ras al-Ain (Syria) on Sunday.", commas)["Ras al-Ain"] == "SY"


@_COMMAS
def test_on_the_syrian_side_of_the_border(commas: bool) -> None:
    text = "Mortar rounds hit Ras al-Ain on the Syrian side of the border on Sunday, AFP said."
    assert _read(text, commas)["Ras al-Ain"] == "SY"


@_COMMAS
def test_twins_each_told_with_its_own_country(commas: bool) -> None:
    """Shells fired from one twin hit the other: each keeps its own country."""
    text = (
        "Rockets fired from Ras al-Ain in Syria hit Ceylanpinar in Turkey on Thursday, the "
        "governor's office said."
    )
    assert _read(text, commas) == {
        "Ras al-Ain": "SY",
        "Syria": "SY",
        "Ceylanpinar": "TR",
        "Turkey": "TR",
    }


@_COMMAS
def test_near_the_syrian_border_is_the_other_side(commas: bool) -> None:
    """ "X near the Syrian border": X lies across it, and the people tells nothing of X."""
    text = "Turkish troops massed in Ras al-Ain near the Syrian border on Friday, officials said."
    assert _read(text, commas)["Ras al-Ain"] == "TR"


def test_a_list_of_countries_after_a_comma_tells_nothing() -> None:
    """ "X, Syria and Iraq": a list, not the place's country."""
    text = "Fighters shelled Ceylanpinar, Syria and Iraq on Friday."
    assert _read(text)["Ceylanpinar"] == "TR"


@_COMMAS
def test_kenyan_daily_moyale_in_northern_kenya(commas: bool) -> None:
    """Daily Nation: Moyale of Marsabit. (Moyale of Ethiopia is not in the gazetteer: "Moyale
    in southern Ethiopia" in a note also telling Kenya stays Kenya's, left alone.)"""
    kenya = (
        "Two herders were shot dead in Moyale town in northern Kenya on Monday, police said. "
        "Residents fled across the border into Ethiopia."
    )
    assert _read(kenya, commas)["Moyale"] == "KE"


def test_kenyan_daily_busia_with_its_country_after_a_comma() -> None:
    """The Standard: "Busia, Uganda" and "Busia, Kenya"."""
    uganda = "Traders blocked the road at Busia, Uganda, on Monday over new taxes."
    kenya = "Traders blocked the road at Busia, Kenya, on Monday over new taxes."
    assert _read(uganda)["Busia"] == "UG"
    assert _read(kenya)["Busia"] == "KE"


@_COMMAS
def test_kenyan_daily_busia_on_the_ugandan_side(commas: bool) -> None:
    text = "Traders blocked the road at Busia on the Ugandan side of the border on Monday."
    assert _read(text, commas)["Busia"] == "UG"


@_COMMAS
def test_indian_daily_hyderabad_in_pakistan(commas: bool) -> None:
    """The Hindu: Hyderabad of Sindh when the sentence tells Pakistan; India's otherwise."""
    told = "Police fired tear gas at protesters in Hyderabad in southern Pakistan on Friday."
    possessive = "Police fired tear gas at protesters in Pakistan's Hyderabad on Friday."
    bare = "Police fired tear gas at protesters in Hyderabad on Friday."
    assert _read(told, commas)["Hyderabad"] == "PK"
    assert _read(possessive, commas)["Hyderabad"] == "PK"
    assert _read(bare, commas)["Hyderabad"] == "IN"


@_COMMAS
def test_ukrainian_copy_pokrovsk(commas: bool) -> None:
    """Kyiv Independent: Pokrovsk of Donetsk Oblast, not Pokrovsk of Yakutia."""
    told = "Russian shelling hit Pokrovsk in eastern Ukraine on Tuesday, killing two civilians."
    possessive = "Russian glide bombs struck Ukraine's Pokrovsk overnight, the governor said."
    assert _read(told, commas)["Pokrovsk"] == "UA"
    assert _read(possessive, commas)["Pokrovsk"] == "UA"


@_COMMAS
def test_al_arabiya_the_lebanese_city_of_tripoli(commas: bool) -> None:
    text = "Gunmen clashed in the Lebanese city of Tripoli on Sunday, security sources said."
    assert _read(text, commas)["Tripoli"] == "LB"


def test_tripoli_lebanon_after_a_comma() -> None:
    assert _read("Gunmen clashed in Tripoli, Lebanon, on Sunday.")["Tripoli"] == "LB"


@_COMMAS
def test_rafah_on_the_egyptian_side(commas: bool) -> None:
    """Ahram: Rafah of North Sinai when told on the Egyptian side, and Gaza's when told in the
    Palestinian territories."""
    egypt = "Egyptian troops reinforced Rafah on the Egyptian side of the border on Monday."
    gaza = "Israeli strikes hit Rafah in the Palestinian territories on Monday, medics said."
    assert _read(egypt, commas)["Rafah"] == "EG"
    assert _read(gaza, commas)["Rafah"] == "PS"


@_COMMAS
def test_forces_from_a_town_in_a_country(commas: bool) -> None:
    """ "Turkish forces from Ceylanpinar in Syria": Syria tells where the forces are."""
    text = "Turkish forces from Ceylanpinar in Syria clashed with Kurdish fighters on Monday."
    assert _read(text, commas)["Ceylanpinar"] == "TR"


def test_a_country_speaking_after_a_comma_tells_nothing() -> None:
    """ "X, Syria said": the country is an actor, not X's country; the name keeps the reading
    it has without the rule (the bigger Turkish twin)."""
    text = "Turkish-backed fighters shelled Ras al-Ain, {} on Monday."
    assert _read(text.format("Syria said"))["Ras al-Ain"] == "TR"
    assert _read(text.format("Syria,"))["Ras al-Ain"] == "SY"
