"""Communal fights: fighting between clans, tribes, ethnic groups, herders or communities feuding
over land or water is a battle of their communal militias, not a crowd's brawl."""

from __future__ import annotations

import re

from ...actors.communal import two_groups

# Fighting named as between clans or tribes is between their militias, whoever else is named.
_CLAN_FIGHT = re.compile(r"\b(?:inter-?|intra-?)?(?:clan|tribal)\b", re.IGNORECASE)
# So is fighting in a sentence that names clans, tribes, ethnic groups or herders as its sides:
# "three killed in an ethnic clash between two tribes", "two groups of herders clashed over
# pasture" (monitors code these communal militias in an armed clash; "two communities clashed"
# over a procession is left to the crowd words: mob violence).
CLAN_SIDES = re.compile(
    r"\b(?:(?:sub-?)?clans?|clansmen|tribes?|tribal|tribesmen|ethnic|herders|pastoralists?|"
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
_FIGHT_WORD = re.compile(r"^(?!fist)(?:\w+ )*?(?:clash|fight|fought|battl)", re.IGNORECASE)


def communal_fight(sentence: str) -> bool:
    """Whether the sentence names communal sides of a fight: clans, tribes, ethnic groups,
    herders, two ethnic groups together, or communities feuding over land or water."""
    return bool(
        CLAN_SIDES.search(sentence) or two_groups(sentence) or _RESOURCE_FEUD.search(sentence)
    )


def communal_battle(trigger: str, sentence: str) -> bool:
    """Whether the fight word ``trigger`` of ``sentence`` tells a battle between communal
    militias: a clan or tribal fight, or a fight word in a sentence naming communal sides."""
    return bool(
        _CLAN_FIGHT.match(trigger) or (_FIGHT_WORD.match(trigger) and communal_fight(sentence))
    )
