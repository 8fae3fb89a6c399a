"""Arrests told after an incident with no one doing them are that incident's: the merging pass
``fold_arrest_followups``.

A report tells the incident (a shootout, a raid, a riot, a rampage) and then, in a later
sentence, who was held: "Torres said eight suspects had been detained", "The two were taken
into custody", "an investigation into those arrested has been opened", "the arrested men
belonged to several militant organizations". The verb reads as an arrest of its own
(``arrest``/``detain``/``taken into custody`` in data/triggers.tsv); a monitor codes the one
incident (the arrests are its outcome). An arrest folds into the nearest earlier event when
- its verb names nobody who did it: a passive with no "by" after it ("had been detained",
  "were arrested", "were taken into custody"), or the participle naming the people held ("those
  arrested", "the arrested men");
- a passive names no place or day of its own in its sentence ("Six people were arrested in
  Jenin", "The hunting party was arrested on Sunday" are arrests told as occurrences);
- it does not tell an act the arrest stopped ("a would-be suicide bomber was arrested before
  he could detonate his vest");
- it is not told as a new incident ("in a separate operation", another place or day opening
  its sentence, :func:`.....story_cues.told_as_new`);
- their days agree and its own place is the incident's, lies in it or contains it.
The earlier event keeps its type and takes the sentences and places. An arrest told by its
agent ("police arrested 14 men") stays an event, and so does one told first in an article.
"""

from __future__ import annotations

import re

from ......document import Document, Sentence, sentence_at
from .....draft import EventDraft
from .....geography.nesting import place_fits
from .....story_cues import same_day, told_as_new, told_places
from ....folding import fold_into_earlier, take_fields

_HELD = re.compile(r"^(?:arrested|detained|taken into custody)$", re.IGNORECASE)
# The passive's auxiliary just before the participle: "had been detained", "were arrested".
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:(?:also|later|then|all|reportedly)\s+)?$",
    re.IGNORECASE,
)
# The participle naming the people held: "those arrested", "the arrested men".
_NAMING_BEFORE = re.compile(r"\b(?:those|the)\s+$", re.IGNORECASE)
# An arrest that stopped an act is the news of its own: "a would-be suicide bomber was
# arrested nearby before he could detonate his vest".
_FOILED = re.compile(
    r"\bwould-be\b|\bbefore (?:he|she|they|it) (?:could|was able|were able)\b", re.IGNORECASE
)
# Who did it, after the passive: "were arrested by the police".
_AGENT_AFTER = re.compile(r"^\s*(?:\w+\s+)?by\b", re.IGNORECASE)


def fold_arrest_followups(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each arrest told with no one doing it folded into the nearest earlier event it fits,
    else kept."""
    return fold_into_earlier(drafts, lambda k, draft: _held_in(doc, k, draft), take_fields)


def _before_trigger(doc: Document, draft: EventDraft) -> str:
    """The words of the trigger's sentence before it."""
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    start = sentence.span.start if sentence is not None else 0
    return doc.text[start : draft.trigger.span.start]


def _names_the_held(doc: Document, draft: EventDraft) -> bool:
    return _NAMING_BEFORE.search(_before_trigger(doc, draft)) is not None


def _tells_its_own_setting(doc: Document, sentence: Sentence, draft: EventDraft) -> bool:
    """Whether a passive arrest's sentence names a place or a day of its own ("Six people were
    arrested in Jenin", "The hunting party was arrested on Sunday"): an arrest told as such
    is an occurrence of its own, not the outcome of the incident before it."""
    span = sentence.span
    if any(span.start <= p.span.start < span.end for p in told_places(doc, draft)):
        return True
    date = draft.date
    return date is not None and span.start <= date.span.start < span.end


def is_agentless_arrest(doc: Document, draft: EventDraft) -> bool:
    """Whether the draft is an arrest told only by who was held: a passive with no agent
    ("had been detained") or the participle naming them ("those arrested")."""
    trigger = draft.trigger
    if draft.event_type != "arrest" or not _HELD.match(trigger.text):
        return False
    before = _before_trigger(doc, draft)
    after = doc.text[trigger.span.end : trigger.span.end + 30]
    if _NAMING_BEFORE.search(before) is not None:
        return True
    return _PASSIVE_BEFORE.search(before) is not None and _AGENT_AFTER.match(after) is None


def _held_in(doc: Document, incident: EventDraft, draft: EventDraft) -> bool:
    if is_agentless_arrest(doc, incident) or not is_agentless_arrest(doc, draft):
        return False
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is None or told_as_new(doc, sentence, draft):
        return False
    if not _names_the_held(doc, draft) and _tells_its_own_setting(doc, sentence, draft):
        return False
    if _FOILED.search(sentence.text) is not None:
        return False
    if incident.sentences and min(incident.sentences) >= sentence.index:
        return False
    return same_day(incident, draft) and place_fits(incident.places, told_places(doc, draft))
