"""Deaths told in the story of a repressed demonstration are that repression, at each place.

A report of a day of demonstrations met with lethal force opens with the force ("security
forces opened fire on protests, killing 18") and goes on town by town in generic words: "two
people were killed in the second city", "others were killed in two towns", "at least three
people were shot dead by police in the west". Conflict monitors code each place's deaths as
the excessive force against the demonstrators there (ACLED: peaceful demonstrators targeted
with lethal force), not as an attack on civilians of its own. Once the mentions are merged
(after every other merging pass, so the type changes no merging), a generic killing of the
article's news becomes excessive force against protesters when:

- the article's first violent event (its lead) is excessive force against protesters, or a
  demonstration's dispersal whose own sentence tells deaths ("two people died when police
  shot, beat and tear-gassed demonstrators"; not a death the demonstration is about: "protesters
  angry over the death of a student");
- it is told in generic words ("killed", "shot dead", "opened fire"), by the forces or by no
  one named, on unarmed people or no one named: an armed group's killing, or soldiers killed,
  is another incident;
- no day told apart from the lead's ("on Sunday" after "on Monday").
"""

from __future__ import annotations

import re

from ....document import Document
from ....ontology import EventTypeName, is_violent
from ...crowds import CROWD_TYPES
from ...draft import OCCURRED, EventDraft
from ...generic_violence import is_generic
from ..incidents.identity.attackers import names_its_attacker
from ..incidents.occurrences import days_agree

_REPRESSED: EventTypeName = "protest_repressed"
_DISPERSED: EventTypeName = "protest_dispersed"
# Deaths told in the lead's own sentence.
_DEATHS = re.compile(r"\b(?:killed|killing|died|dead|deaths?|shot dead)\b", re.IGNORECASE)
# ... but not a death the demonstration is about, its grievance: "protesters angry over the death
# of a student", "demanding justice for a man who died in custody".
_GRIEVED_DEATH = re.compile(
    r"\b(?:over|against|for|about|following|after|condemn\w*|denounc\w*|demand\w*|protest\w*|"
    r"mourn\w*)\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:\w+\s+)?(?:deaths?|killings?)\b"
    r"|\bwho\s+(?:had\s+)?(?:died|(?:was|were|had\s+been)\s+(?:killed|shot\s+dead))\b",
    re.IGNORECASE,
)
# Fire opened, with no target named in the words: "when security forces opened fire".
_FIRE_OPENED = re.compile(r"^open(?:ed|s)? fire$", re.IGNORECASE)


def deaths_at_the_demonstrations(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each generic killing by the forces in a repressed demonstration's story (its lead
    excessive force, or a dispersal told with deaths) becomes excessive force."""
    told = [
        d
        for d in drafts
        if d.modality in OCCURRED and (is_violent(d.event_type) or d.event_type in CROWD_TYPES)
    ]
    if not told:
        return drafts
    lead = min(told, key=lambda d: d.sentences[0])
    if not _lethal_repression(doc, lead):
        return drafts
    for draft in told:
        if draft is not lead and days_agree(lead, draft) and _killing_by_the_forces(doc, draft):
            draft.event_type = _REPRESSED
    return drafts


def _lethal_repression(doc: Document, lead: EventDraft) -> bool:
    if lead.event_type == _REPRESSED:
        return True
    sentence = doc.sentences[lead.sentences[0]]
    told = _GRIEVED_DEATH.sub(" ", sentence.text)
    return lead.event_type == _DISPERSED and _DEATHS.search(told) is not None


def _killing_by_the_forces(doc: Document, draft: EventDraft) -> bool:
    """A generic killing by the forces, or told in the passive with no agent ("two people
    were killed in the city": an agent carried over from another sentence is none)."""
    agent = draft.actor1 if names_its_attacker(doc, draft) else None
    return (
        draft.event_type == "attack_on_civilians"
        and (is_generic(draft) or _FIRE_OPENED.match(draft.trigger.text) is not None)
        and (agent is None or agent.kind == "state_force")
        and (draft.actor2 is None or draft.actor2.kind in {"civilians", "protesters"})
    )
