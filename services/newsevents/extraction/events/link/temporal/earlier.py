"""Earlier incidents: whether a sentence recalls an incident before the news, by comparison or
by telling it as earlier or recent (:mod:`.status` calls such events ``earlier`` background).

- An earlier time or incident in the trigger's own clause: "a previous attack", "the second
  such attack", "earlier this month", "two years ago", a time of history ("around the turn of
  the century", "in the 1990s"), a report told as made then ("police said at the time")
  (not the cause a fronted "in response to" clause dates, nor beside a fresh day nearer the
  trigger);
- some time after another act: "The offensive came a month after the militia drove out its
  rivals", "The attack comes two days after ...";
- an act told as recent: "The army recently retook several villages", "during the recent
  attack" (not the present perfect, recent news: "two units have recently been set up");
- a similar incident ("a similar bombing on July 25 killed seven"), when it tells a time of
  its own or the news's own place.
"""

from __future__ import annotations

import re

from ....prefilter import quick_search
from ....text.numbers import counting

# Before a date that opens its sentence: nothing, or its preposition.
OPENING = re.compile(r"\s*(?:(?:on|in|during|by|at)\s+)?", re.IGNORECASE)
# ... after a word that links the sentence to the one before it ("Also in April, ...",
# "However, last week ...", "Meanwhile on Monday") or a turn of the day ("Later on Friday",
# "Early on Sunday"): the date still opens it (:mod:`.dated`, ``background/retold_days``,
# ``background/recalled``).
LINKING_WORDS = r"also|and|but|meanwhile|however|separately|elsewhere|similarly|likewise"
TURNS_OF_THE_DAY = r"later|earlier|early|late"
# How many weeks, months or years: "a couple of months after", "six years after".
_COUNT_WORDS = (
    rf"{counting(1, 12)}|fifteen|twenty|thirty|"
    r"several|many|few|a few|a couple of|some"
)
# The nouns an earlier or a similar incident is told by: "a previous attack", "a similar bombing".
_INCIDENT_NOUNS = (
    r"(?:attacks?|bombings?|blasts?|strikes?|explosions?|massacres?|incidents?|assaults?|"
    r"car bombs?)"
)
_EARLIER = re.compile(
    r"\b(?:the (?:second|third|latest) such|previous|earlier)\s+"
    rf"(?:[\w-]+\s+){{0,2}}{_INCIDENT_NOUNS}\b"
    r"|\bearlier (?:this|that|last) (?:week|month|year)\b|\ba day (?:earlier|before)\b"
    r"|\bthe day before\b|\b(?:during |in )?this week alone\b"
    r"|\b(?:\d+|[a-z]+) (?:weeks|months?|years?|decades?) (?:ago|earlier)\b"
    # a time of history the date finder leaves alone: "rebels fought the army for the hills
    # around the turn of the century", "the massacres of the 1990s", "during the early '80s"
    r"|\bthe turn of the (?:century|millennium)\b"
    r"|\b(?:in|during|of|since|from) the (?:early |late |mid-?)?(?:19\d0|')\d?0?s\b"
    # a report of the past, told as made then: "police said at the time that the gang had
    # abducted 12 people", "the army claimed at the time" (forty-fifth round, bg65; not "at
    # the time of the attack", which places the news)
    r"|\b(?:said|says|told\s+[\w-]+|reported|stated|claimed|added|announced|insisted|denied)"
    r"\s+at\s+the\s+time\b(?!\s+of\b)",
    re.IGNORECASE,
)
# Right before the trigger, an act told as recent, so before the news: "The army recently
# retook several villages" (not the present perfect, recent news: "two units have recently
# been set up"), "during the recent attack", "following the recent arrest of its leaders"
# (unless the sentence gives the act a fresh day).
_RECENT = re.compile(
    r"(?<!\bhas )(?<!\bhave )\brecently\s+(?!been\b)(?:[\w-]+\s+)?$"
    r"|\b(?:the|a|its|their|his|her)\s+recent\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# Anywhere: the acts told are parts of a recent incident ("21 rockets were fired at the
# embassy during the recent attack"); only an incident noun, not where the news was told ("police
# said in a recent statement") nor "in the recent past".
_IN_A_RECENT = re.compile(
    r"\b(?:during|in)\s+(?:the|a)\s+recent\s+(?:attacks?|raids?|clash(?:es)?|fighting|"
    r"bombings?|strikes?|air\s*strikes?|assaults?|ambush(?:es)?|violence|offensives?|"
    r"shelling|incidents?|unrest)\b",
    re.IGNORECASE,
)
# A fronted cause: what it says happened before it answered ("in response to ..., jets struck").
_CAUSE_CLAUSE = re.compile(
    r"\b(?:in (?:response|retaliation|reply) (?:to|for)|after|following)\b", re.IGNORECASE
)
# A comparison: "a similar bombing on July 25 killed seven" recalls an earlier incident when it
# tells a time of its own, and so does one at the news's own place ("in the same market": the
# same act there today would be the news itself); without either, "a similar incident took
# place in Sidon" is another occurrence of today's story.
_SIMILAR = re.compile(
    rf"\b(?:a|another) similar\s+(?:[\w-]+\s+){{0,2}}{_INCIDENT_NOUNS}\b",
    re.IGNORECASE,
)
_SAME_PLACE = re.compile(
    r"\b(?:the same|that same)\s+(?!day\b|night\b|time\b)[\w-]+|\bthere\b", re.I
)
# Before the trigger: "The offensive came a month after the militia drove out its rivals".
_SOME_TIME_AFTER = re.compile(
    rf"\b(?:a|{_COUNT_WORDS}|\d+) (?:weeks?|months?|years?) after\b"
    # "The attack comes two days after ...", "came just hours after", "follows ...": what
    # follows "after" is the earlier incident
    r"|\b(?:comes?|came|follows?|followed)\s+(?:just\s+|only\s+|barely\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:after|on the heels of)\b",
    re.IGNORECASE,
)
# What the news follows, right before the trigger: "The raid follows army air strikes on the
# town" (not "followed by": what came next; nor beside a fresh day: "The shelling followed
# clashes on Sunday morning" tells the day's clashes).
_FOLLOWS = re.compile(r"\b(?:follows|followed)\s+(?!by\b)(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _tells_earlier(text: str, trigger_at: int, fresh: list[int]) -> bool:
    """Whether the sentence recalls an earlier incident (``_EARLIER``) in the trigger's own
    clause: "in response to a missile fired the day before, its jets struck a compound" dates
    the cause, not the strike that answers it. A fresh day told nearer the trigger (``fresh``,
    offsets in the sentence) is the act's, and the earlier time another's: "Clashes broke out
    Wednesday in spite of a ceasefire agreed two months ago"."""
    for match in _EARLIER.finditer(text):
        fronted = OPENING.fullmatch(text[: match.start()]) is not None
        if not fronted and any(
            abs(at - trigger_at) < abs(match.start() - trigger_at) for at in fresh
        ):
            continue  # (an earlier time opening the sentence frames it all: "Earlier this month")
        cause = _CAUSE_CLAUSE.search(text, 0, match.start())
        if cause is None or match.end() > trigger_at:
            return True
        clause_end = text.find(",", match.end(), trigger_at)
        if clause_end < 0 or "," in text[cause.end() : match.start()]:
            return True
    return False


def tells_earlier(text: str, before: str, trigger_at: int, fresh: list[int]) -> bool:
    """Whether the sentence ``text`` recalls an earlier incident in the trigger's own clause
    (:func:`_tells_earlier`) or tells the act some time after another, or as what the news
    follows with no fresh day (``before``: the text up to the trigger)."""
    return (
        _tells_earlier(text, trigger_at, fresh)
        or quick_search(_SOME_TIME_AFTER, before) is not None
        or (not fresh and _FOLLOWS.search(before) is not None)
    )


def told_as_recent(before: str, text: str) -> bool:
    """Whether the act is told as recent right before the trigger ("the army recently
    retook"), or the sentence's acts as parts of a recent incident ("during the recent
    attack")."""
    return _RECENT.search(before) is not None or _IN_A_RECENT.search(text) is not None


def compares_similar(text: str) -> bool:
    """Whether the sentence tells "a similar" or "another similar" incident."""
    return _SIMILAR.search(text) is not None


def at_the_same_place(text: str) -> bool:
    """Whether the sentence places it at the news's own place ("in the same market", "there")."""
    return _SAME_PLACE.search(text) is not None
