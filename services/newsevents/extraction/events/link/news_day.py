"""The news day: an incident told on a day before the one the lead reports is recalled.

A story leads with its news and the day it happened ("Gunmen killed six police officers in
Tubas on Monday"); a later sentence that tells an act on an earlier day ("On Sunday, gunmen
wounded six soldiers when they attacked a bus", "Last Friday, the insurgents killed two
people") recounts an earlier incident for context, however recent. The act's day is the date
nearest its trigger among the sentence's dates of acts (:mod:`.when`: not the day a report was
made). Only when the lead gives a day: a lead without one names no news day to compare.
"""

from __future__ import annotations

import datetime as dt

from ...document import Document, Sentence
from ..draft import EventDraft
from .when import event_dates

# Days before the news day an act lies when it is recalled: the day before is often the news
# told in two steps ("struck the air college early on Tuesday"; "A drone strike on Monday killed
# 43"; "In the capital, meanwhile, gunmen opened fire late Friday").
_RECALLED = dt.timedelta(days=3)


def news_day(doc: Document) -> dt.date | None:
    """The latest day the lead (its first sentence that is not a heading) dates an act on."""
    lead = next((s for s in doc.sentences if not s.heading), None)
    if lead is None:
        return None
    days = [d.date for d in event_dates(doc, lead) if d.precision == "day"]
    return max(days) if days else None


def told_before_the_news_day(doc: Document, sentence: Sentence, draft: EventDraft) -> bool:
    """Whether the act's own day, the nearest to its trigger, is before the news day."""
    day = news_day(doc)
    if day is None:
        return False
    dates = event_dates(doc, sentence)
    if not dates:
        return False
    trigger = draft.trigger.span.start
    nearest = min(dates, key=lambda d: abs(d.span.start - trigger))
    return nearest.precision == "day" and nearest.date <= day - _RECALLED
