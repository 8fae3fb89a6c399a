"""A country told as the subject of a strike acts with its armed forces (ACLED's actor1).

"Israel struck Hezbollah targets", "Russia launched massive shelling on Kharkiv", "Turkey
bombed PKK positions": a state strikes, shells and fights with its military, which ACLED codes
as "Military Forces of Israel (2022-)", not as an unidentified armed group of the place hit.
The country must open the trigger's clause and be followed by a verb of attack (or of
launching, carrying out, firing), the trigger after it in the same sentence: "in Israel", "of
Russia" and "Ukraine said" name no agent.

Only the ACLED block's name: the event's actor stays empty, so the merging of retellings, which
reads the events' actors, does not change. Tried in the first round as an actor of the country
read at the subject: two strikes with the same agent then merged into one (one occurrence lost
on each of two tuning parts).
"""

from __future__ import annotations

import re

from ....document import Document, sentence_at
from ....events.draft import EventDraft
from ....ontology import EventTypeName

# Types a state's forces commit told with the country as subject.
_BY_FORCES: frozenset[EventTypeName] = frozenset(
    {"airstrike", "shelling", "armed_clash", "attack_on_civilians"}
)
# The verb right after the country: "Israel struck", "Russia has launched", "Turkey also bombed".
_VERB = re.compile(
    r"^\s+(?:(?:has|have|had|also|again|reportedly|then|later|allegedly|on\s+\w+)\s+){0,3}"
    r"(?:struck|strikes|strike|hit|hits|targeted|targets|launched|launches|carried\s+out|"
    r"carries\s+out|conducted|conducts|fired|fires|shelled|shells|bombed|bombs|bombarded|"
    r"bombards|pounded|pounds|attacked|attacks|raided|raids|killed|kills)\b",
    re.IGNORECASE,
)
# What may stand before a subject: the sentence's start, a clause's start, a reported clause.
_CLAUSE_OPENS = re.compile(
    r"(?:^|[,;:]\s*|\b(?:that|and|but|after|when|as|while|said|says|then|where)\s+)"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# A trigger told as the cause or the setting of the state's act is another's act: "Israel struck
# Hezbollah targets in response to rocket fire".
_ANOTHER_ACT = re.compile(
    r"\b(?:in\s+(?:response|retaliation|reply)|after|following|amid|since|against|despite|"
    r"because|over)\b",
    re.IGNORECASE,
)
_SAME_CLAUSE = 120


def striking_state(doc: Document, draft: EventDraft) -> str | None:
    """The country code of the state told as the subject of the event's trigger, or None."""
    if draft.event_type not in _BY_FORCES:
        return None
    trigger = draft.trigger.span
    sentence = sentence_at(doc.sentences, trigger)
    if sentence is None:
        return None
    for place in doc.places:
        if place.feature != "country":
            continue
        if not sentence.span.start <= place.span.start < place.span.end <= trigger.start:
            continue
        if trigger.start - place.span.end > _SAME_CLAUSE:
            continue
        between = doc.text[place.span.end : trigger.start]
        before = doc.text[sentence.span.start : place.span.start]
        if (
            re.search(r"[.;]", between)
            or _ANOTHER_ACT.search(between)
            or not _CLAUSE_OPENS.search(before)
        ):
            continue
        if _VERB.match(doc.text[place.span.end : trigger.end]):
            return place.country_code
    return None
