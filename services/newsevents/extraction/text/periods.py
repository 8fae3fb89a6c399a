"""Sentences that count a period, not one act: "killed in Syria's 30-month war", "have been
killed during the past month", "since the start of the year", "so far this year". Their tolls
are no event's toll (:mod:`..output.tolls.tolls`, the merging pass that attaches tolls) and their
acts are background (:mod:`..events.link.temporal.time_frame`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..prefilter import quick_finditer
from ..vocabulary import MONTH_NAMES

_MONTH = rf"(?:{MONTH_NAMES})\b"
# A toll over a period, not of one act: "killed in Syria's 30-month war", "have been killed
# during the past month", "since the start of the year", "so far this year".
_TALLY = re.compile(
    r"\b(?:since\s+(?:the\s+)?(?:beginning|start|outbreak|onset)\b|since\s+(?:19|20)\d\d\b"
    # (also without its article, as headlines write it: "during past week"; not "in last
    # week's attack", one act)
    r"|(?:during|in|over|within)\s+(?:the\s+)?(?:past|last)\s+(?:[\w-]+\s+)?"
    r"(?:weeks?|months?|years?)\b(?!['’])"
    r"|so far this (?:week|month|year)\b"
    # a perfect over the year so far, in one clause: "bandits have killed more than 300 people
    # in the state this year", "this year, 40 journalists have been detained" (not "earlier
    # this year", an earlier incident; forty-fifth round, bg65)
    r"|\b(?:has|have)\s(?:[^.;:!?,]|(?<=\d)[.,](?=\d)){0,80}?(?<!earlier )(?<!later )"
    r"\bthis\s+year\b"
    r"|(?<!earlier )(?<!later )\bthis\s+year\b(?!['’])[^.;:!?]{0,80}?\b(?:has|have)\s"
    # a stretch named by its months or its ends: "since last month", "since mid-February",
    # "since October", "between January 1, 2019 and February 1, 2020", and the stretch told
    # before, retold: "during the same period" (not a weekday: "fighting since Wednesday has
    # left 28 dead" tells one act's toll)
    rf"|since\s+(?:early\s+|late\s+|mid-?)?(?:last\s+(?:week|month|year)\b|{_MONTH})"
    rf"|between\s+{_MONTH}[\s\d,]{{0,12}}?(?:(?:19|20)\d\d\s+)?and\s+{_MONTH}"
    r"|between\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b"
    r"|(?:during|in|over|within)\s+the\s+same\s+period\b"
    # the dead of recent weeks or fights, or of a side's attacks all told: "killed during
    # recent clashes", "killed in recent weeks", "has killed about 40 soldiers in its attacks"
    r"|\b(?:killed|dead|died|deaths?)\s+(?:[\w'’-]+\s+){0,3}?(?:during|in|over)\s+(?:the\s+)?"
    r"recent\s+(?:[\w-]+\s+)?(?:days|weeks|months|years|clashes|fighting|battles|attacks|"
    r"strikes|raids|violence)\b"
    r"|\b(?:has|have)\s+(?:so\s+far\s+|now\s+)?killed\b[^.;:!?]{0,60}?\bin\s+(?:its|their)\s+"
    r"(?:[\w-]+\s+)?(?:attacks|strikes|raids|operations|campaign)\b"
    r"|\b(?:[\w]+-(?:month|year)|(?:decades?|years?|months?)-long)\s+(?:[\w-]+\s+)?"
    r"(?:war|conflict|crisis|uprising|insurgency)\b"
    # a war as the subject of the killing: "the uprising has killed more than 3,000 people"
    r"|\b(?:war|conflict|crisis|uprising|insurgency)\s+(?:has|have|had)\s+(?:so far\s+|now\s+)?"
    r"(?:killed|claimed|left|cost)\b"
    r"|\b(?:killed|died|dead|deaths?)\s+(?:\w+\s+){0,3}(?:in|during|since)\s+(?:the|this|its|"
    r"\w+['’]?s)\s+(?:[\w'’-]+\s+){0,2}(?:war|conflict|crisis|uprising|insurgency)\b)",
    re.IGNORECASE,
)


# A superlative the period measures one act against: "the largest death toll from a single
# attack since the start of the offensive", "the deadliest bombing in the past year" tell the
# act's own toll, not a period's.
SUPERLATIVES = (
    r"deadliest|bloodiest|largest|biggest|worst|heaviest|highest|most\s+(?:deadly|lethal|"
    r"violent|serious)"
)
_SUPERLATIVE = re.compile(rf"\b(?:{SUPERLATIVES})\b[^.;:!?]{{0,80}}$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked of a sentence for each event and toll it tells
def counts_a_period(text: str) -> bool:
    """Whether a sentence's tolls count a war or a stretch of time, not one act."""
    return any(
        _SUPERLATIVE.search(text, max(0, m.start() - 80), m.start()) is None
        for m in quick_finditer(_TALLY, text)
    )
