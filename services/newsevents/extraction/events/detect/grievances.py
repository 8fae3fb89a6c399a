"""The violent act a protest is about, told where the near grievance rule of :mod:`.triggers`
does not reach it: before the protest, as the occasion of the sentence ("Following the killing
of a baker, residents protest"), or named far inside the protest's grievance ("calling for a
fair trial in connection with the assault"). Conflict monitors code such a report as the
protest; the act it names was coded when it happened.
"""

from __future__ import annotations

import re

# What makes a clause a protest: its verb or its noun, including a work boycott ("bus
# drivers boycott their shifts after two drivers were killed"). "march" in lower case only and
# with no day number beside it (the month: "on 5 March", "March 5"); a rally of troops or
# reinforcements is none ("the army rallied reinforcements").
_PROTEST = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|"
    r"rall(?:y|ies|ied|ying)(?!\s+(?:(?:the|its|their|his|more|fresh|extra)\s+)?(?:reinforcements|"
    r"troops|forces|fighters|soldiers|men|units|militias?|tribes|allies)\b)|"
    r"(?<!\d\s)(?-i:march(?:ed|es|ing)?)(?!\s+\d)|sit-ins?|vigils?|"
    r"human chains?|dharnas?|hartals?|bandhs?|boycott\w*|procession\w*|agitat\w*)\b",
    re.IGNORECASE,
)
# The trigger inside an opening phrase of time or cause, with no comma before it: "Following the
# shooting of a baker in his shop, ...", "After a driver was gunned down by ...,",
# "Demanding the arrest of the suspects in the murder of a farmer, ...".
_OCCASION_OPENING = re.compile(
    r"(?:^|[,;:(]\s*|\b\d{4}\s+|\bOn\s+\w+\s+\w+\s+)(?:shortly\s+|(?:a\s+)?(?:days?|hours?|"
    r"weeks?)\s+)?(?:(?:following|after|in the wake of|in reaction to|in response to)\b|"
    # the crowd's anger at it: "Outraged by the murder of a trader, residents marched"
    r"(?:outraged|angered|incensed|enraged|angry)\s+(?:by|over|at)\b|"
    # or the protest's own participle: "Demanding the arrest of the suspects in the murder of a
    # farmer, party members held a demonstration"
    # (with its object: "protesting residents were beaten" names who was beaten)
    r"(?:demanding|protesting|condemning|denouncing|seeking)\s+(?:the|a|an|his|her|their|its|"
    r"against|over|justice|punishment)\b)[^,;:]*$",
    re.IGNORECASE,
)
# The main clause after that phrase: everything up to the sentence's next full stop.
_CLAUSE_AFTER = re.compile(r"^[^,;:]*[,;:]\s*(?P<clause>.*)$", re.DOTALL)


def occasion_of_a_protest(before: str, after: str) -> bool:
    """Whether a violent act told in an opening "Following ..." or "After ..." phrase is the
    occasion of the protest the sentence then tells: "Following the killing of a baker in
    his shop, the town's traders protest" (not "After the rally, police shot two
    men": no protest in the main clause)."""
    if not _OCCASION_OPENING.search(before[-200:]):
        return False
    rest = _CLAUSE_AFTER.match(after)
    return rest is not None and _PROTEST.search(rest.group("clause")[:120]) is not None


# What a protest is for or against, far before a violent act named by its noun: "over the pace
# of the inquiry into the murder", "calling for a fair trial in connection with the assault"
# (the words between name no clause of their own: no auxiliary, no relative pronoun). A
# clash is left out: protesters clashing is their own act.
_FAR_GRIEVANCE = re.compile(
    r"\b(?:against|over|demand\w*|justice for|in connection with|in relation to|condemn\w*|"
    r"denounc\w*|to deplore|deploring|into|following|seeking)\s+"
    r"(?:(?!(?:was|were|is|are|had|has|have|been|when|while|who|whom|which|that|but)\b)"
    r"[\w'’()-]+\s+){0,12}$",
    re.IGNORECASE,
)
# An act named by its noun, not told by a verb: "the killing", "the attack", "the murder".
_ACT_NOUN = re.compile(
    r"(?:\w+ings?|\w+tions?|attacks?|murders?|rapes?|deaths?|assaults?|raids?|massacres?|"
    r"violence|torture|harassment|abuses?)\b",
    re.IGNORECASE,
)


# What a protest blames someone for, told by a gerund: "staged a protest against an MP for
# threatening a member", "demonstrated outside a teacher's house for molesting a child".
_FOR_DOING = re.compile(r"\bfor\s+$", re.IGNORECASE)


def far_grievance(before: str, trigger: str) -> bool:
    """Whether a violent act named by its noun sits far inside a protest's grievance: "residents
    held a demonstration over the pace of investigations into the murder of their MP"."""
    if _FOR_DOING.search(before[-6:]) and trigger.lower().endswith("ing"):
        return _PROTEST.search(before) is not None
    if _ACT_NOUN.match(trigger) is None:
        return False
    grievance = _FAR_GRIEVANCE.search(before[-200:])
    if grievance is None:
        return False
    opening = before[: max(0, len(before) - 200) + grievance.start()]
    return _PROTEST.search(opening) is not None
