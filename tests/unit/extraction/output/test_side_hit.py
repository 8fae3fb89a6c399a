"""The side an event hits (`output/sides/victims.py`) and ACLED's unnamed gangs
(`actors/generic.py`)."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.extraction.output.sides.victims import side_hit
from newsevents.extraction.pipeline import extract_events


def _acled_by_type(body: str) -> dict[str, AcledFields]:
    article = ArticleMessage(id="side-hit-test", body=body, published_at="2022-05-06T12:00:00Z")
    return {event.event_type: event.acled for event in extract_events(article)}


def test_violence_against_civilians_hits_civilians_whoever_is_named_beside_the_dead() -> None:
    # A person or group read as the side hit of a violence against civilians is replaced.
    for told in ("Lieutenant Jules Ngongo", "ADF: Allied Democratic Forces", "Taliban"):
        hit = side_hit(told, "attack_on_civilians", "Violence against civilians", "CD", "CD")
        assert hit == "Civilians (Democratic Republic of Congo)"
    # A crowd the attack hit stays the crowd; civilians keep their own country.
    crowd = side_hit(
        "Protesters (Iraq)", "attack_on_civilians", "Violence against civilians", "IQ", "IQ"
    )
    assert crowd == "Protesters (Iraq)"
    foreign = side_hit(
        "Civilians (Palestine)", "abduction", "Violence against civilians", "IL", "IL"
    )
    assert foreign == "Civilians (Palestine)"
    # Other types keep the armed side they name.
    assert side_hit("Al Shabaab", "armed_clash", "Battles", "SO", "SO") == "Al Shabaab"


def test_houses_burnt_and_a_curfew_with_no_side_hit_named_hit_the_places_civilians() -> None:
    acled = _acled_by_type(
        "Unknown armed men burned down a dozen houses in two villages of Kamjong district"
        " in Manipur on Wednesday. The district magistrate imposed a curfew in the two"
        " villages."
    )
    assert acled["property_destroyed"].actor1 == "Unidentified Armed Group (India)"
    assert acled["property_destroyed"].actor2 == "Civilians (India)"
    assert acled["movement_restricted"].actor2 == "Civilians (India)"


def test_shelling_of_a_town_the_geoparser_lacks_names_no_civilians() -> None:
    # Sloviansk unknown: the event's country would be the attacker's, not the civilians'.
    acled = _acled_by_type("Russian forces shelled Sloviansk on Tuesday.")
    assert acled["shelling"].actor1 == "Military Forces of Russia (2000-)"
    assert acled["shelling"].actor2 is None


def test_gunmen_of_a_drug_gang_in_mexico_are_acleds_unidentified_gang() -> None:
    mexico = _acled_by_type(
        "Gunmen ambushed a police convoy near Apaxtla in Guerrero state on Tuesday, killing 13"
        " officers. The state is fought over by drug cartels."
    )
    assert mexico["armed_clash"].actor1 == "Unidentified Gang (Mexico)"
    assert mexico["armed_clash"].actor2 == "Police Forces of Mexico (2018-2024)"
    # Without a word of organised crime the coders keep them unidentified, and a gang
    # elsewhere is an armed group.
    unsaid = _acled_by_type(
        "Gunmen ambushed a police convoy near Apaxtla in Guerrero state on Tuesday, killing 13"
        " officers."
    )
    assert unsaid["armed_clash"].actor1 == "Unidentified Armed Group (Mexico)"
    kenya = _acled_by_type(
        "Gunmen ambushed a police vehicle near Mandera town on Tuesday, killing three officers."
        " Police blamed a gang of cattle thieves and drug dealers."
    )
    assert kenya["armed_clash"].actor1 == "Unidentified Armed Group (Kenya)"


def test_a_gang_rape_tells_of_no_gang() -> None:
    """ "gang-raped" is a way of raping, not organised crime: the gunmen stay unidentified."""
    mexico = _acled_by_type(
        "Gunmen ambushed a police convoy near Apaxtla in Guerrero state on Tuesday, killing 13"
        " officers. Last year a woman was gang-raped in the town."
    )
    assert mexico["armed_clash"].actor1 == "Unidentified Armed Group (Mexico)"
