"""What a definite retelling ("The attack was launched on Saturday", "the attack occurred near
X, a town 50 km northwest of Y") tells of the act it names back: the places and the day its
sentence gives the act, compared with the act's (:func:`.named_back.named_back`).

A retelling's sentence often names a place that is not the act's: where its teller is ("a
local resident in nearby X town told AFP") or the point another place lies near ("a town 50 km
northwest of Y"). Neither keeps it apart from the act it names. And an act whose day only its
report gives (the day before "sources told AFP on Tuesday", precision ``vague``) happened on
that day or some days before: a retelling that names a day of the week before it tells when.
"""

from __future__ import annotations

import datetime as dt

from .....document import Document, PlaceMention
from ....draft import EventDraft
from ....link.place_roles import is_tellers_place
from ....story_cues import same_day, told_places
from ..story.sites import reference_point

# How far before a report's day a retelling's day may lie and still be the act's.
_WEEK = dt.timedelta(days=6)


def retold_places(doc: Document, draft: EventDraft) -> list[PlaceMention]:
    """The places a definite retelling's own sentence tells as the act's: not its teller's
    ("a resident in nearby X town told AFP") and not a point of reference ("X, a town 50 km
    northwest of Y", "near Y")."""
    return [
        p
        for p in told_places(doc, draft)
        if not is_tellers_place(doc.text, p) and not reference_point(doc, p)
    ]


def retold_day_fits(act: EventDraft, draft: EventDraft) -> bool:
    """Whether the retelling's day can be the act's: the same day (:func:`same_day`), or the
    act's day is a guess from its report and the retelling names a day up to a week before
    it ("killed ..., sources told AFP on Tuesday"; "The attack was launched on Saturday")."""
    if same_day(act, draft):
        return True
    a, b = act.date, draft.date
    return (
        a is not None
        and b is not None
        and a.precision == "vague"
        and b.precision == "day"
        and dt.timedelta(0) <= a.date - b.date <= _WEEK
    )
