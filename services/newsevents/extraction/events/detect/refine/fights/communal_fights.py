"""Communal fights: fighting between clans, tribes, ethnic groups, herders or communities feuding
over land or water is a battle of their communal militias, not a crowd's brawl."""

from __future__ import annotations

import re

from .....actors.unnamed.communal import people_armed_men, two_groups
from .....vocabulary import LIVESTOCK

# Fighting named as between clans or tribes is between their militias, whoever else is named.
_CLAN_FIGHT = re.compile(r"\b(?:inter-?|intra-?)?(?:clan|tribal)\b", re.IGNORECASE)
# So is fighting in a sentence that names clans, tribes, ethnic groups or herders as its sides:
# "three killed in an ethnic clash between two tribes", "two groups of herders clashed over
# pasture" (monitors code these communal militias in an armed clash; "two communities clashed"
# over a procession is left to the crowd words: mob violence).
CLAN_SIDES = re.compile(
    r"\b(?:(?:sub-?)?clans?|clansmen|tribes?|tribal|tribesmen|ethnic|herders|herdsm[ae]n|"
    r"pastoralists?|"
    r"inter-?communal|inter-?community|inter-?ethnic|inter-?clan|"
    r"cattle (?:raiders|rustlers))\b",
    re.IGNORECASE,
)
# Communities fighting each other over land, pasture, water or cattle, or two ethnic groups named
# as the sides, are their communal militias in an armed clash, not a brawl: "two communities
# clashed over grazing land", "clashes between the Borana and Gabra communities" (ACLED codes
# communal militias so; "two communities clashed" over a procession stays a crowd's brawl).
_RESOURCE_FEUD = re.compile(
    r"\bcommunities\b.*\b(?:over|about|for)\s+(?:[\w-]+\s+){0,5}?(?:land|pastures?|grazing|"
    r"water(?:ing)?|wells?|boundar(?:y|ies)|border|cattle|livestock|camels|goats)\b",
    re.IGNORECASE,
)
# The fight words of a brawl that may be a communal battle ("a fight between pastoralists and
# farmers", "communal clashes"), not a fist fight or a scuffle.
_FIGHT_WORD = re.compile(
    r"^(?!fist)(?:\w+ )*?(?:clash|fight|fought|battl|confront|violence)", re.IGNORECASE
)


# The communal sides a fight word's sentence may name: clans, tribes, herders, "inter-ethnic",
# a fight called "ethnic" or "tribal" ("six killed in a tribal clash"). Not a lone "ethnic" or
# "tribal": those tell of one side or of the grievance ("ethnic Uzbek villagers clashed with
# police", "over a tribal land dispute"), not of two communal sides.
_COMMUNAL_SIDES = re.compile(
    r"\b(?:(?:sub-?)?clans?|clansmen|tribes?|tribesmen|herders|herdsm[ae]n|pastoralists?|"
    # ethnic groups in the plural are two sides: "violence between rival ethnic groups"
    r"(?:ethnic|tribal)\s+(?:groups|communities|militias)|"
    r"inter-?communal|inter-?community|inter-?ethnic|inter-?clan|"
    r"cattle (?:raiders|rustlers)|(?:ethnic|tribal)\s+(?:clash|fight|violence|battl)\w*)\b",
    re.IGNORECASE,
)
# The police and security forces, whom unarmed people clash with as a crowd, not in a battle:
# "activists clashed with the police" (but "villagers clashed with bandits" may be a battle).
POLICE = re.compile(
    r"\b(?:police(?:m[ae]n)?|cops|officers|security (?:forces|personnel)|law enforcers|"
    r"troopers|riot police)\b",
    re.IGNORECASE,
)
# The police named as the other side of the fight: "clashed with police", "fighting between
# villagers and the security forces", "fought against riot police".
_POLICE_SIDE = re.compile(
    r"\b(?:with|against|and)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + POLICE.pattern, re.IGNORECASE
)


def communal_fight(sentence: str) -> bool:
    """Whether the sentence names communal sides of a fight: clans, tribes, herders, two ethnic
    groups together, or communities feuding over land or water; not when the police or security
    forces are the other side (a crowd's clash with the police)."""
    if _POLICE_SIDE.search(sentence):
        return False
    return bool(
        _COMMUNAL_SIDES.search(sentence) or two_groups(sentence) or _RESOURCE_FEUD.search(sentence)
    )


# A raid on herders told beside a fight: raiders or rustlers, a raid for livestock, or a raid on
# villages, homesteads or herders ("raiders struck a village, a clash followed", "residents
# fought back during the raid", "a goat raid sparked a clash of the two villages"). ACLED's
# codebook: the raid of one community's militia on another is an attack, an armed clash when
# the raided fight back; a fight word in the raid's sentence tells that they did. Not a raid on
# a building ("youths raided a mosque and clashed with worshippers") nor a police raid.
_RAID_ON_HERDERS = re.compile(
    rf"\b(?:raiders?|rustl(?:ers?|ing)|(?:{LIVESTOCK}|stock|goat|cow|camel|donkey)\s+raids?|"
    r"(?<!police )(?<!security )raid(?:s|ed|ing)?\b(?=(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:villages?|homesteads?|manyattas?|kraals?|bomas?|settlements?|herders|herdsm[ae]n|"
    r"pastoralists)\b))",
    re.IGNORECASE,
)
_HERDS = re.compile(rf"\b(?:{LIVESTOCK}|goat|cow|camel|donkey)\b", re.IGNORECASE)
_RAID_WORD = re.compile(r"\b(?<!police )(?<!security )raid(?:s|ed|ing)?\b", re.IGNORECASE)


def raid_fought(sentence: str) -> bool:
    """Whether the sentence tells a raid on herders or their villages (see above); not when
    the police or security forces are a side of the fight, as in ``communal_fight``."""
    if _POLICE_SIDE.search(sentence):
        return False
    return _RAID_ON_HERDERS.search(sentence) is not None or (
        _RAID_WORD.search(sentence) is not None and _HERDS.search(sentence) is not None
    )


def communal_battle(trigger: str, sentence: str) -> bool:
    """Whether the fight word ``trigger`` of ``sentence`` tells a battle between communal
    militias: a clan or tribal fight, or a fight word in a sentence naming communal sides or
    telling a raid on herders (the raided fought back)."""
    return bool(
        _CLAN_FIGHT.match(trigger)
        or (_FIGHT_WORD.match(trigger) and (communal_fight(sentence) or raid_fought(sentence)))
    )


# A crowd punishing someone it holds for a crime is mob justice, a crowd's act whoever the crowd
# is: "Kikuyu youths beat a suspected thief to death", "lynched by youths after he was accused of
# stealing a goat" (ACLED codes the rioters' mob violence, not a communal militia's attack).
MOB_JUSTICE = re.compile(
    r"\b(?:mob justice|(?:suspected|alleged|accused of|suspicion of|caught)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:thie(?:f|ves)|steal(?:ing)?|robb(?:er|ers|ery|ing)|theft|"
    r"burglar(?:s|y)?|muggers?|witch(?:es|craft)?|rap(?:e|ing|ists?)|criminals?))\b",
    re.IGNORECASE,
)


# (the crowd's agent, "by ...", or the other side of its fight, "clashed with Pokot raiders")
_BY_AGENT = re.compile(r"\W*(?:[\w-]+\s+){0,3}?(?:by|with|against|between)\b", re.IGNORECASE)


def communal_agent(agent: str | None, acting: str, after: str) -> bool:
    """Whether the agent of a violence word is a people's youths or herders, its communal
    militia: an armed side, not a mob ("Kalenjin youths attacked a village", "beaten to death by
    six Pokot youths"; ACLED codes the militia's attack). ``acting`` is the clause before the
    word and the word itself (the lexicon's crowd wording holds its subject: "youths
    attacked"); a crowd's "by" phrase is told in ``after``."""
    if agent not in {"crowd", None}:
        return False
    # (the phrase after is read only as the crowd's agent or its fight's other side; a people's
    # herders told as the object are the ones hit: "youths of the village attacked Fulani
    # herders" is a crowd's mob violence, fifty-fourth round, herd74)
    by_phrase = agent == "crowd" and _BY_AGENT.match(after) is not None
    return people_armed_men(acting + (" " + after if by_phrase else ""))


# Livestock driven off in a raid is the raiders' attack on the herders, not looting (monitors
# code cattle raids as violence against civilians): "Ethiopian raiders steal 3,000 cattle",
# "rustlers struck two homes and stole four cows", "bandits strike the area, steal cattle". A
# theft with no raid told stays looting ("militias stole 43 cows from the university"), and so
# does stock recovered ("police recovered cattle stolen by bandits").
_LIVESTOCK = re.compile(rf"\b(?:{LIVESTOCK})\b", re.IGNORECASE)
_RAID = re.compile(
    r"\b(?:raid(?:s|ed|ing)?|raiders?|rustlers?|bandits?|warriors|armed (?:m[ae]n|gangs?|groups?)|"
    r"gunm[ae]n|str(?:uck|ike|ikes)|descend(?:ed|s)?)\b",
    re.IGNORECASE,
)
_RECOVERED = re.compile(r"\b(?:recover\w*|retriev\w*|return\w*|trac(?:ed|ing)|found)\b", re.I)


def livestock_raid(sentence: str, start: int, end: int) -> bool:
    """Whether the theft at ``sentence[start:end]`` drives off livestock in a raid."""
    near = sentence[max(0, start - 40) : end + 60]
    return (
        _LIVESTOCK.search(near) is not None
        and _RAID.search(sentence) is not None
        and _RECOVERED.search(sentence[:start]) is None
    )


def mob_justice(sentence: str, agent: str | None) -> bool:
    """Whether a one-sided killing or beating is a crowd's justice on a suspect: "residents
    lynched a suspected thief", "boda boda riders beat to death a man suspected of stealing a
    motorcycle", "two men were killed by villagers who accused them of witchcraft" (ACLED's
    mob violence, whoever the crowd is); not the police's nor an armed group's killing of
    suspects, nor a raid over stolen livestock (a communal fight)."""
    return (
        agent in {"crowd", "civilian"}
        and any(not _A_GANG.match(sentence, m.end()) for m in MOB_JUSTICE.finditer(sentence))
        and _LIVESTOCK.search(sentence) is None
    )


# A criminal band named as such is the doer, not a suspect a crowd caught: "messages signed by
# an alleged criminal group", "killed by a suspected criminal gang".
_A_GANG = re.compile(
    r"\s+(?:groups?|gangs?|networks?|cartels?|organi[sz]ations?|cells?|rings?|syndicates?)\b",
    re.IGNORECASE,
)
