"""An event with no toll folded into the sibling that read the toll of its occurrence.

One incident told in several sentences can stay two events where no merge pass folds them (the
lead's clash with its dead, the body's assault told without them, "the blast" retold with a
guard among the dead). Each reads only its own sentences, so one carries the dead and the
other none; copying the toll would count the same dead twice in a sum over the article's
events. Where the two are one occurrence they become one event: after the days are shared, a
violent event with no toll and a violent sibling with one are folded when

- both are at the same first place (same name, or two spellings of one name at the same
  coordinates: "Tariq al-Bab", "Tareeq al-Bab") on the same day, and the sibling is told in the
  event's sentence or in the one right before or after it (one incident split at its telling);
- the violent events of the article at that place and day carry exactly one toll between them,
  each read in a sentence of its own (a toll the attribution gave an act from a later
  paragraph chose that act);
- they share a side (actor1 or actor2 of one is a party of the other): rocket fire and the air
  strikes that answered it (no party in common) are two acts, each keeping what it read;
- both have the same temporal status and modality (background published beside the news stays
  apart);
- the event is not told with casualties of its own ("three were wounded", "no casualties") or
  with further dead ("three more guards were killed"): those tell another act.

The folded event is the better supported of the two (the higher confidence; the tolled one on
a tie): it keeps its type, actors and place, takes the toll and its quantities, and the
sentences of both as its mentions. The toll is counted once.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ....contracts import EventMessage, Mention
from ...events.generic_violence import fight_and_fire
from ...events.story_cues import REPLY, REPLY_KINDS
from ...ontology import is_violent
from ...text.numbers import counting
from ..siblings import first_place, same_place

# An act told with its own wounded ("three were wounded in the fighting") or with none ("caused
# no casualties", "only material damage") counts its own casualties.
_HURT = re.compile(r"\b(?:wound\w*|injur\w*|hurt|casualties|material damage)\b", re.IGNORECASE)
# Dead told as added to others' ("three more guards", "two others were killed"): another act.
_FURTHER_DEAD = re.compile(
    rf"\b(?:\d+|{counting(1, 10)}|several|dozens?)\s+"
    r"(?:more|other|others)\b",
    re.IGNORECASE,
)
_GAP = 3  # the spaces or line breaks between two sentences that run on


def fold_toll_siblings(
    events: Sequence[EventMessage], apart: Collection[str] = ()
) -> list[EventMessage]:
    """The events, each event with no toll folded with the sibling that read the toll of its
    occurrence (see the module), in text order. ``apart``: the ids of events whose toll went to
    another event that shared its count (:mod:`.one_owner`): told as acts of their own, they
    are not folded."""
    folded = list(events)
    while (pair := _next_pair(folded, apart)) is not None:
        event, sibling = pair
        kept, other = (
            (event, sibling) if event.confidence > sibling.confidence else (sibling, event)
        )
        if fight_and_fire(other.event_type, other.evidence.trigger, kept.event_type):
            # a fight told by its word keeps its type over the strike or shelling told beside
            # it (:func:`...events.generic_violence.fight_and_fire`)
            kept, other = other, kept
        merged = _merged(kept, other, sibling)
        folded = [merged if e is kept else e for e in folded if e is not other]
    return folded


def _next_pair(
    events: Sequence[EventMessage], apart: Collection[str]
) -> tuple[EventMessage, EventMessage] | None:
    for event in events:
        if event.event_id in apart:
            continue
        sibling = _toll_sibling(event, events)
        if sibling is not None:
            return event, sibling
    return None


def _toll_sibling(event: EventMessage, events: Sequence[EventMessage]) -> EventMessage | None:
    """The sibling of a violent event with no toll that read the toll of its occurrence."""
    place = first_place(event)
    if place is None or event.acled.fatalities or not is_violent(event.event_type):
        return None
    if any(_HURT.search(text) or _FURTHER_DEAD.search(text) for text in _texts(event)):
        return None  # its own casualties, or further dead: another act
    if event.event_type in REPLY_KINDS and REPLY.search(event.evidence.text):
        return None  # "war planes carried out air strikes to repel the assault": the reply
    siblings = [
        e
        for e in events
        if e is not event
        and same_place(e, event)
        and e.time.date == event.time.date
        and e.acled.fatalities
        and is_violent(e.event_type)
    ]
    if len({e.acled.fatalities for e in siblings}) != 1 or not all(map(_reads_its_toll, siblings)):
        return None
    return next((e for e in siblings if _one_telling(event, e)), None)


def _one_telling(event: EventMessage, sibling: EventMessage) -> bool:
    """Whether the two can be one occurrence told apart: news alike (background or planned
    acts published beside the news stay theirs) and told side by side with a side in common."""
    return (
        event.temporal_status == sibling.temporal_status
        and event.modality == sibling.modality
        and _told_beside(event, sibling)
        and _share_a_side(event, sibling)
    )


def _merged(kept: EventMessage, other: EventMessage, tolled: EventMessage) -> EventMessage:
    """``kept`` with the toll of ``tolled`` and the sentences of both."""
    if kept is tolled:
        acled, quantities, summary = kept.acled, kept.quantities, kept.summary
    else:
        deaths = [q for q in tolled.quantities if q.unit == "fatalities"]
        acled = kept.acled.model_copy(update={"fatalities": tolled.acled.fatalities})
        quantities = [*kept.quantities, *deaths]
        told = "; ".join(q.text for q in deaths)
        summary = f"{kept.summary} ({told})" if told else kept.summary
    spans = {(m.start, m.end): m for m in _mentions(kept) + _mentions(other)}
    evidence = kept.evidence.model_copy(
        update={"mentions": [spans[span] for span in sorted(spans)]}
    )
    return kept.model_copy(
        update={"acled": acled, "quantities": quantities, "summary": summary, "evidence": evidence}
    )


def _mentions(event: EventMessage) -> list[Mention]:
    evidence = event.evidence
    own = Mention(text=evidence.text, start=evidence.start, end=evidence.end)
    return [own, *evidence.mentions]


def _texts(event: EventMessage) -> list[str]:
    return [m.text for m in _mentions(event)]


def _reads_its_toll(event: EventMessage) -> bool:
    """Whether the event's toll is told in a sentence of its own (the act told with its dead),
    not given to it from a sentence after it that the attribution of tolls chose it for: every
    count of its dead told in its sentences, or the one that is its toll."""
    told = _texts(event)
    deaths = [q for q in event.quantities if q.unit == "fatalities"]
    own = [q for q in deaths if any(q.text in t for t in told)]
    # (a war's tally the article told elsewhere may sit among its counts: "a million people
    # have been killed" beside the act's 16; the act's own count still tells its toll)
    return bool(deaths) and (
        len(own) == len(deaths) or any(q.value == event.acled.fatalities for q in own)
    )


def _share_a_side(event: EventMessage, other: EventMessage) -> bool:
    return bool(_parties(event) & _parties(other))


def _parties(event: EventMessage) -> set[str]:
    return {name for name in (event.acled.actor1, event.acled.actor2) if name}


def _told_beside(event: EventMessage, other: EventMessage) -> bool:
    """Whether two events are told in one sentence or in two running on (one's sentence right
    after the other's): one incident split at its telling, not a later act at the place."""
    return any(
        (a, b) == (c, d) or 0 <= c - b <= _GAP or 0 <= a - d <= _GAP
        for a, b in _spans(event)
        for c, d in _spans(other)
    )


def _spans(event: EventMessage) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in _mentions(event)]
