"""Whose losses are told and who answers an attack: the side told dying is hit (actor2), the
side told answering an attack by shooting is the one attacked, and a further member of a list
of losses is no agent."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import AcledFields
from tests.unit.extraction.events.articles import acled_of

_PUBLISHED = dt.datetime(2016, 5, 4, 12, tzinfo=dt.UTC)


def _acled(body: str, event_type: str) -> AcledFields:
    return acled_of(body, event_type, _PUBLISHED)


def test_the_side_told_dying_is_hit_not_the_agent() -> None:
    acled = _acled(
        "Some fifteen soldiers died on Monday as armed groups raided an army base in "
        "northern Burkina Faso, the military said.",
        "armed_clash",
    )
    assert acled.actor1 == "Unidentified Armed Group (Burkina Faso)"
    assert acled.actor2 == "Military Forces of Burkina Faso (2015-2022)"


def test_a_speaker_before_those_who_died_is_not_hit() -> None:
    acled = _acled(
        "Police said three people died when gunmen attacked a bus in Mandera on Monday.",
        "attack_on_civilians",
    )
    assert acled.actor1 == "Unidentified Armed Group (Kenya)"
    assert acled.actor2 == "Civilians (Kenya)"


def test_an_answer_by_shelling_is_a_strike_of_its_own() -> None:
    acled = _acled(
        "Kenyan troops responded by shelling al-Shabaab positions near Lamu on Monday.",
        "shelling",
    )
    assert acled.actor1 == "Military Forces of Kenya (2013-2022)"
    assert acled.actor2 == "Al Shabaab"


def test_a_further_member_of_the_list_of_losses_is_no_agent() -> None:
    acled = _acled(
        "In Monday's fighting in Marib, 31 Houthi militants have died, the bulk of them "
        "were killed in air raids, and 9 people among the Yemeni army, an officer said.",
        "airstrike",
    )
    assert acled.actor1 is None
    assert acled.actor2 == "Houthis"


def test_the_side_answering_by_shooting_is_the_one_attacked() -> None:
    acled = _acled(
        "Gunmen attacked a checkpoint near Bannu on Monday night. The troops on duty "
        "responded to the gunfire by shooting back at the gunmen, killing three of them, an "
        "official said.",
        "armed_clash",
    )
    assert acled.actor1 == "Unidentified Armed Group (Pakistan)"
    assert acled.actor2 == "Military Forces of Pakistan (2013-2018)"


def test_an_answer_by_shooting_told_alone_keeps_its_attacker() -> None:
    acled = _acled(
        "In Bannu on Monday night Pakistani troops responded to the gunfire by shooting back "
        "at the militants.",
        "armed_clash",
    )
    assert acled.actor1 == "Unidentified Armed Group (Pakistan)"
    assert acled.actor2 == "Military Forces of Pakistan (2013-2018)"
