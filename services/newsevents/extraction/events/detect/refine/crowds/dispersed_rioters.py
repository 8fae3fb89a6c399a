"""A dispersal of demonstrators told with their own violence is a violent demonstration.

ACLED's codebook types a demonstration by what the demonstrators did: when they engage in
violence or destruction (stones thrown, a building stormed, a police line broken, roads blocked
with stones, logs or burning tyres, shops looted, vehicles smashed), it is a violent
demonstration whatever the forces did to them; a protest with intervention is a peaceful one
that was dispersed. Reports of crowd control often tell the crowd's violence only inside the
dispersal's own sentence, in a relative or time clause ("police fired tear gas at youths who
tried to storm the tallying centre", "dispersed residents who had blocked the road with
stones", "students stoned vehicles as police intervened"), and that clause fires no event of
its own, so the dispersal was the sentence's only type.

Only the crowd's acts count: a grievance ("protesting the looting of their shops", "over the
burning of a church") or the forces' own means ("police smashed the barricades") make no riot.
"""

from __future__ import annotations

import re

# An effigy as what is burnt ("torched an effigy of the minister", "set the governor's effigy
# ablaze"): the protest's symbol, no one's property (thirty-ninth round, crowds59).
NOT_AN_EFFIGY = r"(?!\s+(?:[\w'’-]+\s+){0,4}?effig(?:y|ies)\b)"
# The demonstrators' violent acts, as verbs of their clause. Stones and missiles thrown,
# entry forced, a police line broken, property looted, burnt or smashed, the crowd armed with
# crude weapons or turning violent; roads barricaded or blocked with material (not a road
# blocked by the crowd's bodies alone, which the codebook leaves peaceful).
CROWD_VIOLENCE = re.compile(
    r"\b(?:"
    r"ston(?:ed|ing)|pelt(?:ed|ing)|(?:threw|throwing|hurl(?:ed|ing)|lobb(?:ed|ing)|pelted)\s+"
    r"(?:\w+\s+){0,2}?(?:stones|rocks|bricks|brickbats|brick-bats|missiles|bottles|projectiles|"
    r"petrol bombs|molotov)|"
    # (not "tried to break up a clash": the forces' own act)
    r"(?:tried|attempt(?:ed|ing)|sought|trying)\s+to\s+(?:storm|force|break(?!\s+up)|forcibly)|"
    r"storm(?:ed|ing)\s+(?:the|a|an|into)|forcibly\s+(?:enter|entered|entering|gain)|"
    r"forced\s+(?:their|its|his)\s+way|"
    r"br(?:oke|eaking|eak)\s+(?:through\s+)?(?:a|the)\s+(?:police\s+)?(?:line|cordon|barricade|gate)|"
    r"loot(?:ed|ing)\s+(?:shops|stalls|businesses|property|goods|the|a|several|some)|"
    rf"(?:smash(?:ed|ing)|vandali[sz](?:ed|ing)|damag(?:ed|ing)|torch(?:ed|ing){NOT_AN_EFFIGY}|"
    rf"set{NOT_AN_EFFIGY}\s+(?:\w+\s+){{0,3}}?(?:ablaze|alight|on\s+fire)|"
    r"burn(?:t|ed|ing)\s+(?:tyres|tires))|"
    r"lit\s+(?:bonfires|fires|tyres|tires)|"
    # a road barricaded (ACLED's codebook: road-blocking using barricades is violent), not
    # "barricaded themselves inside" (a sit-in)
    r"barricad(?:ed|ing)\s+(?:the\s+|a\s+|several\s+|all\s+|main\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:roads?|highways?|superhighway|streets?|junctions?|roundabouts?|bridges?|routes?)\b|"
    r"(?:blocked|blocking|barricaded|barricading)\s+(?:[\w'’-]+\s+){0,6}?(?:with|using)\s+"
    r"(?:\w+\s+){0,2}?(?:stones|rocks|boulders|logs|tyres|tires|bonfires|tree|trees|branches|"
    r"debris)|"
    r"armed\s+with\s+(?:\w+\s+){0,2}?(?:sticks|clubs|machetes|pangas|stones|rocks|arrows|"
    r"crude\s+weapons|rods)|"
    r"(?:became|become|turned|got)\s+[\"“']?(?:violent|rowdy|unruly)"
    r")",
    re.IGNORECASE,
)
# The forces as the doer right before the act ("police smashed", "officers damaged") or the act
# told as a grievance ("protesting the looting", "over the torching of"): no act of the crowd.
# (forces go by many nouns: "security operatives stormed the venue of the rally and dispersed
# the supporters" is the forces' act, as Nigerian and West African papers call their agents)
NOT_THE_CROWD = re.compile(
    r"(?:\b(?:police(?:men)?|officers|troops|soldiers|forces|guards|GSU|operatives|agents|"
    r"personnel|gendarmes|gendarmerie|commandos|army|military)\s+(?:\w+\s+)?$|"
    # (the verb, not the noun: "after the protest broke a police line" is the crowd's act)
    r"\b(?:protest(?:ing|ed)|demonstrat(?:ing|ed)|against|over|condemn(?:ing|ed)?)\s+"
    r"(?:the\s+)?$|\bprotests?\s+the\s+$)",
    re.IGNORECASE,
)


# Between the dispersal and an act told after it, the words that give the act a subject of its
# own: a relative or time clause ("youths who tried to storm", "after they stoned"), or the crowd
# named again. Without them the act is the forces' second verb ("dispersed the sit-in and
# smashed the banners").
_OWN_SUBJECT = re.compile(
    r"\b(?:who|that|which|after|as|when|while|because|since|they|protesters|protestors|"
    r"demonstrators|youths?|students|crowds?|residents|rioters|agitators|supporters|traders|"
    r"workers|riders)\b",
    re.IGNORECASE,
)


# The crowd dispersed named by its violence, just after the dispersal word: "fired into the air
# to disperse a rowdy crowd of voters", "to disperse violent residents who were protesting", "a
# crowd of rioting voters" (Kenyan and Indian crowd-control copy tells the crowd's acts so).
_VIOLENT_CROWD = re.compile(
    r"\b[\"“']?(?:violent|rowdy|unruly|rioting|riotous|stone-?(?:throwing|pelting))[\"”']?\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:crowds?|mobs?|youths?|protesters|protestors|demonstrators|residents|"
    r"students|supporters|voters|traders|villagers|people|groups?|operators|riders|workers|fans|"
    r"hawkers)\b",
    re.IGNORECASE,
)


def dispersed_rioters(sentence: str, start: int, end: int) -> bool:
    """Whether the sentence of the dispersal at ``sentence[start:end]`` tells the demonstrators'
    own violence (a violent demonstration met by the forces, not a peaceful one dispersed)."""
    if _VIOLENT_CROWD.search(sentence[end : end + 60]):
        return True
    for m in CROWD_VIOLENCE.finditer(sentence):
        if NOT_THE_CROWD.search(sentence[max(0, m.start() - 40) : m.start()]):
            continue
        if m.start() >= end and not _OWN_SUBJECT.search(sentence[end : m.start()]):
            continue
        return True
    return False
