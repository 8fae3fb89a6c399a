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
        entry = _meant(full, mention.span.start, country, matcher)
        if entry is not None and entry.name != mention.name:
            renamed[id(mention)] = _renamed(mention, entry)
    return [renamed.get(id(m), m) for m in found]


def _meant(
    full: list[ActorMention], start: int, country: str | None, matcher: ActorMatcher
) -> ActorEntry | None:
    """The coalition a bare mention at ``start`` means: the last named in full before it, else
    the first after it, else the Saudi-led one in an article about Yemen; None otherwise."""
    before = [m for m in full if m.span.start < start]
    named = before[-1] if before else (full[0] if full else None)
    if named is not None:
        return matcher.entry(named.name)
    return matcher.entry(_YEMEN_COALITION.get(country or "", ""))


def bare_coalition(
    found: list[ActorMention], start: int, country: str | None, matcher: ActorMatcher
) -> ActorEntry | None:
    """The coalition "the coalition" at ``start`` means ("the coalition said its jets struck"),
    as a bare mention's (:func:`name_bare_coalitions`), else the one the dictionary reads bare
    forms as ("coalition jets")."""
    full = sorted(
        (
            m
            for m in found
            if m.kind == "state_force" and "coalition" in m.name.lower() and not _is_bare(m)
        ),
        key=lambda m: m.span.start,
    )
    return _meant(full, start, country, matcher) or matcher.lookup("coalition forces")


def _renamed(mention: ActorMention, entry: ActorEntry) -> ActorMention:
    return replace(
        mention,
        name=entry.name,
        kind=entry.kind,
        country_code=entry.country_code,
        affiliation=entry.affiliation,
    )
