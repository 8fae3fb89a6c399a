"""An act named back by a definite noun in a later sentence: "The ambush sparked a huge search",
"during the fighting", "the kidnapping" retell the act told just before (:func:`named_back`),
unless the retelling tells another incident: a new-incident word, another day, another place
outside the act's (as :mod:`.slots` reads them), or other attackers.

Its actor is the act's author only when told in the noun's phrase or with a verb of authorship
("the Taliban claimed responsibility for the raid", :func:`claimant`); it adds only the places
its own sentence tells inside the act's (:func:`finer`).
"""

from __future__ import annotations

import re

from .....document import Document, PlaceMention
from .....ontology import is_violent
from ....draft import OCCURRED, EventDraft
from ....generic_violence import is_violent_act, told_in_generic_words
from ....geography.nesting import nested, place_fits
from ....story_cues import told_as_new, told_places
from ..acts import sides_agree
from .kinds import kinds_fit
from .slots import retold_day_fits, retold_places
from .topic import named_as_topic

# A definite noun naming the act as one already told: "The ambush sparked a huge search", "in
# the clashes, which were centred in the south", "during the fighting", "the kidnapping", "the
# killings" (the act's own noun, whatever verb told it first).
_DEFINITE = re.compile(
    r"\b(?:the|this|that|these|those|(?:mon|tues|wednes|thurs|fri|satur|sun)day's)\s+"
    r"(?:(?!(?:and|or|of)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ACT_NOUN = re.compile(
    r"(?:attacks?|ambush(?:es)?|raids?|clash(?:es)?|fighting|(?:air ?|drone )?strikes?|"
    r"air raids?|shelling|bombings?|explosions?|blasts?|assault|shooting|firefight|"
    r"gun ?battle|massacre|incident|abductions?|kidnappings?|killings?|assassination|"
    r"bombardment)",
    re.IGNORECASE,
)


def told_by_its_definite_noun(doc: Document, draft: EventDraft) -> bool:
    """Whether ``draft``'s trigger is an act's noun told definite in its sentence ("the
    killing of the five farmers", "the attack"): an act already told, named back."""
    sentence = doc.sentences[draft.sentences[0]]
    before = doc.text[sentence.span.start : draft.trigger.span.start]
    return (
        _ACT_NOUN.fullmatch(draft.trigger.text) is not None and _DEFINITE.search(before) is not None
    )


def named_back(doc: Document, recent: list[EventDraft], draft: EventDraft) -> EventDraft | None:
    """The act just told, when ``draft`` names it by a definite noun ("The ambush ...") and
    tells nothing that makes it another: no new-incident word, another day, another place
    outside it (as :mod:`.retold_slots` reads them), or other attackers."""
    sentence = doc.sentences[draft.sentences[0]]
    if (
        draft.modality not in OCCURRED
        or not is_violent_act(draft)
        or not told_by_its_definite_noun(doc, draft)
    ):
        return None
    # The act told last before it: the event with the latest sentence before the mention; of
    # acts told last in one sentence (a lead and the copy of it at a village it lists), the
    # one at the place the mention names.
    where = retold_places(doc, draft)
    told_before = [
        (max(i for i in k.sentences if i < sentence.index), place_fits(k.places, where), n, k)
        for n, k in enumerate(recent)
        if k.sentences[0] < sentence.index
        and is_violent_act(k)
        and k.temporal_status == draft.temporal_status
    ]
    last = max(told_before, key=lambda told: told[:3])[3] if told_before else None
    # an inquiry's topic or a point in time ("an inquiry into the alleged attacks", "at the
    # time of the attack"): its sentence's day and words are not the act's (:mod:`.topic`)
    topic = named_as_topic(doc, draft)
    if (
        last is None
        or last.modality not in OCCURRED
        or not (kinds_fit(last, draft) or (topic and _any_act_fits(last, draft)))
        or told_as_new(doc, sentence, draft)
        or not (topic or retold_day_fits(last, draft))
        or not place_fits(last.places, where)
        or (_names_author(doc, draft) and not sides_agree(doc, last, draft))
    ):
        return None
    return last


def _any_act_fits(last: EventDraft, draft: EventDraft) -> bool:
    """Whether a topic told in words any violence fits ("the attack") names back ``last``,
    whatever its sentence's other words made of its type (aircraft seen over the area)."""
    return is_violent(last.event_type) and told_in_generic_words(draft)


def _names_author(doc: Document, draft: EventDraft) -> bool:
    """Whether a definite retelling's actor can be the act's author: one told in the noun's
    own phrase or after it ("the Taliban attack", "the clashes between the army and X"), or
    before it with a verb of authorship (:func:`claimant`). One told before it with any other
    verb, or in another sentence, is a teller, a witness or a victim ("the United Nations
    condemned the attack", "a police officer was among those killed in the attack")."""
    actor = draft.actor1
    if actor is None or claimant(doc, draft):
        return True
    sentence = doc.sentences[draft.sentences[0]].span
    found = _DEFINITE.search(doc.text, sentence.start, draft.trigger.span.start)
    opens = found.start() if found is not None else draft.trigger.span.start
    return opens <= actor.span.start < sentence.end


# The verb that makes the actor before an act's noun its author: "the Taliban claimed
# responsibility for the raid", "militants who carried out the attack"; any other verb makes
# him a teller or a witness ("the United Nations condemned the attack", "police confirmed the
# abduction").
_AUTHOR = re.compile(
    r"\b(?:claimed|claiming|carried out|launched|conducted|staged|was behind|were behind)\b",
    re.IGNORECASE,
)


def claimant(doc: Document, draft: EventDraft) -> bool:
    """Whether a definite retelling names the act's author: an actor told before the noun with
    a verb of authorship between them. "No one has claimed the attack, which came after
    Taliban fighters attacked ..." names no author (the Taliban come after the noun)."""
    actor = draft.actor1
    if actor is None or actor.span.end > draft.trigger.span.start:
        return False
    return _AUTHOR.search(doc.text, actor.span.end, draft.trigger.span.start) is not None


def finer(doc: Document, incident: EventDraft, draft: EventDraft) -> list[PlaceMention]:
    """The places a retelling adds to the incident it names back: those its own sentence tells
    inside the incident's most precise place ("the attack in the Barwaqo neighbourhood" after
    "in Mogadishu"). A place carried over from the sentences around it, or another village of
    the incident's district, is no place of the incident."""
    if not incident.places:
        return told_places(doc, draft)
    at = incident.places[0]
    return [p for p in told_places(doc, draft) if nested(p, at)]
