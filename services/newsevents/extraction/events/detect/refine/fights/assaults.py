"""A beating by a band of people no report names as armed (for :func:`..refinement.refine_type`).

Monitors code violence by unorganised, spontaneous groups as mob violence and keep "attack" for
organised armed actors. A hand-to-hand act (assaulted, beat, stabbed, hacked, thrashed) told in
the active voice of a band the sentence counts or names only by what its people are ("at least
10-12 assailants assaulted a journalist", "members of a clan assaulted a council member",
"contractors assaulted a project director", "people led by a councillor assaulted a man") is
such a group's act. Not a passive with no agent ("a man was beaten": who did it is unknown), one
person ("a man armed with a knife stabbed"), anyone armed, or gunfire in the sentence.
"""

from __future__ import annotations

import re

from ...sides.agents import PASSIVE
from ...sides.parties import ARMED

# The hand-to-hand acts: not "attacked" (an armed band's raid as often as a crowd's).
_HAND = re.compile(
    r"(?:assaulted|beat(?:s| up)?|stabbed|hacked|thrashed)(?:\s+and\s+\w+)?",
    re.IGNORECASE,
)
# A band told by its number, by "unidentified" or "a group of", or as the members of a
# community, clan, team or trade: the plural head of the subject.
_COUNT = r"(?:at least|about|around|some|nearly|over|more than|several|a group of|a gang of)"
_BAND = re.compile(
    r"\b(?:(?:unidentified|unknown|masked|hired|local|rival)\s+)?"
    r"(?:assailants|attackers|persons|individuals)\b|"
    rf"\b{_COUNT}\s+(?:[\d-]+\s+|hundred\s+|dozens\s+of\s+)?(?:[\w-]+\s+)?"
    r"(?:people|men|persons|[a-z]+(?:ers|ors|ants|ists|ees|ives))\b|"
    r"\b(?:members|group) of (?:the |a |an )?(?:[\w()'’-]+ ){0,4}?"
    r"(?:community|clan|group|association|ring|team|ethnicity|family|families)\b|"
    # a trade or a calling, plural, with what it works at: "brokers of private clinics",
    # "staff managing cafes", "organizers of a jalsa"
    r"^\s*(?:[\w-]+\s+)?(?:[a-z]+(?:ers|ors|ists|ants|ees)|staff)\b(?:\s+(?:of|managing|at)\b)?",
    re.IGNORECASE,
)
# A date or a place told before the subject ("On 13 March 2023, ") is no part of it.
_LEAD = re.compile(r"^.*?\b(?:\d{4}|yesterday|today|(?:on|last) \w+day)\b[^,]*,\s*", re.IGNORECASE)
# A subject with a verb of its own is a clause before the act, not its doer: "10 people were
# injured in the", "who went to".
_VERB = re.compile(r"\b(?:was|were|is|are|been|being|had|has|have|who|which|when)\b", re.IGNORECASE)
_FIREARM = re.compile(
    r"\b(?:shot\w*|shoot\w*|(?<!set )fir(?:e|ed|ing)|gun\w*|rifles?|pistols?|firearms?|bullets?)\b",
    re.IGNORECASE,
)


def band_assault(sentence: str, start: int, end: int, before: str) -> bool:
    """Whether the trigger at ``sentence[start:end]`` is a hand-to-hand act of a band of people
    no one arms, told in the active voice with that band for its subject (``before``: the clause
    before the trigger)."""
    if not _HAND.fullmatch(sentence[start:end]) or PASSIVE.search(before):
        return False
    subject = _LEAD.sub("", before)
    if ARMED.search(subject) or _FIREARM.search(sentence) or _VERB.search(subject):
        return False
    return _BAND.search(subject) is not None
