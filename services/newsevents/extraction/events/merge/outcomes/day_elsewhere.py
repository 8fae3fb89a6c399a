"""A toll told on another day at other places is no toll of the act told before it (fifty-first
round, toll71).

A state outlet's bulletin ends on the day before's dead, in a sentence of their own that tells no
act the extraction reads: "On Sunday three civilians died and nine others were hurt in
mortar fire on A street and the B quarter of Homs city", after the day's
last act ("5 persons were wounded in shelling on the villages of C and D in Hama countryside").
A toll with no act of its own sentence goes to the act told last before it
(:func:`.tolls.attach_casualties`), which so counted another day's dead at other places. A
sentence that opens on a day of its own, not the act's, and names places of its own, none of
which is the act's or lies in or around it, tells another incident's dead.
"""

from __future__ import annotations

from ....document import LOCAL_PRECISIONS, Document, Sentence
from ...draft import EventDraft
from ...geography.nesting import nested_either

# How far into the sentence its own day may be told: "On Tuesday", "Meanwhile on Monday".
_OPENING = 24


def toll_of_another_day_elsewhere(doc: Document, target: EventDraft, sentence: Sentence) -> bool:
    """Whether ``sentence`` (a toll's, telling no act of ``target``) opens on a day other than
    the target's and names localities none of which is the target's place or nested with it."""
    if sentence.index in target.sentences or not target.places:
        return False
    start = sentence.span.start
    days = [
        d
        for d in doc.in_sentence(doc.dates, sentence)
        if d.precision == "day" and d.span.start - start <= _OPENING
    ]
    if not days:
        return False
    if target.date is not None and any(d.date == target.date.date for d in days):
        return False  # the act's own day told again
    named = [p for p in doc.in_sentence(doc.places, sentence) if p.precision in LOCAL_PRECISIONS]
    if not named:
        return False
    own = target.places
    return not any(nested_either(p, q) for p in named for q in own)
