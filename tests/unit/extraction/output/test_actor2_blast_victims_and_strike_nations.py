"""Actor2 (the side hit) of the eighteenth round: a blast whose dead or hurt include a state
force hits the force (``events/merge/parties/targets/blast_victims.py``), one soldier or police
officer names the force (``actors/generic.py``); the country of "US airstrikes" is whose
strikes, not where (``events/link/where.py``); "ISILs positions" names the positions' owner
(``actors/dictionary.py``)."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.extraction.pipeline import extract_events


def _acled_by_type(body: str, published: str = "2021-05-03") -> dict[str, AcledFields]:
    article = ArticleMessage(id="actor2-18", body=body, published_at=f"{published}T12:00:00Z")
    return {event.event_type: event.acled for event in extract_events(article)}


def test_forces_counted_among_a_markets_dead_leave_its_civilians() -> None:
    # a toll of people that counts some police is not read as the force hit
    acled = _acled_by_type(
        "A suicide bomber blew himself up in a market in Maimana, Faryab, Afghanistan, on"
        " Wednesday, killing 10 people including four police officers, police said.",
        "2012-04-05",
    )
    assert acled["suicide_bombing"].actor2 == "Civilians (Afghanistan)"


def test_the_holder_of_a_place_targeted_is_not_the_side_hit() -> None:
    acled = _acled_by_type(
        "A car bomb went off near a clinic in Aleppo, Syria, on Sunday. The clinic, which"
        " was under the control of government forces, came under a car bomb attack, killing"
        " four civilians.",
        "2016-05-03",
    )
    assert acled["explosive_attack"].actor2 == "Civilians (Syria)"


def test_one_soldier_killed_by_a_car_bomb_is_the_side_hit() -> None:
    acled = _acled_by_type(
        "A car bomb exploded in Mosul, Iraq, on Thursday night, killing a soldier and"
        " wounding 12 others."
    )
    assert acled["explosive_attack"].actor2 == "Military Forces of Iraq (2020-2022)"


def test_a_police_officer_killed_with_the_day_between_is_the_side_hit() -> None:
    acled = _acled_by_type(
        "A police officer was on Thursday killed after an improvised explosive device"
        " detonated at a market in Garissa, Kenya.",
        "2024-01-19",
    )
    assert acled["explosive_attack"].actor2 == "Police Forces of Kenya (2022-)"


def test_a_grenade_lobbed_on_the_security_forces_hits_them() -> None:
    acled = _acled_by_type(
        "Two civilians were injured after militants lobbed a grenade on the security forces"
        " in Anantnag, Jammu and Kashmir, on Tuesday, police said.",
        "2022-01-26",
    )
    assert acled["grenade"].actor1 == "Unidentified Armed Group (India)"
    assert acled["grenade"].actor2 == "Police Forces of India (2014-)"


def test_a_bomb_at_a_market_keeps_its_civilians() -> None:
    # no force told hit: the civilians of the place stay the side hit
    acled = _acled_by_type(
        "A bomb exploded at a crowded market in Kirkuk, Iraq, on Thursday, killing five"
        " civilians, police said."
    )
    assert acled["explosive_attack"].actor2 == "Civilians (Iraq)"


def test_the_nation_of_the_strikes_is_not_where_they_fell() -> None:
    # "US airstrikes": whose strikes, not a place; the militants hit are named after Syria
    acled = _acled_by_type(
        "At least 19 ISIS militants died under Turkish shelling and US"
        " airstrikes in northern Syria, Turkish media reported.",
        "2016-08-06",
    )
    assert acled["airstrike"].actor1 == "Military Forces of the United States (2009-2017)"
    assert acled["airstrike"].country == "Syria"
    assert acled["airstrike"].actor2 == "Islamic State (Syria)"


def test_a_country_after_the_strikers_possessive_is_where_they_fell() -> None:
    # (review) "the coalition's Yemen airstrikes": the owner is named before, so Yemen is where
    # the strikes fell (the round's rule had left the event with no place).
    acled = _acled_by_type(
        "The Saudi-led coalition's Yemen airstrikes killed 12 civilians on Monday, a rights"
        " group said."
    )
    assert acled["airstrike"].country == "Yemen"
    assert acled["airstrike"].actor2 == "Civilians (Yemen)"


def test_an_acronyms_possessive_without_its_apostrophe_names_the_target() -> None:
    # "ISILs positions": the positions' owner, as "ISIL's positions" is
    acled = _acled_by_type(
        "On Monday Syrian jets struck ISILs positions and depots in Khneifes near"
        " Palmyra, killing a number of fighters.",
        "2016-03-01",
    )
    assert acled["airstrike"].actor1 == "Military Forces of Syria (2000-2024)"
    assert acled["airstrike"].actor2 == "Islamic State (Syria)"


def test_a_country_before_strikes_places_them_when_nothing_else_does() -> None:
    # (nineteenth round, review) "Fresh Syria airstrikes": the sentence names no other place,
    # so the country before the strikes is where they fell (the round's rule had left the
    # event unplaced); with another place named, it stays whose they are (the test above).
    article = ArticleMessage(
        id="actor2-19",
        body="Fresh Syria airstrikes killed 20 civilians on Monday, a monitor said.",
        published_at="2021-05-03T12:00:00Z",
    )
    (event,) = extract_events(article)
    assert event.event_type == "airstrike"
    assert [p.name for p in event.locations] == ["Syria"]
    assert event.acled is not None
    assert event.acled.actor2 == "Civilians (Syria)"
    assert event.acled.fatalities == 20
