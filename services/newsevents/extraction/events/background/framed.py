"""The news named again to set it in its frame is not one more incident.

After telling its incident, a story often names it again by a definite noun, as the subject of
a clause that tells not the act but its frame: when it came, what it followed, what it was or
was for ("The attack near the town comes as the governor asks for more troops", "The raids
came as the council prepared to meet", "The Friday bombing came a week after another", "The
protests are an outburst of anger at the council", "a resident said the clashes were for
control of an old depot"). The noun points back at the news ("the", "these", "this",
"those", "such"): what the clause tells is the news's time, cause or meaning, not that
something happened. When it is the news, its mention merged into the incident told before
(this runs after the news is merged, like :mod:`.closing` and :mod:`.referred`); what such a
clause alone names after the lead and after other news is the news seen from afar, and is
background. The act told by a verb of its own ("The attack was carried out by two gunmen",
"The attack killed five") is not framed and stays news.
"""

from __future__ import annotations

import datetime as dt
import re

from ...document import Document, Sentence
from ..draft import EventDraft
from ..link.temporal.dated import NEWS_WINDOW_DAYS

# Before the trigger, the clause opens on the noun phrase (up to three words between the
# determiner and the act's noun: "The deadly Friday suicide bombing"), after a report's verb
# at most ("a resident said the clashes were for ..."). A day's possessive points back too
# ("Wednesday's explosion came as ...", written "Wednesdays explosion" in copy that lost its
# apostrophes; fifty-first round, prec71).
_NAMED_AGAIN = re.compile(
    r"\s*(?:(?:but|and)\s+)?(?:[^.;:]*?\b(?:said|says|added|noted)\s+(?:that\s+)?)?"
    r"(?:the|these|those|this|such|"
    r"(?:yester|to|mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s|s))\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# After the trigger (and its place, at most six words: "near the old town"), a verb of frame:
# the act's time or what it follows ("comes as", "came a week after", "follows", "coincided
# with"), or what it
# is ("are an outburst of", "were for control of", "was part of", "is seen as").
_FRAME = re.compile(
    r"(?:\s+(?:in|on|at|near|against|across|around|outside|inside|from)\s+"
    r"(?:[\w'’-]+\s+){0,5}?)?\s*"
    r"(?:(?:comes?|came|follows?|coincided\s+with|coincides\s+with)\b|followed(?!\s+by\b)\b"
    r"|(?:is|are|was|were)\s+(?:an?|the|part of|for|seen as|one of|among|widely seen)\b)",
    re.IGNORECASE,
)


def frame_the_news(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Mark ``background`` the news drafts first told, after other news, as the noun a clause
    of frame opens on, and return them."""
    body = [s for s in doc.sentences if not s.heading]
    if not body:
        return []
    lead = body[0].index
    told_at = [min(d.sentences) for d in drafts if d.temporal_status == "current"]
    marked: list[EventDraft] = []
    for draft in drafts:
        first = doc.sentences[min(draft.sentences)]
        if (
            draft.temporal_status != "current"
            or first.heading
            or first.index == lead
            or not first.span.contains(draft.trigger.span)
            or not any(at < first.index for at in told_at)  # no news told before to point at
        ):
            continue
        before = doc.text[first.span.start : draft.trigger.span.start]
        if _NAMED_AGAIN.fullmatch(before) is None:
            continue
        frame = _FRAME.match(doc.text, draft.trigger.span.end, first.span.end)
        if frame is None or _dates_another_act(doc, first, frame.end()):
            continue
        draft.temporal_status = "background"
        marked.append(draft)
    return marked


def _dates_another_act(doc: Document, sentence: Sentence, after: int) -> bool:
    """Whether the clause after the frame's verb tells a day of the news window ("The attack
    came a day after a roadside bomb hit an army truck on Sunday"): the act it follows is one
    more incident of the news, which the draft may carry (its act merged into the noun's)."""
    window = doc.published - dt.timedelta(days=NEWS_WINDOW_DAYS)
    return any(
        m.precision == "day" and m.date >= window and m.span.start >= after
        for m in doc.in_sentence(doc.dates, sentence)
    )
