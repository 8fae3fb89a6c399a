"""Who intercepts: fire told brought down in the passive or by the teller's own defences, in a
sentence a state's forces tell, was brought down by the forces that tell it (forty-fifth round).

"Hezbollah fired dozens of rockets at northern Israel ... The Israeli military said most of the
rockets were intercepted": ACLED codes the interception (disrupted weapons use) with the side
that brought the fire down as actor1 and the side that fired as actor2 ("LNA forces shot down a
Turkish drone operated by GNA"). Read alone, the passive names no one, and the event takes the
side that fired from the act it stops. The speaker is the interceptor only when it is a state's
force or government, told in the interception's own sentence, and the interception names no
agent of its own ("intercepted by the coalition's air defences" is left to the agent's reading).
Run after merging: it joins or splits no incident.
"""

from __future__ import annotations

import re

from .....document import STATE_KINDS, ActorMention, Document, sentence_at
from ....draft import EventDraft
from ....link.sides.telling import speaks

# Fire told brought down in the passive: "were intercepted", "was successfully shot down",
# "had been downed".
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# ... or by the teller's own defences: "the coalition said its air defences intercepted it".
_OWN_DEFENCES = re.compile(
    r"\b(?:its|their)\s+(?:air\s+defen[cs]es?|air\s+defen[cs]e\s+systems?|air\s+force|"
    r"forces|troops|units)\s+(?:\w+ly\s+)?(?:had\s+|have\s+|has\s+)?$",
    re.IGNORECASE,
)
_BROUGHT_DOWN = re.compile(r"^(?:intercept\w*|shot\s+down|downed)$", re.IGNORECASE)
_BY_AGENT = re.compile(r"^\s+by\b", re.IGNORECASE)


def name_interceptors(doc: Document, drafts: list[EventDraft]) -> None:
    """Each passive interception a state's forces tell takes them as actor1, the side that
    fired as actor2 (in place)."""
    for draft in drafts:
        if draft.event_type != "weapons_disrupted":
            continue
        trigger = draft.trigger
        if not _BROUGHT_DOWN.match(trigger.text.strip()):
            continue
        before = doc.text[max(0, trigger.span.start - 40) : trigger.span.start]
        told = _PASSIVE.search(before) is not None or _OWN_DEFENCES.search(before) is not None
        if not told or _BY_AGENT.match(doc.text, trigger.span.end):
            continue
        teller = _state_teller(doc, draft, trigger.span.start)
        if teller is None or (draft.actor1 is not None and draft.actor1.name == teller.name):
            continue
        if draft.actor1 is not None:
            draft.actor2 = draft.actor1  # the side that fired
        draft.actor1 = teller


def _state_teller(doc: Document, draft: EventDraft, before: int) -> ActorMention | None:
    """The state force or government that speaks in the trigger's own sentence, before it."""
    own = sentence_at(doc.sentences, draft.trigger.span)
    if own is None:
        return None
    tellers = [
        actor
        for actor in doc.in_sentence(doc.actors, own)
        if actor.span.end <= before and actor.kind in STATE_KINDS and speaks(doc, actor)
    ]
    return tellers[-1] if tellers else None
