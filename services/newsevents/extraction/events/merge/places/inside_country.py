"""An event placed at its country only, in an article that names places inside that country.

Monitors never code a country as an event's location: a report that tells an attack "in
Kenya" and is filed from, or elsewhere names, a town of Kenya is coded at that town, the
nearest the text tells to the act, with its province. An event that no place finer than its
country locates (the capital's rule, :mod:`.capital`, has run) is placed at the place of that
country the article names nearest to the event's own sentence (a town before a province at the
same distance; not one told as an origin or as where the wounded were taken), the country kept
after it. Run after merging and the background stages: the place borrowed joins or splits no
incident.
"""

from __future__ import annotations

from ....document import Document, PlaceMention, Span
from ...draft import EventDraft
from ...link.where import tells_no_act_place

_COARSE = frozenset({"country", "supranational"})
# finer first at the same distance
_RANK = {"point": 0, "neighbourhood": 0, "town": 0, "region": 1, "admin1": 2}


def place_inside_country(doc: Document, drafts: list[EventDraft]) -> None:
    """Give each event whose places are all countries (or wider) the place of its first
    country that the article names nearest to the event's sentence."""
    for draft in drafts:
        if not draft.places or any(p.precision not in _COARSE for p in draft.places):
            continue
        country = next((p for p in draft.places if p.precision == "country"), None)
        if country is None:
            continue
        named = [p for p in doc.places if not tells_no_act_place(doc.text, p)]
        inside = nearest_inside(named, country.country_code, draft.sentence_span)
        if inside is not None:
            draft.places = [inside, *draft.places]


def nearest_inside(places: list[PlaceMention], country: str, near: Span) -> PlaceMention | None:
    """The place of ``country`` among ``places`` nearest to ``near``, a finer one first at the
    same distance; None when the article names none."""
    inside = [p for p in places if p.country_code == country and p.precision in _RANK]
    if not inside:
        return None
    return min(inside, key=lambda p: (p.span.gap(near), _RANK[p.precision]))
