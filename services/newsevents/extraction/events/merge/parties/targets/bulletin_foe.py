"""The state's foe by name in a bulletin (fiftieth round, foe70): a clash, shelling or air strike
of state forces against the blanket "terrorists" is against the group the act's own sentence
names.

State outlets tell the army's fights with "terrorists" and name the group in the same sentence in
many ways: "clashed with X and Y terrorists", "pounded hideouts of X terrorists near A, killing 5
terrorists", "killed several X terrorists and foiled their attack on an army post". Read by its
words, the side hit is the counted "terrorists" (the country's opposition as a whole) or no one
(the post is the army's own), and the group is lost. The analysts code the group the item's own
sentence names, the first of several.

``name_bulletin_foe``: an armed clash, shelling or air strike whose agent is a state's forces and
whose side hit is none or a generic armed actor (the opposition as a whole, an unidentified group)
takes the first named non-state armed group its trigger's sentence names, where that group is not
the agent's ally: not told before the trigger unless as hit or as the men of a generic noun ("Nusra
terrorists"), nor joined to the agent ("in cooperation with", "backed by"), nor speaking, nor a
patron, nor a state's auxiliary; nor told after a second act coordinated after the trigger. The
act's other sentences (headline, retellings) are not read: a headline's group may be another
item's.

``rebels_by_default``: a battle of state forces told with no opponent at all ("troops shot dead a
terrorist leader and four aides who tried to sneak into A", "fighting went on in A") is with the
opposition as a whole when the article reads its armed men so ("terrorists", "rebels": the
generic "Opposition Rebels" of the country), as the analysts code the state outlets' unnamed
enemy. It runs after every merge, so the side it adds joins or parts no mentions.
"""

from __future__ import annotations

import re

from .....actors.dictionary import default_matcher
from .....document import (
    NON_STATE_ARMED_KINDS,
    STATE_KINDS,
    ActorMention,
    Document,
    Sentence,
    sentence_at,
)
from ....draft import EventDraft
from ....link.sides.hit import is_hit
from ....link.sides.phrases import backs_a_side
from ....link.sides.telling import speaks

# The acts read: fights, shelling and air strikes (not the ground a battle changes hands of,
# whose holder is the side that lost it).
_KINDS = frozenset({"armed_clash", "shelling", "airstrike"})

# Generic names of the unnamed armed side as ACLED names it.
_UNNAMED = ("Opposition Rebels", "Unidentified Armed Group", "Islamist Militia", "Rebel Forces")

_REBELS = "Opposition Rebels"

# Words joining an ally to the agent: "army units in cooperation with", "backed by".
_ALLY = re.compile(
    r"\b(?:in\s+cooperation|in\s+coordination|together|along|alongside|backed|supported|"
    r"assisted|aided|joined)\b[^.;]{0,40}$|\band\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# Another act coordinated after the trigger: "killed dozens of terrorists in A and targeted X
# hideouts in B" (the group is the second act's).
_COORDINATED = re.compile(r"\band\s+(?:also\s+|then\s+)?$", re.IGNORECASE)


def name_bulletin_foe(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each violent act of state forces against no side or a generic armed side takes the first
    named armed group its trigger's sentence tells as its foe."""
    for draft in drafts:
        actor1, actor2 = draft.actor1, draft.actor2
        if actor1 is None or actor1.kind != "state_force":
            continue
        if actor2 is not None and not (actor2.generic and actor2.name.startswith(_UNNAMED)):
            continue
        if draft.event_type not in _KINDS:
            continue
        foe = _foe(doc, draft, actor1)
        if foe is not None:
            draft.actor2 = foe
    return drafts


def rebels_by_default(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each battle of state forces with no opponent takes the article's generic opposition."""
    rebels = next(
        (
            a
            for a in doc.actors
            if a.generic and a.kind in NON_STATE_ARMED_KINDS and a.name.startswith(_REBELS)
        ),
        None,
    )
    if rebels is None:
        return drafts
    for draft in drafts:
        if (
            draft.event_type == "armed_clash"
            and draft.actor2 is None
            and draft.actor1 is not None
            and draft.actor1.kind == "state_force"
        ):
            draft.actor2 = rebels
    return drafts


def _foe(doc: Document, draft: EventDraft, agent: ActorMention) -> ActorMention | None:
    sentence = sentence_at(doc.sentences, draft.sentence_span)
    if sentence is None:
        return None
    actors = doc.in_sentence(doc.actors, sentence)
    for actor in actors:
        if not may_be_foe(doc, actor):
            continue
        if actor.span.start < draft.trigger.span.start and not (
            is_hit(doc, actor) or _names_men(actor, actors)
        ):
            continue
        if _joined_to_agent(doc, actor, actors) or _another_act_before(doc, draft, sentence, actor):
            continue
        return actor
    return None


def may_be_foe(doc: Document, actor: ActorMention) -> bool:
    """Whether ``actor`` may be the state's foe in a bulletin: a named non-state armed group
    not told as speaking, as backing a side, nor a state's auxiliary."""
    return not (
        actor.generic
        or actor.pronoun
        or actor.kind not in NON_STATE_ARMED_KINDS
        or speaks(doc, actor)
        or backs_a_side(doc, actor)
        or _state_backed(actor)
    )


def state_ally(doc: Document, group: ActorMention, sentence: Sentence) -> bool:
    """Whether the group is told as a state force's ally in ``sentence`` ("army units in
    cooperation with X")."""
    return _joined_to_agent(doc, group, doc.in_sentence(doc.actors, sentence))


def _another_act_before(
    doc: Document, draft: EventDraft, sentence: Sentence, group: ActorMention
) -> bool:
    """Whether another act coordinated after the trigger ("... and targeted") is told before
    the group: the group is that act's."""
    return any(
        draft.trigger.span.end <= t.span.start < group.span.start
        and _COORDINATED.search(doc.text, draft.trigger.span.end, t.span.start) is not None
        for t in doc.in_sentence(doc.triggers, sentence)
    )


def _state_backed(group: ActorMention) -> bool:
    """Whether the group is a state's auxiliary (the NDF, Hezbollah): an ally, never the foe
    of the state forces a state outlet tells."""
    if group.affiliation is None:
        return False
    patron = default_matcher().entry(group.affiliation)
    return patron is not None and patron.kind in STATE_KINDS


def _names_men(group: ActorMention, actors: list[ActorMention]) -> bool:
    """Whether a generic armed noun stands right after the group ("Nusra terrorists")."""
    return any(
        a.generic and a.kind in NON_STATE_ARMED_KINDS and 0 <= a.span.start - group.span.end <= 1
        for a in actors
    )


def _joined_to_agent(doc: Document, group: ActorMention, actors: list[ActorMention]) -> bool:
    """Whether the group is told as a state force's ally ("army units in cooperation with X")."""
    before = [a for a in actors if a.kind == "state_force" and a.span.end <= group.span.start]
    if not before:
        return False
    return _ALLY.search(doc.text, before[-1].span.end, group.span.start) is not None
