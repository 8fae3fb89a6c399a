"""A demonstration whose telling names the crowd's own violence is a violent demonstration.

ACLED's codebook types a demonstration by what its crowd did: demonstrators who burn offices,
attack vehicles, light fires or block roads with boulders make a violent demonstration,
whatever the forces did to them; a protest with intervention is a peaceful one dispersed.
Reports of unrest in Kenyan, West African and South Asian dailies tell the crowd's acts beside
the protest verb ("students protested ..., burnt the union's offices and blocked the highway
before police dispersed them") or in a sentence of their own about the same crowd ("The youth
blocked roads and attacked vehicles."), where they fire no event of their own or one folded into
the demonstration's as its retelling, so the demonstration kept the type of its dispersal.

Only the crowd's acts count, as for a dispersal's own sentence
(:mod:`...detect.refine.dispersed_rioters`): not the forces' ("police burnt the barricades"),
not a grievance ("protesting the burning of their stalls") and not harm told in the passive
("whose shop was torched"), which names no doer.
"""

from __future__ import annotations

import re

from ....document import Document
from ...detect.refine.dispersed_rioters import CROWD_VIOLENCE, NOT_THE_CROWD
from ...draft import EventDraft

# Acts of a crowd that the dispersal rule leaves to the act's own trigger: property burnt (not
# only tyres), vehicles and passers-by attacked, fires lit, damage caused, material brought to
# block a road ("used boulders to block the roads").
_MORE_VIOLENCE = re.compile(
    r"\b(?:"
    r"attack(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:vehicles|cars|motorists|passengers|buses|matatus|"
    r"shops|stalls|passers-by|journalists|police(?:men)?|officers)\b|"
    r"burn(?:t|ed|ing)?\s+(?:down\s+)?(?:[\w()'’-]+\s+){0,8}?(?:offices?|vehicles?|cars?|"
    r"buses|houses?|buildings?|shops?|stalls?|stations?|tyres|tires)\b|"
    r"fires\s+were\s+(?:lit|set)|"
    r"caus(?:ed|ing)\s+(?:\w+\s+)?damages?\b|"
    r"(?:using|used|with)\s+(?:\w+\s+){0,2}?(?:boulders|stones|rocks|logs|burning\s+tyres)(?:\s+and\s+\w+)?\s+"
    r"to\s+(?:block|barricade)"
    r")",
    re.IGNORECASE,
)
# Harm told in the passive names no doer: "a man whose house was torched", "vehicles were burnt".
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|get|got)\s+(?:\w+\s+)?$", re.IGNORECASE)

_PEACEFUL_OR_DISPERSED = frozenset({"protest", "protest_dispersed"})


def crowd_violence_told(text: str) -> bool:
    """Whether a sentence of a demonstration tells an act of violence by its crowd."""
    for pattern in (CROWD_VIOLENCE, _MORE_VIOLENCE):
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            if NOT_THE_CROWD.search(before) or _PASSIVE.search(before):
                continue
            return True
    return False


def riot_told_in_demonstration(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """A peaceful or dispersed demonstration whose sentences tell its crowd's violence is a
    violent demonstration (a riot); the last merging pass, when every retelling is in."""
    for draft in drafts:
        if draft.event_type in _PEACEFUL_OR_DISPERSED and any(
            crowd_violence_told(doc.sentences[index].text) for index in draft.sentences
        ):
            draft.event_type = "riot"
    return drafts
