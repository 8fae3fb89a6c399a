"""The side a strike is aimed at is hit, never the agent: the holder of what is struck
("positions held by X") and the side passing or arriving where a bomb went off
(`events/link/hit.py`)."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import AcledFields
from tests.unit.extraction.events.articles import acled_of

_PUBLISHED = dt.datetime(2021, 5, 4, 12, tzinfo=dt.UTC)


def _acled(body: str, event_type: str) -> AcledFields:
    return acled_of(body, event_type, _PUBLISHED)


def test_who_holds_the_positions_struck_is_hit_not_who_fires_from_them() -> None:
    acled = _acled(
        "Warplanes struck positions held by the Houthis in Marib on Sunday, killing 12 fighters.",
        "airstrike",
    )
    assert acled.actor2 == "Houthis"
    assert acled.actor1 != "Houthis"
    fired = _acled(
        "Shells fired from areas controlled by the Houthis hit a market in Taiz, killing three "
        "civilians.",
        "shelling",
    )
    assert fired.actor1 == "Houthis"
    assert fired.actor2 == "Civilians (Yemen)"


def test_the_side_passing_or_arriving_where_a_bomb_went_off_is_hit() -> None:
    passing = _acled(
        "A roadside bomb exploded as a police patrol passed through Mogadishu on Monday.",
        "explosive_attack",
    )
    assert passing.actor1 == "Unidentified Armed Group (Somalia)"
    assert passing.actor2 == "Police Forces of Somalia (2017-2022)"
    arrived = _acled(
        "A bomb went off shortly after soldiers arrived at the market in Maiduguri on Tuesday.",
        "explosive_attack",
    )
    assert arrived.actor1 == "Unidentified Armed Group (Nigeria)"
    assert arrived.actor2 == "Military Forces of Nigeria (2015-2023)"


def test_troops_who_return_fire_are_not_told_as_present_where_it_hit() -> None:
    acled = _acled(
        "Three gunmen in a pickup truck opened fire on an army outpost near Yala and escaped "
        "after troops returned fire.",
        "armed_clash",
    )
    assert acled.actor1 == "Unidentified Armed Group (Thailand)"
    assert acled.actor2 == "Military Forces of Thailand"


def test_a_group_told_killed_by_another_without_an_auxiliary_is_hit() -> None:
    # A note's or a headline's passive: "militants killed by police", no "were".
    acled = _acled(
        "Three suspected Al Shabaab militants killed by Kenyan police in Likoni on Monday.",
        "armed_clash",
    )
    assert acled.actor1 == "Police Forces of Kenya (2013-2022)"
    assert acled.actor2 == "Al Shabaab"
    arrested = _acled("ISIS members arrested by Iraqi police in Mosul on Sunday.", "arrest")
    assert arrested.actor1 is not None and arrested.actor1.startswith("Police Forces of Iraq")
    # The active voice keeps the group as the agent.
    active = _acled("Al Shabaab militants killed three police officers in Mandera.", "armed_clash")
    assert active.actor1 == "Al Shabaab"
