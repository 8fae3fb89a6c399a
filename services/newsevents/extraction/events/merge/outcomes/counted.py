"""A counting summary and the acts it counts: each act told on its own is an event of its own.

A report often opens by counting what it then tells act by act: "Nine policemen died in two
ambushes by bandits on Sunday. The first hit a patrol near Kuyello, killing six. Hours later
three more were shot dead at a checkpoint outside Danko." The lead's "two ambushes" is no act
of its own: it is the sum of the two the body tells, and a monitor codes the two (each with its
own toll and place), not the sum. Read as an event, the lead absorbs the body's acts when they
are merged (or they fold into one another through it), and one act is lost.

``merge_counted_acts_apart`` reads, for each sentence that counts acts of violence ("two
attacks", "both raids", "a series of strikes", "twin blasts", "in separate incidents"), the
sentences after it that each tell one act with a toll of its own. When the body tells as many
such acts as the summary counts (at least two for a vague count), and the parts' tolls add up
to the summary's own toll where it states one, the summary stands for them:
- the violent drafts of every sentence that counts the same acts ("Both raids took place in
  the district", "these two ambushes") are dropped: the count is no event;
- each act's drafts (its sentence and the sentences after it up to the next act) are merged
  apart from the rest of the article and from one another: one event each, with its own toll
  (the summary's total stays off the single acts);
- each act takes from the summary what it does not tell: the attacker, the day, the place.

A summary whose acts the body does not tell one by one is left alone (one event with the
summary's toll): the places it lists are split by ``split_listed_places``, and the text gives
nothing else to place several events by.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ....document import Document, QuantityMention
from ....ontology import is_violent
from ....text.numbers import exact_count
from ....text.several_acts import COUNTED_ACTS, ONE_OF_COUNTED
from ...draft import EventDraft
from ..folding import absorb

# Counts of people a part may tell its toll by, when no death toll is read.
_PEOPLE = re.compile(
    r"(?:people|persons|civilians|soldiers|troops|policemen|police officers|officers|"
    r"militants|fighters|gunmen|insurgents|rebels|villagers|residents|children|women|men)",
)

# A sentence that opens by telling back the act just told: "That attack killed one man".
_BACK = re.compile(
    r"(?:That|This|The) (?:attack|assault|blast|explosion|bombing|strike|raid|ambush|shooting)\b"
)

# How many sentences after the summary its acts may be told in.
_WINDOW = 6


@dataclass(frozen=True, slots=True)
class _Summary:
    sentences: frozenset[int]  # every sentence that counts the acts
    parts: tuple[int, ...]  # the sentence each act is told in, in order
    lender: EventDraft | None  # the summary's draft, whose fields the acts may take


def merge_counted_acts_apart(
    doc: Document, drafts: list[EventDraft], merge: Callable[[list[EventDraft]], list[EventDraft]]
) -> list[EventDraft]:
    """The drafts merged by ``merge``, the acts a counting summary stands for each apart from
    the rest of the article and from one another, without the summary's own violent drafts;
    each act takes the attacker, day and place the summary tells and it does not ("by the
    Daesh group" in the summary names the act's "terrorists")."""
    summary = _find_summary(doc, drafts)
    if summary is None:
        return merge(drafts)
    rest, *acts = _groups(summary, drafts)
    events = merge(rest)
    for act, part in zip(acts, summary.parts, strict=True):
        told = _one_act(doc, merge(act), part)
        if summary.lender is not None:
            for event in told:
                _lend(summary.lender, event)
        events += told
    return sorted(events, key=lambda d: d.trigger.span.start)


def _groups(summary: _Summary, drafts: list[EventDraft]) -> list[list[EventDraft]]:
    """The rest of the article first, then each act's drafts.

    An act's group is told from the sentence after the act before it (after the summary, for
    the first) to its own sentence: what leads up to an act is its ("Gunmen planted a bomb in
    a field. It killed one man."); after the last act, the sentences that go on telling acts of
    its type are still its."""
    first = min(summary.sentences)
    opening = max(s for s in summary.sentences if s < summary.parts[0]) + 1
    starts = [opening, *(p + 1 for p in summary.parts[:-1])]
    ends = [*summary.parts[:-1], _last_end(drafts, summary.parts[-1])]
    groups: list[list[EventDraft]] = [[] for _ in summary.parts]
    rest: list[EventDraft] = []
    for draft in drafts:
        at = draft.sentences[0]
        if at in summary.sentences and is_violent(draft.event_type):
            continue
        part = next(
            (i for i, (a, b) in enumerate(zip(starts, ends, strict=True)) if a <= at <= b), None
        )
        if part is None or at < first or at in summary.sentences:
            rest.append(draft)
        else:
            groups[part].append(draft)
    return [rest, *groups]


def _one_act(doc: Document, told: list[EventDraft], part: int) -> list[EventDraft]:
    """An act told back by its noun ("That attack killed one man") is the act told just
    before it in its group: one event."""
    if not _BACK.match(doc.sentences[part].text):
        return told
    at = next((e for e in told if part in e.sentences), None)
    before = [e for e in told if e is not at and e.sentences[0] < part and e.sentences[-1] < part]
    if at is None or not before:
        return told
    earlier = before[-1]
    absorb(earlier, at)
    return [e for e in told if e is not at]


def _lend(lender: EventDraft, event: EventDraft) -> None:
    if event.actor1 is None or (event.actor1.generic and lender.actor1 is not None):
        event.actor1 = lender.actor1
    if event.date is None or (event.date.precision == "vague" and lender.date is not None):
        event.date = lender.date
    if not event.places:
        event.places = list(lender.places)


def _last_end(drafts: list[EventDraft], last: int) -> int:
    """The last sentence the last act is told in: the sentences after it that tell acts of its
    type, up to the first that tells none."""
    kinds = {d.event_type for d in drafts if d.sentences[0] == last}
    told = {d.sentences[0] for d in drafts if d.event_type in kinds}
    end = last
    while end + 1 in told:
        end += 1
    return end


def _find_summary(doc: Document, drafts: list[EventDraft]) -> _Summary | None:
    violent = sorted(
        {d.sentences[0] for d in drafts if is_violent(d.event_type)},
    )
    for index in violent:
        count = _count_in(doc.sentences[index].text)
        if count is None:
            continue
        number, exact = count
        summaries = {index}
        parts: list[int] = []
        for later in range(index + 1, min(index + 1 + _WINDOW, len(doc.sentences))):
            text = doc.sentences[later].text
            if _count_in(text) is not None:
                summaries.add(later)
                continue
            if later in violent and (_tolls(doc, later) or ONE_OF_COUNTED.search(text)):
                parts.append(later)
        if (len(parts) == number if exact else len(parts) >= 2) and _adds_up(doc, index, parts):
            lender = next(
                (d for d in drafts if d.sentences[0] == index and is_violent(d.event_type)), None
            )
            return _Summary(frozenset(summaries), tuple(parts), lender)
    return None


def _count_in(text: str) -> tuple[int, bool] | None:
    """How many acts a sentence counts, and whether the count is exact."""
    match = COUNTED_ACTS.search(text)
    if match is None:
        return None
    exact = exact_count(match.group("count"))
    return (exact, True) if exact is not None else (2, False)


def _tolls(doc: Document, index: int) -> list[QuantityMention]:
    """The sentence's death tolls, else its counts of people hit: "two more guards were
    'shot down by a marksman'" (the quote hides the toll's verb from the toll reader)."""
    sentence = doc.sentences[index]
    counts = [q for q in doc.in_sentence(doc.quantities, sentence) if q.kind == "count"]
    deaths = [q for q in counts if q.unit == "fatalities"]
    return deaths or [q for q in counts if _PEOPLE.fullmatch(q.unit)]


def _adds_up(doc: Document, summary: int, parts: list[int]) -> bool:
    """The parts' tolls add up to the summary's, where the summary tells one."""
    told = _tolls(doc, summary)
    if not told:
        return True
    total = sum(max((q.value for q in _tolls(doc, p)), default=0) for p in parts)
    return any(q.value == total for q in told)
