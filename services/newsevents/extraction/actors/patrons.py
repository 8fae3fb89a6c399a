"""A patron named before the group it describes, without the hyphen: "the al-Qaeda affiliated
Al-Shabaab group", "Qaeda linked Al Shabaab militants".

The hyphenated compound ("al-Qaeda-linked Al-Shabaab") is no actor mention (see
``find._DESCRIPTOR``); written with a space, the patron was read as an actor of its own and, the
article then naming two groups, could take the attacks of the group it describes. A named actor
followed by a participle of affiliation used as an adjective (not "linked to", "backed by") and
at most one more word before another named actor describes that actor: it is the second
mention's patron, not an actor of the article.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from ..document import ActorMention

_BETWEEN = re.compile(
    r"\s+(?:affiliated|aligned|allied|backed|linked|sponsored|supported)"
    r"\s+(?:(?!(?:to|with|by|and|or|in|on|at|of|for|from|the|a|an)\b)[\w’'-]+\s+)?"
)


def fold_patrons(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """``actors`` (sorted by start) without the patrons told before the named actor they
    describe; that actor takes the patron as its affiliation."""
    dropped: set[int] = set()
    out = list(actors)
    for i, (patron, named) in enumerate(pairwise(actors)):
        if (
            patron.generic
            or named.generic
            or patron.kind == "person"
            or named.kind == "person"
            or patron.name == named.name
            or _BETWEEN.fullmatch(text[patron.span.end : named.span.start]) is None
        ):
            continue
        dropped.add(i)
        out[i + 1] = replace(named, affiliation=patron.name)
    return [a for i, a in enumerate(out) if i not in dropped]
