"""The place a quarter the gazetteer lacks lies in, when the act's only known place is where the
fire came from: "terrorists positioned in the Eastern Ghouta targeted al-Qasaa neighbourhood"
after "shells hit residential neighbourhoods of Damascus city" hit a quarter of Damascus, not
one of the Eastern Ghouta's province (forty-ninth round, shell69)."""

from __future__ import annotations

from ......document import Document, PlaceMention, sentence_at
from .....draft import EventDraft
from .....link.place_roles import is_firing_post
from .....link.where import earlier_places


def aimed_container(doc: Document, draft: EventDraft, around: PlaceMention) -> PlaceMention:
    """``around``, unless it is the firing post of the draft's act ("positioned in X") and a
    town told in the draft's other places or in the sentences just before the act's (the
    paragraph's city, at most three back) is not: that town."""
    if not is_firing_post(doc.text, around, draft.trigger):
        return around
    for place in draft.places[1:]:
        if place.precision == "town" and not is_firing_post(doc.text, place, draft.trigger):
            return place
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is None:
        return around
    for place in earlier_places(doc, sentence):
        if (
            place.precision == "town"
            and place.country_code == around.country_code
            and not is_firing_post(doc.text, place, draft.trigger)
        ):
            return place
    return around
