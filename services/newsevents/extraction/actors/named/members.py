"""Men of a named group told by a generic noun: the group's own.

An outlet that calls every fighter "terrorists" still names the group they belong to beside the
noun: "terrorists from Jaish al-Fateh fired shells", "gathering centres of militants of the
so-called Jaish al-Fatah", "operatives tied to Jabhat Fath al-Sham", "members of ISIS". Read
alone, the generic noun is the country's unnamed armed men ("Opposition Rebels (Syria)",
"Unidentified Armed Group (X)"), and an event whose side is read from it loses the group the
sentence names. A generic mention of armed men right before "of", "from", "belonging to", "tied
to" or "in the ranks of" a named non-state armed group is a mention of that group
(:func:`name_members`). The group's name right before the noun ("Taliban militants were killed
in clashes with Afghan forces") was tried and left: both mentions are read already, and the dead
men named as the group cost the group its battles (twenty-fourth round).

Not the words of a patron or an ally: "militias affiliated with the IRGC", "fighters backed by
Turkey", "gunmen loyal to X" keep their own name (the patron is read by :mod:`.patrons`), and a
state's forces ("soldiers of the 4th Division") are read by :mod:`..unnamed.forces`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import NON_STATE_ARMED_KINDS, ActorMention

# "of the so-called", "from the terrorist organization of", "tied to": what joins the men to
# their group. A patron's participle ("affiliated", "backed", "loyal") is no such word.
_JOINED = re.compile(
    r"\s+(?:of|from|belonging\s+to|tied\s+to|in\s+the\s+ranks\s+of)"
    r"\s+(?:the\s+)?(?:so[\s-]called\s+)?"
    r"(?:(?:terrorist|extremist|takfiri|armed|militant)\s+"
    r"(?:groups?|organi[sz]ations?|factions?)\s+(?:of\s+)?(?:the\s+)?)?",
    re.IGNORECASE,
)


def _men(mention: ActorMention) -> bool:
    return mention.generic and not mention.pronoun and mention.kind in NON_STATE_ARMED_KINDS


def _group(mention: ActorMention) -> bool:
    return not mention.generic and not mention.pronoun and mention.kind in NON_STATE_ARMED_KINDS


def name_members(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """``actors`` (sorted by start), the generic armed men joined to a named armed group named
    as that group."""
    out = list(actors)
    for i, men in enumerate(actors):
        if not _men(men):
            continue
        group = _joined_group(text, actors, i)
        if group is not None:
            out[i] = replace(
                men,
                name=group.name,
                kind=group.kind,
                country_code=group.country_code,
                affiliation=group.affiliation,
                generic=False,
            )
    return out


def _joined_group(text: str, actors: list[ActorMention], i: int) -> ActorMention | None:
    """The named group the generic mention ``actors[i]`` belongs to, if the text joins them."""
    men = actors[i]
    if i + 1 < len(actors):
        after = actors[i + 1]
        if _group(after) and _JOINED.fullmatch(text[men.span.end : after.span.start]):
            return after
    return None
