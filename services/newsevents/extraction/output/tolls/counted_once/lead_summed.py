"""The lead's count of the dead told again in parts at the body's acts (forty-eighth round,
shell68).

A state outlet's casualty bulletin opens on the day's dead over several quarters or cities
("Five citizens killed in terrorist attacks with shells on Damascus and Homs") and then tells
each act with its own dead ("fired mortar shells on Bab Touma, killing two civilians", "fired
rocket shells on al-Zahraa, killing three citizens"). Where the merges leave the lead's figure
on one of those acts (the lead's event placed at a quarter whose sentence it took in), that
act counts the whole day's dead beside its own, and a sum over the article's events counts the
dead twice. :mod:`.lead_retold` takes the figure off the lead's event when the body tells it
again whole; this module when the body tells it again in parts.

A published event whose counts of the dead told in the lead (its first two sentences: the
headline repeated, then the lead) are one figure above 1 loses them when the counts the body
tells after the lead add up to that figure exactly: the largest count of each published event
(this one included) told in a sentence after the lead that tells the event's own act, not as
another ("separately", "elsewhere", "another"), at a place of the lead's places or inside them
(``inside_lead_place``), from two events or more. A figure above the parts' sum (the day's dead,
of which the body tells some) or below it is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ....document import Document, PlaceMention, QuantityMention
from ....events.draft import EventDraft
from ....events.geography.nesting import inside_lead_place
from .lead_retold import counts_by_sentence

_LEAD = 1  # the index of the lead's last sentence (a headline repeated, then the lead)

# A later act told as another than the lead's: "Separately, shelling killed 4 in Ariha".
_APART = re.compile(r"\b(?:separate(?:ly)?|elsewhere|another)\b", re.IGNORECASE)


def lead_count_summed(doc: Document, drafts: Sequence[EventDraft]) -> list[EventDraft]:
    """The ``drafts`` (published events) whose lead count the body tells again in parts lose
    it (see the module), in place; returns those that lost one."""
    told = {id(d): counts_by_sentence(doc, d) for d in drafts}
    lost: list[EventDraft] = []
    for draft in drafts:
        counts = told[id(draft)]
        in_lead = {q: i for q, i in counts.items() if 0 <= i <= _LEAD}
        values = {q.value for q in in_lead}
        if len(values) != 1 or min(values) <= 1:
            continue
        named = [
            p
            for i in sorted(set(in_lead.values()))
            for p in doc.in_sentence(doc.places, doc.sentences[i])
        ]
        parts = [
            part
            for other in drafts
            if other is draft or _fits(named, other)
            for part in [_own_part(doc, other, told[id(other)])]
            if part is not None
        ]
        if len(parts) >= 2 and sum(parts) == min(values):
            draft.quantities = [q for q in draft.quantities if q not in in_lead]
            lost.append(draft)
    return lost


def _fits(named: list[PlaceMention], other: EventDraft) -> bool:
    """Whether ``other`` is placed at one of the lead's places or inside it."""
    return bool(other.places) and inside_lead_place(named, other.places[:1])


def _own_part(doc: Document, draft: EventDraft, counts: dict[QuantityMention, int]) -> float | None:
    """The largest count of the dead ``draft`` tells after the lead in the sentence of its own
    act, not told as another act, or None."""
    own = [
        q.value
        for q, i in counts.items()
        if i > _LEAD
        and doc.sentences[i].span.contains(draft.trigger.span)
        and not _APART.search(doc.sentences[i].text)
    ]
    return max(own, default=None)
