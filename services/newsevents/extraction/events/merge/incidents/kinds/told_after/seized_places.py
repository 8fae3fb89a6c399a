"""A place told seized is the capture told of it: the merging pass ``fold_seized_places``.

A report of a capture tells it by a territory word ("took control of the village of Heet",
"captured the outpost", "retook the city") and again by "seized": "An affiliate of Daesh
seized a village in southern Syria overnight", "the group seized the international airport",
"Seizing control over the city came after ...". "Seized" reads as property seized (a
headquarters, cattle, weapons); when its object is a place an armed side holds (a village, a
town, a port, a camp, a base, an airport, an area) or "control", it is the capture, and a
monitor codes one event of the territory type. A property seizure whose object is such a
place folds into the one capture (territory taken or regained) of the article that
- is told on the same day by the same attackers (or one of them unnamed);
- is at the seizure's place, inside it, around it, or in one province with it (a camp "near
  Ge Laung" in the township whose outpost was captured), or either names none;
and the seizure is not told as new ("in a separate attack", another day opening its sentence),
denied or planned, nor as the time of another act ("executed 24 civilians after seizing a
village": the act it dates is what its sentence tells). The capture names the event and takes
the seizure's sentences, tolls and places. Of several such captures, the one by the seizure's
own attacker (the other read with the sides turned round) is it. Seizures of goods ("seized
weapons", "seized their cattle"), and a seizure with several captures by its attacker to choose
from, stay as they are.
"""

from __future__ import annotations

import re

from ......document import Document, PlaceMention, sentence_at
from .....draft import EventDraft
from .....geography.nesting import place_fits
from .....story_cues import same_day, told_as_new, told_places
from ....folding import take_fields
from ...identity.attackers import attackers_agree

_SEIZE = re.compile(r"^seiz(?:e|ed|es|ing)$", re.IGNORECASE)
# The object after "seized": a place an armed side holds, or control over one.
_PLACE_OBJECT = re.compile(
    r"^\s+(?:(?:full |complete |total )?control\b|(?:the |a |an |its |their )?"
    r"(?:[\w'’-]+ ){0,3}?(?:villages?|towns?|city|cities|port|camps?|bases?|airport|airbase|"
    r"areas?|districts?|outposts?|positions?|hills?|garrisons?|barracks|neighbou?rhoods?|"
    r"checkpoints?)\b)",
    re.IGNORECASE,
)
# A seizure told as the time of another act ("executed 24 civilians after seizing a village"):
# the act it dates is what its sentence tells, and it stays as read.
_DATING = re.compile(r"\b(?:after|before|since|upon|on)\s+$", re.IGNORECASE)
_CAPTURES = frozenset({"territory_taken", "territory_regained"})
_UNTOLD = frozenset({"denied", "planned"})


def fold_seized_places(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each seizure of a place folded into the one capture of the article it retells, else
    kept."""
    folded: set[int] = set()
    for seizure in drafts:
        if not _seizes_a_place(doc, seizure):
            continue
        captures = [
            d
            for d in drafts
            if d.event_type in _CAPTURES and id(d) not in folded and _retells(doc, d, seizure)
        ]
        if len(captures) > 1:
            captures = [d for d in captures if _same_attacker(d, seizure)]
        if len(captures) != 1:
            continue
        take_fields(captures[0], seizure)
        folded.add(id(seizure))
    return [d for d in drafts if id(d) not in folded]


def _seizes_a_place(doc: Document, draft: EventDraft) -> bool:
    trigger = draft.trigger
    if draft.event_type != "property_seized" or draft.modality in _UNTOLD:
        return False
    if not _SEIZE.match(trigger.text):
        return False
    after = doc.text[trigger.span.end : trigger.span.end + 60]
    before = doc.text[max(0, trigger.span.start - 12) : trigger.span.start]
    return _PLACE_OBJECT.match(after) is not None and _DATING.search(before) is None


def _retells(doc: Document, capture: EventDraft, seizure: EventDraft) -> bool:
    if capture.modality in _UNTOLD:
        return False
    sentence = sentence_at(doc.sentences, seizure.trigger.span)
    if sentence is not None and told_as_new(doc, sentence, seizure):
        return False
    own = told_places(doc, seizure)
    return (
        same_day(capture, seizure)
        and attackers_agree(doc, capture, seizure)
        and (place_fits(capture.places, own) or _one_province(capture.places, own))
    )


def _same_attacker(capture: EventDraft, seizure: EventDraft) -> bool:
    a, b = capture.actor1, seizure.actor1
    return a is not None and b is not None and a.name == b.name


def _one_province(first: list[PlaceMention], second: list[PlaceMention]) -> bool:
    """Their first places lie in one province of one country."""
    if not first or not second:
        return True
    a, b = first[0], second[0]
    return a.country_code == b.country_code and a.province is not None and a.province == b.province
