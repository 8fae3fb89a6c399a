"""The group a city paragraph of a shelling bulletin opens on is the agent of the quarters it
goes on to tell (forty-eighth round, shell68).

A state outlet's bulletin gives each city a paragraph: its opening names the group and the
city ("Terrorists of the so-called Jaish al-Islam targeted residential neighbourhoods of
Damascus city with rocket shells"), then the police source tells the quarters hit, of "the
terrorist groups" ("terrorists positioned in Jobar targeted Bab Touma, killing a woman", "other
shells hit al-Qassaa"). The quarters' shelling is the opening's, by the group it names; read
alone, each quarter's "terrorists" stay the opposition as a whole.

``paragraph_group``: a shelling whose agent is the blanket "terrorists" (read as the
opposition, with no group its own sentences name) takes the one armed group the sentence
before it, or one of the two before that, names, when that sentence tells a shelling, names
no other group and names a town, and the shelling's own sentences name no town but that one.
A sentence between them that names another armed group, or tells another town, ends the look
back (another paragraph).
"""

from __future__ import annotations

from .....document import NON_STATE_ARMED_KINDS, ActorMention, Document, Sentence
from ....draft import EventDraft
from ....link.sides.hit import is_hit

# How many sentences before the shelling's first the paragraph's opening may be told.
_BACK = 3


def paragraph_group(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each shelling by the blanket "terrorists" takes the group its paragraph opens on."""
    for draft in drafts:
        agent = draft.actor1
        if (
            draft.event_type != "shelling"
            or agent is None
            or not agent.generic
            or not agent.name.startswith("Opposition Rebels")
            or any(_groups(doc, doc.sentences[i]) for i in draft.sentences)
        ):
            continue
        towns = {n for i in draft.sentences for n in _towns(doc, doc.sentences[i])}
        group = _opening_group(doc, min(draft.sentences), towns)
        if group is not None:
            draft.actor1 = group
    return drafts


def _opening_group(doc: Document, first: int, towns: set[str]) -> ActorMention | None:
    """The one group a paragraph's opening before sentence ``first`` names as the agent of a
    shelling at the one town the shelling's sentences name (``towns``), or None."""
    for index in range(first - 1, max(-1, first - 1 - _BACK), -1):
        sentence = doc.sentences[index]
        groups = _groups(doc, sentence)
        own = set(_towns(doc, sentence))
        if len(groups) > 1 or (own and towns and not own >= towns):
            return None
        if groups and own and len(towns | own) == 1 and _tells_shelling(doc, sentence):
            return groups[0]
        if groups:
            return None
    return None


def _groups(doc: Document, sentence: Sentence) -> list[ActorMention]:
    """The named armed groups the sentence tells, not as hit."""
    found: dict[str, ActorMention] = {}
    for actor in doc.in_sentence(doc.actors, sentence):
        if not actor.generic and actor.kind in NON_STATE_ARMED_KINDS and not is_hit(doc, actor):
            found.setdefault(actor.name, actor)
    return list(found.values())


def _towns(doc: Document, sentence: Sentence) -> list[str]:
    return [p.name for p in doc.in_sentence(doc.places, sentence) if p.precision == "town"]


def _tells_shelling(doc: Document, sentence: Sentence) -> bool:
    return any(t.event_type == "shelling" for t in doc.in_sentence(doc.triggers, sentence))
