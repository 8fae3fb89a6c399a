"""A movement of many countries named after the country the article is about, not after a
foreign country the event was placed at because the text names it.

ACLED names a transnational group by its branch in the event's country ("Islamic State
(Syria)", "al-Qaeda" in Yemen as AQAP). The event's country is its place's; but an event placed
at a bare country other than the article's is most often placed at a country told as a
fighter's origin or an act's addressee ("Abu Obaida of Tunisia was killed", "executed an aid
worker as a warning to the United States"), not where it happened: the group is then named
after the country of the article's towns and provinces (forty-first round, actor61). Not the
article's country, which bare countries count in: an article with a namesake of Dabiq in the
United States and "a warning to the United States" is of the United States by them. A town
abroad keeps its country ("an IS bombing in Ankara"), and generic actors keep the event's
country: a note's unnamed crowd or force is of where it is placed. Tried and dropped: a town
in a country the text never names also named after the article's country (an article telling
a Jordanian pilot burned in Raqqa and a warning to Jordan has Jordan for its country, as many
places of Jordan as of Syria).
"""

from __future__ import annotations

import datetime as dt

from ...document import Document, PlaceMention
from ...events.draft import EventDraft
from ...places.shared.article_country import article_country
from ..names.actor_names import acled_name
from .sides import Sides

# a country told bare says nothing of where the news is
_BARE = frozenset({"country", "supranational"})


def movements_at_home(
    doc: Document,
    draft: EventDraft,
    place: PlaceMention | None,
    country_code: str | None,
    on: dt.date,
    sides: Sides,
) -> None:
    """Actor1 and actor2 that name a movement of many countries after ``country_code``, the
    event's place's, renamed after the article's country when that place is a bare country
    (above)."""
    if place is None or country_code is None or place.precision != "country":
        return
    movements = [
        a
        for a in (draft.actor1, draft.actor2, *draft.associates)
        if a is not None and not a.generic and a.country_code is None
    ]
    if not movements:
        return
    # towns and provinces only: a tie goes to the first of them, not to a bare country before
    home = article_country([p for p in doc.places if p.precision not in _BARE])
    if home is None or home == country_code:
        return
    for actor in movements:
        there, here = acled_name(actor, on, country_code), acled_name(actor, on, home)
        if there == here:
            continue
        if sides.actor1 == there:
            sides.actor1 = here
        if sides.actor2 == there:
            sides.actor2 = here
