"""Whether what happened to a demonstration was the forces' doing: arrests, a dispersal, tear gas.

A demonstration with an intervention and no state force named ("Bajrang Dal activists were
arrested for burning effigies in protest", "the march was dispersed with tear gas") is still
the protesters' demonstration: actor1 "Protesters (X)". Only a crowd or a party's members
attacking it ("Awami League members assaulted the BNP demonstrators") make the attackers'
riot on the protesters (``sides._rioters_on_protesters``).
"""

from __future__ import annotations

import re

from ....document import Document
from ....events.draft import EventDraft
from ....ontology import EventTypeName

# What forces do to a crowd, told by the words of the outcome's trigger.
_FORCE_WORDS = re.compile(
    r"\b(?:arrest\w*|detain\w*|detention|apprehend\w*|nabb?\w*|rounded up|held|custody|"
    r"dispers\w*|tear-?gas\w*|tear gas|water ?cannons?|batons?|baton-?charg\w*|lathi\w*|"
    r"charg(?:ed|ing) batons|pepper spray|rubber bullets|stun guns?|interven\w*|"
    r"broke up|break up|breaks up)\b",
    re.IGNORECASE,
)
_OUTCOMES: frozenset[EventTypeName] = frozenset(
    {"arrest", "protest_dispersed", "protest_repressed"}
)


def forces_intervened(doc: Document, draft: EventDraft) -> bool:
    """Whether every outcome trigger told in the draft's sentences of a protest with
    intervention is a force's act on the crowd (an arrest, a dispersal), none a crowd's assault
    on it; False when none is told. Lethal force (excessive force) keeps its sides as before:
    a crowd told with no force named stays the riot's protesters (``force_first`` puts a named
    force first)."""
    if draft.event_type != "protest_dispersed":
        return False
    outcomes = [
        trigger.text
        for index in draft.sentences
        for trigger in doc.in_sentence(doc.triggers, doc.sentences[index])
        if trigger.event_type in _OUTCOMES
    ]
    return bool(outcomes) and all(_FORCE_WORDS.search(text) for text in outcomes)
