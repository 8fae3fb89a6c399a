"""A bombing whose bomber died setting it off is a suicide bombing, however the blast is told.

A writer names the incident by its blast or its car ("a car bomb exploded", "a blast ripped
through the market") and the bomber in another sentence ("the bomber detonated his vest", "blew
himself up", "a suicide attacker"), or only in the headline. Monitors code the incident a
suicide bomb whenever the attacker died detonating the device. Once the mentions of one
incident are one event (after every other merging pass, so the type changes no merging), an
explosive attack whose own sentences tell its bomber becomes a suicide bombing
(:func:`name_suicide_bombings`).

A sentence tells the bomber of ANOTHER incident, and counts for none, when it is told as
another time or a series ("the latest in a series of suicide bombings", "in 2019", "last
month", "since"), or as a bomber stopped before detonating ("a would-be suicide bomber was
arrested", "shot dead before he could detonate"); or when another bombing of the article is
told in it too (the bomber may be that one's). The headline counts for the article's one
explosive attack, when it has exactly one and no suicide bombing.
"""

from __future__ import annotations

import re

from ....document import Document
from ....ontology import EventTypeName
from ...draft import OCCURRED, EventDraft

_EXPLOSIVE: EventTypeName = "explosive_attack"
_SUICIDE: EventTypeName = "suicide_bombing"
# How many sentences with no event of their own after an event's sentence go on telling it.
_FOLLOWING = 2

# The bomber, told in any of the usual ways.
_BOMBER = re.compile(
    r"\bsuicide[- ](?:(?:car|truck|vehicle|motorcycle|motorbike)[- ])?"
    r"(?:bomb(?:er|ers|ing|ings|s)?|blasts?|attack(?:er|ers|s)?|explosions?|strikes?|"
    r"car|truck|vehicle|vest|belt|assailants?|mission)\b"
    r"|\b(?:blew|blown|blowing|blow|blows) (?:himself|herself|themselves) up\b"
    r"|\bself-?detonat\w*"
    r"|\bdetonated (?:his|her|their) (?:own )?(?:explosive |suicide |bomb )?"
    r"(?:vest|belt|jacket)s?\b"
    r"|\b(?:explosives?|suicide|bomb|blast)[- ](?:belt|vest|jacket)s?\b"
    r"|\bvehicle[- ]borne suicide\b|\bS-?VBIEDs?\b"
    r"|\brammed (?:a|an|his|their) (?:explosives?|bomb|booby-trapped)[- ]"
    r"(?:laden|packed|rigged|filled)?[- ]?(?:car|vehicle|truck)",
    re.IGNORECASE,
)

# A sentence about another incident or about a bomber who set nothing off.
_OTHER_INCIDENT = re.compile(
    r"\b(?:would-?be|foiled|thwarted|arrested|detained|captured|intercepted|defused|"
    r"before (?:he|she|they|the \w+) (?:could|was able|were able|managed)|"
    r"series of|spate of|wave of|string of|latest in|previous|earlier this|"
    r"last (?:year|month|week)|"
    r"another|separate|years? ago|months? ago|weeks? ago|since|similar|recent(?:ly)?|"
    r"(?:in|of) (?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def tells_a_bomber(text: str) -> bool:
    """Whether ``text`` tells a bomber who died detonating, as this incident's."""
    return _BOMBER.search(text) is not None and _OTHER_INCIDENT.search(text) is None


def name_suicide_bombings(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each explosive attack whose sentences (those it is told in and those with no event of
    their own that follow them closely), or alone the headline, tell its bomber is a suicide
    bombing."""
    bombings = [d for d in drafts if d.event_type in (_EXPLOSIVE, _SUICIDE)]
    if not bombings:
        return drafts
    owners: dict[int, list[EventDraft]] = {}
    for draft in drafts:
        for index in draft.sentences:
            owners.setdefault(index, []).append(draft)
    for draft in bombings:
        if draft.event_type != _EXPLOSIVE or draft.modality not in OCCURRED:
            continue
        if any(tells_a_bomber(doc.sentences[i].text) for i in _own_sentences(doc, draft, owners)):
            draft.event_type = _SUICIDE
    if (
        len(bombings) == 1
        and bombings[0].event_type == _EXPLOSIVE
        and bombings[0].modality in OCCURRED
        and tells_a_bomber(doc.title)
    ):
        bombings[0].event_type = _SUICIDE
    return drafts


def _own_sentences(
    doc: Document, draft: EventDraft, owners: dict[int, list[EventDraft]]
) -> list[int]:
    """The sentences told of ``draft`` alone: its own, unless another bombing is told there too,
    and up to two sentences after each, in its paragraph, that tell no event of their own."""
    own: list[int] = []
    for index in draft.sentences:
        if any(o is not draft and o.event_type in (_EXPLOSIVE, _SUICIDE) for o in owners[index]):
            continue
        own.append(index)
        paragraph = doc.sentences[index].paragraph
        for after in range(index + 1, min(index + 1 + _FOLLOWING, len(doc.sentences))):
            if after in owners or doc.sentences[after].paragraph != paragraph:
                break
            own.append(after)
    return own
