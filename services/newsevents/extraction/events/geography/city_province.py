"""A lead told at a city named like its province, read as the province: headlines and leads
name the province by its bare name ("a chemical attack in Syria's Idlib", "air strikes kill
36 in Aleppo", "Army kills 70 terrorists in Hama") and the body tells the town it happened in
("the town of Khan Sheikhoun in the south of Idlib"). The gazetteer reads the bare name as the
city, a town like any other, so the passes that place a lead at a finer place told later (the
story's retelling, a follow-up sentence) would take no other town inside it. Told as the city
("the city of Aleppo", "Aleppo city", "in central Homs") it stays the city.
"""

from __future__ import annotations

import re

from ...document import Document, PlaceMention
from ..draft import EventDraft
from .nesting import same_or_part
from .precision import named_like_its_province

# Words that tell the bare name as the city itself: "the city of X", "the town of X", "X city",
# "downtown X".
_CITY_BEFORE = re.compile(
    r"\b(?:city|town|capital|downtown|central|centre\s+of|center\s+of)\s+(?:of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_CITY_AFTER = re.compile(r"^['’]?s?\s+(?:city|town|old\s+city|downtown)\b", re.IGNORECASE)


def province_by_its_city(doc: Document, lead: EventDraft) -> bool:
    """Whether the lead's place is a city named like its province that its sentences never
    tell as the city, and the lead names no finer place."""
    if not lead.places:
        return False
    place = lead.places[0]
    if place.precision != "town" or not (
        named_like_its_province(place) or same_or_part(place.name, place.admin1 or "")
    ):
        return False
    # (each sentence's places found by bisection: a lead retold in a thousand sentences of a
    # page of places was read places x sentences, quadratic)
    told = [
        p
        for i in lead.sentences
        for p in doc.in_sentence(doc.places, doc.sentences[i])
        if p.name == place.name
    ]
    return bool(told) and not any(_told_as_city(doc.text, p) for p in told)


def _told_as_city(text: str, place: PlaceMention) -> bool:
    before = text[max(0, place.span.start - 30) : place.span.start]
    after = text[place.span.end : place.span.end + 20]
    return _CITY_BEFORE.search(before) is not None or _CITY_AFTER.match(after) is not None


def in_the_province(place: PlaceMention, city: PlaceMention) -> bool:
    """Whether ``place`` is another town, a quarter or a point of the city's province."""
    return (
        place.country_code == city.country_code
        and place.province is not None
        and place.province == city.province
        and place.name != city.name
    )
