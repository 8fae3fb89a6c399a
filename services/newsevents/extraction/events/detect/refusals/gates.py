"""Context gates: wordings that report an event only with the right agent, object or aim.

"Police hit two women" is an attack, "the storm hit two men" none; "residents stoned two
policemen" is mob violence, "stoned on drugs" none. A line of ``data/triggers.tsv`` names its
gate from ``GATES`` beside its wording. Without its context a gated wording's span is still
taken (no later rule may claim it) but yields no trigger.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType

from ..sides.agents import PASSIVE, clause_before
from ..sides.parties import PROTESTERS, kind_of, nearest_party

_HUMAN_AGENTS = frozenset({"crowd", "armed", "protesters"})
_ASSAILANTS = re.compile(
    r"\b(?:assailants|attackers|thugs|robbers|vigilantes|kidnappers|hitm[ae]n|gunm[ae]n)\b",
    re.IGNORECASE,
)
_THINGS = re.compile(r"^(?:homes?|houses?|village|market)$", re.IGNORECASE)
# A body found bound or wrapped is a killing; a parcel or a sleeper found wrapped is not.
_DEATH = re.compile(
    r"\b(?:bod(?:y|ies)|corpses?|remains|dead|lifeless|decompos\w+|died|death|killed|murdered|slain)\b",
    re.IGNORECASE,
)
# The words of a grievance, shared by the two aims below.
_GRIEVANCE_WORDS = (
    r"in protest|protest\w*|demonstrat\w+|demand\w*|denounc\w*|condemn\w*|"
    r"(?:to|and) (?:reject|oppose|voice|express|decry)|(?:call|ask|press)(?:s|ed|ing)? for|"
    r"justice for|unpaid|grievances?|discontent|anger|angry|outrage\w*"
)
# Streets filled, slogans chanted, a march joined or Labour Day marked are a protest only when
# the sentence says what for: "to celebrate the victory" or "with a picnic" is none.
_PROTEST_AIM = re.compile(
    rf"\b(?:{_GRIEVANCE_WORDS}|against|anti-[\w-]+|in solidarity with|arrears|"
    r"(?:higher|better|more) (?:wages?|pay|salar(?:y|ies)|pensions?))\b",
    re.IGNORECASE,
)
# Barricades and burning tyres are a violent demonstration only when a crowd sets them or the
# sentence gives a grievance ("engineers built barricades against the flood" gives none).
# ("against" is no grievance here: barricades are built against floods.)
_RIOT_AIM = re.compile(rf"\b(?:{_GRIEVANCE_WORDS})\b", re.IGNORECASE)
# A demand for unpaid wages is a protest when it is made in person, not in a letter.
_GATHERING = re.compile(
    r"\b(?:gathered|assembled|massed|converged|camped|outside|in front of|at the gates?|"
    r"sit-?ins?|strike|marched|blocked|occupied|picket\w*|protest\w*|demonstrat\w+)\b",
    re.IGNORECASE,
)


# Sides a headline's fight verb takes besides crowds and armed men: clans, tribes, communities
# and sects ("Degodia and Garre clans battle in Wajir", "Mungiki sect members battle police").
_FIGHTING_SIDES = re.compile(
    r"\b(?:(?:sub-?)?clans|tribes|communities|sects?(?: members)?)\s*$", re.IGNORECASE
)


def _human_agent(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "police hit two women", not "the storm hit two men"."""
    clause = clause_before(sentence, start)
    return (
        kind_of(clause, last=True) in _HUMAN_AGENTS
        or _ASSAILANTS.search(clause) is not None
        or _FIGHTING_SIDES.search(clause) is not None
    )


def _person_object(sentence: str, end: int) -> bool:
    """Whether the words right after ``end`` name a person, a crowd or the forces."""
    words = " ".join(sentence[end:].split()[:4])
    nearest = nearest_party(words, last=False)
    return nearest is not None and not (
        nearest[0] == "civilian" and _THINGS.match(nearest[1].group())
    )


def _person_stoned(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "residents stoned two policemen", "stoned by a mob", not "stoned on drugs"."""
    if re.match(r"\s+(?:\w+\s+)?by\b", sentence[end:]):
        return True
    return not PASSIVE.search(sentence[:start]) and _person_object(sentence, end)


def _death_named(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "a body was found wrapped in a sack", not "a parcel was found wrapped"."""
    return _DEATH.search(sentence) is not None


# "the wounded from the blast arrived at a clinic": the hurt and the dead arrive, no force;
# "30 wounded, some of whom were evacuated": the hurt are moved, no one displaced.
_THE_HURT = re.compile(
    r"\b(?:bod(?:y|ies)|victims?|wounded|injured|casualties|patients|dead|corpses?|remains)\b"
    r"(?:,?\s+[\w-]+){0,6}\s*$",
    re.IGNORECASE,
)


def _not_the_hurt(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "reinforcements arrived in Idlib", not "the bodies of six victims arrived at a clinic"."""
    return _THE_HURT.search(sentence[:start]) is None


def _gathering(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "workers outside the depot demanded their unpaid wages", not a demand by letter."""
    return _GATHERING.search(sentence) is not None


def _protest_aim(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "poured into the streets against the levy", not "to celebrate the victory"."""
    return _PROTEST_AIM.search(sentence) is not None


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


def _riot_crowd_or_aim(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "youths barricaded the road", "... to demand water", or "They also burned tyres" (or
    "Tyres were burned") after a sentence about protesters; not "engineers built barricades
    against the flood"."""
    clause = clause_before(sentence, start)
    if (
        kind_of(clause, last=True) in {"crowd", "protesters"}
        or _RIOT_AIM.search(sentence)
        or _DEMONSTRATION_BEFORE.search(clause)
        or _crowd_side(sentence, start, end)
    ):
        return True
    # "they" or a passive opening its clause ("Tyres were burned as roadblocks") after a sentence
    # about protesters or a grievance
    told_before = re.search(r"\bthey\b", clause, re.I) is not None or not clause.strip()
    return told_before and bool(PROTESTERS.search(previous) or _RIOT_AIM.search(previous))


def _crowd_disrupts(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "rowdy youths disrupted the rally", "the meeting was disrupted by supporters"; not "police
    disrupted the rally" (the force's intervention) nor "heavy rain disrupted the ceremony"."""
    if sentence[start:end].lower().endswith(" by"):
        return kind_of(sentence[end:], last=False) in {"crowd", "protesters"}
    return kind_of(clause_before(sentence, start), last=True) in {"crowd", "protesters"}


# People led away after their arrest, or by the police: "police arrested three men and took
# them away", "officers led the suspects away" (an arrest told on; the abduction is the captors'
# act: "gunmen took five passengers into the bush").
_ARREST_BEFORE = re.compile(
    r"\b(?:arrest\w*|detain\w*|apprehend\w*|nabb(?:ed|ing)|custody|rounded up)\b", re.IGNORECASE
)
_POLICE = re.compile(
    r"\b(?:police(?:m[ae]n)?|officers|security forces|gendarmes?|gendarmerie|"
    r"cops|detectives|agents)\b",
    re.IGNORECASE,
)


def _not_an_arrest(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "gunmen took five passengers into the bush", not "police arrested three men and took
    them away" nor "officers led the men away"."""
    if _ARREST_BEFORE.search(sentence, 0, start):
        return False
    clause = clause_before(sentence, start)
    nearest = nearest_party(clause, last=True)
    if nearest is None:
        return True
    # the party's phrase with the word before its head: "security forces", "riot police"
    phrase = clause[max(0, nearest[1].start() - 10) : nearest[1].end()]
    return _POLICE.search(phrase) is None


# A labour strike is told with its workers, unions or wages ("a French strike over pensions"),
# not a state's strike from the air ("an Israeli strike on the village").
_LABOUR = re.compile(
    r"\b(?:workers|unions?|labou?r|wages?|salar(?:y|ies)|pay|pensions?|employees|staff|"
    r"teachers|doctors|nurses|drivers|general strike|walk-?out)\b",
    re.IGNORECASE,
)


# One of the alternatives a source offers is no strike told as such: "killed either in Israeli
# strikes or in clashes" (the clash it names is the event).
_EITHER = re.compile(r"\beither\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _state_strike(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "an Israeli strike on the village", "US strikes killed ...": a state's strike, not a
    labour strike nor one alternative of a guess."""
    return not _LABOUR.search(sentence) and not _EITHER.search(sentence[:start])


# Weather and the ground move trees and crops too: "strong winds uprooted dozens of trees" is
# no one's act (sixteenth round, review).
_NATURAL_FORCE = re.compile(
    r"\b(?:winds?|gales?|storms?|rains?|rainfall|floods?|floodwaters?|flash floods?|cyclones?|"
    r"hurricanes?|typhoons?|tornado(?:e?s)?|landslides?|mudslides?|earthquakes?|quakes?|"
    r"tremors?|avalanches?|downpours?|hail(?:storms?)?|snowstorms?|blizzards?|weather)\b",
    re.IGNORECASE,
)


def _not_weather(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "settlers uprooted olive trees", not "storms uprooted trees across the region"."""
    return _NATURAL_FORCE.search(clause_before(sentence, start)) is None


# Aircraft and drones bought, sold or delivered are no strike: "Turkey sold attack drones to
# the army", "the air force bought ten warplanes" (review, sixteenth round). A compound names
# the aircraft's maker, not a sale: "Russian-supplied warplanes bombed the town" is a strike.
_TRADED = re.compile(
    r"(?<!-)\b(?:b(?:uy|uys|uying|ought)|s(?:ell|ells|elling|old)|suppl(?:y|ies|ied|ying)|"
    r"deliver(?:s|ed|ing|y|ies)?|acquir(?:e|es|ed|ing)|acquisitions?|purchas(?:e|es|ed|ing)|"
    r"procur\w*|export(?:s|ed|ing)?|import(?:s|ed|ing)?|donat(?:e|es|ed|ing)|"
    r"arms deals?|contracts? (?:for|to))\b",
    re.IGNORECASE,
)


def _not_traded(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "warplanes struck the town", not "the army bought ten warplanes"."""
    return _TRADED.search(clause_before(sentence, start)) is None


# Another means of dispersing a crowd named beside a sound or stun grenade: "police used tear
# gas and sound grenades to disperse the marchers" (the tear gas tells the dispersal). Fired at
# protesters alone, the grenades are the act ("police fired stun grenades at protesters").
_CROWD_CONTROL = re.compile(
    r"\b(?:tear[- ]?gas\w*|water[- ]?cannons?|rubber bullets|batons?|baton[- ]charg\w*)\b",
    re.IGNORECASE,
)


def _not_crowd_control(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "soldiers threw stun grenades into a house", not "police used tear gas and sound grenades
    to disperse the crowd"."""
    return _CROWD_CONTROL.search(sentence) is None


# The acts a sentence tells beside a season's violence, which keep their own types: "two were
# killed by an armed gang in the post-election violence" is the gang's attack.
_ACTS_TOLD = re.compile(
    r"\b(?:kill\w*|murder\w*|attack\w*|clash\w*|battl\w*|fight\w*|fought|raid\w*|shot|"
    r"shoot\w*|gun\w*|hack\w*|stabb?\w*|arrows?|machetes?|bod(?:y|ies)|dead|died|die|deaths?|"
    r"armed|gangs?|rap(?:e|ed|es|ing)|assault\w*|live rounds)\b",
    re.IGNORECASE,
)
# A season told as the past: "survivors of the 2008 election violence", "since the violence",
# "a long history of post-election violence", "the post-election violence of 2007" (review).
_SEASON_PAST = re.compile(
    r"(?:\b(?:\d{4}(?:-\d{2,4})?|survivors of|victims of|since|anniversary of|last|"
    r"history of|memories of|legacy of|scars of|wake of|repeat of|recurrence of|haunted by)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?)$",
    re.IGNORECASE,
)
_SEASON_YEAR_AFTER = re.compile(r"^\s+(?:of|in)\s+\d{4}\b")


def _violence_untold(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "two injured in post-election violence", "4 vehicles burnt in post-election violence";
    not "killed by an armed gang in the post-election violence" (the gang's attack) nor
    "survivors of the 2008 election violence" (the past)."""
    return (
        not _ACTS_TOLD.search(sentence)
        and not _SEASON_PAST.search(sentence[:start])
        and not _SEASON_YEAR_AFTER.match(sentence[end:])
    )


# A drone that crashed by mishap is no strike: "a police surveillance drone crashed into a house
# during a training flight", "the drone lost contact and crashed into a field" (review,
# eighteenth round); "two drones crashed into private homes" is.
_MISHAP = re.compile(
    r"\b(?:(?:training|test|routine|delivery|surveillance|reconnaissance)\s+(?:flights?|drones?|"
    r"missions?)|malfunction\w*|lost\s+(?:contact|control|signal)|technical\s+(?:fault|failure|"
    r"problems?|glitch)|mechanical\s+(?:fault|failure|problems?)|accident(?:al|ally)?|"
    r"no\s+one\s+was\s+(?:hurt|injured|killed))\b",
    re.IGNORECASE,
)


def _not_a_mishap(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "two drones crashed into private homes", not "a surveillance drone crashed into a house
    during a training flight"."""
    return _MISHAP.search(sentence) is None


def _armed_agent(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "army units continued their operations in X", not "the company started operations in
    Kenya": the party acting before the wording is armed (forces, troops, armed men)."""
    return kind_of(clause_before(sentence, start), last=True) == "armed"


# A missile or rocket word that names no firing: what a crowd threw ("bricks, bottles and other
# missiles were thrown at officers", "threw stones and missiles": a riot's), the unit or
# programme a weapon names ("the Hezbollah missile unit", "its rocket programme"), or the guns a
# vehicle carries ("two pickups with anti-aircraft guns" taken as spoils).
_THROWN_BEFORE = re.compile(
    r"\b(?:threw|throw(?:s|ing)?|thrown|hurl(?:ed|s|ing)?|pelt(?:ed|ing)?)\b"
    r"(?:\s+[\w'’,-]+){0,4}\s+$",
    re.IGNORECASE,
)
_THROWN_AFTER = re.compile(
    r"^\s+(?:(?:were|was|being|had been|have been)\s+)?(?:thrown|hurled)\b", re.IGNORECASE
)
_WEAPON_NAMES = re.compile(
    r"^\s+(?:units?|brigades?|battalions?|divisions?|corps|programm?e?s?|arsenals?|stockpiles?|"
    r"factor(?:y|ies)|capabilit(?:y|ies)|technology|experts?|commanders?|chiefs?)\b",
    re.IGNORECASE,
)
_CARRIED_BY = re.compile(
    r"\b(?:pick-?ups?|trucks?|vehicles?|technicals?|cars?)\s+(?:\w+\s+)?"
    r"(?:with|mounted with|fitted with|armed with|carrying)\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)


def _fired_weapon(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "rockets were fired at the town", not "bottles and other missiles were thrown at
    officers", "the Hezbollah missile unit" or "two pickups with anti-aircraft guns"."""
    before, after = sentence[:start], sentence[end:]
    return not (
        _THROWN_BEFORE.search(before)
        or _THROWN_AFTER.match(after)
        or _WEAPON_NAMES.match(after)
        or _CARRIED_BY.search(before)
    )


Gate = Callable[[str, int, int, str], bool]
"""``gate(sentence, start, end, previous)``: whether the wording at ``sentence[start:end]`` has
the context it needs; ``previous`` is the sentence before, where "they" was named."""

# The gates a line of ``data/triggers.tsv`` may name in its gate column.
GATES: Mapping[str, Gate] = MappingProxyType(
    {
        "human_agent": _human_agent,
        "person_stoned": _person_stoned,
        "death_named": _death_named,
        "gathering": _gathering,
        "protest_aim": _protest_aim,
        "riot_crowd_or_aim": _riot_crowd_or_aim,
        "crowd_disrupts": _crowd_disrupts,
        "violence_untold": _violence_untold,
        "not_the_hurt": _not_the_hurt,
        "state_strike": _state_strike,
        "not_an_arrest": _not_an_arrest,
        "not_weather": _not_weather,
        "not_traded": _not_traded,
        "not_crowd_control": _not_crowd_control,
        "not_a_mishap": _not_a_mishap,
        "armed_agent": _armed_agent,
        "fired_weapon": _fired_weapon,
    }
)
