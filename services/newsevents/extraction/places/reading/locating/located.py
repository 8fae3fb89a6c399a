"""The province that locates a name: told beside it in its sentence ("X in Y province", "the X
district of Y") or ending a chain of units after it (:mod:`.enclosure`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ....document import Document, Span, sentence_at
from ...gazetteer import CITY_POPULATION, Kind, Place, Region
from ..surface import Match
from ..tokens import Tokens
from ..words import DIRECTION_WORDS, LOCALITY_WORDS, SETTLEMENT_WORDS
from .enclosure import chained_provinces

_IN_PROVINCE = re.compile(
    rf"\s+(?:(?:{'|'.join(sorted(LOCALITY_WORDS | SETTLEMENT_WORDS))})\s+)?(?:in|of)\s+"
    rf"(?:the\s+)?(?:(?:{DIRECTION_WORDS})\s+)*(?:of\s+(?:the\s+)?)?"
    rf"(?:(?:countryside|rural\s+areas?)\s+of\s+)?"
)
# ... and between a neighbourhood, quarter or district and the city it lies in: "X
# district in Damascus", "the X neighborhood of the Syrian city of Aleppo".
_IN_CITY = re.compile(
    rf"\s+(?:{'|'.join(sorted(LOCALITY_WORDS))}|district|area)\s+(?:in|of)\s+(?:the\s+)?"
    rf"(?:(?:{DIRECTION_WORDS})\s+)*(?:[A-Z][\w'’-]*\s+)?(?:(?:city|capital|town)\s+of\s+)?"
)


_COMMA = re.compile(r"\s*,\s*")


def read_sentences(
    doc: Document, tokens: Tokens, accepted: list[Match], places: Sequence[Place]
) -> None:
    """The province that locates each name in its sentence ("Adra in Damascus countryside":
    a province by its own name, or so qualified: "Quneitra province"). One sense per article:
    every mention of a name shares what its mentions say."""
    provinces: dict[str, set[tuple[str, str]]] = {}
    for n, match in enumerate(accepted[:-1]):
        later = accepted[n + 1]
        first = tokens[match.first]
        sentence = sentence_at(doc.sentences, Span(first.start, first.end))
        if sentence is None or tokens[later.first].start >= sentence.span.end:
            continue
        gap = tokens.between(match, later)
        # "al-Mazraa district in Damascus", "the village of X in the northern West Bank": a
        # locality or a village lies in the one province of the place that locates it.
        told_as_village = match.mode in ("settlement", "locality") and _IN_PROVINCE.fullmatch(gap)
        city = (
            _region_of_city(later, places) if _IN_CITY.fullmatch(gap) or told_as_village else None
        )
        if city is not None:
            provinces.setdefault(match.key, set()).add(city)
            continue
        regions = [places[i] for i in later.ids if places[i].kind == Kind.ADMIN1]
        if len(regions) != 1 or not (later.mode in ("admin1", "rural") or len(later.ids) == 1):
            continue
        region = regions[0].region
        # "Kutulo, Wajir County": after a comma only a region so qualified (a bare name after
        # a comma may be the next item of a list).
        beside = _IN_PROVINCE.fullmatch(gap) or (later.mode == "admin1" and _COMMA.fullmatch(gap))
        if region is not None and beside:
            provinces.setdefault(match.key, set()).add(region)
    for match in accepted:
        match.provinces_beside = frozenset(provinces.get(match.key, ()))


def read_chains(
    tokens: Tokens, accepted: list[Match], places: Sequence[Place], sentence_ends: list[int]
) -> dict[int, int]:
    """The province ending the chain of units after a name ("X in Y Local Government Area of Z
    State") locates it, and every mention of its name, rather than the region
    of a town right after it (:mod:`.enclosure`). Returns the province of each mention so
    located."""
    chained = chained_provinces(tokens, accepted, places, sentence_ends)
    by_key = {accepted[n].key: province for n, province in chained.items()}
    located: dict[int, int] = {}
    for n, match in enumerate(accepted):
        province = by_key.get(match.key)
        if province is None:
            continue
        region = places[province].region
        if region is not None:
            match.provinces_beside = frozenset({region})
            located[n] = province
    return located


def _region_of_city(match: Match, places: Sequence[Place]) -> Region | None:
    """The one province a name of a city or province lies in ("Damascus": the city and the
    province of Damascus), or None when its cities and provinces lie in several."""
    regions = {
        places[i].region
        for i in match.ids
        if places[i].kind == Kind.ADMIN1
        or (places[i].kind == Kind.GEONAMES and places[i].population >= CITY_POPULATION)
        or (len(match.ids) == 1 and _district(places[i]))
    }
    return regions.pop() if len(regions) == 1 else None


def _district(place: Place) -> bool:
    """A unit below a province that only one place bears ("the Bara area of Khyber Agency",
    "X area of Y district"): it lies in its one province, as a city does."""
    return place.kind in (Kind.ADMIN2, Kind.SUPPLEMENT) and place.precision == "region"
