"""Units named by their country, branch or arm of service only: "Burma Army", "the Air Force",
"the 32nd Infantry Battalion" are a state's forces, not militias of those names.
"""

from __future__ import annotations

import re

from ...document import ActorMention, Span
from .country_words import codes_by_name, country_word
from .state_names import state_force_name

# "Burma Army", "Nigerian Armed Forces", "Sudan Air Force": a unit named by its country only
# is that country's forces, not a militia of that name.
_COUNTRY_UNIT = re.compile(
    r"^(?:[Tt]he\s+)?(?P<country>.+?)\s+(?P<branch>(?:Armed|Defen[cs]e|Air|Ground|Land|Naval|"
    r"Security)\s+)?(?:Army|Forces|Force|Navy|Military)$"
)


def country_unit(surface: str) -> ActorMention | None:
    """The state force a unit named by its country is ("Burma Army": Military Forces of
    Myanmar), spanning nothing yet; None for any other unit."""
    match = _COUNTRY_UNIT.match(surface)
    if match is None:
        return None
    words = match.group("country")
    code = codes_by_name().get(words) or country_word(words) or _country_by_any_name(words)
    if code is None:
        return None
    force = "Police Forces" if match.group("branch") == "Security " else "Military Forces"
    return ActorMention(Span(0, 0), surface, state_force_name(force, code), "state_force", code)


def _country_by_any_name(words: str) -> str | None:
    """The country the gazetteer knows by this name, its alternates included ("Burma")."""
    from ...places.gazetteer import Kind, gazetteer  # the geoparser imports the actors

    codes = {p.country_code for p in gazetteer().search(words) if p.kind == Kind.COUNTRY}
    return codes.pop() if len(codes) == 1 else None


# "the Air Force", "Special Forces", "the Armed Forces": a unit named by its branch only is a
# state's forces (its police for "Security Forces", as generic security forces are), not a
# militia of that name.
_BRANCH_WORDS = frozenset(
    "Air Armed Special Ground Land Naval Navy Defence Defense Security Force Forces Army "
    "Military".split()
)


def branch_unit(surface: str, code: str | None) -> ActorMention | None:
    """The state force of ``code`` a unit named by its branch only is ("Air Force": Military
    Forces of X), spanning nothing yet; None for any other unit."""
    words = surface.split()
    if words[0] in ("The", "the"):
        words = words[1:]
    if not words or any(w not in _BRANCH_WORDS for w in words):
        return None
    force = "Police Forces" if words[0] == "Security" else "Military Forces"
    name = state_force_name(force, code)
    return ActorMention(Span(0, 0), surface, name, "state_force", code, generic=True)


# "the 32nd Infantry Battalion", "Light Infantry Division", "an Artillery Regiment": a unit named
# by the arm it serves in is a regular army's, which ACLED codes as that state's military
# (a numbered "444th Brigade" without an arm may be a militia of its own name, and stays one).
_SERVICE_ARM = re.compile(
    r"\b(?:Infantry|Artillery|Mechani[sz]ed|Armou?red|Marine|Airborne|Cavalry|Rangers?)\b"
)

# An owner's possessive, singular or plural: "the Burma Army's", "the rebels'".
_POSSESSIVE = re.compile(r"\w(?:['’]s|s['’])\s")
_POLICE_WORD = re.compile(r"\bPolice\b")


def service_unit(surface: str, code: str | None) -> ActorMention | None:
    """The state force of ``code`` that a unit named by its arm of service is (its police for
    a unit named "Police" as well: "the Marine Police Force"), spanning
    nothing yet; None for any other unit, and for one an owner's possessive names ("the
    rebels' Infantry Brigade", "the Burma Army's Infantry Battalion": see docs/rounds/15.md).
    Generic, as "soldiers" is: the unit's number adds no identity to merge on (its name is its
    country's military)."""
    if _POSSESSIVE.search(surface) or _SERVICE_ARM.search(surface) is None:
        return None
    # ("the Marine Police Force" serves in the police)
    force = "Police Forces" if _POLICE_WORD.search(surface) else "Military Forces"
    name = state_force_name(force, code)
    return ActorMention(Span(0, 0), surface, name, "state_force", code, generic=True)
