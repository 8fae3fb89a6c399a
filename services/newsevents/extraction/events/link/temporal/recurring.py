"""Acts told as a habit, a recurrence or a stretch of time, in wordings :mod:`.status`'s
``_HABITUAL`` does not read: no occurrence of the day.

Read after the lead and only in a sentence that gives no act a fresh day (:mod:`.status` calls
such events ``habitual`` background):
- a habit: "are usually", "typically", "traditionally";
- a stretch the acts fill, told with "at least": "has been raging for at least two weeks";
- a stretch as the subject that sees the acts: "Recent months have seen the army retake much
  territory", "the past few weeks have witnessed";
- acts that go on being told or done: "continue to be documented", "has continued to
  denounce kidnappings"; a perfect told as a habit: "operations that have mainly targeted the
  militants", "has long attacked";
- an adjective of frequency right before the act's noun: "daily attacks", "repeated raids",
  "sporadic shelling" (only before a trigger; not one of intensity or continuity: "the
  constant bombardment of the city", "their relentless bombardment" may be the news itself);
- the act as one of a count: "this is the fifth time settlers uproot trees", "it was the
  third time the camp was shelled" (the others came before);
- a campaign running for a stretch: "the offensive, now in its third month", "as the siege
  entered its second year" (forty-fifth round).
"""

from __future__ import annotations

import re

from ....text.numbers import FEW

_SPAN = r"(?:days|weeks|months|years)"
_ORDINAL = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|"
    r"\d+(?:st|nd|rd|th))"
)
# Anywhere in the act's clauses.
_RECURRING = re.compile(
    r"\b(?:usually|typically|customarily|habitually|traditionally)\b"
    rf"|\bfor at least (?:a|one|{FEW}|several|\d+) "
    r"(?:weeks?|months?|years?)\b"
    rf"|\b(?:recent|the (?:past|last)) (?:few |several |couple of )?{_SPAN} "
    r"(?:have|has) (?:seen|witnessed)\b"
    r"|\bcontinues? to be (?:documented|reported|recorded|committed|carried out)\b"
    r"|\b(?:has|have) continued to\b"
    r"|\b(?:has|have)\s+(?:mainly|mostly|largely|chiefly|long|often)\s+\w+ed\b"
    rf"|\b(?:is|was|marks|marked) the {_ORDINAL} time\b"
    # a campaign running for a stretch: "the offensive, now in its third month", "as the
    # siege entered its second year" (weeks, months, years: "now in its second day" may be
    # the news of a protest; forty-fifth round, bg65)
    rf"|\b(?:now in|(?:has |have )?entered|enters|entering) (?:its|their) (?:{_ORDINAL}|"
    r"first|\d+(?:st|nd|rd|th)) (?:week|month|year)\b",
    re.IGNORECASE,
)
# Right before the trigger: an adjective of frequency, at most one word between ("daily
# Russian attacks").
_FREQUENT = re.compile(
    r"\b(?:daily|nightly|near-daily|almost-daily|regular|frequent|repeated|sporadic|periodic|"
    r"occasional|recurring|recurrent)\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def recurs(told: str, before: str) -> bool:
    """Whether the sentence (``told``: its asides blanked) tells its acts as a habit, a
    recurrence or a stretch of time, or the act's noun (``before``: the sentence up to the
    trigger) is qualified by a frequency."""
    return _RECURRING.search(told) is not None or _FREQUENT.search(before) is not None
