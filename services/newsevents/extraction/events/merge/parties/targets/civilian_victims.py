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
struck included A and B", forty-sixth round).
"""

from __future__ import annotations

import re

from .....actors.unnamed.generic import civilians_of
from .....document import Document, Span
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
    """Each remote, explosive or civilian attack with no actor2 whose sentences tell a bare
    toll or a civilian target gets the civilians of its country as actor2."""
    for draft in drafts:
        if draft.actor2 is not None or draft.event_type not in _REMOTE_OR_ATTACK:
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
