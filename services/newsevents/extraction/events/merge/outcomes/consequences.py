"""What an attack did is the attack: "Boko Haram attacked the village, opening fire and burning
homes" is one attack, not an attack and a destruction.

Monitors code the burning, looting and seizing the attackers did, the flight of the people
they attacked and the surrender or defection of the side they beat ("dozens of regime forces
surrendered during the seizure", "stormed the town after rebels defected to the group"), as
part of the violent occurrence. A destruction, seizure of property or weapons
or a flight told in the sentence of a violent event, or in one of the next two sentences
without a date or a place of its own elsewhere, folds into that event; a deployment only when
its own sentence tells the attack ("wounded men were transferred to Niafunke" after a raid).
"""

from __future__ import annotations

import re

from ....document import Document, sentence_at
from ....ontology import EventTypeName, is_violent
from ...draft import EventDraft
from ..incidents.identity.attackers import side_of
from ..incidents.identity.two_acts import told_as_two

_CONSEQUENCES: frozenset[EventTypeName] = frozenset(
    {"property_destroyed", "property_seized", "weapons_disrupted", "relocation", "recruitment"}
)
_SAME_SENTENCE_ONLY: frozenset[EventTypeName] = frozenset({"deployment"})
_NEAR = 2  # sentences after the attack's last one


def fold_consequences(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each consequence folded into the violent event it follows from, else kept."""
    attacks = [d for d in drafts if is_violent(d.event_type) and d.modality == "asserted"]
    kept: list[EventDraft] = []
    for draft in drafts:
        attack = _attack_of(doc, attacks, draft)
        if attack is None:
            kept.append(draft)
        else:
            attack.add_sentences(draft)
    return kept


def _attack_of(doc: Document, attacks: list[EventDraft], draft: EventDraft) -> EventDraft | None:
    """The attack ``draft`` tells a consequence of: one sharing its sentence, else (not for a
    deployment) the latest one ending at most two sentences before it."""
    kinds = _CONSEQUENCES | _SAME_SENTENCE_ONLY
    if draft.event_type not in kinds or draft.modality != "asserted":
        return None
    here = draft.sentences[0]
    attacks = [a for a in attacks if not _stops_the_other_side(doc, a, draft)]
    same = [a for a in attacks if here in a.sentences]
    if same:
        return same[0]
    if draft.event_type in _SAME_SENTENCE_ONLY or draft.date is not None:
        return None
    # The attack's latest sentence before the consequence: an attack the story model grew by a
    # retelling told after it ("the UN condemned the ambush") still tells it before.
    told = {id(a): max((i for i in a.sentences if i < here), default=-1) for a in attacks}
    before = [a for a in attacks if told[id(a)] >= 0 and here - told[id(a)] <= _NEAR]
    # "Also an army unit destroyed ... in Deir Hafer": another place's act (:mod:`.two_acts`)
    before = [
        a for a in before if _no_place_elsewhere(doc, a, draft) and not told_as_two(doc, a, draft)
    ]
    return max(before, key=lambda a: told[id(a)]) if before else None


def _no_place_elsewhere(doc: Document, attack: EventDraft, draft: EventDraft) -> bool:
    """The consequence names no place only in another province than the attack's."""
    own = doc.in_sentence(doc.places, doc.sentences[draft.sentences[0]])
    if not own or not attack.places:
        return True
    if draft.event_type == "weapons_disrupted":
        # A device found in a town the attack is not told in is a finding of its own ("in the
        # neighbouring township an explosive device was found", after attacks on four police
        # stations of the province): a place of the attack's own folds it, the province does not.
        names = {p.name for p in attack.places}
        return any(p.name in names for p in own)
    return any(p.province == attack.places[0].province for p in own)


# Fire brought down by air defences: "two rockets were intercepted", "shot down three drones"
# (not a bus or a band of fighters intercepted on a road: that stops no fire).
_INTERCEPTION = re.compile(r"\b(?:intercept\w*|sho(?:t|ots?|oting) down|downed)\b", re.IGNORECASE)
_FIRE = re.compile(
    r"\b(?:rockets?|missiles?|drones?|UAVs?|projectiles?|shells?|air defen[cs]es?)\b", re.IGNORECASE
)


def _stops_the_other_side(doc: Document, attack: EventDraft, draft: EventDraft) -> bool:
    """An interception of fire by the attack's own side stops the other side's fire, not what
    the attack did: "Israel carried out fresh strikes on Gaza after rockets were fired ... two
    rockets were intercepted by air defences, the IDF said" (eighteenth round). The coalition
    shooting down the Houthis' missile is still the missile's attack told on, and so is fire
    whose own sentence tells it intercepted ("air defences downed a large number of missiles")."""
    if draft.event_type != "weapons_disrupted" or not _INTERCEPTION.search(draft.trigger.text):
        return False
    if attack.actor1 is None or draft.actor1 is None:
        return False
    told = doc.sentences[draft.sentences[0]].text
    fired = sentence_at(doc.sentences, attack.trigger.span)
    if not _FIRE.search(told) or fired is None or _INTERCEPTION.search(fired.text):
        return False
    side = side_of(attack.actor1)
    return side is not None and side == side_of(draft.actor1)
