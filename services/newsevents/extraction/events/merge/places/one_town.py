"""An act no sentence places, in a story that names one town only: it happened there.

Short reports tell the act in a lead that names no place ("Police fired tear gas to disperse
activists who defied a ban on rallies in the capital") and name the town once, in a sentence
of their own about something else ("... protesters who emerged from alleyways in central
Katmandu"). Every earlier pass looks for the place in the act's own sentences or in the
sentences right after it in its paragraph; an act still unplaced after them is placed at the
one town, neighbourhood or site the whole article names, when it names exactly one (under any
spelling, as often as it likes). An article naming two towns says nothing of which is the
act's: its unplaced acts stay unplaced; so does an act whose own sentence names the town
(the earlier passes read it as where someone came from or went: "the governor, who is from
Zintan, ordered ..."). The filing town of a dateline is no place of the
article here (it is a place reference, not a place), and places told as where people came from
or went to count as named: a second town is a doubt either way.
"""

from __future__ import annotations

from ....document import Document, PlaceMention
from ...draft import EventDraft

_TOWN_LIKE = frozenset({"town", "neighbourhood", "point"})


def place_in_the_only_town(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each draft with no place, placed at the one town the article names, if it names one."""
    if all(draft.places for draft in drafts):
        return drafts
    mentions = _only_town(doc)
    if not mentions:
        return drafts
    for draft in drafts:
        if draft.places or not draft.sentences:
            continue
        own = [doc.sentences[index].span for index in draft.sentences]
        if any(span.start <= m.span.start < span.end for span in own for m in mentions):
            continue  # its own sentence names the town and the act was not placed there
        draft.places = [mentions[0]]
    return drafts


def _only_town(doc: Document) -> list[PlaceMention]:
    """The mentions of the one resolved town-like place the article names, in text order; none
    if it names none or several."""
    towns = [p for p in doc.places if p.precision in _TOWN_LIKE]
    if not towns or not all(p.resolved for p in towns):
        return []
    if any(_other(towns[0], p) for p in towns[1:]):
        return []
    return towns


def _other(place: PlaceMention, other: PlaceMention) -> bool:
    if place.geonames_id is not None and other.geonames_id is not None:
        return place.geonames_id != other.geonames_id
    return (place.name, place.country_code) != (other.name, other.country_code)
