"""The means of an act a generic word tells: aircraft make it an air or drone strike.

ACLED's codebook types remote violence by its means: an air or drone strike is any attack made
from the air, by planes, helicopters or drones, whatever it hit and whatever verb tells it. A
generic violence word ("killed", "raided", "attack", "destroyed") takes its type from its
agent and its target (:mod:`..refinement`); when the words name aircraft as what did it, the
means decides before the sides:

- aircraft as the doer in the clause before the word ("jets raided the village", "a helicopter
  shot at two hamlets", "the jets carried out two raids on a market, killing four"): the
  participle clause after a comma shares its main clause's doer;
- aircraft in a phrase of agent or cause after the word ("were killed by the air force", "died
  in an air raid", "killed in a blast set off by a drone"), not past a fight word ("killed
  in clashes with troops and bombings by jets" is a battle with air support, ACLED's armed
  clash, and so is fighting off an assault "with the help of" aircraft, or a ground assault,
  offensive or ambush that aircraft were "used in");
- the trigger as the second of two weapons joined to "air" ("air and artillery attacks", "air
  and missile strikes"): ACLED names such a joint barrage by its aircraft;
- a munition only aircraft drop, right before the word ("a barrel bomb attack").

Only where the sentence has no strike word of its own ("air strikes", "an air raid", "warplanes",
"gunships", "a bombardment"): that word is the sentence's air strike event already, and the
generic word its toll, which merging folds into it ("killed in the latest air strike").
Aircraft as the target or the place are none: "fired at a drone", "shot down a helicopter", "an
attack on the air base", "anti-aircraft guns"; nor aircraft supporting a ground force ("army
units backed by the air force killed 40 fighters": troops fought, with air cover).
"""

from __future__ import annotations

import re

from .....ontology import EventTypeName
from .....text.numbers import counting
from .....vocabulary import FIGHT_STEMS, REPORTING_VERBS
from ...sides.agents import clause_before
from ...sides.air_support import AIR_SUPPORT_BEFORE
from ...sides.aircraft import AIRCRAFT as _AIRCRAFT

# Aircraft as the doer in the clause before the trigger; not as the target or a place ("fired
# at a drone", "an attack on the air base", "anti-aircraft", "a jet fuel depot").
_DOER_BEFORE = re.compile(
    rf"(?<![\w-])(?<!anti-)(?<!anti )(?<!counter-){_AIRCRAFT}\b"
    r"(?!\s*(?:base|bases|port|ports|field|defen[cs]es?|fuel|ski|engines?|crash\w*|pilot\w*|"
    r"officers?|academy|college|hangars?|maker|factory|wreckage)\b)",
    re.IGNORECASE,
)
# How far back the clause before a trigger is read for aircraft as its doer (characters).
_DOER_REACH = 240
# Aircraft told before another speaker's words are not the doer of the act those words tell:
# "witnesses who saw government helicopters circling said armed men stormed the camp, killing
# 30", "a drone operator said militants ambushed a convoy killing nine" (review57); not "jets
# struck the town, activists said, killing 12" (a comma after the verb: an aside).
_SPEAKER_BETWEEN = re.compile(rf"\b(?:{REPORTING_VERBS})\s+(?!,)[\w'’]", re.IGNORECASE)
# Aircraft as the subject of the trigger in the passive are what it hit: "two jets were shot
# down", "a plane was hit".
_PASSIVE_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:was|were|has been|have been|had been|being)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_TARGET_BEFORE = re.compile(
    r"\b(?:at|on|against|down|downed|intercepted|intercepting|of|toward|towards|targeting|"
    r"targeted|hit|struck|after|following|amid|since|before|despite|ahead of|"
    r"(?:supported|backed|covered|assisted|aided|helped|escorted) by|with|support of|help of|"
    r"cover of)\s+"
    r"(?:(?:an?|the|two|three|several|\w+['’]s?)\s+){0,3}$",
    re.IGNORECASE,
)
# Aircraft in a phrase of agent or cause after the trigger, in its clause: "killed by the air
# force", "died in an air raid", "hurt in a blast that a drone caused".
# So in an apposition ("the raids, carried out by government jets, killed 20") and as the
# subject of a clause of time right after it ("nine were killed when jets bombed the town").
_AGENT_AFTER = re.compile(
    r"^(?:(?:[^,;:.()]{0,60}?\s|,\s+(?:(?:which|that) (?:were|was) )?"
    r"(?:carried out|launched|conducted|flown|made)\s+)?(?:by|in|during|due to|from|using)\s+"
    rf"(?:[\w'’-]+\s+){{0,6}}?|\s*when\s+(?:[\w'’-]+\s+){{0,2}}?){_AIRCRAFT}\b"
    # not aircraft that fell ("killed when their helicopter crashed / was shot down")
    r"(?!\s+(?:\w+\s+)?(?:crash\w*|went down|came down|(?:was|were) shot|disappeared))",
    re.IGNORECASE,
)
# Aircraft that carried the ones attacked are their transport, not the means of the attack:
# "militants attacked forces who were airdropped by helicopters", "troops flown in by
# helicopter" (clash60).
_CARRIED_BY = re.compile(
    r"\b(?:air-?dropped|air-?lifted|flown\s+in|ferried|transported|carried|evacuated|landed|"
    r"inserted|brought\s+in)\s+by\b",
    re.IGNORECASE,
)
# A munition fired from aircraft: "a missile from a US drone killed four", "rockets fired by
# helicopters hit the market".
_FIRED_FROM = re.compile(
    r"^\s*(?:(?:fired|launched|dropped|shot)\s+)?(?:from|by)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"{_AIRCRAFT}\b",
    re.IGNORECASE,
)
# Aircraft as the means right after "with": "militants attacked the base with drones", "struck
# the convoy with two armed drones" (lexicon49); not the help or cover of aircraft ("with the
# support of warplanes" is a ground fight with air support).
_WITH_AIRCRAFT = re.compile(
    rf"^(?:[^,;:.()]{{0,60}}?\s)?with\s+(?:(?:an?|the|{counting(2, 4)}|several|dozens of|\d+|"
    rf"armed|explosive-laden|kamikaze|suicide|attack)\s+){{0,2}}{_AIRCRAFT}\b",
    re.IGNORECASE,
)
# "air and artillery attacks", "air and missile strikes": the trigger is the second weapon.
# (Not a list the air heads, "its aerial, artillery and missile bombardment": tried in type52,
# it made shelling told beside an air strike the strike's and cost the holdout four events.)
_AIR_AND = re.compile(r"\bair\s+and\s+$", re.IGNORECASE)
# A munition only aircraft drop, right before the trigger: "a barrel bomb attack".
_DROPPED = re.compile(r"\bbarrel[- ]?$", re.IGNORECASE)
# Two-sided fighting with aircraft among the arms stays a battle (ACLED: air support in a
# ground battle is part of the armed clash).
_TWO_SIDED = re.compile(
    rf"{FIGHT_STEMS}|exchange|encounter|shoot-?out|gun-?fight|fire-?fight|"
    r"repel|repuls|fending|fought off|beat off|"
    # ground acts that aircraft support: "a helicopter was used in some of the assaults"
    r"assault|offensive|operation|ambush|storm|advance|incursion|push",
    re.IGNORECASE,
)

# A sentence that tells the strike by its own word ("warplanes carried out three air strikes on
# two cars, killing five") has its air strike event already: the generic word is that strike's
# toll, which merging folds into it, and keeps its type.
_STRIKE_TOLD = re.compile(
    r"\b(?:air ?strikes?|air ?raids?|drone strikes?|aerial \w+|bombardments?|war-?planes?|"
    r"war planes?|fighter jets?|gunships?)\b",
    re.IGNORECASE,
)
# Generic words typed by their sides, which the means decides first.
_GENERIC: frozenset[EventTypeName] = frozenset(
    {"attack_on_civilians", "armed_clash", "property_destroyed", "mob_violence"}
)
# Weapons words that aircraft may also carry: only the joined "air and" form or a dropped
# munition right before them.
_WEAPONS: frozenset[EventTypeName] = frozenset({"shelling", "explosive_attack"})


def _doer_before(sentence: str, start: int) -> bool:
    # The doer may stand far before its participle, past a long object and place ("Russian
    # jets in violation of a truce hit an outpost in X province near the border with Turkey,
    # killing one fighter", "the sorties resulted in killing 17 terrorists in X ... and
    # killing more than 50 in Y"): the clause back to its start, not its last 90 characters.
    before = clause_before(sentence, start, _DOER_REACH)
    if "," in before:
        # a participle clause after a comma shares its main clause's doer ("..., killing four");
        # any other clause after a comma is read on its own.
        tail = before.rsplit(",", 1)[1]
        if not re.match(r"\s*[a-z]+ing\b", tail + sentence[start:]):
            before = tail
    return any(
        not _TARGET_BEFORE.search(before[: m.start()])
        and not _PASSIVE_AFTER.match(before, m.end())
        and not _SPEAKER_BETWEEN.search(before, m.end())
        # a ground force's support is no doer: "units backed by the air force ..., inflicting
        # heavy losses upon them" (clash58)
        and not AIR_SUPPORT_BEFORE.search(before, 0, m.start())
        for m in _DOER_BEFORE.finditer(before)
    )


def by_aircraft(event_type: EventTypeName, sentence: str, start: int, end: int) -> bool:
    """Whether the words tell aircraft as the means of the act at ``sentence[start:end]``."""
    trigger = sentence[start:end]
    if event_type == "shelling" and trigger.casefold() == "targeted":
        # a position "targeted" by aircraft, or in a sentence telling the air strike ("fighter
        # jets targeted hideouts", "airstrikes by the air force targeted gathering centers")
        return _doer_before(sentence, start) or _STRIKE_TOLD.search(sentence) is not None
    if event_type in _WEAPONS:
        before = sentence[max(0, start - 12) : start]
        return bool(
            _AIR_AND.search(before) or _DROPPED.search(before) or _FIRED_FROM.match(sentence[end:])
        )
    if event_type not in _GENERIC or _TWO_SIDED.search(trigger) or _STRIKE_TOLD.search(sentence):
        return False
    after = re.split(r"[;.]", sentence[end:])[0][:120]
    if _doer_before(sentence, start):
        return True
    # not past a fight told between ("killed in clashes with troops and bombings by jets": the
    # dead of a battle with air support, which stays a battle)
    if _WITH_AIRCRAFT.match(after):
        return True
    agent_after = _AGENT_AFTER.match(after)
    return (
        agent_after is not None
        and not _TWO_SIDED.search(agent_after.group())
        and not _CARRIED_BY.search(agent_after.group())
    )
