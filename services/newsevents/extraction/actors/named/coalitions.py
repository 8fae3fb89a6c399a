"""A coalition told without its leader ("coalition warplanes", "coalition forces") is the one the
article names in full.

The dictionary reads the bare forms as the US-led coalition against the Islamic State, the one wire
copy about Syria and Iraq means by them. An article about Yemen means the Saudi-led coalition by the
same words. So a bare mention takes the coalition named in full before it (or after it, when none
is named before), and, with no coalition named in full, the Saudi-led one in an article whose
country is Yemen.
"""

from __future__ import annotations

from dataclasses import replace

from ...document import ActorMention
from ..dictionary import ActorEntry, ActorMatcher

# The dictionary entry an article about Yemen means by a bare coalition.
_YEMEN_COALITION = {"YE": "Saudi-led coalition"}


def _is_bare(mention: ActorMention) -> bool:
    return mention.text.lower().startswith("coalition")


def name_bare_coalitions(
    found: list[ActorMention], country: str | None, matcher: ActorMatcher
) -> list[ActorMention]:
    """``found`` with every bare coalition mention renamed after the coalition it means."""
    if not any(_is_bare(m) for m in found):
        return found  # most articles: the dictionary's coalitions are not looked up
    coalitions = {
        e.name for e in matcher.entries if e.kind == "state_force" and "coalition" in e.name.lower()
    }
    ours = [m for m in found if m.name in coalitions]
    bare = [m for m in ours if _is_bare(m)]
    full = sorted((m for m in ours if not _is_bare(m)), key=lambda m: m.span.start)
    renamed: dict[int, ActorMention] = {}
    for mention in bare:
        before = [m for m in full if m.span.start < mention.span.start]
        named = before[-1] if before else (full[0] if full else None)
        entry = (
            matcher.entry(named.name)
            if named is not None
            else matcher.entry(_YEMEN_COALITION.get(country or "", ""))
        )
        if entry is not None and entry.name != mention.name:
            renamed[id(mention)] = _renamed(mention, entry)
    return [renamed.get(id(m), m) for m in found]


def _renamed(mention: ActorMention, entry: ActorEntry) -> ActorMention:
    return replace(
        mention,
        name=entry.name,
        kind=entry.kind,
        country_code=entry.country_code,
        affiliation=entry.affiliation,
    )
