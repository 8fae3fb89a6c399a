"""Lookups among the actor mentions found so far: the spans they and the places take, which a
new mention must leave free (:func:`taken_spans`), and by position, for the steps that replace
mentions: named units over the names they contain, an actor's short form over what it overlaps.

A text that repeats names for pages ("Deir Ezzor Albu Kamal Militia Forces ...") has as many
mentions as matches, so the mentions a match can touch are found by bisection over their starts
rather than by reading them all at each match.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from ..document import ActorMention, Document, Span, SpanIndex


def taken_spans(doc: Document, found: list[ActorMention]) -> SpanIndex:
    """The spans of the actors found before and of the places: a new mention must be free."""
    return SpanIndex([*(m.span for m in found), *(p.span for p in doc.places)])


class Nearby:
    """The mentions of ``found`` (as it is when made) by start, less those removed since."""

    def __init__(self, found: list[ActorMention]) -> None:
        self.found = found
        self._order = sorted(range(len(found)), key=lambda i: found[i].span.start)
        self._starts = [found[i].span.start for i in self._order]
        self._longest = max((m.span.end - m.span.start for m in found), default=0)
        self.removed: set[int] = set()

    def near(self, span: Span) -> list[int]:
        """Indices in ``found`` of the mentions that may overlap ``span``, by start."""
        low = bisect_left(self._starts, span.start - self._longest)
        high = bisect_right(self._starts, span.end)
        return [i for i in self._order[low:high] if i not in self.removed]

    def rebuild(self, added: list[ActorMention]) -> None:
        """``found`` less the removed mentions, then ``added``, in place."""
        if self.removed or added:
            kept = [m for i, m in enumerate(self.found) if i not in self.removed]
            self.found[:] = kept + added


def relabel(found: list[ActorMention], actor: ActorMention, matches: list[re.Match[str]]) -> None:
    """The matches of ``actor``'s short form, in text order, become mentions of it unless a
    mention of the same actor or a longer one holds them, and replace what they overlap;
    ``found`` is changed in place. The matches do not overlap one another, so a mention added
    for one never touches the next: only the mentions found before are looked up."""
    nearby = Nearby(found)
    added: list[ActorMention] = []
    for match in matches:
        span = Span(match.start(), match.end())
        near = nearby.near(span)
        if any(found[i].span.contains(span) and found[i].name == actor.name for i in near):
            continue
        if any(found[i].span.contains(span) and found[i].span != span for i in near):
            continue  # part of a longer name
        nearby.removed.update(i for i in near if found[i].span.overlaps(span))
        added.append(replace(actor, span=span, text=match.group()))
    nearby.rebuild(added)
