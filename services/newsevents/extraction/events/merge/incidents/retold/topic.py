"""An act named as the topic of an inquiry or as a point in time, not told (fifty-first round,
prec71): "a call for an inquiry into the reported shelling", "drones were seen above the hamlet at
the time of the raid", "monitors allowed into the site of a suspected chlorine attack", "handed
evidence to the Security Council about the three raids", "a team sent to probe the chlorine
attack", "while not addressing the raid on the village".

The noun names a known act as what is looked into, where or when something else is done: the
sentence's day is the inquiry's or the telling's, not the act's, and its other words (the
aircraft seen, the inspectors sent) do not say how the act was done. Read twice: such a mention
names back the act told before it whatever day its sentence tells and, told in words any
violence fits ("the attack"), whatever its words made of its type (:mod:`.named_back`); alone
after the lead, it is an incident referred to, background
(:mod:`...background.referred`).
"""

from __future__ import annotations

import re

from .....document import Document
from ....draft import EventDraft

# The act's noun as the object of an inquiry ("an inquiry into", "investigation of", "a probe
# into", "to investigate", "to probe"), of a comment ("while not addressing the attack"; not
# "condemned the massacre", a statement's own news: tried, it lost a hit), of the evidence of it
# ("evidence of", "evidence to the UN on"), or as a place or point in time told by its article
# ("the site of an", "at the time of the", "the anniversary of the"); up to four words of its
# noun phrase between ("the alleged", "the Ataybah and Homs", 'the "unacceptable"'). Not "the
# scene of fierce clashes" nor "the aftermath of the airstrikes ... over the past ten days": a
# town is the scene of the news, and its aftermath tells it (both lost a hit on the rule parts).
_TOPIC = re.compile(
    r"\b(?:(?:inquiry|enquiry|inquiries|enquiries|investigations?|probes?|inspections?)\s+"
    r"(?:into|of|on)|investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|"
    r"address(?:es|ed|ing)?|"
    r"evidence(?:\s+[\w'’-]+){0,4}?\s+(?:of|on|about)|"
    r"(?:site|time|anniversary)\s+of(?=\s+(?:the|an?|this|that|these|those)\s))\s+"
    r"(?:[\w'’\"“”-]+\s+){0,4}$",
    re.IGNORECASE,
)


def named_as_topic(doc: Document, draft: EventDraft) -> bool:
    """Whether ``draft``'s trigger is an act's noun named as the topic of an inquiry or as a
    point in place or time (see the module), in its first sentence."""
    sentence = doc.sentences[min(draft.sentences)]
    if not sentence.span.contains(draft.trigger.span):
        return False
    before = doc.text[sentence.span.start : draft.trigger.span.start]
    return _TOPIC.search(before) is not None
