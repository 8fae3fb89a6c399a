"""A rally a crowd attacks is its victims' gathering: the crowd's mob violence, not the rally
turned violent (read by ``combine_demonstrations`` before it takes an outcome).

"Youths heckled and threw stones at the opposition's campaign rally", "a mob threw stones at
the party leader, who was addressing a rally in the stadium": the rally word fires a
demonstration and the crowd's act, told before it in the sentence, would become that
demonstration's violence. ACLED's codebook codes the crowd's violence against another's
gathering as mob violence (the crowd demonstrates nothing); the rally is where its victims
were, so it folds into the mob's event. A rally told before the violence ("supporters at the
rally attacked a reporter"), demonstrators' violence, or two camps brawling at their own rally
(``brawl_at_a_rally``) keep their readings.
"""

from __future__ import annotations

import re

from ....document import Document
from ...detect.refine.crowds.gatherings_hit import GATHERING, THEIR_PROTEST
from ...draft import EventDraft

# The rally's own word: a party's gathering, not a protest, march or demonstration.
_GATHERING_WORD = re.compile(rf"^(?:[\w'’-]+\s+){{0,2}}?{GATHERING.pattern}$", re.IGNORECASE)

# The acts that make a gathering their target: a crowd's, and an armed attacker's ("a bomb
# exploded at an election rally", "a suicide bomber struck a campaign rally": the rally is where
# the victims were, no demonstration of its own; forty-fourth round).
_ATTACKS = frozenset({"mob_violence", "explosive_attack", "suicide_bombing", "attack_on_civilians"})

# A fight is two-sided: its crowd is at the rally, not against it.
_TWO_SIDED = re.compile(r"clash|fought|fight|brawl|scuffl|exchang|skirmish", re.IGNORECASE)


def attacked_gathering(doc: Document, protest: EventDraft, draft: EventDraft) -> bool:
    """Whether ``draft`` is a crowd's mob violence or an armed attack told before ``protest``, a
    rally or meeting told in the same sentence only, with no grievance of the crowd in it."""
    if draft.event_type not in _ATTACKS or protest.event_type != "protest":
        return False
    if protest.sentences != [draft.sentences[0]]:
        return False
    if draft.trigger.span.start >= protest.trigger.span.start:
        return False
    word = doc.text[protest.trigger.span.start : protest.trigger.span.end]
    if _GATHERING_WORD.match(word) is None:
        return False
    if _TWO_SIDED.search(doc.text[draft.trigger.span.start : draft.trigger.span.end]):
        return False  # "rival supporters clashed at a rally": a fight at their own rally
    # a protest rally or procession attacked is the demonstrators' intervention, not a mob's
    # brawl: "ruling party men attacked a procession demanding the release of detainees"
    return THEIR_PROTEST.search(doc.sentences[draft.sentences[0]].text) is None
