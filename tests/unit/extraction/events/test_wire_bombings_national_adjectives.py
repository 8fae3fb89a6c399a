"""A bombing told by a nation's adjective, and a strike going on, in wire copy (forty-second
round, review63). The home country's adjective before "bombing(s)" or "bombs" names where the
blast was ("an Iraqi bombing killed 20 in Baghdad"), not the state's forces; a foreign state's
stays its air power ("Russian bombing of the village"). "Bombing" before a noun of the
inquiry ("a government bombing inquiry", "a Kenyan bombing trial") is no act of a state; bombs
found or planted, or left unexploded, were not dropped; a coalition's strikes going on are its
air campaign, no protest. Each article is a sentence of our own; its events are asserted by
type and actor1 (regime periods left out)."""

from __future__ import annotations

import re

import pytest

from tests.unit.extraction.events.articles import events_on_a_tuesday

_PERIOD = re.compile(r" \(\d{4}-(?:\d{4})?\)$")


def _told(body: str) -> list[tuple[str, str | None]]:
    """Each event's type and actor1, the regime period left out."""
    return sorted(
        (e.event_type, _PERIOD.sub("", e.acled.actor1) if e.acled.actor1 else None)
        for e in events_on_a_tuesday(body)
        if e.acled is not None
    )


_HOME_BOMBINGS: list[tuple[str, str, str]] = [
    (
        "Police said an Iraqi bombing killed 20 people at a market in Baghdad on Monday.",
        "attack_on_civilians",
        "Unidentified Armed Group (Iraq)",
    ),
    (
        "The Afghan bombings killed 30 people in Kabul on Monday, officials said.",
        "attack_on_civilians",
        "Unidentified Armed Group (Afghanistan)",
    ),
    (
        "A Somali bombing killed 10 people at a hotel in Mogadishu on Monday.",
        "attack_on_civilians",
        "Unidentified Armed Group (Somalia)",
    ),
    # ("Syrian" alone, with no air power, is the country's name for the blast)
    (
        "Islamic State claimed the Syrian bombings that killed 50 people in Tartous on Monday.",
        "attack_on_civilians",
        "Islamic State (Syria)",
    ),
    # a bombing's inquiry or trial is no act of the government or the army
    (
        "The government bombing inquiry into the blast that killed 12 people in Kabul "
        "opened on Monday.",
        "explosive_attack",
        "Unidentified Armed Group (Afghanistan)",
    ),
    (
        "A Kenyan bombing trial opened in Nairobi on Monday over the attack that killed 67 people.",
        "attack_on_civilians",
        "Unidentified Armed Group (Kenya)",
    ),
]


@pytest.mark.parametrize(("body", "kind", "actor1"), _HOME_BOMBINGS)
def test_a_home_bombing_is_no_states_act(body: str, kind: str, actor1: str) -> None:
    told = _told(body)
    assert (kind, actor1) in told
    assert not any(t[0] == "airstrike" or (t[1] or "").startswith("Military") for t in told)


def test_bombs_planted_were_not_dropped() -> None:
    told = _told("Police said government bombs had been planted by rebels in Juba on Monday.")
    assert not any(t[0] == "airstrike" for t in told)


def test_a_coalitions_strikes_going_on_are_no_protest() -> None:
    for body in (
        "The coalition's strikes on Sanaa entered their second week on Monday.",
        "Israeli strikes on Gaza entered their third day on Monday, health officials said.",
    ):
        assert not any(kind == "protest" for kind, _ in _told(body)), body


_SYRIA = "Military Forces of Syria"
_SARAQIB = "civilians in the town of Saraqib on Monday."
# a foreign state's bombing and bombs stay its air power's, the regime's its own; a strike
# going on by its union is still a protest
_STAYS: dict[str, tuple[str, str]] = {
    "Seven civilians were killed in Russian bombing of the village of Kafr Nabl in Syria's "
    "Idlib province on Monday.": ("airstrike", "Military Forces of Russia"),
    f"Regime bombs killed four {_SARAQIB}": ("airstrike", _SYRIA),
    f"Syrian government bombing killed six {_SARAQIB}": ("airstrike", _SYRIA),
    "The strike by bus drivers in Dhaka entered its third day on Monday.": (
        "protest",
        "Protesters (Bangladesh)",
    ),
}


@pytest.mark.parametrize("body", list(_STAYS))
def test_a_states_bombing_and_a_unions_strike_stay(body: str) -> None:
    assert _STAYS[body] in _told(body)
