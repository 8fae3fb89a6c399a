"""Trigger words that tell no event of the day (:func:`not_an_occurrence`): what is feared ("for
fear of airstrikes", "to escape airstrikes"), a charge or the crime of an arrest ("arrested for
the kidnapping", "a murder case"), an act told as earlier ("the previous attack", "the
anniversary of the massacre"), what is to be ended ("an end to the fighting"), a campaign's span
("after weeks of fighting"), what a side does all along ("a coalition fighting ISIL"), and the
grievance a protest is about (:mod:`.grievances`).
"""

from __future__ import annotations

import re

from ....ontology import EventTypeName
from .grievances import HARM, near_grievance

_IRREALIS = re.compile(
    r"(?:for fear of|fear of being|to escape|to avoid|to evade|to prevent|in anticipation of|"
    r"threat of|risk of)\s+(?:\w+\s+){0,6}$",
    re.IGNORECASE,
)
# A crime one is suspected or accused of is a charge, not an event the sentence reports:
# "arrested on suspicion of murder", "a man accused of killing two herders" (but "police are
# accused of assaulting a driver" reports the act, as an allegation).
# The crime an arrest is for: "arrested three men for the kidnapping of a trader".
_ARRESTED_FOR = re.compile(
    r"\b(?:arrest|detain|apprehend|nabb?)\w*\b[^.;]{0,40}\bfor\s+(?:the\s+|a\s+|an\s+|their\s+|"
    r"his\s+|her\s+)?(?:alleged\s+|suspected\s+|attempted\s+)?$",
    re.IGNORECASE,
)
# A crime word naming a case, not an act: "a murder case", "the kidnapping trial".
_CASE_NOUN = re.compile(r"\s+(?:cases?|trials?|charges?|suspects?|investigations?|probe)\b", re.I)
_CHARGE = re.compile(
    r"\b(?:suspicion of|suspected of|(?<!is )(?<!are )(?<!was )(?<!were )accused of|"
    r"charged with|convicted of|sentenced for|charges? of|(?:allegations?|accusations?) of|"
    r"on trial for|"
    r"wanted for)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


# "a coalition fighting ISIL", "Kurds and Arabs fighting against IS": the participle says who a
# side is, not that a battle took place ("troops were fighting rebels" is still a clash).
_SIDE_AT_WAR = re.compile(r"(?:fighting|battling)$", re.IGNORECASE)
# Also "insurgents battling the government", "rebels who are fighting the army", "the
# coalition, which has been battling the rebels", "the coalition is fighting the rebels".
_SIDE_NOUN_BEFORE = re.compile(
    r"(?:\b(?:coalition|alliance|forces|groups?|rebels|fighters|militias?|factions|Kurds|Arabs|"
    r"countries|powers|states|partners|allies|those|units|insurgents|militants|jihadists)"
    r"|\b(?:coalition|alliance),?\s+(?:is|are)"
    r"|\b(?:who|which|that)\s+(?:are|is|ha(?:s|ve) been))\s+$",
    re.IGNORECASE,
)
# A campaign that filled a span of time, not an occurrence of one day: "after weeks of
# fighting", "months of bloody clashes", "a nearly three-week government assault" (but "two
# days of clashes left 30 dead" is the news).
_SPAN_OF_TIME_BEFORE = re.compile(
    r"\b(?:weeks|months|years)\s+of\s+(?:(?:heavy|fierce|intense|bloody|deadly|renewed|"
    r"sporadic)\s+)?$"
    r"|\b(?:\w+-)(?:week|month|year)(?:-long)?\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# An event told as earlier than the report's: "the prior killing of a leader (coded separately)",
# "the previous attack on the village", "an earlier failed attack". Not the adverb "earlier"
# told of a verb between it and the trigger: "police earlier fired tear gas at the marchers"
# is the day's act, told earlier in the day (no determiner before "earlier", a past verb after
# it; after a determiner "earlier" is an adjective: "the earlier armed raid").
_PRIOR = re.compile(
    r"(?:\b(?:prior|previous|past|last year's|last month's)\s+(?:[\w-]+\s+)?"
    r"|\b(?:the|an|its|their|this|that|his|her|these|those)\s+earlier\s+(?:[\w-]+\s+)?"
    r"|\bearlier\s+(?:(?![a-z]+ed\b)[\w-]+\s+)?)$",
    re.I,
)
# A violent act whose anniversary is marked happened years ago, it is no event of the day:
# "marked the tenth anniversary of the massacre" (the anniversary of a protest movement names
# a commemoration, which is one: "to mark the anniversary of the agitation").
_ANNIVERSARY = re.compile(
    r"\banniversar(?:y|ies)\s+of\s+(?:(?:the|a|an|this|that|last)\s+)?(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# What is to be ended or stopped did not happen as an event of the day: "a truce ending tribal
# feuds", "a call for an end to the fighting".
_ENDED = re.compile(
    r"\b(?:ending|(?:an )?end to|to (?:stop|end|halt|prevent))\s+(?:(?:the|all|further|any)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def not_an_occurrence(
    before: str, trigger: str, after: str, event_type: EventTypeName | None = None
) -> bool:
    """Whether the words around a trigger tell it did not happen as an event of the day: it is
    feared, charged, to be ended, a case, the crime of an arrest, a protest's grievance
    (:func:`.grievances.near_grievance`), or what a side does all along."""
    if (
        (_SIDE_AT_WAR.match(trigger) and _SIDE_NOUN_BEFORE.search(before[-40:]))
        or _PRIOR.search(before[-30:])
        or (event_type in HARM and _ANNIVERSARY.search(before[-60:]) is not None)
        or _SPAN_OF_TIME_BEFORE.search(before[-40:])
        or _IRREALIS.search(before[-60:])
        or _CHARGE.search(before[-40:])
        or _ENDED.search(before[-60:])
        or _CASE_NOUN.match(after)
        or _ARRESTED_FOR.search(before[-80:])
    ):
        return True
    return near_grievance(before, trigger, after, event_type)
