"""The page's day is the report's, not the act's: a mention dated only by the stamp the page
opens on ("Published April 6 2017 Gunmen have killed 33 men in eastern Syria ...") tells no day
of its own, and agrees with the day a later sentence gives the act ("... near the town of X on
Wednesday"), when that day is in the week before the page's and the stamped mention is told at
large (at a country or a province, or nowhere): a lead that names its town already tells an
incident there, and the week's other days at that town may be other strikes on it.

Linking keeps such a stamp as the lead's day when no sentence of the lead names another
(:func:`...link.when.event_dates`): a story's lead is mostly that day's news. Compared with a
retelling that names the act's own day, the stamp is no second day: the two are one occurrence,
and the merged event takes the day the retelling tells. Two days the text names ("on Tuesday"
and "on Sunday") still keep two acts apart (:func:`.occurrences.days_agree`); so does a day
after the page's, or more than a week before it.
"""

from __future__ import annotations

import datetime as dt

from .....document import LOCAL_PRECISIONS, DateMention, Document
from ....draft import EventDraft
from ....link.when import is_page_stamp
from ...folding import absorb

# How far before the page's day an act its stamped lead may retell is told: a wire story tells
# the days of its week ("on Wednesday"), not older ones.
_WEEK = dt.timedelta(days=7)


def stamp_agrees(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether one of the two, told at large, is dated only by the page's stamp and the other
    by a day of the week before it (the stamp's day included)."""
    first, second = earlier.date, later.date
    if first is None or second is None:
        return False
    return (_at_large(earlier) and _within_the_week(doc, first, second)) or (
        _at_large(later) and _within_the_week(doc, second, first)
    )


def absorb_act_day(doc: Document, target: EventDraft, draft: EventDraft) -> None:
    """``draft`` retells ``target`` (:func:`..folding.absorb`); a day told in a sentence
    replaces the page's stamp the kept event was dated by."""
    stamped = target.date is not None and is_page_stamp(doc, target.date)
    absorb(target, draft)
    told = draft.date
    if (
        stamped
        and told is not None
        and told.precision == "day"
        and not is_page_stamp(doc, told)
        and target.date is not None
        and _within_the_week(doc, target.date, told)
    ):
        target.date = told


def _at_large(draft: EventDraft) -> bool:
    """Told at no town or finer place: a country, a province, or nowhere."""
    return not any(p.precision in LOCAL_PRECISIONS for p in draft.places)


def _within_the_week(doc: Document, stamp: DateMention, told: DateMention) -> bool:
    return (
        is_page_stamp(doc, stamp)
        and not is_page_stamp(doc, told)
        and told.precision == "day"
        and dt.timedelta(0) <= stamp.date - told.date <= _WEEK
    )
