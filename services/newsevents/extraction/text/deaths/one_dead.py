"""One person killed, told as the subject of a singular passive: "A police officer was on
Thursday, January 18 killed", "A member of the New People's Army, earlier identified as a
soldier, was killed in an encounter", "Also, a cooperator with the group, which is an ally of
the government, was killed in his house".

The singular "was" before a verb of killing makes its subject one person whatever words tell
who they were, so the count does not depend on the subject's head noun (a list of roles never
ends): an indefinite subject ("a", "an", "one") opening a clause is one new dead person. The
shorter wordings ("a man was killed", "Ali Hassan was shot dead") are read first by
:mod:`.wordings`; this pattern reads the subjects they cannot span (a time told between
"was" and its verb, a group's name or a phrase set off by commas in the subject). Not when the
subject holds a clause of its own ("a man whose brother was killed", "a soldier who was
killed last year" retell another death), a count, or a verb of saying, and not "was nearly
killed" nor "was not killed". Read by :func:`.find_deaths` after the other wordings.

Two more ways of telling one dead with no count (thirty-ninth round): a body found
(:data:`BODY_FOUND`) and a pronoun as the subject of a passive (:data:`PRONOUN_DEAD`).
"""

from __future__ import annotations

import re

from ...vocabulary import MONTH_NAMES, WEEKDAY_NAMES
from ..numbers import counting
from .words import TO_DEATH

# Words a subject read here cannot hold: another clause, a count, a verb of saying.
_NOT_IN_SUBJECT = (
    # (a "who" clause of another verb is the subject's: "A chief who went missing on Tuesday
    # was found dead"; thirty-ninth round)
    r"who(?=\s+(?:was|were|is|are|has|have|had)\b)|whose|whom|when|after|before|since|while|"
    r"if|because|said|says|told|reported|"
    rf"were|are|is|have|had|was|\d[\d,.]*|{counting(2, 10)}|"
    r"dozens?|hundreds?|scores?|several|many"
)
# Between "was" and its verb: a time or an adverb ("on Thursday, January 18", "later"), not a
# negation or a near miss, another verb ("was launched that killed"), nor a part of the dead
# told before ("was among those killed").
_NOT_BEFORE_VERB = (
    r"not|never|almost|nearly|narrowly|was|were|that|which|who|whom|and|or|to|among|of|"
    # (a time of day is no verb: "was on Sunday evening lynched")
    r"[\w'’-]+ed|(?!(?:morning|evening)\b)[\w'’-]+ing"
)
_KILLED = (
    r"(?:shot dead|shot and killed|killed|murdered|assassinated|beheaded|executed|slain|"
    # (a body found: "is discovered murdered", "was found killed")
    rf"lynched|gunned down|martyred|(?:found|discovered)\s+(?:dead|murdered|killed)|{TO_DEATH})"
)


def _singular_passive(least: int, also: str = "") -> str:
    """A subject of ``least`` words or more (none of ``also`` either), then a singular "was" (or
    "is", "has been") and a verb of killing: the wording's tail after its opening."""
    return (
        # "was" and a word of killing ahead in the clause: most openings fail here, before the
        # subject's words are tried one by one
        r"(?=[^.;:!?]{0,260}?\b(?:was|is|has|had)\s)"
        r"(?=[^.;:!?]{0,320}?(?:kill|shot|murder|assassin|behead|execut|slain|lynch|gunned|"
        r"martyr|found dead|discovered dead|to death))"
        rf"(?:(?!(?:{_NOT_IN_SUBJECT}{also})\b)[^\s.;:!?]+\s+){{{least},25}}?"
        # (or "has been", "had been", an adverb between: "has reportedly been killed")
        # (or the present of notes and headlines: "A man suspected of theft is lynched")
        r"(?:was|is|(?:has|had)\s+(?:(?:reportedly|allegedly|also)\s+)?been)\s+"
        rf"(?:(?!(?:{_NOT_BEFORE_VERB})\b)[^\s.;:!?]+\s+){{0,6}}?"
        rf"{_KILLED}\b"
        r"(?!\s*(?:and|or|and/or)\s+(?:wounded|injured|maimed)\b)"
    )


ONE_DEAD = re.compile(
    # (a cheap test of the first letter before the openings' lookbehinds)
    r"(?=[AaOo])"
    # a clause's opening: the text's or a sentence's start, after a comma or a colon, or
    # after "that" or "said" (a report's clause)
    r"(?:^|(?<=[.!?,;:\"“”]\s)|(?<=\bthat\s)|(?<=\bsaid\s))"
    r"(?P<n>(?:A|An|One|a|an|one))\s+" + _singular_passive(1),
    re.M,
)

# What opens a sentence and is no subject told without its article: a determiner, a pronoun, a
# negation, a word of time or place heading an adverbial, a conjunction.
_NOT_AN_OPENING = (
    r"The|This|That|These|Those|It|He|She|They|We|I|You|No|Nobody|None|Neither|Nothing|There|"
    r"Who|What|Which|Each|Every|Everyone|Everybody|All|Both|Some|Many|Several|Most|Another|"
    r"Other|One|A|An|His|Her|Their|Its|Our|My|Police|Security|Last|Earlier|Previously|In|On|"
    r"At|During|After|Before|Since|Yesterday|Today|Meanwhile|However|But|And|Also|Then|Later|"
    r"According|When|While|If|Although|Though|Because|Once|Such|"
    rf"{WEEKDAY_NAMES}|{MONTH_NAMES}"
)

ONE_DEAD_BARE = re.compile(
    # One person killed, told without an article, as notes and headlines open a sentence
    # (thirty-ninth round): "MQM activist was gunned down in Orangi Town", "Former block
    # committee member was killed in a political dispute", "Sub-inspector of the city police was
    # shot dead", "Senior Taliban leader, Maulvi Gul Hashmi, was shot dead" (the singular "was"
    # makes the subject one person, as in :data:`ONE_DEAD`; its first word is no determiner,
    # pronoun or adverbial's head).
    r"(?=[A-Z])(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))"
    rf"(?!(?:{_NOT_AN_OPENING})\b)[A-Z][\w'’-]*,?\s+"
    # (no clause of what someone claims: "Protesters claimed that she was killed by her husband")
    + _singular_passive(0, r"|that|claim\w*|alleg\w*|stat\w*|announc\w*|confirm\w*|say")
    + r"(?P<n>)",
    re.M,
)


# One body found, told without "of" (thirty-ninth round): "His body was found five days
# later", "the student's body was later found in a forest", "a body has been recovered" (one
# dead, unless a toll is told before it: :func:`.find_deaths` reads it as that toll's dead).
BODY_FOUND = re.compile(
    r"\b(?P<n>(?:his|her|the|a)\s+(?:[\w'’-]+\s+)?body)\s+(?:was|has been|had been|is)\s+"
    r"(?:(?:later|then|also|reportedly|subsequently|eventually|only)\s+)?"
    r"(?:found|discovered|recovered|retrieved|dumped)\b",
    re.I,
)

# One told by a pronoun as the subject of a passive (thirty-ninth round): "A former member of
# the council was shot in a ride-by attack. He was killed on the spot" (one dead, unless a toll
# is told before it: :func:`.find_deaths` reads it as that toll's dead).
PRONOUN_DEAD = re.compile(
    r"(?:^|(?<=[.!?;]\s))(?P<n>(?-i:He|She))\s+(?:was|has been|had been)\s+"
    r"(?:(?:later|then|reportedly|allegedly|subsequently)\s+)?"
    rf"(?:shot dead|shot and killed|killed|murdered|assassinated|lynched|beheaded|executed|"
    rf"gunned down|{TO_DEATH})\b"
    r"(?!\s+(?:and|or)\s+(?:wounded|injured)\b)",
    re.M,
)
