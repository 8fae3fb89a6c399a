"""Gates on crowd wordings: a protest needs its aim or a gathering in person ("poured into the
streets against the levy", not "to celebrate the victory"; a demand for unpaid wages made
outside the depot, not by letter), barricades and burning tyres a crowd or a grievance, a
disruption a crowd as its agent, a stun grenade no crowd-control means beside it.
"""

from __future__ import annotations

import re

from .....text.numbers import MANY
from .....vocabulary import FIGHT_STEMS
from ...sides.agents import clause_before
from ...sides.parties import PROTESTERS, PROTESTERS_OR_CROWD, kind_of

# The words of a grievance, shared by the two aims below.
_GRIEVANCE_WORDS = (
    r"in protest|protest\w*|demonstrat\w+|demand\w*|denounc\w*|condemn\w*|"
    r"(?:to|and) (?:reject|oppose|voice|express|decry)|(?:call|ask|press)(?:s|ed|ing)? for|"
    r"justice for|unpaid|grievances?|discontent|anger|angry|outrage\w*"
)


# Streets filled, slogans chanted, a march joined or Labour Day marked are a protest only when
# the sentence says what for: "to celebrate the victory" or "with a picnic" is none. What the
# crowd urges, seeks or accuses someone of is what for (forty-second round): "blocked traffic,
# urging the government to provide support prices", "sat on the street blocking traffic,
# seeking regularisation of their jobs", "Accusing the government of a betrayal, ex-servicemen
# blocked the highway".
_PROTEST_AIM = re.compile(
    rf"\b(?:{_GRIEVANCE_WORDS}|against|anti-[\w-]+|in solidarity with|arrears|"
    r"urging|seeking|accusing|alleging|to (?:ask|urge|petition|call on)|"
    r"(?:higher|better|more) (?:wages?|pay|salar(?:y|ies)|pensions?))\b",
    re.IGNORECASE,
)


# Barricades and burning tyres are a violent demonstration only when a crowd sets them or the
# sentence gives a grievance ("engineers built barricades against the flood" gives none).
# ("against" is no grievance here: barricades are built against floods.)
_RIOT_AIM = re.compile(rf"\b(?:{_GRIEVANCE_WORDS})\b", re.IGNORECASE)
# A death, an arrest or a shooting answered by people in the street is a grievance too (issue
# 11, thirtieth round): "motorbike taxi drivers blocked the road and burned tyres after one of
# them was killed by a police officer", "traders barricaded the market road following the
# arrest of their chairman", as African dailies tell the roadblocks that follow a death. Only
# with civilians or a crowd doing it: "engineers built barricades after the death of a worker".
_ANSWERED_DEATH = re.compile(
    r"\b(?:(?:after|following|over)\s+(?:the\s+)?(?:deaths?|killings?|murder|shooting|arrest|"
    r"detention|abduction)\s+of|"
    r"after\s+(?:one of them|a colleague|their colleague|a fellow [\w-]+)\s+(?:was|had been)\s+"
    r"(?:killed|shot|run over|knocked down|arrested|beaten))\b",
    re.IGNORECASE,
)


# A demand for unpaid wages is a protest when it is made in person, not in a letter.
_GATHERING = re.compile(
    r"\b(?:gathered|assembled|massed|converged|camped|outside|in front of|at the gates?|"
    r"sit-?ins?|strike|marched|blocked|occupied|picket\w*|protest\w*|demonstrat\w+)\b",
    re.IGNORECASE,
)


def gathering(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "workers outside the depot demanded their unpaid wages", not a demand by letter."""
    return _GATHERING.search(sentence) is not None


# A party's or a leader's followers in the streets are a demonstration whatever they are there
# for, a celebration too, as monitors code rallies of support: "opposition supporters took to
# the streets to celebrate their leader's swearing-in" (types44: Kenya's notes).
_PARTISANS = re.compile(
    r"\b(?:supporters|loyalists|partisans|party (?:members|workers|cadres))\b", re.I
)


def protest_aim(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "poured into the streets against the levy", "supporters took to the streets to
    celebrate", not "residents took to the streets to celebrate the victory"."""
    return (
        _PROTEST_AIM.search(sentence) is not None or _PARTISANS.search(sentence[:start]) is not None
    )


# A demonstration as the subject: "rowdy rallies which descended into violence", "the march
# turned violent".
_DEMONSTRATION_BEFORE = re.compile(
    r"\b(?:rall(?:y|ies)|protests?|demonstrations?|march(?:es)?|processions?|sit-ins?)\b"
    r"(?:\s+(?:which|that|then|soon|quickly|later|had|has|have))*\s*$",
    re.IGNORECASE,
)


# The crowd named as the other side of the fight the trigger tells: "a running battle between
# police and residents" (the residents riot, whoever the sentence names first).
_OTHER_SIDE = re.compile(r"\s*and\s+(?P<side>[^,;:.()]{1,60})")


def _crowd_side(sentence: str, start: int, end: int) -> bool:
    """Whether the trigger's "between" phrase names a crowd or demonstrators as its other side."""
    if not re.search(r"\bbetween\b", sentence[start:end], re.IGNORECASE):
        return False
    side = _OTHER_SIDE.match(sentence, end)
    return side is not None and kind_of(side.group("side"), last=False) in {"crowd", "protesters"}


def riot_crowd_or_aim(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "youths barricaded the road", "... to demand water", or "They also burned tyres" (or
    "Tyres were burned") after a sentence about protesters; not "engineers built barricades
    against the flood"."""
    clause = clause_before(sentence, start)
    doer = kind_of(clause, last=True)
    if (
        doer in {"crowd", "protesters"}
        or _RIOT_AIM.search(sentence)
        or (doer == "civilian" and _ANSWERED_DEATH.search(sentence))
        or _DEMONSTRATION_BEFORE.search(clause)
        or _crowd_side(sentence, start, end)
    ):
        return True
    # "they" or a passive opening its clause ("Tyres were burned as roadblocks") after a sentence
    # about protesters or a grievance
    told_before = re.search(r"\bthey\b", clause, re.I) is not None or not clause.strip()
    return told_before and bool(PROTESTERS.search(previous) or _RIOT_AIM.search(previous))


def blockade_aim(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "Farmers continued to block traffic over the anti-farmer policies", "residents disrupted
    traffic on the highway against the eviction notices": traffic or a road stopped with a
    grievance told, by anyone but a force ("police blocked the road against the marchers" is
    the force's, "fallen trees blocked roads" no demonstration)."""
    return protest_aim(sentence, start, end, previous) and (
        kind_of(clause_before(sentence, start), last=True) != "armed"
    )


def crowd_disrupts(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "rowdy youths disrupted the rally", "the meeting was disrupted by supporters"; not "police
    disrupted the rally" (the force's intervention) nor "heavy rain disrupted the ceremony"."""
    if sentence[start:end].lower().endswith(" by"):
        return kind_of(sentence[end:], last=False) in {"crowd", "protesters"}
    return kind_of(clause_before(sentence, start), last=True) in {"crowd", "protesters"}


# Another means of dispersing a crowd named beside a sound or stun grenade: "police used tear
# gas and sound grenades to disperse the marchers" (the tear gas tells the dispersal). Fired at
# protesters alone, the grenades are the act ("police fired stun grenades at protesters").
_CROWD_CONTROL = re.compile(
    r"\b(?:tear[- ]?gas\w*|water[- ]?cannons?|rubber bullets|batons?|baton[- ]charg\w*)\b",
    re.IGNORECASE,
)


def not_crowd_control(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "soldiers threw stun grenades into a house", not "police used tear gas and sound grenades
    to disperse the crowd"."""
    return _CROWD_CONTROL.search(sentence) is None


# A church's vigil is no protest: "the faithful attended the Easter vigil", "a vigil Mass", the
# priest baptizing adults during the vigil (twenty-sixth round, spur46); "a candlelight vigil
# for the victims" is one.
_SERVICE_BEFORE = re.compile(
    r"\b(?:Easter|Paschal|Christmas|Pentecost(?:al)?|Holy Saturday|all-night prayer)\s+$",
    re.IGNORECASE,
)
# (Easter as the feast, not the name of an attack: "a vigil for the victims of the Easter
# bombings" is a protest; review46b.)
_RITE = re.compile(
    r"\b(?:Paschal|Easter(?!\s+(?:Sunday\s+|Day\s+)?(?:attacks?|bombings?|blasts?|massacre|"
    r"explosions?|killings?))|baptiz\w*|baptis\w*|liturgy|Catholics|(?-i:Mass))\b",
    re.IGNORECASE,
)
_SERVICE_AFTER = re.compile(r"^\s+(?:Mass|services?|liturgy|of (?:Easter|prayer))\b", re.IGNORECASE)


# "demonstrated" as "showed": "her commitment was demonstrated by years of work",
# "demonstrated that the plan works", "demonstrated its strength"; the crowd's verb has no
# object ("workers demonstrated outside the ministry", "demonstrated against the levy").
_SHOWN_AFTER = re.compile(
    r"^\s+(?:that|how|what|why|whether|its|his|her|their|our|your|the|a|an|this|these|those|"
    r"itself|themselves|himself|herself|remarkable|great|strong|clear|clearly|again|"
    r"once again|both|some|no|such|real)\b",
    re.IGNORECASE,
)
_SHOWN_BEFORE = re.compile(r"\b(?:was|were|been|be|is|are|being)\s+(?:\w+\s+)?$", re.IGNORECASE)
_MANY = re.compile(rf"\b(?:{'|'.join(MANY)}|thousands|tens) of\b", re.IGNORECASE)


def _crowd_demonstrates(clause: str) -> bool:
    """ "hundreds of pensioners demonstrated the town hall": a crowd is the subject."""
    return kind_of(clause, last=True) in ("crowd", "protesters") or _MANY.search(clause) is not None


def crowd_gathered(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "hundreds of teachers gathered in Karnal demanding regular jobs", "villagers converged
    on the assembly to ask for help": a crowd or a counted many gathered with what for told
    (forty-second round); not "hundreds gathered for the wedding" (no demand), nor "thousands of
    troops massed on the border against an incursion" (a force)."""
    clause = clause_before(sentence, start)
    return (
        protest_aim(sentence, start, end, previous)
        and kind_of(clause, last=True) != "armed"
        and _crowd_demonstrates(clause)
    )


def public_protest(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "a candlelight vigil for the victims", "workers demonstrated outside the ministry", not
    "the faithful attended the Easter vigil" nor "it was demonstrated by years of work"."""
    word = sentence[start:end].lower()
    before, after = sentence[:start], sentence[end:]
    if word.startswith("vigil"):
        return not (
            _SERVICE_BEFORE.search(before) or _SERVICE_AFTER.match(after) or _RITE.search(sentence)
        )
    if word == "demonstrated":
        if _SHOWN_BEFORE.search(before):
            return False  # "was demonstrated by years of work"
        return not _SHOWN_AFTER.match(after) or _crowd_demonstrates(clause_before(sentence, start))
    return True


# The forces by the nouns the parties' reader leaves unknown ("security operatives" and
# "security agents" in Nigerian papers, "law enforcers" in Bangladeshi ones).
_FORCE_NOUNS = re.compile(
    r"\b(?:security\s+(?:operatives|agents|men|personnel)|law[\s-]+enforc\w*|riot\s+police|"
    r"anti-riot\s+\w+)\b",
    re.IGNORECASE,
)
# A march held short of its goal, or a demonstration that went on where it was stopped: still
# held, a peaceful protest as monitors code it ("stopped the procession from reaching the
# ministry", "stopped the rally but the protest continued", "which led to a sit-in").
_HELD_SHORT = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?from\s+(?:reaching|marching|proceeding|going|moving|advancing|"
    r"entering|approaching|heading)\b|\b(?:continued|went on|carried on|sit-?in|sat down)\b",
    re.IGNORECASE,
)

_DEMONSTRATING = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|march\w*|rall(?:y|ies|ied)|processions?|sit-?ins?|picket\w*)\b",
    re.IGNORECASE,
)


def force_stops(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "Police in Yatta stopped a demonstration", "officers barred the teachers from holding
    the rally", "the protesters were turned away by police": a demonstration stopped by the
    forces, their intervention (ACLED's codebook: a peaceful protest the authorities try to
    suppress without serious harm); not "the government barred all protests" (a ban, no
    demonstration met), nor a march held short of its goal ("police stopped the procession from
    reaching the ministry")."""
    if _HELD_SHORT.search(sentence[end:]):
        return False
    if re.search(r"\bby\s*$", sentence[start:end], re.IGNORECASE):
        # the stopped told as demonstrators or marching: "a man who had been stopped by farm
        # guards" is no demonstration
        before = clause_before(sentence, start)
        stopped = kind_of(before, last=True)
        demonstrating = stopped == "protesters" or _DEMONSTRATING.search(before) is not None
        return (
            demonstrating
            and stopped in {"crowd", "protesters", "civilian"}
            and _forces(sentence[end:], last=False)
        )
    return _forces(clause_before(sentence, start), last=True)


def _forces(text: str, *, last: bool) -> bool:
    if kind_of(text, last=last) == "armed":
        return True
    # the party right before the verb, or the one right after "by"
    return _FORCE_NOUNS.search(text[-60:] if last else text[:60]) is not None


# What the forces step into when they "intervene" as a dispersal: a demonstration, a crowd or
# a crowd's unrest, told in the sentence or the one before. After an armed gang's attack, a
# killing or a household's violence told with no crowd ("an armed gang attacked a truck
# carrying displaced people, police intervened", "a man died in domestic violence before
# police intervened") the police's answer disperses no demonstration (kenya61). A bare
# "Police intervened." after a demonstration told further back keeps its dispersal.
_UNREST = re.compile(
    rf"\b(?:riot\w*|(?:{FIGHT_STEMS})\w*|brawl\w*|scuffl\w*|confront\w*|ston(?:e|es|ed|ing)|"
    r"block(?:ed|ing|s)?|barricad\w*|chao\w*|rowdy|unruly|unrest|commotion|melee|stand-?off|"
    r"strik(?:e|es|ers|ing)|gather\w*|assembl\w*|lynch\w*|dispers\w*)\b",
    re.IGNORECASE,
)
_HARM = re.compile(
    r"\b(?:attack\w*|kill\w*|murder\w*|shot|shoot\w*|stabb\w*|raid\w*|violen\w*|gangs?|"
    r"died|dies|dead|injur\w*|wounded|robb\w*|razed|torched)\b",
    re.IGNORECASE,
)


def crowd_met(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "Students protested over fees; police intervened", "police intervened to stop the
    marchers", not "an armed gang attacked a truck, police intervened"."""
    told = (sentence, previous)
    if any(
        pattern.search(text) is not None
        for text in told
        for pattern in (_DEMONSTRATING, PROTESTERS_OR_CROWD, _UNREST)
    ):
        return True
    return not any(_HARM.search(text) for text in told)
