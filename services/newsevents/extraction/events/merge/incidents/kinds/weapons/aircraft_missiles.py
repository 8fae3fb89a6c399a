"""The missile an aircraft fired is its air strike: the merging pass ``fold_aircraft_missiles``.

A strike told by its weapon reads twice: "an Israeli drone targeted a house with two
air-to-ground missiles" is an air strike by its aircraft and a shelling by its missiles, and
"the aircraft fired a missile at a group of fighters, killing two" the same. ACLED codes one
air or drone strike: remote violence by the means it came from. A shelling whose trigger is a
missile or rocket word (or a bombardment: "US Warplanes Bombardments in Manbij"), fired in its
clause by aircraft told before it (no comma or semicolon between, not as the target: "fired a
missile at a drone", "shot down a jet") or named as an air-launched munition ("air-to-ground
missiles") or with the aircraft as its agent after it ("a missile fired by a warplane"), folds
into the air strike event that tells the same sentence, if there is one (it may be the lead's,
which took the sentence in already).
"""

from __future__ import annotations

import re

from ......document import Document, sentence_at
from .....draft import EventDraft
from ....folding import absorb

_MISSILE = re.compile(r"\b(?:missiles?|rockets?|bombardments?)\b", re.IGNORECASE)
_AIRCRAFT = (
    r"(?:war-?planes?|(?:fighter |military |combat )?jets?|aircraft|air ?craft|planes?|"
    r"helicopters?|gunships?|drones?|UAVs?)"
)
# Aircraft told before the missile in its clause, then the missile: no comma, semicolon or
# sentence end between ("an Israeli drone targeted a house in the village with two missiles").
_FIRED_BY_AIRCRAFT = re.compile(rf"(?<![\w-]){_AIRCRAFT}\b(?P<between>[^,;:.()]{{0,120}})$", re.I)
# Aircraft as what was hit or brought down, not what fired.
_AS_TARGET = re.compile(
    r"\b(?:at|on|against|down|downed|intercepted|targeting|targeted|hit|struck|of)\s+"
    r"(?:(?:an?|the|two|three|several|\w+['’]s?)\s+){0,3}$",
    re.IGNORECASE,
)
_AIR_LAUNCHED = re.compile(r"\b(?:air-to-(?:ground|surface)|air-launched)\s+$", re.IGNORECASE)
# Aircraft as the agent right after the missile: "a missile fired by an Israeli warplane".
_FIRED_BY_AFTER = re.compile(
    rf"^\s*(?:was\s+|were\s+)?(?:fired|launched|dropped)\s+(?:by|from)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"{_AIRCRAFT}\b",
    re.IGNORECASE,
)

# A verb of shelling whose subject is aircraft, told right before it ("warplanes shelled A and
# B", "warplanes believed to be Russian bombarded the town"): the aircraft's air strike, not a
# shelling beside it (forty-fifth round, air65). Up to four words between, none that opens
# another doer's clause ("jets struck the town and troops shelled it").
_SHELLING_VERB = re.compile(r"(?:shell|bombard)(?:ed|ing)", re.IGNORECASE)
_AIRCRAFT_SUBJECT = re.compile(
    rf"(?<![\w-]){_AIRCRAFT}(?P<between>(?:\s+(?!(?:and|while|as|but|then|or)\b)[\w'’-]+){{0,4}}?)"
    r"\s+$",
    re.IGNORECASE,
)


def fold_aircraft_missiles(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each shelling by missiles an aircraft of its clause fired folded into the air strike
    that tells its sentence."""
    folded: set[int] = set()
    for draft in drafts:
        if draft.event_type != "shelling" or not _fired_by_aircraft(doc, draft):
            continue
        own = sentence_at(doc.sentences, draft.trigger.span)
        if own is None:
            continue
        strikes = [
            d
            for d in drafts
            if d.event_type == "airstrike"
            and id(d) not in folded
            # the aircraft's own verb is its act, however the sentence hedged the verb
            # ("warplanes believed to be Russian bombarded": the belief is about the planes)
            and (d.modality == draft.modality or _SHELLING_VERB.fullmatch(draft.trigger.text))
            and own.index in d.sentences
        ]
        if len(strikes) != 1:
            continue
        absorb(strikes[0], draft)
        folded.add(id(draft))
    return [d for d in drafts if id(d) not in folded]


def _fired_by_aircraft(doc: Document, draft: EventDraft) -> bool:
    trigger = draft.trigger
    verb = _SHELLING_VERB.fullmatch(trigger.text.strip()) is not None
    if not verb and not _MISSILE.fullmatch(trigger.text.strip()):
        return False
    sentence = sentence_at(doc.sentences, trigger.span)
    if sentence is None:
        return False
    before = doc.text[sentence.span.start : trigger.span.start]
    if verb:
        subject = _AIRCRAFT_SUBJECT.search(before)
        return subject is not None and not _AS_TARGET.search(before[: subject.start()])
    after = doc.text[trigger.span.end : sentence.span.end]
    if _AIR_LAUNCHED.search(before) or _FIRED_BY_AFTER.match(after):
        return True
    aircraft = _FIRED_BY_AIRCRAFT.search(before)
    return aircraft is not None and not _AS_TARGET.search(before[: aircraft.start()])
