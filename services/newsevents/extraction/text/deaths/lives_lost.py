"""The wordings of a death toll told as lives lost or deaths caused: "claiming the lives of more
than nine people", "resulting in the deaths of 3 people", "12 civilians lost their lives", "a
militant lost his life". Part of :data:`.wordings.FATALITY_PATTERNS`, read in their place there
by :func:`.find_deaths`.
"""

from __future__ import annotations

import re

from .words import BOUND, DEATH_NUMBER, NOT_BETWEEN, NUMBER_START, UNREALISED

LIVES_PATTERNS = (
    # "claiming the lives of more than nine people", "took the lives of 3 people", "claiming
    # the life of a woman", "claiming lives of 23 civilians" (wire copy that drops "the")
    re.compile(
        r"\b(?:claim(?:ing|ed|s)?|t(?:aking|ook|akes)|cost(?:ing|s)?)\s+(?:the\s+li(?:ves|fe)|lives)"
        r"\s+of\s+"
        rf"(?:at least\s+|about\s+|around\s+|nearly\s+|some\s+|more than\s+|over\s+)?"
        rf"(?P<n>{DEATH_NUMBER})\b"
        # the victims' words with the count, so that the same dead told twice count once
        r"(?:\s+(?!(?:and|or|in|on|at|near|while|when|after|injur\w*|wound\w*)\b)[a-z][\w'’-]*){0,2}",
        re.I,
    ),
    # "which claimed a life", "claiming 12 civilian lives"
    re.compile(
        rf"\b(?:claim(?:ing|ed|s)?|cost(?:ing|s)?)\s+{BOUND}(?P<n>{DEATH_NUMBER})\s+"
        r"(?:more\s+|other\s+|civilian\s+|human\s+|innocent\s+|young\s+)?li(?:ves|fe)\b",
        re.I,
    ),
    # "leading to the death of one demonstrator", "resulting in the deaths of 3 people",
    # "announced the death of three of its fighters"
    re.compile(
        # "resulting in the killing of three villagers" (a count, not "the killing of a
        # journalist": a death named, not reported)
        # (not deaths a killing answered or a suspect is behind: "beat to death a youth thought to be
        # behind the murder of three pupils", "to avenge the murder of six")
        r"(?<!\bbehind the )(?<!\bavenge the )"
        rf"\b(?:deaths?|killings?(?=\s+of\s+(?!an?\b))) of (?:at least |about |around |some )?"
        rf"(?P<n>{DEATH_NUMBER})\b"
        r"(?!\s+(?:of(?!\s+(?:them|its|their|the|those)\b)|percent|years?|days?)\b)"
        # a second one or group after the first: "the death of an officer and a civilian" (2),
        # not the wounded ("the deaths of 3 people and 5 injured")
        rf"(?:\s+(?:(?!(?:and|or|but|who|while|injur\w*|wound\w*)\b)[\w'’-]+,?\s+){{1,3}}?"
        rf"and\s+(?:at least\s+)?(?P<m>{DEATH_NUMBER})\b"
        r"(?!\s+(?:of(?!\s+(?:them|its|their|the|those)\b)|percent|years?|days?)\b)"
        r"(?![\w\s'’-]{0,30}?\b(?:injur|wound|hurt)))?",
        re.I,
    ),
    # "six people losing their lives", "12 civilians lost their lives"
    re.compile(
        rf"\b{NUMBER_START}(?P<n>{DEATH_NUMBER})\s+(?:(?:{NOT_BETWEEN}[\w'’/-]+\s+){{0,3}}?"
        # the dead told between commas (lead66): "Nine people, among them four children, lost"
        r"|(?:[\w'’/-]+\s+){0,2}?[\w'’/-]+,\s+(?:among\s+them|including|most\s+of\s+them|"
        r"mostly)\s+[^,.;]{1,40},\s+)"
        r"(?:(?:have|has|had)\s+)?(?:lost|losing)\s+their\s+lives\b",
        re.I,
    ),
    # one who lost his or her life (thirty-ninth round): "A supporter lost his life after
    # being beaten", "a militant lost his life in a brief gunfight" (not "nearly lost his life")
    re.compile(rf"{UNREALISED}\b(?P<n>(?:lost|losing|loses)\s+(?:his|her)\s+life)\b", re.I),
)
