"""The wordings of a death toll told as a figure of its own: "3 fatalities", a note's "Fatalities
coded as 4", a tally that grew ("the death toll has risen to at least 40", "bringing the death
toll to six", "putting the death toll at six"). Part of :data:`.wordings.FATALITY_PATTERNS`,
read in their places there by :func:`.find_deaths`.
"""

from __future__ import annotations

import re

from .words import DEATH_NUMBER, NOT_A_SPAN, NUMBER_START, RAISED_TALLY_OF, TALLY_HEAD

FIGURE_PATTERNS = (
    # "3 fatalities", "1 fatality", "two deaths", "5 dead", "one death reported", "seven
    # soldier deaths" (a noun of the victims before the deaths)
    re.compile(
        rf"\b{NUMBER_START}(?P<n>{DEATH_NUMBER})\s+(?:{NOT_A_SPAN}[a-z]+\s+)?"
        r"(?:fatalities|fatality|deaths|dead"
        r"|(?:(?<=\bone )|(?<=\b1 ))death(?!\s+(?:squad|toll|threat|sentence|penalty|row|march|camp|sq)))\b",
        re.I,
    ),
)

NOTE_PATTERNS = (
    # "Fatalities coded as 4" (ACLED-style notes): a stated total
    re.compile(
        rf"\bfatalit(?:y|ies) (?:were |was |is |are )?coded as (?P<n>{DEATH_NUMBER})\b", re.I
    ),
    # "FATALITIES: 15" (a note's or a report's label of its total; thirty-ninth round)
    re.compile(
        rf"\bfatalit(?:y|ies)\s*:\s*(?:at least\s+)?(?P<n>{DEATH_NUMBER})\b"
        r"(?!\s*(?:injured|wounded|percent))",
        re.I,
    ),
    # "Fatalities are split across 3 events (5)": the share this note's event was coded with
    re.compile(
        r"\bfatalit(?:y|ies) (?:were |was |is |are )?split (?:across|over|between) \w+ \w+ "
        rf"\((?P<n>{DEATH_NUMBER})\)",
        re.I,
    ),
)

TALLY_PATTERNS = (
    # A toll told as the tally that grew: "the death toll has risen to at least 40", "the
    # toll rose to 17", "the number of people killed in the raid climbed to six", "the number of
    # gunmen killed has risen to five"
    re.compile(
        rf"\b{TALLY_HEAD}\s+(?:[\w'’-]+\s+){{0,25}}?(?:has\s+|had\s+)?(?:rises|rose|risen|"
        r"climbed|reached|jumped|increased|went\s+up)\s+to\s+(?:at least\s+|about\s+|nearly\s+|some\s+)?"
        rf"(?P<n>{DEATH_NUMBER})\b",
        re.I,
    ),
    # A tally a death told beside it raised (thirty-third round): "died of his wounds, bringing
    # the death toll to six", "raising the toll from the strike to 11", "raised the number of
    # people killed in the attack to nine" (not a toll of the war "raised" in speeches: a
    # figure must follow "to"; nor a tally of several days: ``RAISED_TALLY_OF``)
    re.compile(
        r"\b(?:rais(?:e|es|ed|ing)|bring(?:s|ing)?|brought|push(?:es|ed|ing)?|tak(?:e|es|ing)|"
        rf"took)\s+(?:the\s+)?{TALLY_HEAD}\s+{RAISED_TALLY_OF}to\s+"
        r"(?:at least\s+|about\s+|nearly\s+|some\s+)?"
        rf"(?P<n>{DEATH_NUMBER})\b(?!\s+(?:percent|years?|days?|injured|wounded)\b)",
        re.I,
    ),
    # "putting the death toll at six", "a heavy toll of at least five dead", "officials put the
    # death toll from the raid on a police post at 14"
    re.compile(
        r"\b(?:(?:put|puts|putting|placed|places|placing)\s+(?:the\s+)?(?:death\s+)?toll\s+"
        r"(?:[\w'’-]+\s+){0,15}?at|(?:death\s+)?toll\s+(?:at|of)"
        # a toll that stands at a figure: "the death toll from the raid now stands at 15"
        # (forty-fifth round)
        r"|(?:death\s+)?toll\s+(?:[\w'’-]+\s+){0,20}?(?:stands|stood|standing)\s+at)\s+"
        r"(?:at least\s+|about\s+|nearly\s+|some\s+)?"
        rf"(?P<n>{DEATH_NUMBER})\b(?!\s+(?:of|percent|years?|days?|injured|wounded)\b)",
        re.I,
    ),
)
