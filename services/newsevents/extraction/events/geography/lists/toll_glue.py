"""Air strikes told at several places by the dead of each (fifty-first round, air71): "18
gunmen were killed around the village of A in Hama province and another seven outside the
town of B", "killed 9 in A, while five more died near B". Each place told with its own count
of the dead is an air strike of its own, as monitors code them (one event per place and day).

An air strike's list whose first town is told with its kind after its name ("pounded Manbij
city and the villages of A, B and C") lists that town too: :func:`kind_then_listed`.

The glue between two places of a chain of tolls: the first place's locator (a province or a
direction of one: "in eastern Homs", "in Idlib province", a weekday), "and" or "while"
(or a comma), a count of its own ("another five", "a further 12", "eight others", "ten more"),
at most two words of who they were, perhaps "were killed" or "died", and a preposition of
place ("in", "at", "near", "outside", "around", "close to"), the second place's kind after it
("the embattled town of"). Counts of the wounded or of those taken to hospital in a place are
no second act ("and 20 wounded were taken to B"): no such word may stand in the glue.

Shared by :mod:`...merge.places.per_place.listed_places`, which reads it for air strikes only.
"""

from __future__ import annotations

import re

from ....text.numbers import MANY, counting
from .list_glue import listed_with

# The first place's locator: a province or part of one, as wire copy places a town ("in
# eastern Homs", "in Idlib province", "in the Aleppo countryside"), and its day.
_LOCATOR = (
    r"(?:\s+(?:in|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"(?:\s+(?:province|governorate|countryside|region))?)?"
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
)
_COUNT = rf"(?:\d[\d,]*|{counting(1, 19)}|twenty|thirty|forty|fifty|{'|'.join(MANY)})"
# A count of its own: "another five", "a further 12", "eight others", "ten more people".
_OWN_COUNT = (
    rf"(?:(?:another|a\s+further)\s+)?(?:(?:some|about|around|at\s+least|up\s+to)\s+)?{_COUNT}"
)
# What joins the two places' counts: "and", "while", a comma, or the teller's "adding" ("the
# statement went on, adding that some 25 died around B").
_JOIN = (
    r"(?:\s*(?:,|,?\s*(?:and|while|whereas))"
    r"|(?:\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+said)?\s*,?\s+adding(?:\s+that)?)"
)
# Words of who the dead were, none of the wounded or of their transport.
_WHO = (
    r"(?:\s+(?!(?:wounded|injured|hurt|taken|evacuated|transferred|rushed)\b)[A-Za-z][\w-]*){0,2}"
)
_DIED = r"(?:\s+(?:were|was)\s+killed|\s+died|\s+killed)?"
_AT = r"(?:in|at|near|outside|around|close\s+to)"
# The second place's kind, up to two words before it: "the embattled town of", "the village of".
_KIND = (
    r"(?:(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:town|city|village|district|neighbou?rhood|area|suburb|camp)\s+of\s+|the\s+)?"
)
_TOLL_GLUE = re.compile(
    rf"^{_LOCATOR}{_JOIN}\s+(?:{_OWN_COUNT}){_WHO}{_DIED}"
    rf"\s+{_AT}\s+{_KIND}$"
)


# The first place's own kind, told after its name before the list goes on: "in Manbij city and
# the villages of A, B and C", "Idlib city and the towns of A and B".
_OWN_KIND = re.compile(r"^\s+(?:city|town|village)\b(?=\s*(?:,|and\b|as\s+well\s+as\b))")


def kind_then_listed(glue: str) -> bool:
    """Whether two places are listed, the first told with its kind after its name ("Manbij
    city and the villages of A and B")."""
    kind = _OWN_KIND.match(glue)
    return kind is not None and listed_with(glue[kind.end() :])


def told_with_own_toll(glue: str) -> bool:
    """Whether the text between two places tells the dead of the second with a count of its
    own, as the first place's were told: one air strike at each."""
    return _TOLL_GLUE.match(glue) is not None
