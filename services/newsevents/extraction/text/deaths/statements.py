"""The wordings of a death toll in the words of a side's statement or an outlet's: "eliminated at
least 22 terrorists", "we have lost three persons", "the martyrdom of 3 citizens", "beheads 8
militants". Part of :data:`.wordings.FATALITY_PATTERNS`, read in their place there by
:func:`.find_deaths`.
"""

from __future__ import annotations

import re

from .words import BOUND, DEATH_NUMBER, NUMBER_START, PERSONS

STATEMENT_PATTERNS = (
    # The words of military statements for killing, "neutralized" and "eliminated", said of
    # people only ("eliminated at least 22 terrorists", "a militant was neutralized"; not
    # "neutralized two explosive devices"): the gold counts them as dead.
    re.compile(
        rf"\b(?:neutrali[sz](?:ed|ing)|eliminat(?:ed|ing))\s+{BOUND}(?P<n>{DEATH_NUMBER})\s+"
        rf"(?:[\w'’-]+\s+){{0,2}}?{PERSONS}\b",
        re.I,
    ),
    re.compile(
        rf"\b{NUMBER_START}(?P<n>{DEATH_NUMBER})\s+(?:[\w'’-]+\s+){{0,2}}?{PERSONS}\s+"
        r"(?:(?:were|was|had been|have been|has been|got)\s+)?(?:(?:also|reportedly|later)\s+)?"
        r"[\"“']?(?:neutrali[sz]ed|eliminated)\b",
        re.I,
    ),
    # A side's losses in its own words: "we have lost three persons", "the army lost five
    # soldiers", "they lost four of their comrades" (people only: "lost two vehicles" is none;
    # nor the wounded, missing or captured told after them; nor members who went over to
    # another side: "the party lost five members to the opposition")
    re.compile(
        # (the count whole: "lost over one hundred militants" is no "one")
        rf"\b(?:lost|losing|loses|lose)\s+{BOUND}(?P<n>{DEATH_NUMBER})\s+"
        r"(?!(?:hundred|thousand|million|dozen)s?\b)"
        r"(?:of\s+(?:their|its|our|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:persons|people|men|soldiers|officers|policemen|fighters|members|comrades|cohorts|"
        r"troops|personnel|colleagues|militants|guards|civilians|lives)\b"
        r"(?!\s+(?:(?:were|was)\s+)?(?:injured|wounded|missing|captured|taken|as prisoners)\b)"
        r"(?!\s+to\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:opposition|rivals?|part(?:y|ies)|camp|factions?|coalition|alliance|defections?)\b)",
        re.I,
    ),
    # "the martyrdom of 3 citizens", "claiming 4 martyrs" (the outlet's word for the dead)
    re.compile(rf"\bmartyrdom of (?:at least\s+)?(?P<n>{DEATH_NUMBER})\b", re.I),
    re.compile(rf"\b{NUMBER_START}(?P<n>{DEATH_NUMBER})\s+(?:[\w-]+\s+)?martyrs\b", re.I),
    # "beheads 8 militants", "the beheadings of at least 18 men"
    re.compile(
        rf"\bbehead(?:s|ed|ing)?\s+(?:at least\s+)?(?P<n>{DEATH_NUMBER})\b"
        r"(?!\s+(?:of|percent|years?|days?)\b)",
        re.I,
    ),
    re.compile(rf"\bbeheadings?\s+of\s+(?:at least\s+)?(?P<n>{DEATH_NUMBER})\b", re.I),
)
