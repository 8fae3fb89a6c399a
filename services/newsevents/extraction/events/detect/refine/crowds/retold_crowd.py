"""A demonstration's crowd retold by a bare word in the next sentence: its violence is a riot
(for the trigger stage).

Notes and local dailies tell a demonstration, then what some of its crowd did in a sentence of
its own that names the crowd only by a word pointing back: "Workers protested at the county
offices. Some members of the group attacked a county official.", "The party staged a
demonstration outside the court. Members then attacked clerks at the registry." The second
sentence names no doer the sides' words read (:mod:`...sides.parties`), so its attack was an
unidentified armed group's on civilians, an event apart; ACLED codes the demonstration turned
violent (a riot). Only a subject that is such a word alone (members, some of them, the group,
a few of the participants), an attack, assault or beating, the sentence before telling a
demonstration and neither sentence naming armed men.
"""

from __future__ import annotations

import re

from .....ontology import EventTypeName
from ...sides.parties import ARMED

# The subject pointing back at the crowd, alone before the act (an adverb of time may follow).
_RETOLD = re.compile(
    r"^\W*(?:(?:some|a few|several|many|most|one|two|three)\s+(?:of\s+)?)?(?:the\s+)?"
    r"(?:members|participants|group|them|those)(?:\s+of\s+(?:the\s+)?(?:group|crowd|them))?"
    r"\s+(?:(?:then|later|also|allegedly|reportedly)\s+)?"
    # a first act of theirs joined by "and": "Members then disrupted the registration and"
    r"(?:(?:[\w'’-]+\s+){1,5}?and\s+)?$",
    re.IGNORECASE,
)
_HAND = re.compile(r"(?:attack|assault|beat|injur|ston|pelt)\w*", re.IGNORECASE)
_DEMONSTRATION = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|march(?:ed|es|ing)|rall(?:y|ies|ied)|sit-ins?|picket\w*)\b",
    re.IGNORECASE,
)


def crowd_retold(
    kind: EventTypeName, sentence: str, start: int, end: int, previous: str
) -> EventTypeName:
    """``"riot"`` when the attack at ``sentence[start:end]`` has for its subject a bare word
    pointing back at the crowd of a demonstration the sentence before tells; else ``kind``."""
    if kind not in {"attack_on_civilians", "mob_violence"} or not previous:
        return kind
    if not _HAND.match(sentence[start:end]) or not _RETOLD.match(sentence[:start]):
        return kind
    if ARMED.search(previous) or ARMED.search(sentence[:start]):
        return kind
    return "riot" if _DEMONSTRATION.search(previous) else kind
