"""The day an event takes from its siblings: the other events of the article at its place.

An article often tells one incident in sentences that become events of their own (the lead's
clash dated only by the report, the body's air strike "on Monday"). Where the merge keeps them
apart, each event reads only its own sentences, so one may lack the day another tells: an event
dated only by the report (precision not "day") takes the day told by the other events at the
same place within two days of it, when they all tell one such day. Nothing else moves: the
events stay apart (a fold that lost a real occurrence would cost more), and tolls stay where
they were read (a toll copied to a sibling would count the same dead twice; where the two
are one occurrence they are folded instead, :mod:`.tolls.toll_folds`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ...contracts import EventMessage
from ..events.geography.spellings import one_name

_DATE_DAYS = 2


def share_fields(events: Sequence[EventMessage]) -> list[EventMessage]:
    """The events, each with the day its siblings tell where it has only the report's."""
    return [_with_siblings(event, events) for event in events]


def first_place(event: EventMessage) -> str | None:
    """The name of the event's first location (its own place), None without one."""
    return event.locations[0].name if event.locations else None


def same_place(event: EventMessage, other: EventMessage) -> bool:
    """Whether two events are at one first place: the same name, or two spellings of one name
    at the same coordinates ("Tariq al-Bab" and "Tareeq al-Bab", "Khan Shaykhun" and "Khan
    Sheikhun": transliterations of one Arabic name, keyed as the merge keys them)."""
    if not event.locations or not other.locations:
        return False
    one, two = event.locations[0], other.locations[0]
    at_one_point = (one.latitude, one.longitude) == (two.latitude, two.longitude)
    return one.name == two.name or (at_one_point and one_name(one.name, two.name))


def _with_siblings(event: EventMessage, events: Sequence[EventMessage]) -> EventMessage:
    place = first_place(event)
    if place is None or event.time.precision == "day":
        return event
    days = {
        e.time.date
        for e in events
        if e is not event
        and first_place(e) == place
        and e.time.precision == "day"
        and e.time.date != event.time.date
        and abs((e.time.date - event.time.date).days) <= _DATE_DAYS
    }
    return _dated(event, days.pop()) if len(days) == 1 else event


def _dated(event: EventMessage, day: dt.date) -> EventMessage:
    time = event.time.model_copy(update={"date": day, "precision": "day"})
    acled = event.acled
    if acled is not None:
        acled = acled.model_copy(update={"event_date": day, "time_precision": 1})
    return event.model_copy(update={"time": time, "acled": acled})
