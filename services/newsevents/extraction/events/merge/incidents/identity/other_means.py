"""Whether a sentence after an act tells another act by other means (twenty-eighth round).

A paragraph that opens on an air strike and goes on to "shells fell on the market", or opens on
a shelling and goes on to "a car bomb went off", tells two acts: the means are what sets the
two apart, as an ACLED coder keeps an air strike and a shelling apart even on one town and one
day. A sentence that names its means only in general words ("killed", "the attack") tells
nothing of them; one that names the opener's means too ("jets and artillery pounded") may be
its elaboration.
"""

from __future__ import annotations

import re

from .....document import Document, Sentence, Trigger
from .....ontology import EventTypeName
from ....detect.refusals.gates.weapons import told_taken
from ....draft import EventDraft

# How an act is done from afar: from the air, by guns and rockets, by a blast, by gas.
_MEANS: dict[EventTypeName, str] = {
    "airstrike": "air",
    "shelling": "artillery",
    "explosive_attack": "blast",
    "suicide_bombing": "blast",
    "grenade": "blast",
    "chemical_attack": "gas",
}


# A blast told by itself ("an explosion", "a blast rocked"), with no device: what any strike,
# shell or bomb does, no means of its own.
_BARE_BLAST = re.compile(
    r"(?:(?:huge|large|loud|massive|powerful)\s+)?(?:explosions?|blasts?|explo(?:ded?|des|ding)|"
    r"detonat\w*|went off)",
    re.IGNORECASE,
)


def _means(trigger: Trigger) -> str | None:
    if trigger.event_type == "explosive_attack" and _BARE_BLAST.fullmatch(trigger.text):
        return None
    return _MEANS.get(trigger.event_type)


def means_told(doc: Document, sentence: Sentence) -> frozenset[str]:
    """The means of the acts a sentence's own trigger words name; a weapon or device named as
    what was destroyed or seized ("five car bombs were destroyed") is no means of its act."""
    start = sentence.span.start
    found = (
        _means(t)
        for t in doc.in_sentence(doc.triggers, sentence)
        if not told_taken(sentence.text, t.span.start - start, t.span.end - start)
    )
    return frozenset(m for m in found if m is not None)


def by_other_means(doc: Document, opener: EventDraft, later: EventDraft) -> bool:
    """Whether ``later``'s sentence tells its act by means the opener's sentence and type do
    not: "warplanes struck the town ... Shells later fell on its market" are two acts."""
    then = doc.sentences[later.sentences[0]]
    told_later = means_told(doc, then)
    if not told_later:
        return False
    first = doc.sentences[opener.sentences[0]]
    opened = set(means_told(doc, first))
    own = _MEANS.get(opener.event_type)
    if own is not None:
        opened.add(own)
    return bool(opened) and not (opened & told_later)
