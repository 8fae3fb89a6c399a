"""The dead of an earlier act told as the day's setting are not the day's act's.

Wire copy dates the day's act by the one before it: "Regime air strikes killed eight civilians
in Hamouriyeh on Thursday, a day after raids killed 16 in nearby Saqba", "Helicopters dropped more
barrel bombs on the old city on Friday, a day after shelling there left 30 dead".
The count after "a day after" (the day before, "two days after", "hours after") is the earlier
act's: read with the act told before it, it adds the day before's dead to the day's (8 + 16) or
gives the day's act the day before's toll. A count told before the phrase, or with the phrase
before the act's own words ("A day after raids killed 40, a UN agency said ..."), is left.
"""

from __future__ import annotations

import re

from ....document import Document, QuantityMention, sentence_at
from ....events.draft import EventDraft

# "a day after", "two days after", "the day after", "hours after", "only hours after", and the
# earlier act's verb of killing after it in the clause
_EARLIER = re.compile(
    r"\b(?:(?:a|one|two|three|the)\s+days?|(?:only\s+|just\s+)?hours)\s+after\b"
    r"(?=[^.;:!?]{0,80}?\b(?:kill(?:ed|ing)|left|claimed)\b)",
    re.IGNORECASE,
)


def earlier_acts_dead(
    doc: Document, draft: EventDraft, quantities: list[QuantityMention]
) -> list[QuantityMention]:
    """``quantities`` less the counts of the dead told in a clause that dates the draft's act
    by an earlier act, after its trigger in its sentence (see the module)."""
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is None:
        return quantities
    earlier = _EARLIER.search(doc.text, draft.trigger.span.end, sentence.span.end)
    if earlier is None:
        return quantities
    return [
        q
        for q in quantities
        if q.unit != "fatalities" or not earlier.end() <= q.span.start < sentence.span.end
    ]
