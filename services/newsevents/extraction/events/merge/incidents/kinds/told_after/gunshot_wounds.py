"""Gunshots told as what wounded or was heard are the incident told before them: the merging
pass ``fold_gunshot_wounds``.

A report tells the incident (a clash, a raid, an abduction, a riot) and then what it did or how
it sounded: "Two people died of gunshot wounds in Siaya", "ten others were treated for injuries
caused by gunshots", "a resident who fled on hearing gunshots said ...". The noun reads as an
attack on civilians of its own (``gunshots?`` in data/triggers.tsv); a monitor codes the one
incident. An attack whose trigger is "gunshot(s)" told as a wound's cause ("gunshot wounds",
"gunshot injuries", "caused by gunshots", "died of gunshots") or as a sound ("hearing
gunshots", "the sound of gunshots") folds into the nearest earlier violent event when
- it is not told as a new incident ("in a separate attack", another place or day opening its
  sentence, :func:`.....story_cues.told_as_new`);
- their days agree and its own place is the incident's, lies in it or contains it;
- their attackers agree (the same, or one of them unnamed).
The earlier event keeps its type and takes the sentences, tolls and places. Gunshots told first
("we started hearing gunshots, and some were shot dead") stay the article's event; so does a
killing told by its own verb ("gunmen shot dead two men").
"""

from __future__ import annotations

import re

from ......document import Document, sentence_at
from ......ontology import is_violent
from .....draft import EventDraft
from .....geography.nesting import place_fits
from .....story_cues import same_day, told_as_new, told_places
from ....folding import fold_into_earlier, take_fields
from ...identity.attackers import attackers_agree

_GUNSHOT = re.compile(r"^gunshots?$", re.IGNORECASE)
# The wound after the noun: "gunshot wounds", "a gunshot injury".
_WOUND_AFTER = re.compile(r"^\s*(?:wounds?|injur(?:y|ies))\b", re.IGNORECASE)
# The cause or the sound before it: "caused by gunshots", "died of gunshots", "on hearing
# gunshots", "the sound of gunshots" (a determiner or a modifier may stand between).
_CAUSE_BEFORE = re.compile(
    r"\b(?:caused by|(?:died|dying|dies|die) (?:of|from)|succumbed to|hear(?:d|ing|s)?|"
    r"(?:sounds?|noise|volleys?) of)\s+(?:(?:the|several|heavy|sporadic|intense|multiple|"
    r"loud)\s+)?$",
    re.IGNORECASE,
)


def fold_gunshot_wounds(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each attack told only by gunshots that wounded or were heard folded into the nearest
    earlier violent event it fits, else kept."""
    return fold_into_earlier(drafts, lambda k, draft: _wounded_in(doc, k, draft), take_fields)


def is_gunshot_wound(doc: Document, draft: EventDraft) -> bool:
    """Whether the draft's act is gunshots told as a wound's cause or as a sound."""
    trigger = draft.trigger
    if draft.event_type != "attack_on_civilians" or not _GUNSHOT.match(trigger.text):
        return False
    sentence = sentence_at(doc.sentences, trigger.span)
    start = sentence.span.start if sentence is not None else 0
    before = doc.text[start : trigger.span.start]
    after = doc.text[trigger.span.end : trigger.span.end + 20]
    return _WOUND_AFTER.match(after) is not None or _CAUSE_BEFORE.search(before) is not None


def _wounded_in(doc: Document, incident: EventDraft, draft: EventDraft) -> bool:
    if not is_violent(incident.event_type) or is_gunshot_wound(doc, incident):
        return False
    if not is_gunshot_wound(doc, draft):
        return False
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is not None and told_as_new(doc, sentence, draft):
        return False
    return (
        same_day(incident, draft)
        and place_fits(incident.places, told_places(doc, draft))
        and attackers_agree(doc, incident, draft)
    )
