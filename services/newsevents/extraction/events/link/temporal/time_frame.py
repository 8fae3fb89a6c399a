"""Periods, not occurrences: a sentence that counts from a point in time or tallies a campaign.

An occurrence happens at a time; a period runs from one. A sentence built on a period tells a
standing situation or the tally of many acts, whatever its verbs, and every event it tells is
background (:mod:`.status` applies this as the reason ``since``):
- ``since`` before a point in time older than the news window: a year, a month, a date, "last
  month/year", the start or fall of something or any act named as a noun ("has killed more than
  N people since last October", "controlled by the Houthis since 2014", "since the outbreak
  of the war", "since the declaration of a state of emergency"), a clause that starts something
  ("since the Gaza war broke out", "since a cease-fire went into effect", "since the army
  toppled the government"), a change of rule or a war named by its noun ("since the coup",
  "since the 2021 takeover", "since the invasion"), and "has since" (a
  change of standing), a day whose "when" clause tells what started ("quiet since Friday, when
  a truce ended the assault"); not a weekday or "last week" alone ("clashes since Friday" are
  the news of the days since);
- a toll over a stretch of time or a war, as the toll counter reads it
  (:func:`~...text.periods.counts_a_period`: "during the past month", "so far this year",
  "killed in the 30-month war");
- a stretch between two months or years ("killed between January and June");
- a running tally: a campaign (offensive, war, bombardment, siege, fighting, operations) as
  the subject of a perfect-tense count ("Israel's bombardment has killed more than 2,200"), or
  "a total of 57 people have been killed", or a count in the perfect over a campaign ("the
  rebels have fired over 300 shells at the town during the offensive").
"""

from __future__ import annotations

import re

from ....document import Sentence
from ....prefilter import quick_search
from ....text.periods import counts_a_period
from ....vocabulary import MONTH_NAMES

_MONTH = rf"(?:{MONTH_NAMES})"
# "since" a year, a month or the start, fall or death of something ("since the outbreak of the
# war", "since the fall of Mosul").
_SINCE = re.compile(
    r"\bsince\s+(?:the\s+)?(?:(?:very\s+)?(?:beginning|start|outbreak|onset|launch|fall|ouster|"
    # ... or any act named as a noun: "since the declaration of martial law", "since
    # the withdrawal of", "since the capture of"
    r"overthrow|toppling|death|[a-z]+(?:tion|sion|ment|al|ure))\s+of"
    rf"|(?:19|20)\d\d|(?:{MONTH_NAMES})\b)"
    # "since" a clause that starts something: "since the Gaza war broke out", "since a
    # cease-fire went into effect", "since the group took power"
    r"|\bsince\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){1,6}?(?:broke out|began|started|"
    r"erupted|took effect|went into effect|came into (?:force|effect)|took (?:power|over|control)|"
    r"seized power|came to power|toppled|overthrew|ousted|invaded|"
    r"was (?:declared|signed|imposed|launched))\b"
    # "since" a change of rule or a war named by its noun: "since the coup", "since the 2021
    # takeover", "since Russia's invasion" (not an act of the news: "since the attack")
    r"|\bsince\s+(?:the|a|an|its|their|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:coup|takeover|"
    r"invasion|revolution|uprising|independence)\b"
    # "has since reconciled with the government": a change of standing, not an event
    r"|\bha(?:s|ve|d) since\b"
    # "since then": from a time told before ("Since then, clashes have broken out")
    r"|\bsince then\b"
    # "since" a day a clause of "when" tells the start of: "the province had been quiet since
    # Friday, when a truce ended the assault" (the truce is the state's start, not the news)
    # (a text that lost its commas, a date with its abbreviation's point: "since Sept. 19 when")
    r"|\bsince\s+(?:last\s+|early\s+|late\s+)?[\w.-]+(?:\s+[\w.-]+)?,?\s+when\b",
    re.IGNORECASE,
)

# "since" before a point older than the news window (a weekday or "last week" is within it:
# "clashes since Friday" are the news of the days since).
_SINCE_A_POINT = re.compile(
    rf"\bsince\s+(?:(?:last|early|late|mid-?)\s+)?(?:{_MONTH}|\d{{1,2}}\s+{_MONTH}"
    r"|(?:19|20)\d\d|last\s+(?:month|year))\b",
    re.IGNORECASE,
)
# Between two months or years: "1,592 civilians had been killed between January and June".
_BETWEEN = re.compile(
    rf"\bbetween\s+(?:(?:early|late|mid-?)\s+)?(?:{_MONTH}|(?:19|20)\d\d)\b(?:\s+\d{{4}})?"
    rf"\s+and\s+(?:(?:early|late|mid-?)\s+)?(?:{_MONTH}|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_RUNNING_TALLY = re.compile(
    r"\b(?:offensive|campaign|war|conflict|bombardment|siege|violence|fighting|operations?)\s+"
    r"(?:\w+\s+){0,4}?(?:has|have)\s+(?:so far\s+|now\s+|already\s+)?(?:killed|claimed|left)\b"
    r"|\ba total of\s+\d[\d,]*\s+(?:\w+\s+){0,2}(?:have|has) been\b"
    # a count of munitions or targets in the perfect over a campaign: "the rebels have fired
    # over 300 shells at the town during the offensive", "have struck 50 targets throughout the
    # operation" (not the dead: "have killed 12 militants during the operation" is its day's)
    r"|\b(?:has|have)\s+(?:(?:so far|now|already|also|reportedly)\s+)?(?:fired|launched|"
    r"struck|dropped|hit|lobbed)\s+(?:more than\s+|over\s+|at least\s+|nearly\s+|some\s+)?"
    r"\d[\d,]*\s+(?:[\w'’-]+\s+){0,8}?(?:during|throughout|over the course of)\s+(?:the|this|its|"
    r"their)\s+(?:[\w-]+\s+)?(?:campaign|offensive|operation|war|conflict|bombardment|escalation)\b",
    re.IGNORECASE,
)


# A non-restrictive relative clause, between commas, says what its noun is or did before:
# "The armed group, which has carried out many raids there in recent years, said it had
# taken the town" (the years are the group's, not the seizure's).
# So does one opened by a preposition ("around which rebels and troops have fought for weeks",
# "in which ..."); and an apposition that says what a place has been: "the province
# of Daraa, cradle of the 16-month uprising," (twentieth round).
_ASIDE = re.compile(
    r",\s+(?:(?:(?:around|in|on|at|from|near|over|for|during|through|under|across|along)\s+)?"
    r"(?:which|whom)|who|whose|(?:the\s+)?(?:cradle|birthplace|heartland|hotbed|"
    r"epicent(?:er|re)|scene|stronghold|bastion)\s+of)\s[^,;:()]*?,"
)


def without_asides(text: str, at: int) -> str:
    """``text`` with its relative clauses between commas blanked (offsets kept), except the one
    holding the offset ``at`` (the trigger's): what it tells of its noun does not date the act."""
    return _ASIDE.sub(
        lambda m: m.group() if m.start() <= at < m.end() else " " * len(m.group()), text
    )


def counts_a_period_or_tally(sentence: Sentence, text: str | None = None) -> bool:
    """Whether the sentence (or ``text``, a reading of it) counts from a point in time, over a
    period or a campaign."""
    text = sentence.text if text is None else text
    return (
        quick_search(_SINCE, text) is not None
        or _SINCE_A_POINT.search(text) is not None
        or counts_a_period(text)
        or _RUNNING_TALLY.search(text) is not None
        or _BETWEEN.search(text) is not None
    )
