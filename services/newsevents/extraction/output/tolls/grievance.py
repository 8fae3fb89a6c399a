"""The dead a crowd answers are not the crowd's toll (thirty-first round).

A protest or a riot is often told with the killing that set it off: "About 300 protested after
the killing of 3 people by criminals", "Following the shooting of two attendants at a petrol
station, residents blocked the road", "taxi riders burnt a vehicle after a road accident that
resulted in the death of one of their colleagues", "students protesting over the killing of
their colleague". Those dead are the grievance, an act of its own before the crowd gathered
(ACLED codes it apart, or not at all when it is no political violence): the crowd's event
carries none of them. The dead of the crowd's own day stay its toll: "police shot dead two
protesters", "the riot left three dead", "killing two" after the dispersal.

A count is the grievance's when, in its sentence, a word that tells what the crowd answers
("after", "following", "over", "against", "protesting", "demanding justice for", "in response
to") opens a clause that runs to the count without a comma or a stop, and a word of a death
("killing", "death", "murder", "killed", "shot") comes between them or is the count's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...document import QuantityMention, Sentence, sentence_at
from ...events.stages import crime_of_the_punished, tells_a_crowd_punishing

# What a crowd answers, then (in the same clause) the death it answers: "after the killing of",
# "following the death of", "protesting the murder of", "after a gendarme shot and killed".
_ANSWERED = re.compile(
    # a clause told before the crowd: "after a gendarme shot and killed a taxi driver"
    r"(?:\b(?:after|following|in\s+response\s+to|angered\s+by|outraged\s+by|"
    # (forty-first round: "demanding the arrest of those who killed two children", "in
    # remembrance of the deaths of 44", "commemorating a fire that killed 1200")
    r"demand(?:ing|ed|s)?\s+(?:the\s+)?(?:arrest|punishment|prosecution|trial)\s+of|"
    r"in\s+(?:remembrance|memory)\s+of|commemorat(?:ing|ed|es?))\b"
    # (not the crowd's own act told after it: "following which demonstrators killed 6")
    r"(?!\s+(?:which|that|this|whom)\b)"
    # or a death named right after what the crowd stands against: "against the killing of",
    # "protesting the death of" (not "strikes against militants ... with killing of eight",
    # "a clash over a land dispute left a student killed")
    r"|\b(?:over|against|protest(?:ing|ed|s)?|demand(?:ing|ed|s)?\s+justice\s+for|"
    r"in\s+protest\s+(?:at|of|against|over)|to\s+mourn|mourning|condemn(?:ing|ed|s)?)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?(?:killings?|deaths?|murders?|shooting|"
    # (or the act that killed: "protests against the twin attacks on churches that left 17
    # dead", "a protest against the blast that killed two persons"; forty-first round)
    r"lynching|assassination|massacre|attacks?|blasts?|bombings?|explosions?|"
    # (a strike, raid or shelling: "against the air strikes that killed 40", "the night raid
    # that killed 12"; review62)
    r"strikes?|airstrikes?|raids?|shelling|bombardments?|ambush(?:es)?|"
    r"suicide\s+(?:attack|blast|bombing)s?)\b)"
    # the clause up to the count: no comma, stop, colon or semicolon
    r"[^,.;:!?()]{0,90}$",
    re.IGNORECASE,
)
_DEATH = re.compile(
    r"\b(?:kill\w*|death|deaths|dead|died|murder\w*|shot|shooting|lynch\w*|gunned|massacre\w*|"
    r"lives|slain|assassinat\w*)\b",
    re.IGNORECASE,
)
# The crowd's own dead, told in the clause after the connector: "after police shot dead two
# protesters", "after security forces opened fire, killing" (a comma ends the clause anyway).
_CROWDS_OWN = re.compile(
    r"\b(?:protesters?|demonstrators?|rioters?|marchers?|mourners|of\s+them)\b",
    re.IGNORECASE,
)


def answered_dead(
    quantity: QuantityMention, sentences: Sequence[Sentence], *, mob: bool = False
) -> bool:
    """Whether a count of the dead is the killing a crowd answers (see the module), not the
    crowd's own dead; ``mob``: the crowd's event is mob violence, whose lynching is its act."""
    sentence = sentence_at(sentences, quantity.span)
    if sentence is None:
        return False
    start = quantity.span.start - sentence.span.start
    # the clause runs to the count's end: the death may be the count's own words ("against the
    # killing of two")
    if _crime_of_the_punished(quantity, sentence.text, start):
        return True
    passive = _PASSIVE.search(quantity.text)
    if mob and passive and tells_a_crowd_punishing(quantity.text[passive.end() :]):
        # a mob's own dead, counted by its act in the passive: "a woman who stabbed her husband
        # after a dispute was lynched by a mob" (a protest "after two men were lynched"
        # answers them; "one died after locals lynched two youths" counts the one who died)
        return False
    before = _ANSWERED.search(sentence.text, 0, max(0, start + len(quantity.text)))
    if before is None or _DEATH.search(before.group()) is None:
        return False
    # "after police shot dead two protesters": the crowd's own dead, whatever came first
    return _CROWDS_OWN.search(quantity.text + _after(sentence.text, start, quantity)) is None


_PASSIVE = re.compile(r"\b(?:was|were)\s+", re.IGNORECASE)
_DEATH_OPENS = re.compile(r"(?:kill|murder|shot|stabb|hack)", re.IGNORECASE)
# A death word right before a count, in its clause: "who had killed two people", "accused of
# killing three children".
_DEATH_BEFORE = re.compile(
    r"\b(?:kill\w*|murder\w*|shot\s+dead|shooting|stabb\w*|hack\w*)\s+(?:(?:dead|at)\s+)?$",
    re.IGNORECASE,
)


def _crime_of_the_punished(quantity: QuantityMention, text: str, start: int) -> bool:
    """Whether the count is the dead of the crime by which the sentence names the one a crowd
    punishes ("a mob lynched a man who had killed two people", "accused of killing three
    children"): the crime's dead, not the crowd's (review64; the crime fires no event,
    :mod:`...events.detect.refusals.punished`)."""
    if _DEATH_OPENS.match(quantity.text):
        return crime_of_the_punished(text[:start], text)  # the count's own verb: "killed two"
    death = _DEATH_BEFORE.search(text, 0, start)
    return death is not None and crime_of_the_punished(text[: death.start()], text)


_THREE_WORDS = re.compile(r"(?:\s+[\w'’-]+){0,3}")


def _after(text: str, start: int, quantity: QuantityMention) -> str:
    """The three words after a count ("two" + " protesters were killed")."""
    words = _THREE_WORDS.match(text, start + len(quantity.text))
    return words.group() if words else ""
