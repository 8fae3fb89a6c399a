"""Victims not said to be fighters are civilians: the actor2 of a strike, shelling or bombing
that names nobody it hit.

"3 dead, 8 hurt as terrorists shell Aleppo", "rocket shells fell on residential
neighbourhoods", "a mortar shell hit houses in Bab Touma": monitors code the people hit (or
whose homes were hit) as civilians of the country, as ACLED does when a report gives no
combatant. Only remote and explosive violence and attacks qualify (in a clash the other side
is the one hit), and only when the event's sentences tell a bare toll ("2 killed", "19 killed
and injured"), people hurt without a count ("a number of citizens were injured"), a civilian
target (homes, residential areas, a hospital, a school, a market, a clinic, a medical point,
a civil defence centre, a bakery) or a populated place the act was aimed at ("rockets fired at
the encircled towns of al-Fouaa and Kafraya"; told before the strike word too, "the districts
struck included A and B", forty-sixth round). An organisation, monitor or outlet held as the side
hit but told outside the trigger's sentence ("UN condemns the attacks" further on, "a UNESCO
World Heritage site" in the next paragraph) names no side hit either: the act's civilians are
presumed in its place (forty-sixth round); so does the striker's own state told again as the
subject of the strike word ("the regime bombarded a hospital" after "regime warplanes" were told
the act's agent), only adverbs between it and the strike word.
"""

from __future__ import annotations

import re

from .....actors.unnamed.generic import civilians_of
from .....document import (
    STATE_KINDS,
    ActorKind,
    ActorMention,
    Document,
    Sentence,
    Span,
    sentence_at,
)
from .....ontology import EventTypeName
from ....draft import EventDraft

_REMOTE_OR_ATTACK: frozenset[EventTypeName] = frozenset(
    {"airstrike", "shelling", "explosive_attack", "suicide_bombing", "chemical_attack",
     "attack_on_civilians"}
)  # fmt: skip
_CIVILIAN_HIT = re.compile(
    r"\b\d+\s+(?:killed|dead|injured|wounded|martyrs?)\b|"
    r"\b(?:residential|civilian)\s+(?:areas?|neighbou?rhoods?|buildings?|quarters?|districts?)\b|"
    r"\b(?:houses|homes|hospitals?|schools?|markets?|mosques?|churches)\b|"
    # (the places of medics and rescuers, which monitors count with homes and hospitals:
    # "jets struck a civil defence centre and the nearby medical point", "a clinic", "a bakery")
    r"\b(?:clinics?|bakery|bakeries|medical\s+(?:points?|cent(?:re|er)s?)|"
    r"civil\s+defen[cs]e\s+cent(?:re|er)s?)\b|"
    # people told as hurt without a count ("a number of citizens were injured") and populated
    # places the act was aimed at ("rocket attacks on the besieged towns", "shells on al-Khadami
    # neighbourhood")
    r"\b(?:citizens|civilians|people|residents)\s+(?:were|was|have\s+been)\s+"
    r"(?:killed|injured|wounded|hurt)\b|"
    r"\b(?:on|at|targeted|targeting|hit|struck|pounded)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:towns?|villages?|neighbou?rhoods?|suburbs?|districts?)\b|"
    # (the populated places told before the strike word: "districts struck included A and B",
    # "the neighbourhoods that were shelled"; forty-sixth round, target66)
    r"\b(?:towns|villages|neighbou?rhoods|suburbs|districts|quarters)\s+"
    r"(?:(?:that|which)\s+)?(?:(?:were|have\s+been)\s+)?"
    r"(?:struck|hit|targeted|shelled|bombed|pounded|bombarded)\b",
    re.IGNORECASE,
)


def presume_civilian_victims(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each remote, explosive or civilian attack with no side hit (:func:`_no_side_hit`) whose
    sentences tell a bare toll or a civilian target gets the civilians of its country as
    actor2."""
    for draft in drafts:
        if draft.event_type not in _REMOTE_OR_ATTACK or not _no_side_hit(doc, draft):
            continue
        country = draft.places[0].country_code if draft.places else None
        if country is None:
            continue
        for index in sorted(set(draft.sentences)):
            sentence = doc.sentences[index]
            match = _CIVILIAN_HIT.search(sentence.text)
            if match is not None:
                start = sentence.span.start + match.start()
                span = Span(start, start + len(match.group()))
                draft.actor2 = civilians_of(span, match.group(), country)
                break
    return drafts


# Bodies that report, condemn or are named beside a war, not sides of it: held as the side a
# strike hit only when read in from another sentence ("UN condemns the attacks", "a UNESCO
# World Heritage site" later in the article).
_BYSTANDER_KINDS: frozenset[ActorKind] = frozenset({"organisation", "monitor", "media"})


def _no_side_hit(doc: Document, draft: EventDraft) -> bool:
    """Whether the draft names no side hit: no actor2, or an organisation, monitor or outlet
    told outside the trigger's sentence (forty-sixth round, target66)."""
    held = draft.actor2
    if held is None:
        return True
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if held.kind in STATE_KINDS:
        return sentence is not None and _striker_retold(doc, draft, held, sentence)
    if held.kind not in _BYSTANDER_KINDS:
        return False
    return sentence is None or not sentence.span.contains(held.span)


def _striker_retold(
    doc: Document, draft: EventDraft, held: ActorMention, sentence: Sentence
) -> bool:
    """Whether ``held``, a state's force or government, is the striker told again as the
    subject of the strike word ("the regime bombarded a hospital", its warplanes the act's
    agent from an earlier sentence): of the agent's country, right before the trigger in its
    sentence, nothing but adverbs between ("the army's posts were shelled" is no subject)."""
    agent = draft.actor1
    return (
        agent is not None
        and agent.kind in STATE_KINDS
        and agent.country_code is not None
        and agent.country_code == held.country_code
        and sentence.span.contains(held.span)
        and held.span.end <= draft.trigger.span.start
        and _SUBJECT_GAP.fullmatch(doc.text[held.span.end : draft.trigger.span.start]) is not None
    )


# Between a subject and its verb: adverbs and auxiliaries only ("the regime reportedly
# bombarded", "the army has also shelled"), no passive, preposition or object.
_SUBJECT_GAP = re.compile(
    r"(?:\s+(?:\w+ly|also|then|again|has|have|had|reportedly|allegedly))*\s*", re.IGNORECASE
)
