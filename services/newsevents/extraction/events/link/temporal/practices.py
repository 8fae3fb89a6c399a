"""Non-violent acts told as a practice or a standing state: no occurrence of the day.

Around its news, an article on a war's rear (Deir Ezzor 24, Enab Baladi, the Observatory, wire
backgrounders) describes how a force holds its ground: it seizes homes, funds and recruits
fighters, keeps recruiting centres, releases detainees for bribes. These acts take the verbs and
nouns an occurrence takes, told as what goes on rather than what happened on a day.
:mod:`.status` reads them after the lead, in a sentence that gives no act a fresh day, and calls
such events ``habitual`` background, in a story whose news is itself a situation too (a story
about seized homes still tells its practices around its lead's act):
- a perfect whose object is generic, things owned by a class of people ("the militias have
  seized the homes of displaced families", "have taken over farmland belonging to displaced
  residents"; not "have seized the homes of two activists", nor a number in the sentence);
- the act's verb in the singular present after its subject ("Iran funds and recruits local
  fighters", "the Fifth Corps, which recruits fighters"): news after the lead is told in the
  past, and a text that tells its news in the present is left alone
  (:func:`.standing.narrates_in_present`);
- a count of standing things ("there are about 30 recruiting centres", "the militia runs
  dozens of checkpoints") or of the act's people that reached a figure ("the number of
  recruits has reached about 2,000");
- what a report says ("the report said the militias had seized more than 500 houses"), a
  perfect in a relative clause about a thing ("their homes, which the militias have seized"),
  a participle about an actor before "by" ("committees, funded by Iran, patrol"), people
  described by an earlier flight ("houses of residents who fled");
- a perfect of documenting with no number ("the UN has documented the arrest of returnees");
- of violent acts too: a report, a study or an investigation that documented the act ("a
  report by the network documented the arrest of 200 people"): a count that spans a period
  (not a monitor's own count of the day: "the Observatory documented the death of five
  civilians", "SOHR has documented the death of 12 people in the shelling").
Other violent acts are left to the other readers: a fight or a strike told in the perfect may be
the day's news retold.
"""

from __future__ import annotations

import re

from ....ontology import EventTypeName, is_violent
from ....text.numbers import counting

# The singular present of a non-violent act's verb ("funds", "releases", "occupies"), after
# its subject: a name, a pronoun or an agent's noun right before it ("Iran funds", "the regime
# releases"; not a demonym before a plural noun, "Russian patrols", "Turkish deployments").
_PRESENT_STEMS = (
    r"fund|financ|recruit|releas|deploy|station|seiz|confiscat|appropriat|expropriat|occup|"
    r"detain|arrest|displac|relocat|evict|smuggl|impos|extort|levi|conscript|enlist|mobiliz|"
    r"mobilis|besieg|blockad|deport"
)
_SINGULAR_PRESENT = re.compile(rf"(?:{_PRESENT_STEMS})(?:e|i)?(?:s|es)", re.IGNORECASE)
_SUBJECT_WORD = re.compile(
    r"(?:^|\s)(?:(?!(?:mass|arbitrary|random|recent|new|more|further|such|many|most|some|"
    r"frequent|daily|regular|forced|local|foreign|these|those|other|the|a|an|this|that|its|"
    r"their|his|her|our|such|all|both|each|any|no|several|few|numerous|dozens|hundreds|"
    rf"thousands|scores|{counting(2, 10)})\s)"
    r"(?-i:[A-Z][\w'’-]*)(?<!ian)(?<!ish)(?<!ese)(?<!i)|it|he|she|regime|government|"
    r"militia|group|army|organi[sz]ation|division|brigade|movement|party|administration|"
    r"authority|council|network|faction|state|ministry|agency|command|which|who|that)"
    r",?\s+(?:(?:also|still|now|often|regularly|reportedly|allegedly|openly|actively|and)\s+)?$",
    re.IGNORECASE,
)
# A verb coordinated with one before it: "Iran funds and recruits".
_COORDINATED = re.compile(rf"\b(?:{_PRESENT_STEMS})(?:e|i)?(?:s|es)\s+(?:and|or)\s+$", re.I)
# After the verb: its object or a coordinated verb, not the clause's own verb or a preposition
# of a noun ("government funds were used", "recruits arrived", "detains in"), nor a new thing,
# which a caption tells as the day's act in the present ("the regiment occupies new facility").
_OBJECT_AFTER = re.compile(
    r"^\s+(?!(?:was|were|is|are|has|have|had|will|would|can|could|of|to|from|that|which|who|"
    r"in|on|at|near|along|around|across|by|for|into|with|against|took|came|began|broke|went|"
    r"left|saw|made|gave|spread|drew|rose|fell|led|held|ran|met|happened|occurred|new|"
    r"(?:a|an)\s+new|another)\b)"
    r"(?![a-z]+ed\b)[\w'’-]",
    re.IGNORECASE,
)

# A perfect right before the trigger, and a generic object after it: things owned by a class
# of people ("the homes of displaced families", "properties of residents who fled").
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:(?:also|since|even|\w+ly)\s+)?(?:been\s+)?$", re.IGNORECASE
)
_GENERIC_OWNED = re.compile(
    r"^\s+(?:(?:up|over|out|down)\s+)?(?:the\s+)?(?:[a-z-]+\s+)?[a-z-]{3,}s\s+"
    r"(?:of|belonging to|owned by)\s+"
    r"(?!(?:a|an|the|this|that|these|those|its|their|his|her|our|"
    rf"{counting(2, 10)}|dozens|hundreds|scores|several|some)\b)"
    r"(?:(?:[a-z-]+\s+)?[a-z-]{3,}s\b|(?:the\s+)?(?:displaced|absent|exiled|dead|missing)\b)"
)
# ... or a bare object: a plural or a mass noun of property, no article, number or possessive
# ("have set up headquarters in schools", "have seized farmland").
_BARE_OBJECT = re.compile(
    r"^\s+(?:(?:up|over|out|down)\s+)?(?:(?:agricultural|farm|private|public|residential|civilian)\s+)?"
    r"(?:farmland|land|lands|property|properties|real estate|crops|livestock|homes|houses|"
    r"headquarters|bases|offices|centres|centers)\b"
)
_NUMBER = re.compile(r"\d")

# People described by a flight of their past: "the homes of residents who fled", "families
# who had fled the fighting", "whose owners fled" (the flight is the people's story, not news).
_FLED_BEFORE = re.compile(
    r"\b[a-z-]{3,}s\s+(?:who|whose\s+[a-z-]+s|that)\s+(?:had\s+|have\s+)?$", re.IGNORECASE
)

# A count of standing things before the trigger: "there are about 30 recruiting centres", "the
# militia runs dozens of checkpoints", "has a network of recruitment offices".
_STANDING_COUNT = re.compile(
    r"\b(?:there\s+(?:are|is|remain|exist)|(?:has|have|operates?|runs?|maintains?|owns?|"
    r"manages?))\s+(?:about|around|some|nearly|almost|more than|over|at least|roughly|"
    r"dozens of|hundreds of|scores of|a network of|a number of|several|many|numerous|\d+)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)

# A report that documented or found a practice, before the act in its sentence.
_REPORT_OF_PRACTICE = re.compile(
    r"\b(?:report|study|investigation|survey|inquiry|census)\b[^.;:]{0,100}?"
    r"\b(?:documented|documents|recorded|records|found|finds|detailed|details|revealed|"
    r"reveals|described|describes|listed|lists)\b",
    re.IGNORECASE,
)
# ... or, of a non-violent act with no number, a monitor's perfect, a tally of a stretch ("the
# UN has documented the arrest of returnees"; not the simple past a monitor tells its day's
# count in, nor a count: "SOHR has documented the death of 12 people in the shelling", "the
# arrest of five young men" are the day's news in the Observatory's English).
_HAS_DOCUMENTED = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+)?(?:documented|recorded|monitored)\b", re.IGNORECASE
)
# ... or, of a non-violent act, what a report says ("the report said the militias had seized
# more than 500 houses"; a violent act a report tells may be the day's: "a report by the
# agency said terrorists fired shells on the city").
_REPORT_SAYS = re.compile(
    r"\b(?:report|study|investigation|survey|inquiry)\s+(?:\w+\s+){0,8}?"
    r"(?:said|says|stated|states|noted|notes|showed|shows|estimated|estimates)\b",
    re.IGNORECASE,
)
# A count of the act's people or things that reached a figure: "the number of recruits has
# reached about 2,000", "the number of displaced stands at".
_NUMBER_OF = re.compile(r"\b(?:number|total|count) of\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_REACHED = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,4}?(?:has|have|had)?\s*(?:reached|exceeded|surpassed|"
    r"stands? at|stood at|topped)\b",
    re.IGNORECASE,
)
# A perfect in a relative clause about a thing: "their homes, which the militias have seized".
_RELATIVE_PERFECT = re.compile(
    r"\b(?:which|that)\s+(?:[\w'’-]+\s+){1,3}?(?:has|have)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
# A participle about an actor: "local committees, funded by Iran, patrol", "militias recruited
# by Iran", "Backed and funded by Tehran, the group" (before "by"; its act is the actor's
# description, not the day's).
# (A participle coordinated with another opens the sentence or follows a comma: "he was disarmed
# and arrested by other officers" is a passive, the act itself.)
_ACTOR_PARTICIPLE = re.compile(r"(?:(?:^\W*|,\s*)(?:\w+ed\s+and\s+)?|\b[a-z-]{3,}s\s+)$")
_BY = re.compile(r"^\s+by\b")


def told_as_a_practice(
    told: str, trigger_at: int, trigger: str, event_type: EventTypeName, *, in_present: bool
) -> bool:
    """Whether the sentence (``told``: its asides blanked) tells the act at ``trigger_at`` as a
    practice or a standing state. ``in_present``: the text tells its news in the present."""
    before, after = told[:trigger_at], told[trigger_at + len(trigger) :]
    if _REPORT_OF_PRACTICE.search(before):
        return True
    if is_violent(event_type):
        return False
    if _HAS_DOCUMENTED.search(before) and not _NUMBER.search(told):
        return True
    if (
        _STANDING_COUNT.search(before)
        or _REPORT_SAYS.search(before)
        or _RELATIVE_PERFECT.search(before)
        or (_NUMBER_OF.search(before) and _REACHED.match(after))
        or (trigger.endswith("ed") and _ACTOR_PARTICIPLE.search(before) and _BY.match(after))
    ):
        return True
    # the verb is the trigger's first word ("releases detainees", "set up headquarters")
    verb = trigger.split(" ", 1)[0]
    rest = trigger[len(verb) :] + after
    if (
        _PERFECT.search(before)
        and (_GENERIC_OWNED.match(rest) or _BARE_OBJECT.match(rest))
        and not _NUMBER.search(told)
    ):
        return True
    if _FLED_BEFORE.search(before) and event_type == "relocation":
        return True
    if in_present or _SINGULAR_PRESENT.fullmatch(verb) is None:
        return False
    if _OBJECT_AFTER.match(rest) is None:
        return False
    coordinated = _COORDINATED.search(before)
    subject_before = before[: coordinated.start()] if coordinated is not None else before
    return _SUBJECT_WORD.search(subject_before) is not None
