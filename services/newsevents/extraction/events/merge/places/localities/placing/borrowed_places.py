"""Localities read after merging. :mod:`.unknown_places` places an event at the villages its
sentences name while it is merged, around the place it has then. Two kinds of event miss it:
- one told in sentences that name no known place ("Gunmen opened fire on residents as they ran
  to a displacement camp in Gwodi village") has no place while it is merged; once it borrows
  the article's nearest place (:func:`...inside_country.place_the_unplaced`), the village its
  own sentences name is where it happened;
- one still at a province or wider after merging whose village is told in a sentence merged
  into it by a later pass ("... killed at least 20 people in Borno" then "The notorious group
  stormed the village of Kaduwari").
Either is placed at the first such locality, with the point, province and country of the place
it has, as an event placed while merging would be: one event, its sentences were merged as one
occurrence already. The names listed with that locality in its own sentence ("Russian jets struck
Kafr Dael, Tal Hawash and Anadan", the province told in the sentence before) are places of the
one act told there: one event more at each, as while merging (thirty-seventh round).
"""

from __future__ import annotations

from ......document import Document
from ......ontology import is_violent
from .....draft import EventDraft
from ..belonging.event_localities import list_peers, localities_of_event
from ..belonging.one_list import in_list_of
from ..locality import COARSER_THAN_LOCALITY, Locality, place_of_locality
from .unknown_places import HELD_AT, act_at

_WIDER = COARSER_THAN_LOCALITY
_WIDER_THAN_TOWN = COARSER_THAN_LOCALITY - {"town"}


def place_borrowed_at_localities(
    doc: Document, drafts: list[EventDraft], borrowed: list[EventDraft]
) -> list[EventDraft]:
    """Each event, violent or held at a place (an arrest, a seizure), that is still at a
    province or wider after merging, or that had no place while merging (``borrowed``), placed
    at the first locality its sentences name; returns the events of a violent act at the
    names listed with that locality, one each."""
    listed: list[EventDraft] = []
    for draft in list(drafts):
        if not draft.places or not (is_violent(draft.event_type) or draft.event_type in HELD_AT):
            continue
        around = draft.places[0]
        wider = _WIDER if any(draft is b for b in borrowed) else _WIDER_THAN_TOWN
        if around.precision not in wider or not around.resolved:
            continue
        if list_peers(doc, draft, around):
            continue  # a district named in a list of villages: one event there, one at each
        # the first locality only: the event's sentences were merged as one occurrence already
        found = localities_of_event(doc, draft, around, peers=False)
        if not found:
            continue
        draft.places = [place_of_locality(doc, found[0], around), *draft.places]
        if is_violent(draft.event_type):
            peers = [p for p in in_list_of(doc, found[0], found[1:]) if isinstance(p, Locality)]
            listed += [act_at(doc, draft, peer, around, found) for peer in peers]
    return listed
