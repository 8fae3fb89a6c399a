"""A text of one block: an act retold inside its sentence on a day before the news is context.

A story told in paragraphs turns back to earlier incidents paragraph by paragraph
(:mod:`.recalled`). A text of one block (a flattened feed, a wire story whose paragraph breaks
were lost) has no paragraph to open, but its sentences still keep the story's time: the lead
sentence tells the news and its day (the news day: the lead's first violent act on a day, else
its first act on a day, else the first act the story dates, else the day before the report).
A sentence after it that gives an act a day of its own at least two days before the news
day, the act told in a frame that retells it rather than reports it, tells an earlier incident
the news is set against, whatever its type:
- what someone is blamed for or accused of ("the opposition accused government forces of
  killing 1,000 civilians on Wednesday"; the responsibility clauses of :mod:`.referred`, which
  leaves alone an act whose day is within a week of the report);
- what may have happened then ("said the air force may have deliberately targeted the convoy on
  Sept. 19");
- what a place is known for, in a clause of "where" ("Khan Sheikhoun, where a chemical attack
  killed nearly 90 people on April 4").

The same day told as a report's plain statement ("gunmen abducted a priest on Sunday night, the
mission said on Tuesday") is news reported late, and stays news; so does a sentence that opens
on its day ("On Saturday, militants ambushed a patrol": a roundup of the last days tells each
item so), a day that opens or closes a span ("between Nov. 14 and Nov. 17": a period), an act
told beside the news ("also", "another", "a separate attack") at most two days before it, an
act of a type the lead sentence tells at its place (the lead's incident retold with its day),
and a type the lead names as several (each may be told later on its own day), as in
:mod:`.recalled`. A clause of "when" or "after" is not read: it tells the day's incident as
often as the origin of a state ("three civilians were killed on Thursday when a shell hit
their house"; read, it cost the FA-KES holdout a hit).
"""

from __future__ import annotations

import datetime as dt
import re

from ...document import DateMention, Document, Sentence
from ...ontology import is_violent
from ..draft import OCCURRED, EventDraft
from ..link.temporal.earlier import LINKING_WORDS, OPENING, TURNS_OF_THE_DAY
from .recalled import DAYS_APART, PLURAL, day_of, elsewhere, told_beside_the_news
from .referred import RESPONSIBILITY

# Before a date that opens its sentence: nothing, a linking word, its preposition, a turn of
# the day ("On Saturday", "Also on Sunday", "Late on Friday", "Last Thursday").
_OPENING = re.compile(
    rf"\W*(?:(?:{LINKING_WORDS}|{TURNS_OF_THE_DAY})\W+)?{OPENING.pattern}", re.IGNORECASE
)
# Between the two ends of a span of days: "Nov. 14 to Nov. 17", "1 and 3 March".
_SPAN_JOIN = re.compile(r"\s*(?:to|and|until|till|through|[-–—])\s*", re.IGNORECASE)
_SPAN_OPEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
# Right before the act, a perfect of what may have been: "may have deliberately targeted".
_MAY_HAVE = re.compile(
    r"\b(?:may|might|could|must|would|should)\s+(?:not\s+)?have\s+(?:been\s+)?(?:[\w-]+ly\s+)?$",
    re.IGNORECASE,
)
# The act inside a clause of "where" (no clause break before it).
_WHERE = re.compile(r"\bwhere\s+[^,;:()\"“”]*$", re.IGNORECASE)


def retell_earlier_days(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """In a text of one block, mark ``background`` the news drafts first told after the lead
    sentence on a day of their own, inside the sentence, at least ``DAYS_APART`` days before
    the news day, and return them."""
    body = [s for s in doc.sentences if not s.heading]
    if len(body) < 2 or len({s.paragraph for s in body}) > 1:
        return []  # a story in paragraphs: recalled.py reads it
    lead_at = body[0].index
    lead = _news_act(doc, drafts, lead_at)
    news_day = _day_of_news(doc, lead)
    in_lead = [d for d in drafts if _first(doc, d).index <= lead_at]
    told = {d.event_type for d in in_lead}
    several = {d.event_type for d in in_lead if PLURAL.search(d.trigger.text)}
    marked: list[EventDraft] = []
    for draft in drafts:
        first = _first(doc, draft)
        own = draft.date
        if (
            draft.temporal_status != "current"
            or first.heading
            or first.index <= lead_at
            or draft.event_type in several
            or own is None
            or own.precision != "day"
            or own.date > news_day - dt.timedelta(days=DAYS_APART)
            or own not in doc.in_sentence(doc.dates, first)
            or _opens(doc, first, own)
            or _in_a_span(doc, first, own)
            or told_beside_the_news(first, own, news_day)
            or not _retold(doc, first, draft)
        ):
            continue
        if lead is not None and draft.event_type in told and not elsewhere(doc, lead, draft, first):
            continue  # perhaps the lead's incident retold with its day
        draft.temporal_status = "background"
        marked.append(draft)
    return marked


def _first(doc: Document, draft: EventDraft) -> Sentence:
    return doc.sentences[min(draft.sentences)]


def the_news_day(doc: Document, drafts: list[EventDraft]) -> dt.date:
    """The story's day: its news act's (:func:`_news_act`), else the day before the report."""
    body = [s for s in doc.sentences if not s.heading]
    return _day_of_news(doc, _news_act(doc, drafts, body[0].index) if body else None)


def _day_of_news(doc: Document, lead: EventDraft | None) -> dt.date:
    """The day of the news act ``lead``, else the day before the report."""
    if lead is not None and lead.date is not None:
        return day_of(lead.date)
    return doc.published - dt.timedelta(days=1)


def _news_act(doc: Document, drafts: list[EventDraft], lead_at: int) -> EventDraft | None:
    """The act that sets the news day: the lead's first violent act that happened on a day (or
    a report's day), else the lead's first act on a day, however told ("the minister said the
    government would allow inspectors to visit"), else the first act the story dates."""
    dated = [
        d
        for d in sorted(drafts, key=lambda d: min(d.sentences))
        if d.temporal_status == "current"
        and d.date is not None
        and d.date.precision in ("day", "vague")
    ]
    in_lead = [d for d in dated if _first(doc, d).index <= lead_at]
    violent = [d for d in in_lead if d.modality in OCCURRED and is_violent(d.event_type)]
    return next(iter(violent or in_lead or dated), None)


def _retold(doc: Document, sentence: Sentence, draft: EventDraft) -> bool:
    """Whether the act is told in a frame that retells it: blamed or accused, what may have
    been, in a clause of "where"."""
    if not sentence.span.contains(draft.trigger.span):
        return False
    before = doc.text[sentence.span.start : draft.trigger.span.start]
    return any(rule.search(before) for rule in (RESPONSIBILITY, _MAY_HAVE, _WHERE))


def _opens(doc: Document, sentence: Sentence, mention: DateMention) -> bool:
    """Whether the date opens the sentence ("On Saturday, militants ambushed ...")."""
    before = doc.text[sentence.span.start : mention.span.start]
    return _OPENING.fullmatch(before) is not None


def _in_a_span(doc: Document, sentence: Sentence, mention: DateMention) -> bool:
    """Whether the date is an end of a span of days ("between Nov. 14 to Nov. 17")."""
    before = doc.text[sentence.span.start : mention.span.start]
    if _SPAN_OPEN.search(before):
        return True
    for other in doc.in_sentence(doc.dates, sentence):
        if other is mention:
            continue
        left, right = sorted((other, mention), key=lambda m: m.span.start)
        if _SPAN_JOIN.fullmatch(doc.text[left.span.end : right.span.start]):
            return True
    return False
