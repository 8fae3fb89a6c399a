"""A crowd's violence against another's gathering is mob violence, not a demonstration.

ACLED's codebook: a violent demonstration is demonstrators' own violence; mob violence is a
crowd's violence outside a demonstration of its own, against civilians, property or another
group. A crowd that stones a politician's convoy, heckles and stones a campaign rally or breaks
up a party's meeting demonstrates nothing itself: the rally, the meeting and the convoy are its
victims' ("youths threw stones at the senator's convoy", "rowdy youths disrupted the governor's
campaign rally", "police used tear gas to disperse youths stoning the minister's motorcade"), as
Kenyan, Nigerian and South Asian papers tell election campaigns. The crowd told protesting,
chanting slogans or demanding something stays a demonstration turned violent.
"""

from __future__ import annotations

import re

from ..sides.agents import clause_before
from ..sides.parties import kind_of
from .dispersed_rioters import CROWD_VIOLENCE, NOT_THE_CROWD

# A party's or a leader's gathering or progress: the victims', when a crowd's act hits it.
GATHERING = re.compile(
    r"\b(?:rall(?:y|ies)|(?:campaign|political|party|public|consultative|council)\s+meetings?|"
    r"meetings?|campaign(?:s|ing)?(?:\s+(?:trail|tour|team|caravan|vehicles?))?|convoys?|"
    r"motorcades?|caravans?|entourage|processions?|rallyists)\b",
    re.IGNORECASE,
)
# The crowd's own grievance or demonstration told in the sentence: a demonstration turned
# violent, not a mob ("youths chanting anti-governor slogans disrupted the meeting").
THEIR_PROTEST = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|demand\w*|chant\w*|slogans?|placards|in opposition to|"
    r"opposing|agitat\w*|hartals?|blockades?|strikes?|striking)\b",
    re.IGNORECASE,
)
# The act aimed at the gathering: "stones at the convoy of", "pelted the motorcade", "attacked
# the rally", "hurled stones at vehicles of the campaign team".
_AT_THE_GATHERING = re.compile(
    r"\s*(?:(?:at|on|towards?|into)\s+)?(?:[\w'’.-]+\s+){0,5}?" + GATHERING.pattern,
    re.IGNORECASE,
)


def mob_disrupts(sentence: str, start: int) -> bool:
    """Whether a rally a crowd disrupted (:func:`.protest_victims.rally_disrupted_by_crowd`) was
    disrupted by a mob: a crowd (not demonstrators) told with no grievance or slogans of its
    own ("rowdy youths disrupted the governor's rally"; not "youths chanting anti-governor
    slogans disrupted the rally", nor "protesters disrupted the rally")."""
    return (
        THEIR_PROTEST.search(sentence) is None
        and kind_of(clause_before(sentence, start), last=True) == "crowd"
    )


def stones_at_a_gathering(sentence: str) -> bool:
    """Whether the crowd's violence a dispersal's sentence tells (:mod:`.dispersed_rioters`) was
    thrown at a convoy, a rally or a meeting, the crowd told with no grievance: "police used tear
    gas to disperse youths who were throwing stones at the governor's convoy"."""
    if THEIR_PROTEST.search(sentence):
        return False
    for m in CROWD_VIOLENCE.finditer(sentence):
        if NOT_THE_CROWD.search(sentence[max(0, m.start() - 40) : m.start()]):
            continue
        if _AT_THE_GATHERING.match(sentence, m.end()):
            return True
    return False
