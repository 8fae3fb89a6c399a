"""Violence against demonstrators: the demonstration's intervention, not a riot nor an attack.

Conflict monitors code what others do to a demonstration by what happened to the demonstrators
(ACLED's codebook: a peaceful protest that is dispersed or suppressed, or whose demonstrators
rioters or armed groups interact with, is a protest with intervention; peaceful demonstrators
targeted with lethal force or serious injury suffer excessive force). So a one-sided harm
word ("assaulted", "shot", "beat", "were injured") whose victims are the demonstrators, named
as such ("police shot two demonstrators") or placed at the demonstration ("three people were
injured by police when protesting", "assaulted members of a party during their
demonstration"; not "in protest", the attackers' own aim), is the demonstration's
intervention when someone else does it:

- lethal force or gunfire, or wounds by armed or state forces: excessive force (tear gas,
  sound grenades and shots in the air are crowd control);
- anything else (a crowd or a party's members assaulting them): protest with intervention.

A dispersal is crowd control unless its own sentence tells lethal means: "troops dispersed the
marchers with live rounds", "police fired live ammunition to break up the sit-in", "scattered
the crowd, killing two" are excessive force (ACLED: lethal force on peaceful demonstrators);
tear gas, batons, rubber bullets and shots in the air stay a protest with intervention.

Two-sided fighting ("clashed with police during their demonstration") stays with the
demonstrators' riot, and so do armed forces hit ("assaulted policemen during the protest") and
a demonstration the sentence tells as violent (a riot whatever was done to it).
"""

from __future__ import annotations

import re

from .....ontology import EventTypeName
from .....vocabulary import FIGHT_STEMS
from ...sides.agents import clause_before
from ...sides.parties import kind_of

# The harm words of a one-sided act (clashes and fights are two-sided: a riot).
HARMED: frozenset[EventTypeName] = frozenset({"attack_on_civilians", "mob_violence"})
_TWO_SIDED = re.compile(rf"{FIGHT_STEMS}|brawl", re.IGNORECASE)
# The victims placed at a demonstration, after the trigger in its sentence: "during their
# demonstration", "at a rally", "in protests", "when protesting", "who were demonstrating".
_AT_A_DEMONSTRATION = re.compile(
    r"\b(?:(?:during|at|in)\s+(?:(?:a|an|the|their|its|his|her|[\w-]+['’]s?)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:demonstrations?|protests?|rall(?:y|ies)|processions?|"
    r"(?-i:march(?:es)?)|human chains?|sit-ins?)|(?:when|while|as|who\s+were)\s+(?:they\s+were\s+)?"
    r"(?:protesting|demonstrating|marching|holding\s+a\s+(?:protest|demonstration|rally)))\b",
    re.IGNORECASE,
)
# The victims placed at a demonstration by the phrase opening the sentence, the harm told after
# it: "During one protest, two people were shot and injured by police", "At the rally in Kisumu
# police beat three marchers" (the demonstration told in the sentence before).
_OPENS_AT_A_DEMONSTRATION = re.compile(
    # (not "in protest against ...": the doers' own aim)
    r"^\W*(?:(?:during|at)\s+(?:(?:the|a|an|one|their|its|that|this|another)\s+)?|"
    r"in\s+(?:the|a|an|one|their|its|that|this|another)\s+)"
    r"(?:[\w'’-]+\s+){0,2}?(?:demonstrations?|protests?|rall(?:y|ies)|processions?|"
    r"(?-i:march(?:es)?)|sit-ins?)\b[^;:]{0,40},?\s+(?:[\w'’-]+\s+){0,8}$",
    re.IGNORECASE,
)
# "in protest (against ...)" is the aim of those who act, not a demonstration they hit.
_IN_PROTEST = re.compile(r"\bin protest\b", re.IGNORECASE)
# A demonstration told as violent is a riot whatever the forces did to it: "five people were
# shot during violent demonstrations", "police dispersed rioting youths".
_RIOTING = re.compile(
    r"riot|violen|running battles?|clash|ston(?:ed|ing|es)|pelt|torch|rampag|vandali|loot|"
    r"barricad|set (?:\w+ ){0,3}?(?:on fire|ablaze|alight)|burn|br(?:oke|eak\w*) into",
    re.IGNORECASE,
)
# The forces' kit and units named after riots tell no riot: "riot police opened fire on the
# marchers", "officers in riot gear", "anti-riot units" (kenya65).
_RIOT_KIT = re.compile(
    r"\b(?:anti-?)?riot[- ](?:police(?:m[ae]n)?|squads?|units?|gear|control|officers?|"
    r"troops|forces)\b",
    re.IGNORECASE,
)


def _told_violent(sentence: str) -> bool:
    """Whether the sentence tells the demonstration violent, the forces' riot kit left out."""
    return _RIOTING.search(_RIOT_KIT.sub(" ", sentence)) is not None


# Force that kills or maims: monitors' excessive force. The trigger itself ("shot", "killed"),
# or armed or state forces using it in the sentence ("police fired live bullets"); batons,
# tear gas and sound grenades are crowd control ("shot tear gas", "fired into the air").
_LETHAL = re.compile(r"kill|shot|shoot|fire|dead|death|bullet", re.IGNORECASE)
_LETHAL_FORCE = re.compile(
    r"\b(?:kill\w*|shot dead|live (?:rounds|ammunition|bullets)|bullets)\b", re.IGNORECASE
)
_CROWD_CONTROL = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:tear ?gas|sound grenades|rubber bullets|water cannons?|"
    r"(?:in|into) the air|blanks)",
    re.IGNORECASE,
)
# The occasion of an earlier wrong, not the demonstration it hit: "assaulted a businessman for
# participating in a demonstration", "over joining the rally".
_TOOK_PART = re.compile(r"(?:participat\w*|join\w*|attend\w*|taking part|took part)\s+$", re.I)

# Armed or state forces wounding demonstrators: "three people were injured by the police".
_HURT = re.compile(r"injur|wound|hurt", re.IGNORECASE)


def harm_to_demonstrators(
    sentence: str,
    start: int,
    end: int,
    agent: str | None,
    target: str | None,
) -> EventTypeName | None:
    """The demonstration's intervention when the one-sided harm at ``sentence[start:end]``
    hits demonstrators (``target``, or victims placed at a demonstration after the trigger)
    and its ``agent`` is not them; else None."""
    trigger = sentence[start:end]
    if (
        agent == "protesters"
        or target == "armed"
        or _TWO_SIDED.search(trigger)
        or _told_violent(sentence)
    ):
        return None
    if target != "protesters":
        rest = _IN_PROTEST.sub(" ", re.split(r"[;.]", sentence[end:])[0][:200])
        if not _OPENS_AT_A_DEMONSTRATION.match(sentence[:start]) and not any(
            not _TOOK_PART.search(rest[: m.start()]) for m in _AT_A_DEMONSTRATION.finditer(rest)
        ):
            return None
    if (_LETHAL.search(trigger) and not _CROWD_CONTROL.match(sentence[end:])) or (
        agent == "armed" and (_HURT.search(trigger) or _LETHAL_FORCE.search(sentence))
    ):
        return "protest_repressed"
    return "protest_dispersed"


# Lethal means in a dispersal's sentence: live fire by any name, fire opened (not into the air),
# or the dispersal told killing. Shots "in the air" and rubber bullets are crowd control.
_LETHAL_MEANS = re.compile(
    r"\b(?:live (?:ammunition|rounds|bullets|fire)|opened (?:live |heavy )?fire(?! (?:in|into) "
    r"the air)|shot dead|(?:killing|killed|leaving \w+ dead|left \w+ dead))\b",
    re.IGNORECASE,
)


def lethal_dispersal(sentence: str, start: int, end: int) -> bool:
    """Whether the dispersal at ``sentence[start:end]`` is told with lethal means or deaths in
    its clause (excessive force), the demonstration not told as violent (a riot whatever force
    met it)."""
    if _told_violent(sentence):
        return False
    # the dispersal's own clause and the words right after it, not the grievance further on
    # ("dispersed the crowd protesting over 28 people killed in an attack")
    near = clause_before(sentence, start) + re.split(r"[;.]", sentence[start : end + 80])[0]
    return _LETHAL_MEANS.search(near) is not None


# A rally disrupted by a crowd (youths, a rival's supporters) is that crowd's violent act, not
# the rally stopped by the forces: "NARC supporters disrupted a Jubilee rally" (ACLED codes the
# crowd's riot; "police disrupted the rally" stays a protest with intervention).
_RALLY_DISRUPTED = re.compile(r"disrupt\w*\s.*\brall(?:y|ies)$", re.IGNORECASE)


def rally_disrupted_by_crowd(sentence: str, start: int, end: int) -> bool:
    """Whether the demonstration stopped at ``sentence[start:end]`` is a rally a crowd or
    demonstrators disrupted ("rowdy youths disrupted the governor's rally")."""
    return _RALLY_DISRUPTED.match(sentence[start:end]) is not None and kind_of(
        clause_before(sentence, start), last=True
    ) in {"crowd", "protesters"}
