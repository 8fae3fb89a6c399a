"""An ambush sprung with a bomb is the bombing: the merging pass ``fold_ambush_blasts``.

A report of an ambush on a patrol or a convoy often tells the ambush in its lead and the device
that sprang it in the next sentences: "Two policemen were killed in an ambush by Maoists in
Bastar district on Saturday", then "an improvised explosive device (IED) went off as the team
guarded road works". The first reads as a clash or an attack, the second as a bombing; a
monitor codes one event, remote violence by the device (ACLED: "Remote explosive/landmine/
IED"). An event whose trigger is an ambush word folds into a bombing whose trigger names a
planted device (an IED, a landmine or mine, a roadside bomb, an explosive device) when
- the two are told at most two sentences apart, neither told as a new incident;
- their modalities and days agree;
- their places lie in one province of one country (the ambush "in Banisa, Mandera district",
  the vehicle hit "on its way from Banisa to Mandera"), or either names none;
- their attackers agree (the same, or one of them unnamed).
The bombing names the event; it takes every sentence, toll, actor and place the ambush told.
Fighting told after the blast ("the troops returned fire") is not an ambush word and stays
apart, as the gold codes it.
"""

from __future__ import annotations

import re

from ......document import Document, PlaceMention, sentence_at
from .....draft import EventDraft
from .....story_cues import same_day, told_as_new
from ....folding import take_fields
from ...identity.attackers import attackers_agree

_AMBUSH = re.compile(r"\bambush(?:ed|es|ing)?\b", re.IGNORECASE)
_DEVICE = re.compile(
    r"\b(?:IEDs?|improvised explosive devices?|explosive devices?|land ?mines?|mines?|"
    r"road ?side bombs?|roadside devices?)\b",
    re.IGNORECASE,
)
_AMBUSHES = frozenset({"armed_clash", "attack_on_civilians"})
# How many sentences apart the ambush and the device may be told.
_GAP = 2


def fold_ambush_blasts(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each ambush folded into the one bombing by a planted device it was sprung with, else
    kept."""
    folded: set[int] = set()
    for ambush in drafts:
        if ambush.event_type not in _AMBUSHES or not _AMBUSH.search(ambush.trigger.text):
            continue
        blasts = [
            d
            for d in drafts
            if d.event_type == "explosive_attack"
            and _DEVICE.search(d.trigger.text)
            and _sprung_with(doc, ambush, d)
        ]
        if len(blasts) != 1:
            continue
        take_fields(blasts[0], ambush)
        folded.add(id(ambush))
    return [d for d in drafts if id(d) not in folded]


def _sprung_with(doc: Document, ambush: EventDraft, blast: EventDraft) -> bool:
    if min(abs(a - b) for a in ambush.sentences for b in blast.sentences) > _GAP:
        return False
    return (
        ambush.modality == blast.modality
        and same_day(ambush, blast)
        and _one_province(ambush.places, blast.places)
        and not _new(doc, ambush)
        and not _new(doc, blast)
        and attackers_agree(doc, ambush, blast)
    )


def _new(doc: Document, draft: EventDraft) -> bool:
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    return sentence is not None and told_as_new(doc, sentence, draft)


def _one_province(first: list[PlaceMention], second: list[PlaceMention]) -> bool:
    """Either names no place, or their first places lie in one province of one country (or
    are one place)."""
    if not first or not second:
        return True
    a, b = first[0], second[0]
    if a.name == b.name and a.country_code == b.country_code:
        return True
    return a.country_code == b.country_code and a.province is not None and a.province == b.province
