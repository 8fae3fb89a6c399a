"""How the unknown localities of an act stand in a list with its known town (for
:mod:`..placing.unknown_places`): the town one name of another list of known towns, a district named
after its seat heading the localities' list, or a locality opening the list the town is a later
name of.
"""

from __future__ import annotations

import re

from ......document import LOCAL_PRECISIONS, Document, PlaceMention, sentence_at
from ......ontology import is_violent
from .....draft import EventDraft
from .....geography.lists.list_glue import listed_with
from .....geography.lists.longest_list import listed_in, seat_district
from .....geography.struck_names.struck_clauses import struck_names_after
from ..locality import Locality, place_of_locality
from .one_list import in_list_of


def known_list_member(
    doc: Document, draft: EventDraft, town: PlaceMention, found: list[Locality]
) -> bool:
    """Whether the violent act's known town is one name of a list of known towns of its own
    sentence, which names none of the localities: the town is where one of the act's events
    is, not where the localities lie."""
    if town.precision != "town" or not is_violent(draft.event_type):
        return False
    told = sentence_at(doc.sentences, town.span)
    if told is None or told.index != draft.sentences[0]:
        return False
    towns = [p for p in doc.in_sentence(doc.places, told) if p.precision in LOCAL_PRECISIONS]
    listed = listed_in(doc, towns, told.span, listed_with)
    if town not in listed or len(listed) < 2 or not found:
        return False
    # the list is the act's (a verb of fire or a plural noun of places opens it, not "positioned
    # in"), and the localities are a second list struck after it
    before = doc.text[max(told.span.start, listed[0].span.start - 40) : listed[0].span.start]
    after = struck_names_after(doc.text, listed[-1].span.end, told.span.end)
    return (
        _OPENS_A_STRUCK_LIST.search(before) is not None
        and bool(after)
        and all(f.span.start > listed[-1].span.end for f in found)
        and found[0].name in after
    )


# A verb of fire or a plural noun of places right before a list: "bombed the towns of", "struck".
_OPENS_A_STRUCK_LIST = re.compile(
    r"\b(?:struck|hit|pounded|targeted|shelled|bombed|bombarded|raided|on|towns\s+of|villages"
    r"\s+of|cities\s+of)\s+(?:the\s+(?:towns?|villages?|cities)\s+of\s+)?$",
    re.IGNORECASE,
)


def district_heading(
    doc: Document, draft: EventDraft, around: PlaceMention, found: list[Locality]
) -> PlaceMention | None:
    """The place of a district named after its seat that heads a list of the draft's
    localities (the list's first name, known to the gazetteer, the others not), if any: the
    district itself when it lies in the province of ``around``, else a namesake elsewhere,
    read as one more locality of ``around``."""
    for place in draft.places[1:]:
        if not (
            seat_district(place)
            and found
            and place.span.end <= found[0].span.start
            and found[0] in in_list_of(doc, place, found)
        ):
            continue
        if (place.country_code, place.province) == (around.country_code, around.province):
            return place
        named = Locality(place.span, place.text, found[0].precision)
        return place_of_locality(doc, named, around)
    return None


def named_before(
    doc: Document,
    draft: EventDraft,
    town: PlaceMention,
    found: list[Locality],
    head: PlaceMention | None,
) -> Locality | None:
    """The locality that opens the list the draft's known town is a later name of, if any."""
    if head is not None or not found or found[0].span.start >= town.span.start:
        return None
    told = sentence_at(doc.sentences, town.span)
    if told is None or told.index not in draft.sentences or not told.span.contains(found[0].span):
        return None
    return found[0] if found[0] in in_list_of(doc, town, found) else None
