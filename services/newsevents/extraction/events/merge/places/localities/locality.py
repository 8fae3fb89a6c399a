"""A locality the gazetteer lacks ("the village of X", "X neighbourhood") and the place it takes:
its own name, with the coordinates, admin1 and country of the known place it lies in: the
province its own phrase tells it is in ("the village of X in the Diffa region"), else the place
that locates it or the event's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .....document import Document, PlaceMention, PlacePrecision, Span
from .....places.gazetteer.capitals import CITY_PROVINCES, seat_told_by_name
from .....places.reading.locating.capitals import is_capital
from .....places.reading.words import DIRECTION_WORDS
from ....geography.name_shapes import KIND
from .told_off import off_distance

COARSER_THAN_LOCALITY = frozenset({"town", "region", "admin1", "country"})


@dataclass(frozen=True, slots=True)
class Locality:
    span: Span
    name: str
    precision: PlacePrecision
    # The known place that locates it right after its name ("in X in Y countryside"), if any
    within: PlaceMention | None = None
    # The known place it is listed beside as a peer ("in Mastung, Balghatar, and Sorab"), if any
    beside: str | None = None
    # The province its own phrase tells it lies in ("the village of X in the Diffa region"), if any
    told_in: PlaceMention | None = None
    # Told only by its place in a list after a verb of fire or "in" (open_lists.open_list)
    listed: bool = False

    def lies_in(self, places: list[PlaceMention]) -> bool:
        """Whether the locality may be placed in an event at ``places``: always, unless it is
        located by a known place the event is not at (a split event's other town)."""
        return self.within is None or any(p.name == self.within.name for p in places)


def place_of_locality(doc: Document, locality: Locality, around: PlaceMention) -> PlaceMention:
    """The locality, told off the city ("some 20 km south of the capital Damascus") or not,
    wherever the article tells it so: "in Khaldeh, south of the capital Beirut" in the lead
    places "the Khaldeh area" of a later sentence outside the city too."""
    km = _off_city(doc, locality, _anchor(locality, around).name)
    far = km is not None and km >= _FAR_KM
    off = km is not None or _COUNTRYSIDE.match(doc.text, locality.span.end) is not None
    unit = _UNIT_AFTER.match(doc.text, locality.span.end) is not None
    return at_locality(locality, around, off=off, far=far, unit=unit)


# A unit's noun after a locality's name: "Musa Khel district, Khost" is a unit of the
# province, put at its middle, not at the town of the province's name.
_UNIT_AFTER = re.compile(
    r"\s+(?i:districts?|sub-?county|county|tehsil|upazila|division|township|municipality)\b"
)


# A locality its own phrase puts in a city's countryside, not in the city: "al-Wafideen Camp
# neighbourhood in the countryside of Damascus", "X area in Damascus countryside" (forty-ninth
# round, shell69): in the province around a capital that is a province of its own.
_COUNTRYSIDE = re.compile(
    rf"(?:\s+(?:{KIND})\b)?,?\s+(?:in|of)\s+(?:the\s+)?(?:(?i:{DIRECTION_WORDS})\s+)?"
    rf"(?:countryside\s+of\s+|[A-Z][\w'’-]+\s+(?:(?i:{DIRECTION_WORDS})\s+)?[Cc]ountryside\b)"
)


def _off_city(doc: Document, locality: Locality, city: str) -> float | None:
    """How far off ``city`` any telling of the locality's name is told to lie
    (:func:`.told_off.off_distance`), the first so told; None when none is."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(locality.name)}(?![\w-])")
    ends = sorted({locality.span.end} | {m.end() for m in pattern.finditer(doc.text)})
    for end in ends:
        told = [p for p in doc.places if p.name == city and p.span.start >= end]
        km = off_distance(doc.text, end, told[0]) if told else None
        if km is not None:
            return km
    return None


def _anchor(locality: Locality, around: PlaceMention) -> PlaceMention:
    """The known place the locality takes its point and province from: the place its own
    phrase tells it lies in or off (``told_in``) when that is in another province than the
    one that locates it or the event's place, else that one."""
    around = locality.within or around
    told_in = locality.told_in
    if told_in is not None and (told_in.country_code, told_in.province) != (
        around.country_code,
        around.province,
    ):
        return told_in  # the locality's own words outrank the event's place
    return around


# A place told this far off its country's capital lies outside the capital's own province
# (a capital district, or a province about the city: Baghdad's reaches some 40 km out).
_FAR_KM = 50.0


def at_locality(
    locality: Locality,
    around: PlaceMention,
    *,
    off: bool = False,
    far: bool = False,
    unit: bool = False,
) -> PlaceMention:
    """The locality, with the coordinates and region of the known place it lies in: the one
    that locates it, else the event's (``around``); ``off``: told as lying off that place;
    ``far``: at least ``_FAR_KM`` off it; ``unit``: told as a unit ("X district")."""
    around = _anchor(locality, around)
    latitude, longitude = _point(around, "region" if unit else locality.precision)
    return PlaceMention(
        span=locality.span,
        text=locality.name,
        name=locality.name,
        country_code=around.country_code,
        admin1=_province_of(locality, around, off, far),
        latitude=latitude,
        longitude=longitude,
        precision=locality.precision,
        feature="locality",
        geonames_id=None,
        resolved=False,
    )


def _point(around: PlaceMention, precision: PlacePrecision) -> tuple[float, float]:
    """Where a locality inside the known place ``around`` is put: at that place, or, when it is
    a province told by its own name, at the province's town of that name ("Duse centre in
    Isiolo County" at Isiolo town; fiftieth round, place70), as a monitor codes a village it
    cannot find; a unit of it (``precision`` region) keeps the province's middle."""
    seat = (
        seat_told_by_name(around.country_code, around.name, around.text)
        if around.precision == "admin1" and around.resolved and precision != "region"
        else None
    )
    return (seat.latitude, seat.longitude) if seat else (around.latitude, around.longitude)


def _province_of(locality: Locality, around: PlaceMention, off: bool, far: bool) -> str | None:
    """The locality's admin1: that of the known place it lies in, except for a village or town
    around a capital that is a province of its own (``CITY_PROVINCES``): the city's quarters
    are in the city, its villages in the province around it, and so is an area or camp told off
    the city ("Husainieh camp, some 20 km south of the capital Damascus")."""
    if (locality.precision == "town" or off) and around.precision in ("town", "region", "admin1"):
        surrounding = CITY_PROVINCES.get((around.country_code, around.province or ""))
        if surrounding is not None:
            return surrounding
    if far and is_capital(around):
        # "Baibangou, a village about 100 kilometers north of the capital, Niamey": not in the
        # capital's province; which one is not told
        return None
    return around.province


# The province a locality's own phrase puts it in, right after its name (and its noun): "the
# village of N'Gourtoua in the Diffa region", "Tal Al-Majda village in Sweida province", "X, in
# the north of Y province". Only a province: a town after "in" may be the place the act was
# told from or a namesake of the locality's district.
_IN_PROVINCE = re.compile(
    rf"(?:\s+(?:{KIND})\b)?,?\s+(?:in|of)\s+(?:the\s+)?"
    rf"(?:(?:(?i:{DIRECTION_WORDS})\s+)*(?:(?:countryside|outskirts|side|parts?|north|south|"
    r"east|west|centre|center)\s+of\s+(?:the\s+)?)?)?"
)
# The town an apposition tells the locality lies near or off: "Af Urur, a town about 100 km
# (60 miles) south of Bosaso", "X, a village near the town of Y", "X, a village outside Y". Not
# the country's capital: a capital is the landmark of places in every province around it ("Garma,
# a town 50 km northwest of Baghdad" is in Anbar), and one told far off it takes none
# (``_FAR_KM``). The apposition may tell only the bearing, its noun left out: "the village of
# X, south of Idlib city, was also hit", "X, near Y" (forty-second round, village62); "from"
# only after the noun ("X, from Y" may be where someone came from). A noun of a town after the
# name ("south of Idlib city, was hit") is no "the city of" before it.
_APPOSED_OFF = re.compile(
    rf",\s+(?:(?:an?\s+(?:[\w-]+\s+){{0,2}}?(?:{KIND})\s+(?:(?:located|situated|lying)\s+)?)"
    r"(?:(?:about|some|around|nearly|roughly)\s+)?"
    r"(?:\d[\d.,]*\s*(?:km|kms|kilomet(?:re|er)s?|miles?)\b(?:\s*\([^)]{0,20}\))?\s+)?"
    rf"(?:(?:to\s+the\s+)?(?i:{DIRECTION_WORDS})\s+of|from|near|outside|close\s+to)|"
    r"(?:(?:about|some|around|nearly|roughly)\s+)?"
    r"(?:\d[\d.,]*\s*(?:km|kms|kilomet(?:re|er)s?|miles?)\b(?:\s*\([^)]{0,20}\))?\s+)?"
    rf"(?:(?:to\s+the\s+)?(?i:{DIRECTION_WORDS})\s+of|near|outside|close\s+to))\s+"
    r"(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:capital|city|town)(?:\s+of)?,?\s+(?=[A-Z]))?"
)


def province_told_after(
    doc: Document, span: Span, precision: PlacePrecision = "town"
) -> PlaceMention | None:
    """The known province named right after the locality at ``span`` as holding it (for a
    neighbourhood, the city: "the al-Mazzeh area in Damascus city"), or the known town its
    apposition tells it lies near or off, if any."""
    match = _IN_PROVINCE.match(doc.text, span.end)
    if match is not None:
        told = [
            p
            for p in doc.places
            if p.span.start == match.end()
            and (
                p.precision == "admin1"
                or p.feature == "admin1"
                or (precision == "neighbourhood" and p.precision == "town")
            )
            and not _POSSESSIVE.match(doc.text, p.span.end)
        ]
        if told:
            return told[0]
    match = _APPOSED_OFF.match(doc.text, span.end)
    if match is None:
        return None
    return next(
        (
            p
            for p in doc.places
            if p.span.start == match.end()
            and p.precision in ("town", "region")
            and not is_capital(p)
        ),
        None,
    )


# "the Pattan area of north Kashmir's Baramulla district": the province owns the district that
# holds the locality, whose town places it more finely.
_POSSESSIVE = re.compile(r"['’]s?\b")
