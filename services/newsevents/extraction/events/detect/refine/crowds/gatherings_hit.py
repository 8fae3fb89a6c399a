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

from ...sides.agents import clause_before
from ...sides.parties import kind_of
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


# The forces, however the copy names them ("security agents" in Nigerian papers, "security
# men" in Bangladeshi ones, "law enforcers"): a crowd fighting them riots, whoever it is.
_FORCES = re.compile(
    r"\b(?:police\w*|officers?|security\s+(?:forces|personnel|officers|agents?|agencies|men|"
    r"operatives|services)|law[\s-]+enforc\w*|troops|soldiers|GSU|army|military|paramilitar\w*|"
    r"gendarm\w*|RAB|BGB|BSF|CRPF|jawans)\b",
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
    gas to disperse youths who were throwing stones at the governor's convoy"; not at the forces'
    own convoy ("stones at a police convoy": the crowd fights the forces, a riot)."""
    if THEIR_PROTEST.search(sentence):
        return False
    for m in CROWD_VIOLENCE.finditer(sentence):
        if NOT_THE_CROWD.search(sentence[max(0, m.start() - 40) : m.start()]):
            continue
        at = _AT_THE_GATHERING.match(sentence, m.end())
        if at and _FORCES.search(at.group()) is None:
            return True
    return False


# "Rioters" as the name of the crowd, its act hitting people right after it in its clause:
# "rioters attacked and injured two farm guards", "rioting youths stoned the senator's convoy".
_RIOTERS_HIT = re.compile(
    r"\b(?:rioters|(?:rioting|riotous)\s+(?:youths?|crowds?|mobs?|residents|supporters|"
    r"students|villagers|traders|men))\s+(?:(?:then|also|on\s+\w+day|in\s+[\w'’-]+)\s+){0,2}"
    r"(?P<act>(?:attack|assault|beat|injur|stab|hack|whipp?|lynch|harass|manhandl|ston|pelt|"
    r"threw|throw|hurl)\w*(?:\s+up)?)(?:\s+and\s+(?:\w+\s+){0,2}?(?:injur|wound|beat|kill)\w*)?"
    r"(?P<hit>[^;:.]{0,60})",
    re.IGNORECASE,
)
# Who the crowd fights when it is a demonstration's riot: the forces (monitors code rioters
# against police as a violent demonstration) or property ("rioters attacked a bus").
_PROPERTY = (
    r"stations?|bus(?:es)?|vehicles?|cars?|matatus?|shops?|offices?|buildings?|property|"
    r"market|stalls?|kiosks?|premises|homes?|houses?"
)
_FORCES_OR_PROPERTY = re.compile(rf"\b(?:{_FORCES.pattern}|{_PROPERTY})\b", re.IGNORECASE)
# ("members" of the forces are the forces: "rioters attacked members of the security forces")
_PEOPLE = re.compile(
    r"\b(?:guards?|warders?|journalists?|reporters?|voters?|clerks?|officials?|officer in charge|"
    r"candidates?|aspirants?|supporters|members(?!\s+of\s+(?:the\s+)?(?:security|police|army|"
    r"armed|military|GSU|forces))|workers|teachers?|residents|villagers|"
    r"passengers|motorists|traders|pedestrians|worshippers|agents?|leaders?|MPs?|MCAs?|"
    r"senators?|governors?|chiefs?|people|m[ae]n|wom[ae]n|convoy|motorcade|caravan|"
    r"entourage|rall(?:y|ies)|meetings?)\b",
    re.IGNORECASE,
)


def rioters_hit_people(sentence: str, start: int, end: int) -> bool:
    """Whether the trigger at ``sentence[start:end]`` is "rioters" (or "rioting youths") or
    their act, and the act hits people other than the forces with no demonstration told: a
    mob's violence ("rioters attacked and injured journalists"), not "rioters clashed with
    police" nor "rioters stoned the police station" (a demonstration's riot)."""
    if "riot" not in sentence.lower() or THEIR_PROTEST.search(sentence):
        return False  # (the cheap test first: most sentences name no rioters)
    for m in _RIOTERS_HIT.finditer(sentence):
        if not (m.start() <= start and end <= m.end("act")):
            continue
        hit = m.group("hit")
        person = _PEOPLE.search(hit)
        forces = _FORCES_OR_PROPERTY.search(hit)
        if person is not None and (forces is None or person.start() < forces.start()):
            return True
    return False
