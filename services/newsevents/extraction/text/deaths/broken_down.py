"""A count of the dead broken down right after its noun: "Three people, two women and a child,
were killed", "two civilians a woman and a child were killed" (wire copy without its commas).
The count is the toll (3, 2); the parts name the same dead again, and the other wordings would
add them to the count or read one of them alone (4, 3). Read only where the parts add up to
the count and the count's noun is of people who can be anyone (:data:`.words.ANYONE`): "two
soldiers, a civilian and a policeman were killed" is a list of four (forty-fourth round). A
count of civilians' kind (civilians, passengers, residents) holds no soldiers nor policemen:
"two civilians, a soldier and a policeman were killed" is four too (review65).
"""

from __future__ import annotations

import re

from ..numbers import number_value
from .words import (
    ADVERBS,
    ANYONE,
    ANYONE_AT_ALL,
    AUXILIARY,
    COMBATANT,
    DEATH_NUMBER,
    DIED,
    NOT_BETWEEN,
    NUMBER_START,
    ONE,
    REPORTED,
)

# a part: one or a count, and up to two words of whom ("a woman", "two young men")
_PART = rf"(?:{DEATH_NUMBER})\s+(?:{NOT_BETWEEN}[\w'’-]+\s+)?{NOT_BETWEEN}[\w'’-]+"
# the count, its noun, the parts, and the verb of the dead ("were killed", "died")
_COUNT = rf"\b{NUMBER_START}(?P<n>{DEATH_NUMBER})\s+(?P<noun>{ANYONE}),?\s+"
_PARTS = rf"(?P<parts>{_PART}(?:,\s+{_PART})*?,?\s+and\s+{_PART}),?\s+"
_VERB = rf"(?:{AUXILIARY}\s+{REPORTED}{ADVERBS}{DIED}|(?:(?:have|had)\s+)?died)\b"
BROKEN_DOWN = re.compile(_COUNT + _PARTS + _VERB, re.I)
_SEPARATOR = re.compile(r",?\s+and\s+|,\s+")
_ANYONE_AT_ALL = re.compile(rf"{ANYONE_AT_ALL}$", re.I)
_COMBATANT = re.compile(rf"\b{COMBATANT}\b", re.I)


def _count(part: str) -> float:
    word = part.split()[0].lower()
    return 1.0 if word in ONE else (number_value(word) or 0.0)


def parts_add_up(match: re.Match[str]) -> bool:
    """Whether the parts of a :data:`BROKEN_DOWN` match add up to its count (a breakdown of
    the same dead, not a list of others)."""
    whole = _count(match.group("n"))
    parts = [_count(p) for p in _SEPARATOR.split(match.group("parts")) if p]
    return (
        whole > 1
        and all(parts)
        and sum(parts) == whole
        and may_hold(match.group("noun"), match.group("parts"))
    )


def may_hold(noun: str, parts: str) -> bool:
    """Whether ``parts`` may be the people a count's ``noun`` tells: anyone's may be soldiers,
    civilians' kind ("civilians", "passengers") may not."""
    return _ANYONE_AT_ALL.search(noun) is not None or _COMBATANT.search(parts) is None


def breakdown_total(counts: list[float], first_of_anyone: bool) -> float:
    """A list's dead (:mod:`.listed`), its first part a count of people who can be anyone that
    the other parts add up to: the count ("killed two civilians, a woman and a child" is 2)."""
    if first_of_anyone and len(counts) >= 3 and counts[0] == sum(counts[1:]):
        return counts[0]
    return sum(counts)
