"""A killing whose victim the article tells as a drug trafficker or a gang's member is a fight
between armed men: the merging pass ``victims_of_gangs``.

Monitors of the Americas code the shooting of a man "with charges against him for drug
trafficking", "involved in a gang", as an armed clash between an unidentified gang and its
rival (the victim belongs to an armed side), and keep an attack for a victim told only with a
criminal record or charges of robbery. The victim is told in the attack's sentence or in a
sentence after it in its paragraph: "a trader was gunned down by three attackers. The dead man
faced cases over smuggling narcotics."
"""

from __future__ import annotations

import re

from .....document import Document, sentence_at
from ....draft import EventDraft

# The victim told as one of an armed trade: drug trafficking, a gang, a cartel (not "was not a
# member of any gang").
_GANG_VICTIM = re.compile(
    r"\bthe victims? (?:had|has|have|was|were|is|are)\b(?:(?!\b(?:not|never|no)\b)[^.;]){0,80}?"
    r"(?:\bdrug[- ]traffick\w*|"
    r"\b(?:involved in|(?:a )?members? of|belong(?:ed|s)? to) (?:an? |the )?(?:[\w-]+ )?"
    r"(?:gangs?|cartels?|criminal (?:groups?|gangs?|organi[sz]ations?|factions?))\b)",
    re.IGNORECASE,
)


def victims_of_gangs(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each asserted attack on civilians whose victim is told as a drug trafficker or a gang's
    member, in its sentence or after it in its paragraph, is an armed clash."""
    for draft in drafts:
        if draft.event_type != "attack_on_civilians" or draft.modality != "asserted":
            continue
        sentence = sentence_at(doc.sentences, draft.trigger.span)
        if sentence is None:
            continue
        told = (
            s.text for s in doc.sentences[sentence.index :] if s.paragraph == sentence.paragraph
        )
        if any(_GANG_VICTIM.search(text) for text in told):
            draft.event_type = "armed_clash"
    return drafts
