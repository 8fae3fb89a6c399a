"""Actor names as ACLED writes them: groups by ACLED's name ("Al Shabaab"), a movement of many
countries as its one branch in the event's country, units of state forces as their force,
people as their organisation, and state forces and governments with the regime period of the
event's day ("Military Forces of Syria (2000-2024)", from ``regimes``).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from ...actors.dictionary import (
    ActorEntry,
    ActorMatcher,
    country_name,
    default_matcher,
)
from ...document import ActorMention
from .regimes import STATE_PREFIX, with_period


def acled_name(
    mention: ActorMention,
    on: dt.date,
    country_code: str | None = None,
    matcher: ActorMatcher | None = None,
) -> str:
    """The actor as ACLED names it on a date: state forces and governments with the regime
    period ("Military Forces of Syria (2000-2024)"), groups by ACLED's name when the dictionary
    gives one ("Al Shabaab"), units of state forces as their force, people as their
    organisation, generic actors as they are ("Protesters (Lebanon)")."""
    matcher = matcher or default_matcher()
    name = mention.name
    entry = matcher.entry(name) if not mention.generic else None
    if entry is not None and entry.country_code is None and country_code:
        # A movement of many countries told at an event where it has one branch is that
        # branch, as ACLED codes it: "al-Qaeda" in Yemen is AQAP, "Islamic State" in Nigeria
        # the West Africa Province.
        entry = _branch_in(entry.name, country_code) or entry
    if entry is not None:
        name = entry_acled_name(entry, matcher, country_code or entry.country_code)
    elif mention.kind == "person" and mention.affiliation:
        parent = matcher.entry(mention.affiliation)
        if parent is not None:
            name = entry_acled_name(parent, matcher, country_code or parent.country_code)
    return with_period(name, on)


def _branch_in(movement: str, country_code: str) -> ActorEntry | None:
    """The one armed branch of ``movement`` the dictionary places in the country, else None."""
    branches = _branches().get((movement, country_code), ())
    return branches[0] if len(branches) == 1 else None


@cache
def _branches() -> dict[tuple[str, str], tuple[ActorEntry, ...]]:
    """(movement, country) -> the armed groups of that country the movement is patron of."""
    found: dict[tuple[str, str], tuple[ActorEntry, ...]] = {}
    for entry in default_matcher().entries:
        if entry.affiliation and entry.country_code and entry.kind in ("armed_group", "militia"):
            key = (entry.affiliation, entry.country_code)
            found[key] = (*found.get(key, ()), entry)
    return found


def entry_acled_name(
    entry: ActorEntry, matcher: ActorMatcher, country: str | None, depth: int = 0
) -> str:
    """The entry's ACLED name: the dictionary's, else its patron's for a person or a unit of a
    state force, else "Military Forces of X" for a state force of a country, else its name."""
    if entry.acled:
        return entry.acled.replace("{country}", country_name(country))
    if STATE_PREFIX.match(entry.name) or depth > 5:
        return entry.name
    parent = matcher.entry(entry.affiliation) if entry.affiliation else None
    if entry.kind == "person" and parent is not None:
        return entry_acled_name(parent, matcher, country, depth + 1)
    if entry.kind == "state_force":
        # A unit of a state force is coded as that force ("4th Division": the Syrian army).
        if parent is not None and parent.kind == "state_force":
            return entry_acled_name(parent, matcher, country, depth + 1)
        if entry.country_code:
            return f"Military Forces of {country_name(entry.country_code)}"
    return entry.name
