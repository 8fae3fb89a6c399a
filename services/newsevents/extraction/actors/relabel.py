"""Relabel the matches of an actor's short form among the mentions found so far.

"the al-Haj Qassem Soleimani" after "the al-Haj Qassem Soleimani Regiment" is the regiment: each
match of the short form becomes a mention of that actor, unless a mention of the same actor or
a longer mention already holds it, and replaces the mentions it overlaps. A text that repeats a
name for pages ("Deir Ezzor Albu Kamal Militia Forces ...") has as many mentions as matches, so
the mentions a match can touch are found by bisection over their starts rather than by reading
them all at each match.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from ..document import ActorMention, Span


def relabel(found: list[ActorMention], actor: ActorMention, matches: list[re.Match[str]]) -> None:
    """Apply the matches, in text order, as if one by one (``found`` is changed in place).

    The matches do not overlap one another, so a mention added for one never touches the next:
    only the mentions found before are looked up, among those starting at most the longest
    mention's length before a match.
    """
    order = sorted(range(len(found)), key=lambda i: found[i].span.start)
    starts = [found[i].span.start for i in order]
    longest = max((m.span.end - m.span.start for m in found), default=0)
    removed: set[int] = set()
    added: list[ActorMention] = []
    for match in matches:
        span = Span(match.start(), match.end())
        low = bisect_left(starts, span.start - longest)
        high = bisect_right(starts, span.end)
        near = [order[k] for k in range(low, high) if order[k] not in removed]
        if any(found[i].span.contains(span) and found[i].name == actor.name for i in near):
            continue
        if any(found[i].span.contains(span) and found[i].span != span for i in near):
            continue  # part of a longer name
        removed.update(i for i in near if found[i].span.overlaps(span))
        added.append(replace(actor, span=span, text=match.group()))
    if removed or added:
        found[:] = [m for i, m in enumerate(found) if i not in removed] + added
