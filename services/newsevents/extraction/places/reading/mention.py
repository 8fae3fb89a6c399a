"""A place mention of an accepted name: its span, the place chosen and how precise the text
tells it (a district told as a town is its seat)."""

from __future__ import annotations

import re

from ...document import LOCAL_PRECISIONS, PlaceMention, PlacePrecision, Span
from ..gazetteer import PRECISIONS, Kind, Place
from .surface import Match
from .tokens import Tokens
from .words import Mode

_TOWN_BEFORE = re.compile(r"\b(?:town|city|village)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_TOWN_AFTER = re.compile(r"\s+(?:town|city|village)\b", re.IGNORECASE)


def _district_told_as_town(text: str, start: int, end: int, place: Place) -> bool:
    """A district (a unit named after its seat) that the text tells as a town, city or village
    is that seat: "the town of Kolofata" is a town, not the district around it."""
    return place.kind == Kind.ADMIN2 and (
        _TOWN_BEFORE.search(text, max(0, start - 20), start) is not None
        or _TOWN_AFTER.match(text, end) is not None
    )


def mention(tokens: Tokens, match: Match, place: Place, mode: Mode) -> PlaceMention:
    start, end = tokens[match.first].start, tokens[match.last].end
    admin1 = place.region_name
    return PlaceMention(
        span=Span(start, end),
        text=tokens.text[start:end],
        name=place.name,
        country_code=place.country_code,
        admin1=admin1 or None,
        latitude=place.latitude,
        longitude=place.longitude,
        precision="town"
        if _district_told_as_town(tokens.text, start, end, place)
        else precision_of(place, mode),
        feature=place.feature,
        geonames_id=place.geonames_id or None,
    )


def precision_of(place: Place, mode: Mode) -> PlacePrecision:
    precision = place.precision
    if mode == "admin1" and place.kind == Kind.ADMIN1:
        precision = "admin1"
    elif mode == "admin1" and precision in LOCAL_PRECISIONS:
        # "Soumpi, Timbuktu region": a region named after its town is no town
        precision = "region"
    elif (mode in ("area", "desert") and precision in LOCAL_PRECISIONS) or (
        mode == "rural" and precision in ("admin1", "town", "neighbourhood", "point")
    ):
        precision = "region"
    if precision not in PRECISIONS:  # a supplement row without one: the type cannot tell
        raise ValueError(f"gazetteer precision {precision!r} for {place.name}")
    return precision
