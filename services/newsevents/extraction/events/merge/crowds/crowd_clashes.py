"""Clashes told at a demonstration's town and day are that demonstration: the merging pass
``fold_crowd_clashes`` (right after ``fold_town_demonstrations``).

A report on a demonstration met by force tells its fight in words of a battle as often as in a
crowd's: "Some 12 persons were hurt in a scuffle among union members and officers" in the
lead, "police barricaded them ... resulting in a clash" further on; "17 people were killed in
clashes near the airport", then "the protesters ... clashed with law enforcement"; "Clashes
erupted along the route of the march". Read alone, such a sentence is an armed clash or mob
violence and stood beside the demonstration's event as a second one. Monitors code one
demonstration per town and day, of the type of what became of it.

A clash (``armed_clash`` or ``mob_violence`` told by a clash word: "clash", "clashes",
"skirmish", "scuffle") folds with a demonstration event (protest, dispersed, repressed, riot)
told before or after it when
- the clash's sentence names no armed group or militia, by name or not, and does not call it
  armed ("armed clashes"): a battle of an army and militants in a town where people marched is
  that battle (a side merged in from another sentence does not count);
- both are told at one town, or one at a wide place and the other at the only demonstration
  town inside it (:func:`.town_demonstrations.same_town`);
- their days and modality agree, and neither is told as another ("another", "also",
  "separately", a sentence opening on another place or day: :func:`...story_cues.told_as_new`).
They may share a sentence ("a night of protests and violent clashes that left four dead").

The event keeps the demonstration's type, its trigger and its sides, and every sentence and toll
of both. A bare protest that came to clashes is a riot (ACLED: a violent demonstration); the
pass runs after ``fold_town_demonstrations``, so a protest the article tells dispersed or fired
on has already taken that type, which a clash does not change.
"""

from __future__ import annotations

import re

from ....document import NON_STATE_ARMED_KINDS, Document, sentence_at
from ....ontology import EventTypeName
from ...draft import EventDraft
from ...story_cues import told_as_new
from ..folding import fold_into_earlier, keep_own, take_fields
from ..incidents.occurrences import days_agree
from .demonstrations import OUTCOME_RANK, brawl_at_a_rally
from .town_demonstrations import same_town

_CLASH_TYPES: frozenset[EventTypeName] = frozenset({"armed_clash", "mob_violence"})
_CLASH_WORD = re.compile(r"\b(?:clash|skirmish|scuffle)", re.IGNORECASE)
# "armed clashes", "an armed skirmish": told as fighters' battle, not a crowd's.
_ARMED_WORD = re.compile(r"\barmed\s+(?:clash|skirmish)", re.IGNORECASE)


def fold_crowd_clashes(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each clash with no named armed side folded with the demonstration event of its town and
    day told before it (or that event folded into the clash told before it, which then takes
    the demonstration's type and sides); other events as they are."""
    demonstrations = [d for d in drafts if d.event_type in OUTCOME_RANK]
    if not demonstrations or not any(crowd_clash(doc, d) for d in drafts):
        return drafts

    def accepts(earlier: EventDraft, later: EventDraft) -> bool:
        pair = (earlier.event_type in OUTCOME_RANK and crowd_clash(doc, later)) or (
            crowd_clash(doc, earlier) and later.event_type in OUTCOME_RANK
        )
        return (
            pair
            and earlier.modality == later.modality
            and days_agree(earlier, later)
            and same_town(earlier, later, demonstrations)
            and not _rally_brawl(doc, earlier, later)
            and not any(
                told_as_new(doc, doc.sentences[d.sentences[0]], d) for d in (earlier, later)
            )
        )

    return fold_into_earlier(drafts, accepts, _fold)


def _rally_brawl(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether the pair is a rally and a brawl of two camps at it (``brawl_at_a_rally``)."""
    rally, fight = (earlier, later) if earlier.event_type in OUTCOME_RANK else (later, earlier)
    return fight.event_type == "mob_violence" and brawl_at_a_rally(doc, rally, fight)


def crowd_clash(doc: Document, draft: EventDraft) -> bool:
    """Whether the draft is a clash told by a clash word (not "armed clashes") whose sentence
    names no armed group or militia, by name or not ("militants", "gunmen"; a side merged in
    from another sentence, "he had fought ISIS", does not count)."""
    if draft.event_type not in _CLASH_TYPES or not _CLASH_WORD.search(draft.trigger.text):
        return False
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is None or _ARMED_WORD.search(sentence.text):
        return False
    return not any(a.kind in NON_STATE_ARMED_KINDS for a in doc.in_sentence(doc.actors, sentence))


def _fold(target: EventDraft, draft: EventDraft) -> None:
    if target.event_type not in OUTCOME_RANK:  # the clash told first: the demonstration names it
        target.named_as(draft)
        target.actor1, target.actor2 = draft.actor1, draft.actor2
    take_fields(target, draft, actors=keep_own)
    if target.event_type == "protest":
        target.event_type = "riot"
