"""An acronym the article defines names the actor it follows: "the Somali National Army (SNA)".

The dictionary reads an acronym as the actor it most often stands for ("SNA": the Syrian
National Army); an article that spells it out in parentheses after a name whose initials it
is tells whose it is here. Every mention of the acronym the dictionary read as an actor of
another country is then that actor (an Indian "CRPF" spelt out stays the police the dictionary
names).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import ActorMention

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
