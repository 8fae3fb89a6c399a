"""An acronym the article defines names the actor it follows: "the Somali National Army (SNA)".

The dictionary reads an acronym as the actor it most often stands for ("SNA": the Syrian
National Army); an article that spells it out in parentheses after a name whose initials it
is tells whose it is here. Every mention of the acronym the dictionary read as an actor of
another country is then that actor (an Indian "CRPF" spelt out stays the police the dictionary
names).

The same brackets are read once more, for another question, by who was hit
(``_acronym_of`` in :mod:`..events.link.sides.roles`): there any actor mention told in brackets
right after a mention that is hit is hit with it, in that sentence, whatever its letters. That
reading must stay loose: the mention before the brackets may hold only part of the name the acronym
abbreviates ("the Ruritania Youth League (RYL)", the country word read as a place, leaves the
mention "Youth League"), and an acronym may be in mixed case ("Jaish-e-Ruritania (JeR)"); and
what it changes is a mention's side, not who it is. This one must stay strict: it renames every
mention of the acronym in the article, so only capitals that are the initials of the name it
follows will do, read from the text whether the dictionary reads the brackets as a mention or
not. One pattern for both would change what one of them does (sixteenth round, cleanup: see
docs/rounds/16.md), so each keeps its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import ActorMention

_DEFINED = re.compile(r"\s*\(\s*(?P<acronym>[A-Z]{2,6})\s*\)")
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in"})


def _initials(text: str) -> str:
    words = re.findall(r"[\w’']+", text)
    return "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS).upper()


def defined_acronyms(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """``actors`` with every mention of an acronym the article defines read as the actor whose
    name it follows."""
    defined: dict[str, ActorMention] = {}
    for actor in actors:
        if actor.kind == "person" or actor.generic:
            continue
        match = _DEFINED.match(text, actor.span.end)
        if match and _initials(actor.text) == match.group("acronym"):
            defined.setdefault(match.group("acronym"), actor)
    if not defined:
        return actors
    return [
        replace(
            a,
            name=owner.name,
            kind=owner.kind,
            country_code=owner.country_code,
            affiliation=owner.affiliation,
        )
        if (owner := defined.get(a.text)) is not None
        and owner.name != a.name
        and owner.country_code != a.country_code
        else a
        for a in actors
    ]
