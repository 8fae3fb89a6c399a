"""A second act read in a sentence an incident is already told in: the same incident, when its
kind fits (:mod:`.kinds`), it is a second verb of the incident's own subject ("shot at residents
and set several houses alight"), it is the weapon the act was done with, told in a phrase of
means ("killed by shelling", "firing rifles and throwing hand grenades"), or it is the people
the incident's raid took ("killing 30 people and abducting dozens of women").

A copy of an event for another listed place (the same trigger), another day, other attackers or
a mention told as another ("a separate attack") stays apart.
"""

from __future__ import annotations

import re

from .....document import Document
from .....ontology import is_violent
from ....draft import OCCURRED, EventDraft, deaths_told, told_as_another
from ....generic_violence import is_violent_act
from ....link.clauses import in_other_listed_act
from ....story_cues import same_day
from ..acts import sides_agree
from ..identity.clause_places import clauses_at_two_places
from .kinds import BY_SIDES, CONSEQUENCES, kinds_fit


def retells(doc: Document, incident: EventDraft, draft: EventDraft) -> bool:
    """Whether ``draft``, read in a sentence ``incident`` is told in, is that incident's act
    (see the module)."""
    here = draft.sentences[0]
    if (
        here not in incident.sentences
        or incident.trigger.span == draft.trigger.span  # a copy for another listed place
        or incident.temporal_status != draft.temporal_status
        or incident.modality not in OCCURRED
        or draft.modality not in OCCURRED
        # a roundup's clause of its own act (:mod:`.....link.clauses`)
        or in_other_listed_act(doc, incident.trigger, draft.trigger.span)
        # an act of another clause at a place of its own (:mod:`..identity.clause_places`)
        or clauses_at_two_places(doc, incident, draft)
        # an act the sentence sets beside the incident's (:data:`_SET_BESIDE`)
        or _set_beside(doc, incident, draft)
    ):
        return False
    start = doc.sentences[here].span.start
    return (
        (
            kinds_fit(incident, draft)
            or _one_subject(doc, incident, draft)
            or told_as_means(doc, incident, draft)
            or _captives_of(doc, incident, draft)
        )
        and not told_as_another(doc.text, draft.trigger, start)
        and same_day(incident, draft)
        and sides_agree(doc, incident, draft)
    )


# An act the sentence sets beside another by a word of coincidence is another act
# (forty-seventh round, clash67): "Monday's air strikes coincided with the launch of a ground
# operation to retake the city" (each coded apart: the strikes and the fight). Not "the blast
# came as Kurdish forces pressed ahead with their offensive": a frame, what goes on around the
# news (measured: the offensive is the story's setting).
_SET_BESIDE = re.compile(r"\bcoincid(?:ed|es|ing)\s+with\b", re.IGNORECASE)


def _set_beside(doc: Document, incident: EventDraft, draft: EventDraft) -> bool:
    """Whether a word of coincidence stands between the two triggers, in either order, in the
    draft's sentence."""
    first, then = sorted((incident.trigger.span, draft.trigger.span), key=lambda s: s.start)
    sentence = doc.sentences[draft.sentences[0]].span
    if not (sentence.contains(first) and sentence.contains(then)):
        return False
    return _SET_BESIDE.search(doc.text, first.end, then.start) is not None


# Two verbs of one subject: "gunmen shot at residents and set several houses
# alight" (the words between name no one acting: no actor, no new clause).
_COORDINATED = re.compile(r"^[^,;:.()\"“”]{0,60}?\s(?:and|,\s*and)\s+(?:then\s+)?$")


def _one_subject(doc: Document, incident: EventDraft, draft: EventDraft) -> bool:
    """Whether the draft's act is a second verb of the incident's own subject, in its sentence:
    the same act, whatever side the words after the second verb suggest (a crowd's arson)."""
    first, then = incident.trigger.span, draft.trigger.span
    if not doc.sentences[draft.sentences[0]].span.contains(first) or then.start <= first.end:
        return False
    between = doc.text[first.end : then.start]
    kinds = BY_SIDES | CONSEQUENCES
    return (
        incident.event_type in kinds
        and draft.event_type in kinds
        and _COORDINATED.match(between) is not None
        and not any(first.end <= m.span.start < then.start for m in doc.actors)
    )


# People taken in the course of a raid told with its killing ("stormed a village, killing 30
# people and abducting 20 women", "killed two guards and kidnapped the engineer"): the gold
# leaves them in the raid's note, as ACLED codes one attack. Not an abduction told as another
# clause's act ("while bandits abducted 20 people in Katsina").
_RAIDS = frozenset({"attack_on_civilians", "armed_clash"})
_ANOTHER_CLAUSE = re.compile(r";|\b(?:while|whereas|meanwhile|separately|elsewhere)\b", re.I)


def _captives_of(doc: Document, incident: EventDraft, draft: EventDraft) -> bool:
    """Whether the draft is an abduction told after the incident's raid in its sentence, in
    the raid's own clauses (see above)."""
    first, then = incident.trigger.span, draft.trigger.span
    return (
        draft.event_type == "abduction"
        and incident.event_type in _RAIDS
        and doc.sentences[draft.sentences[0]].span.contains(first)
        and first.end <= then.start
        and _ANOTHER_CLAUSE.search(doc.text, first.end, then.start) is None
    )


# Harm done in a raid besides taking people away: ACLED's abduction is a taking "without
# reports of further violence" (:mod:`..kinds.retyped.killed_captives` reads the killings).
_HARM = re.compile(r"\b(?:wound|injur|hurt|beat|shot|shoot|tortur|rap(?:e|ing)|assault)", re.I)


def taken_without_harm(doc: Document, incident: EventDraft, draft: EventDraft) -> bool:
    """Whether the raid the abduction is folded into tells no one killed or hurt: "gunmen
    stormed a village, abducting dozens of women" is the abduction."""
    if draft.event_type != "abduction" or incident.event_type != "attack_on_civilians":
        return False
    sentences = (doc.sentences[i].text for i in incident.sentences)
    return not deaths_told(incident) and not any(_HARM.search(s) for s in sentences)


# The weapon a sentence's act was done with, told in a phrase of means after it: "fighting
# broke out ... with residents killed by shelling and sniper fire", "the village was hit by
# fire from mortars", "stormed the wedding, firing rifles and throwing hand
# grenades". The phrase tells how the act was done, not a second act.
_MEANS = re.compile(
    r"\b(?:by|from|with|using|firing|throwing|hurling|lobbing)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


_MEANS_PARTICIPLE = re.compile(
    r",\s*(?:[^,;:.]*\s)?(?:firing|throwing|hurling|lobbing|using)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def told_as_means(doc: Document, incident: EventDraft, draft: EventDraft) -> bool:
    """Whether the draft's act is the weapon of the incident's act, told after it in its
    sentence in a phrase of means ("killed by drone strikes", "under fire from mortars"), or
    in a participle of means in a sentence the incident took in from a retelling ("stormed
    the wedding, firing rifles and throwing hand grenades")."""
    first, then = incident.trigger.span, draft.trigger.span
    sentence = doc.sentences[draft.sentences[0]]
    if sentence.span.contains(first):
        start, means = first.end, _MEANS
    elif sentence.index in incident.sentences:
        # The incident's act there was a retelling folded into it: only a participle of means
        # tells the subject's own weapon ("by its aerial bombardment" may be another act's).
        start, means = sentence.span.start, _MEANS_PARTICIPLE
    else:
        return False
    return (
        then.start > start
        and is_violent(incident.event_type)
        and is_violent_act(draft)
        and means.search(doc.text, start, then.start) is not None
    )
