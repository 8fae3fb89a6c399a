"""A strike told as the answer to another act: a coalition's air strikes "to try to repel the
assault", howitzers that "responded with artillery fire" to rockets fired across a border.

Wire stories tell the other side's reply right after the act it answers, in the same paragraph
and often at the same place and on the same day, so the passes that fold elaborations and
retellings would take it for the act again. The reply is another occurrence by another party
(ACLED codes the coalition's strikes apart from the assault they answered), whoever linking gave
it as its agent: the reply's agent is told in its own clause, which linking often does not
read ("air strikes ... to repel the assault" took the assault's attacker). So a reply is
merged only with another mention of a reply.
"""

from __future__ import annotations

import re

from .....document import Document, Sentence, per_document
from ....draft import EventDraft
from ....generic_violence import is_generic
from ....story_cues import REPLY, REPLY_KINDS


def tells_a_reply(doc: Document, draft: EventDraft) -> bool:
    """Whether the draft is a strike or a shelling its first sentence tells as the answer to
    another act, or a generic act ("killing three") of a sentence telling such a strike."""
    sentence = doc.sentences[draft.sentences[0]]
    if _a_pursuit(doc, draft, sentence):
        return True
    if draft.event_type not in REPLY_KINDS and not (
        is_generic(draft) and _tells_strikes(doc, sentence)
    ):
        return False
    return _tells_a_reply_wording(doc, sentence)


# State forces that went after the attackers and fought or killed them: "The army said its troops
# had pursued the rebels and killed three of them" after a massacre of villagers is the forces'
# clash, split from the act it answered, as the article golds code a pursuit (forty-third
# round); the forces told as the agent, in the sentence's own words.
_PURSUIT = re.compile(
    r"\b(?:pursu(?:ed|ing)|chas(?:ed|ing)|gave\s+chase|tracked\s+down|hunted\s+down|"
    r"went\s+after)\b",
    re.IGNORECASE,
)


def _a_pursuit(doc: Document, draft: EventDraft, sentence: Sentence) -> bool:
    agent = draft.actor1
    return (
        draft.event_type == "armed_clash"
        and agent is not None
        and agent.kind == "state_force"
        and sentence.span.start <= agent.span.start < sentence.span.end
        and _tells_a_pursuit(doc, sentence)
    )


@per_document
def _tells_a_pursuit(doc: Document, sentence: Sentence) -> bool:
    return _PURSUIT.search(sentence.text) is not None


# (the merging passes ask this of each pair of drafts: a sentence is read once)
@per_document
def _tells_strikes(doc: Document, sentence: Sentence) -> bool:
    return _STRIKES.search(sentence.text) is not None


@per_document
def _tells_a_reply_wording(doc: Document, sentence: Sentence) -> bool:
    return REPLY.search(sentence.text) is not None


# The strikes a sentence tells beside a generic act ("rebels fired rockets on Damascus killing
# three civilians"): its killing is the reply's toll.
_STRIKES = re.compile(
    r"\b(?:air\s*strikes?|air\s+raids?|raids|rockets?|shells?|shelling|artillery|mortars?|"
    r"missiles?|barrel\s+bombs?|warplanes|war\s+planes|jets|howitzers?)\b",
    re.IGNORECASE,
)
