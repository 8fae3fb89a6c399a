"""Twenty-ninth round (actors49): the sides of a war as the camps and the wire name them without
a proper name. A leader's men ("Assad forces", "Putin's warplanes", "Haftar's fighters"), the
state's side told by its allegiance ("pro-government forces", "loyalists", "the regime's
helicopters"), the opposition's own word for its fighters ("revolutionaries") and the wire's
"Kurdish-led forces". Articles written for the tests in the outlets' styles (opposition
statements, wire copy, regional and state outlets), with near misses that must stay as
they were."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import AcledFields
from tests.unit.extraction.events.articles import events_published

_ON = dt.datetime(2017, 3, 14, tzinfo=dt.UTC)


def _acled(body: str, event_type: str) -> AcledFields:
    event = next(e for e in events_published(body, _ON) if e.event_type == event_type)
    assert event.acled is not None
    return event.acled


@pytest.mark.parametrize(
    ("body", "event_type", "actor1"),
    [
        # an opposition statement
        (
            "Assad forces shelled the town of Kafr Zita in northern Hama on Tuesday, killing "
            "three civilians, the Syrian Coalition said.",
            "shelling",
            "Military Forces of Syria (2000-2024)",
        ),
        (
            "Assad's air force bombed a field hospital in the town of Kafr Nabl in Idlib "
            "province, killing two nurses.",
            "airstrike",
            "Military Forces of Syria (2000-2024)",
        ),
        (
            "Five civilians were killed at the hands of Assad's militias in the town of Douma "
            "in Eastern Ghouta.",
            "attack_on_civilians",
            "Military Forces of Syria (2000-2024)",
        ),
        # a Kurdish outlet, a Ukrainian-style wording
        (
            "Erdogan's army shelled Kurdish villages near Afrin in Aleppo province, killing "
            "three civilians.",
            "shelling",
            "Military Forces of Turkey (2002-)",
        ),
        (
            "Putin's warplanes bombed a market in the town of Saraqib in Idlib province, "
            "killing seven civilians.",
            "airstrike",
            "Military Forces of Russia (2000-)",
        ),
        # a government's possessive before its men
        (
            "The regime's helicopters dropped four barrel bombs on the town of Latamneh in "
            "Hama province, killing a woman.",
            "airstrike",
            "Military Forces of Syria (2000-2024)",
        ),
        # the wire's words of allegiance
        (
            "Pro-government forces shelled the town of Kafr Nabl in Idlib province, killing "
            "three civilians, the Syrian Observatory for Human Rights said.",
            "shelling",
            "Military Forces of Syria (2000-2024)",
        ),
        (
            "Regime loyalists shelled the town of Kafr Nabl in Idlib province, killing three "
            "civilians, the Observatory said.",
            "shelling",
            "Military Forces of Syria (2000-2024)",
        ),
        (
            "Government and allied forces pounded rebel-held areas of Eastern Ghouta with "
            "artillery, killing 12 civilians, the Observatory said.",
            "shelling",
            "Military Forces of Syria (2000-2024)",
        ),
    ],
)
def test_the_states_men_named_by_its_camp_are_its_military(
    body: str, event_type: str, actor1: str
) -> None:
    assert _acled(body, event_type).actor1 == actor1


def test_loyalists_taking_ground_from_jihadists_are_the_army() -> None:
    acled = _acled(
        "Loyalist forces captured the village of Tal Sultan in Idlib province from jihadists "
        "and allied rebels on Sunday, the Observatory said.",
        "territory_regained",
    )
    assert acled.actor1 == "Military Forces of Syria (2000-2024)"
    assert acled.actor2 == "Opposition Rebels (Syria)"


def test_kurdish_led_forces_are_the_sdf_taking_ground() -> None:
    acled = _acled(
        "Kurdish-led forces captured the village of Al-Hol in Hasakeh province from the "
        "Islamic State group, a spokesman said.",
        "territory_taken",
    )
    assert acled.actor1 == "SDF: Syrian Democratic Forces"
    assert acled.actor2 == "Islamic State (Syria)"


def test_revolutionaries_are_the_opposition_rebels() -> None:
    acled = _acled(
        "Revolutionaries repelled an attempt by Assad forces to advance on the town of Kafr "
        "Nabudah in Hama province.",
        "armed_clash",
    )
    # (the attempt's side attacked; the revolutionaries defended)
    assert acled.actor1 == "Military Forces of Syria (2000-2024)"
    assert acled.actor2 == "Opposition Rebels (Syria)"


def test_a_leader_of_an_armed_group_names_its_men() -> None:
    acled = _acled(
        "Haftar's forces shelled the Abu Salim district of Tripoli, killing three civilians.",
        "shelling",
    )
    assert acled.actor1 is not None
    assert acled.actor1.startswith("Military Forces of Libya")
    assert "Haftar" in acled.actor1


# Near misses: the leader's or the regime's words that name no armed men, the allegiance of
# armed men ACLED codes as a militia, and the words outside the war they name.


def test_a_leaders_speech_is_no_force() -> None:
    events = events_published(
        "Rebels shelled the town of Qardaha in Latakia province on Tuesday, killing two "
        "civilians, hours after Assad's speech in Damascus.",
        _ON,
    )
    shelling = next(e for e in events if e.event_type == "shelling")
    assert shelling.acled is not None
    assert shelling.acled.actor1 == "Opposition Rebels (Syria)"


def test_pro_government_militiamen_stay_a_militia() -> None:
    acled = _acled(
        "Pro-government militiamen shot dead two men at a checkpoint in Homs, the Observatory "
        "said.",
        "attack_on_civilians",
    )
    assert acled.actor1 == "Pro-Government Militia (Syria)"


def test_loyalists_outside_syria_are_no_army() -> None:
    events = events_published(
        "Loyalists attacked Catholic homes in north Belfast overnight, smashing windows, "
        "police said.",
        _ON,
    )
    # (the attack is read, so the assertion below has an event to hold for: review50)
    assert [e.event_type for e in events] == ["attack_on_civilians"]
    for event in events:
        assert event.acled is not None
        assert event.acled.actor1 != "Military Forces of the United Kingdom"


def test_kurdish_led_forces_outside_syria_are_no_sdf() -> None:
    events = events_published(
        "Kurdish-led forces clashed with Iraqi troops near Kirkuk on Monday, killing four "
        "fighters, officials said.",
        _ON,
    )
    assert [e.event_type for e in events] == ["armed_clash"]
    for event in events:
        assert event.acled is not None
        assert event.acled.actor1 != "SDF: Syrian Democratic Forces"
        assert event.acled.actor2 != "SDF: Syrian Democratic Forces"


@pytest.mark.parametrize(
    ("body", "event_type", "actor1"),
    [
        # a Palestinian agency's wording
        (
            "The Israeli occupation arrested 15 Palestinians in the West Bank city of Hebron "
            "overnight, the agency said.",
            "arrest",
            "Military Forces of Israel (2009-2021)",
        ),
        # a Kurdish outlet's
        (
            "The Turkish occupation shelled the village of Tal Tamr in Hasakah province, "
            "killing a child.",
            "shelling",
            "Military Forces of Turkey (2002-)",
        ),
        # a Turkish outlet's labels of the Kurdish forces of northern Syria
        (
            "The PKK/PYD terror group fired rockets at the town of Marea in Aleppo province, "
            "killing three civilians, Anadolu Agency reported.",
            "shelling",
            "People's Protection Units",
        ),
        (
            "PYD militias shelled the town of Marea in Aleppo province, killing two civilians.",
            "shelling",
            "People's Protection Units",
        ),
    ],
)
def test_a_camps_label_names_the_side(body: str, event_type: str, actor1: str) -> None:
    assert _acled(body, event_type).actor1 == actor1


def test_the_pkk_in_turkey_stays_the_pkk() -> None:
    acled = _acled(
        "PKK/PYD terrorists attacked a military outpost in the Semdinli district of Hakkari "
        "province in Turkey, killing two soldiers, the ministry said.",
        "armed_clash",
    )
    assert acled.actor1 == "PKK: Kurdistan Workers Party"


def test_an_occupation_told_as_a_condition_is_no_agent() -> None:
    events = events_published(
        "Palestinians protested in Ramallah against the Israeli occupation on Friday, and "
        "police said the march ended peacefully.",
        _ON,
    )
    assert [e.event_type for e in events] == ["protest"]
    for event in events:
        assert event.acled is not None
        assert event.acled.actor1 != "Military Forces of Israel (2009-2021)"
