"""A part of the dead told after their toll is no toll of its own.

"84 people have been killed over a four-day stretch of fighting ... Seventeen children and six
women were among those killed": the children and women are some of the 84, told as a part of
them. When the merges keep the part's sentence with another event than the toll's (the lead
read as one act, the body's clashes as another), that event counts six dead the article has
counted already. So a count whose clause tells it "among the dead" (those killed, the victims,
the fatalities) is dropped from an event's toll when the article told a larger count of the dead
before it; the same words opening an article's dead ("Two soldiers were among those killed in
the ambush" with no count before) still count.
"""

from __future__ import annotations

import re

from ....document import Document, QuantityMention, sentence_at

# the part's words: "six women were among those killed", "were also among the dead"
_AMONG = re.compile(
    r"[^,.;:]{0,40}?\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the|those)\s+"
    r"(?:[\w-]+\s+)?(?:dead|killed|victims|fatalities|slain)\b",
    re.IGNORECASE,
)


def parts_after_the_dead(doc: Document, quantities: list[QuantityMention]) -> list[QuantityMention]:
    """``quantities`` less the counts told as a part of the dead after a larger count of the
    dead the article told before them (see the module)."""
    return [q for q in quantities if not _a_part_told_after(doc, q)]


def _a_part_told_after(doc: Document, quantity: QuantityMention) -> bool:
    if quantity.unit != "fatalities" or quantity.kind != "count":
        return False
    sentence = sentence_at(doc.sentences, quantity.span)
    if sentence is None:
        return False
    start = max(0, quantity.span.start - sentence.span.start)
    if _AMONG.match(sentence.text, start) is None:
        return False
    return any(
        q.unit == "fatalities"
        and q.kind == "count"
        and q.span.end <= sentence.span.start
        and q.value > quantity.value
        for q in doc.quantities
    )
