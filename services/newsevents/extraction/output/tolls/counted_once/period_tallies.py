"""A count of the dead told as a period's running total is no act's toll.

Monitors and wires close a story on the day's act with the tally it adds to: "The bombardment
has killed 120 civilians in the enclave since the start of the offensive", "The deaths bring to
43 the number of civilians killed in the province this month", "The death toll of the week rose
to 40", "Over the past four days, 80 civilians have been killed", "Since then, clashes in the
area have left 14 dead". The count is a stretch of days' dead: adding it to the act's (or taking
it as the act's updated toll) counts the act's dead again with others'. A sentence that counts
a war or a stretch as a whole is read by :func:`...text.periods.counts_a_period`; this reads the
count itself, where its clause ties the stretch to it, so that a sentence that tells the act's
toll beside the tally ("killing five, bringing to 43 the number killed this month") keeps the
act's five.

Not a period: a weekday or a part of the day ("since Wednesday", "since dawn": one fight's dead
told on), the act itself ("since the blast"), nor a superlative that measures the act against
the stretch ("the deadliest attack since 2019").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ....document import Document, QuantityMention, Sentence, sentence_at
from ....text.numbers import FEW
from ....text.periods import SUPERLATIVES
from ....vocabulary import WEEKDAY_NAMES

_WEEKDAY = rf"(?:{WEEKDAY_NAMES})"  # (every pattern of it ignores case)
# "since" and what it counts from, when that is a stretch: not a weekday, a part of the day, the
# act itself ("since the attack") or a time of day
_SINCE = (
    r"\bsince\s+(?!(?:last\s+)?" + _WEEKDAY + r"\b|(?:early\s+|late\s+)?(?:dawn|morning|noon|"
    r"midday|afternoon|evening|night|midnight|today|tonight|yesterday)\b|"
    r"(?:the|this|that|its)\s+(?:[\w-]+\s+)?(?:attack|blast|bombing|explosion|strike|raid|"
    r"assault|ambush|shooting|incident|massacre)\b|\d{1,2}(?::\d\d)?\s*(?:a\.?m|p\.?m)\b)"
)
_SPAN = r"(?:days|weeks|months|years)"
# a stretch of days counted: "over the past four days", "in the last two weeks", "during a
# four-day stretch" (not "in the past 24 hours": a day's toll, the act's)
_STRETCH = (
    rf"\b(?:over|in|during|within|for)\s+(?:the\s+)?(?:past|last|previous)\s+(?:{FEW}|\d+|"
    rf"few|several)\s+{_SPAN}\b"
    rf"|\b(?:over|in|during)\s+an?\s+(?:{FEW}|\d+)-(?:day|week|month)\s+(?:stretch|period|span)\b"
)
# after the count, in its clause: "killed ... since the start", "... this month"
_AFTER = re.compile(
    rf"{_SINCE}|\bthis\s+(?:month|year)\b(?!['’])|{_STRETCH}|\bso\s+far\s+this\s+(?:week|month|year)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;:!?]")
# what between the count and the stretch ties the count to one act, or the stretch to
# something else: the act's day ("killed 12 on Tuesday despite a truce in place since March"),
# a state that lasts ("a siege imposed since 2013")
_NOT_THE_COUNTS = re.compile(
    rf"\b(?:on\s+)?(?:{_WEEKDAY}|today|yesterday|overnight)\b|\bon\s+\d"
    r"|\b(?:in\s+place|in\s+effect|in\s+force|held|controlled|besieged|under\s+siege|imposed|"
    r"declared|living|displaced|detained|missing|ongoing|running)\s+$",
    re.IGNORECASE,
)
# before the count, opening its clause: "Since then, ...", "Over the past four days, ..."
_BEFORE = re.compile(
    rf"(?:^|[,;:]\s*|\band\s+)(?:{_SINCE}[^,;:.]{{0,40}}?,?|(?:{_STRETCH}),?)\s+"
    r"(?:[^\s,;:.]+\s+){0,12}?$",
    re.IGNORECASE,
)
# a tally named by its stretch: "the death toll of the week", "this month's toll", "the
# weekly toll", "the number of civilians killed this week"
_NAMED_TALLY = re.compile(
    r"\b(?:toll|number\s+of\s+[\w\s]{0,30}?(?:killed|dead|deaths|victims))\s+(?:of|for)\s+"
    r"(?:the|this)\s+(?:week|month|year)\b"
    r"|\b(?:this|last)\s+(?:week|month|year)['’]s\s+(?:death\s+)?toll\b"
    r"|\b(?:weekly|monthly|yearly|annual)\s+(?:death\s+)?toll\b"
    r"|\bnumber\s+of\s+[\w\s]{0,30}?(?:killed|dead|deaths|victims)\b[^.;:!?]{0,40}?\bthis\s+week\b",
    re.IGNORECASE,
)
# a count a relative clause tells of a series of acts (forty-fourth round): "killing 12, the
# third such attack this week, which has killed more than 50", "the deadliest of a wave of
# attacks that have killed 80", "a second day of bombing that has killed 32" (not an act's own
# relative clause: "an air strike that killed 12")
_SERIES_TALLY = re.compile(
    r"(?:\b(?:wave|series|spate|string|spree|campaign|days?|weeks?)\s+of\s+"
    r"|\bsuch\s+(?:attacks?|bombings?|strikes?|raids?|blasts?|incidents?)\b)"
    r"[^.;:!?]{0,60}?\b(?:that|which)\s+(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?$",
    re.IGNORECASE,
)
# a superlative that measures the act against the stretch (:mod:`...text.periods`'s words, and
# "first"): "the deadliest attack since 2019", "the first strike since the truce"
_SUPERLATIVE = re.compile(rf"\b(?:{SUPERLATIVES}|first)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked of each count for every event that reads it
def tallies_a_period(quantity: QuantityMention, sentence: Sentence | None) -> bool:
    """Whether the count of the dead is a stretch of days' running total (see the module)."""
    if sentence is None:
        return False
    text = sentence.text
    start = max(0, quantity.span.start - sentence.span.start)
    end = max(start, quantity.span.end - sentence.span.start)
    # (before the superlative: "the deadliest of a wave of attacks that have killed 80")
    if _SERIES_TALLY.search(text, max(0, start - 120), start):
        return True
    if _SUPERLATIVE.search(text):
        return False
    # (from the words right before the count: "This month's toll ... rose to 27"; a tally named
    # after the count that opens in it, "bringing to 40 the number of people killed this week",
    # not one a later clause names: "killed 12 on Monday, bringing to 40 the number ..." keeps
    # the 12, forty-fourth round)
    named = _NAMED_TALLY.search(text, max(0, start - 20))
    if _NAMED_TALLY.search(quantity.text) or (named is not None and named.start() < end):
        return True
    return _after(text, end) or _BEFORE.search(text, 0, start) is not None


def _after(text: str, end: int) -> bool:
    """Whether the count's clause goes on to a stretch tied to the count."""
    stop = _CLAUSE_END.search(text, end)
    limit = min(stop.start() if stop else len(text), end + 90)
    found = _AFTER.search(text, end, limit)
    return found is not None and _NOT_THE_COUNTS.search(text[end : found.start()]) is None


def after_the_dead(doc: Document, quantities: list[QuantityMention]) -> list[QuantityMention]:
    """``quantities`` less the stretches' tallies told after a count of the dead that is none
    (the day's act told with its dead, then the tally it adds to: "Police shot dead two
    protesters ... The number of protesters killed this week rose to 11"). A tally the article
    opens with is what it reports (a monitor's note of a stretch: "in the last two months 10
    people have been killed in raids"), kept unless the event counts its own act's dead."""
    first = min(
        (
            q.span.start
            for q in doc.quantities
            if q.unit == "fatalities"
            and q.kind == "count"
            and not tallies_a_period(q, sentence_at(doc.sentences, q.span))
        ),
        default=None,
    )
    if first is None:
        return quantities
    return [
        q
        for q in quantities
        if q.unit != "fatalities"
        or q.span.start < first
        or not tallies_a_period(q, sentence_at(doc.sentences, q.span))
    ]


# A front's standing tally, told in the present perfect after the count: "At least 5,000
# militants have been killed on this front", "hundreds have so far been killed along the
# northern front" (forty-ninth round, shell69): the front's dead since it opened, no act's.
_FRONT_TALLY = re.compile(
    r"\b(?:has|have)\s+(?:(?:so\s+far|now|already)\s+)?been\s+killed\b"
    r"[^.;:!?]{0,40}?\b(?:on|along|at)\s+(?:this|that|the|its|their)\s+(?:[\w-]+\s+){0,2}?fronts?\b",
    re.IGNORECASE,
)


def off_front_tallies(
    doc: Document, own: Sentence | None, quantities: list[QuantityMention]
) -> list[QuantityMention]:
    """``quantities`` less the counts of the dead a front's standing tally tells in another
    sentence than the act's own (``own``): "Army artillery shelled positions near X. At least
    5,000 militants have been killed on this front" counts no dead of the shelling."""
    kept = []
    for quantity in quantities:
        sentence = sentence_at(doc.sentences, quantity.span)
        if (
            quantity.unit == "fatalities"
            and sentence is not None
            and sentence is not own
            and _FRONT_TALLY.search(
                doc.text, quantity.span.start, min(sentence.span.end, quantity.span.end + 70)
            )
            is not None
        ):
            continue
        kept.append(quantity)
    return kept
