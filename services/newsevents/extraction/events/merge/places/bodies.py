"""An event that nothing else places is where the local body it names stands.

"Members of the Mandya Youth Congress Committee staged a protest outside the post office",
"Students of Garissa University went on a rampage", "PTI Karachi chapter held a protest": the
report names no place, but a local body acts where it stands, and monitors code the act at
its town. The towns so named (``Document.body_places``, read by
:mod:`....places.choosing.bodies`) are no place mentions; an event with no place at all, or
placed no finer than a country or a province that holds the town, after every other place pass
(run last), takes the one nearest to its sentence. Not an event whose sentence counts its
places ("in three towns of the north"): a summary is placed at none of them.
"""

from __future__ import annotations

from ....document import Document, PlaceMention, sentence_at
from ...draft import EventDraft
from .per_place.counted_places import counts_places

_COARSE = frozenset({"country", "supranational"})


def place_at_bodies(doc: Document, drafts: list[EventDraft]) -> None:
    """Give each event with no place, or only countries and provinces, the town of a local body
    the article names nearest to its sentence (in the event's country and province when it has
    them)."""
    if not doc.body_places:
        return
    for draft in drafts:
        provinces = {(p.country_code, p.name) for p in draft.places if p.precision == "admin1"}
        if any(p.precision not in _COARSE | {"admin1"} for p in draft.places):
            continue
        sentence = sentence_at(doc.sentences, draft.sentence_span)
        if sentence is not None and counts_places(sentence.text):
            continue
        countries = {p.country_code for p in draft.places}
        bodies = [
            p
            for p in doc.body_places
            if (not countries or p.country_code in countries)
            and (not provinces or (p.country_code, p.admin1) in provinces)
        ]
        if bodies:
            draft.places = [_nearest(bodies, draft), *draft.places]


def _nearest(bodies: list[PlaceMention], draft: EventDraft) -> PlaceMention:
    return min(bodies, key=lambda p: p.span.gap(draft.sentence_span))
