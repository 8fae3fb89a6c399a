"""The lead's count of the dead retold in the body at the act it counts.

A report opens with its dead ("8 persons killed in rocket attacks on Aleppo", "Syrian Army Kills
16 Terrorists in Latakia") and then tells the act with the same figure at its own place
("terrorists targeted al-Jamilia neighborhood with 4 rocket shells, killing 8 persons", "the
army also clashed with the terrorists in Jabal al-Turkman, killing 16 of them"). Two numbers in
the text, one toll: when the merges keep the lead's event and the body's act apart (the lead
read at another quarter, the headline's act at the first village listed), each counting its
figure adds the same dead twice.

So a published event whose only counts of the dead are one figure told in the lead (its first
two sentences: the headline repeated, the lead) loses it when another published event counts
the same figure in the sentence that tells its own act, later, at a place of the same province:
the body's act, told with its place, is the one the dead are counted with. Not one person (a
figure of 1 is too common to be one toll), nor an event that counts other dead too (the lead's
total beside a part of it: what it would be left with is no toll of its own), nor a later act
told as another ("Separately, shelling killed 4 people in Ariha" after strikes that killed 4
in Saraqib) or on another day.

Fifty-first round (toll71): a figure told in the body's first sentence where that sentence
retells the title ("Tue Mar 3 2015 Army Units Kill 27 Gunmen Near a Dam.") goes to the body's
act wherever it is placed (a town of another province, a country), when that act is placed and
no less grave than the headline's, and told in any sentence of the body's act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ....document import Document, QuantityMention, sentence_at
from ....events.draft import EventDraft
from ....events.geography.nesting import inside_lead_place
from ....events.story_cues import retells_title
from ....events.victims import counted_words, victims_in
from ....ontology import severity

_LEAD = 1  # the index of the lead's last sentence (a headline repeated, then the lead)


def lead_count_retold(doc: Document, drafts: Sequence[EventDraft]) -> list[EventDraft]:
    """The ``drafts`` (published events) whose lead count a later act retells lose it (see the
    module), in place; returns those that lost one."""
    told = {id(d): counts_by_sentence(doc, d) for d in drafts}
    lost: list[EventDraft] = []
    for draft in drafts:
        counts = told[id(draft)]
        values = {q.value for q in counts}
        if len(values) != 1 or min(values) <= 1:
            continue  # no figure, or more than one: the lead's total beside its parts
        told_at = list(counts.values())
        if min(told_at) < 0 or max(told_at) > _LEAD:
            continue  # the figure is the body's too, or its sentence unknown
        value, last = min(values), max(told_at)
        counted = _victims_counted(doc, counts)
        headline = 0 in told_at and retells_title(doc, 0)
        if any(
            other is not draft
            and (
                (headline and _retold_act(draft, other)) or _told_there(doc, told_at, draft, other)
            )
            and not _other_days(doc, told_at, draft, other)
            and _told_after(doc, other, told[id(other)], value, last, counted, headline=headline)
            for other in drafts
        ):
            draft.quantities = [q for q in draft.quantities if q not in counts]
            lost.append(draft)
    return lost


def counts_by_sentence(doc: Document, draft: EventDraft) -> dict[QuantityMention, int]:
    """The draft's counts of the dead, each with the index of its sentence."""
    found: dict[QuantityMention, int] = {}
    for quantity in draft.quantities:
        if quantity.unit == "fatalities" and quantity.kind == "count":
            sentence = sentence_at(doc.sentences, quantity.span)
            found[quantity] = sentence.index if sentence is not None else -1
    return found


# A later act told as another than the lead's: "Separately, shelling killed 4 in Ariha".
_APART = re.compile(r"\b(?:separate(?:ly)?|elsewhere|another)\b", re.IGNORECASE)


def _told_after(
    doc: Document,
    other: EventDraft,
    counts: dict[QuantityMention, int],
    value: float,
    last: int,
    counted: frozenset[str],
    *,
    headline: bool = False,
) -> bool:
    """Whether ``other`` counts the figure ``value`` in the sentence of its own act, after the
    ``last`` sentence, one that does not tell its act as another than the lead's, and counts no
    more dead than that (a larger toll of its own holds the figure as a part: "200 killed" in
    the lead, "2,200 killed since the offensive began, 200 of them this week"), nor another
    kind of dead than the lead's count (``counted``: "killed 20 civilians" in the lead, "killed
    20 soldiers" at the body's act are two tolls)."""
    if any(q.value > value for q in counts):
        return False
    return any(
        q.value == value
        and i > last
        and told_at_act(doc, other, i, headline=headline)
        and not _APART.search(doc.sentences[i].text)
        and not _other_dead(counted, _victims_counted(doc, {q: i}))
        for q, i in counts.items()
    )


def _victims_counted(doc: Document, counts: dict[QuantityMention, int]) -> frozenset[str]:
    """The kinds of victim the counts' own words name ("killed 20 civilians": civilian)."""
    return frozenset(v for q in counts for v in victims_in(counted_words(doc, q)))


def _other_dead(first: frozenset[str], second: frozenset[str]) -> bool:
    return bool(first and second and not first & second)


def _other_days(doc: Document, indices: list[int], lead: EventDraft, other: EventDraft) -> bool:
    """Whether the lead's sentences (``indices``) date the lead's act to a day and ``other`` is
    dated to another."""
    if lead.date is None or other.date is None or lead.date.precision != "day":
        return False
    own = any(doc.sentences[i].span.contains(lead.date.span) for i in set(indices))
    return own and other.date.precision == "day" and lead.date.date != other.date.date


def told_at_act(doc: Document, draft: EventDraft, index: int, *, headline: bool = False) -> bool:
    """Whether sentence ``index`` is one of ``draft``'s own act: its trigger's sentence, or, with
    ``headline`` (a figure of the headline the body's first sentence retells), any sentence the
    act took in (fifty-first round, toll71)."""
    return doc.sentences[index].span.contains(draft.trigger.span) or (
        headline and index in draft.sentences
    )


def _told_there(doc: Document, indices: list[int], lead: EventDraft, other: EventDraft) -> bool:
    """Whether ``other``'s own place (its first) is not the lead event's, lies in its province
    and fits the places the lead's sentences (``indices``) name, a town compared with their
    towns (``inside_lead_place``): "Aleppo city" for its quarter; not Kidal's clash for the
    shelling of Tessalit, nor shells on Ariha "in Idlib province" for a fight at Saraqib."""
    if not lead.places or not other.places:
        return False
    first, second = lead.places[0], other.places[0]
    if first.name == second.name:
        return False  # the lead's own place retold: its act keeps what it told first
    named = [p for i in sorted(set(indices)) for p in doc.in_sentence(doc.places, doc.sentences[i])]
    return (
        first.province is not None
        and first.province == second.province
        and inside_lead_place(named, [second])
    )


# Acts that count no dead of their own when told beside a killing: a capture, a retaking.
_NO_DEAD_OF_THEIR_OWN = frozenset({"territory_taken", "territory_regained"})


def _retold_act(lead: EventDraft, other: EventDraft) -> bool:
    """Whether ``other`` may keep the headline's figure the ``lead`` event holds, wherever
    placed (fifty-first round, toll71): an act placed somewhere, no less grave than the lead's,
    and not a capture beside another act (a village's capture told with the executions after it
    keeps no toll of the headline's executions)."""
    if other.event_type in _NO_DEAD_OF_THEIR_OWN and other.event_type != lead.event_type:
        return False
    return bool(other.places) and severity(other.event_type) <= severity(lead.event_type)
