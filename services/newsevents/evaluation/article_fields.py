"""How a hit's place and actors are compared with the gold's: the same place or actor under
another spelling counts, a neighbouring place or another actor does not."""

from __future__ import annotations

import re
from functools import cache

from ..contracts import EventMessage
from ..extraction.places.gazetteer import Kind, Place, gazetteer
from ..extraction.places.shared.geometry import haversine_km
from .article_gold import Occurrence
from .metrics import same_first_level, same_region_name

_PERIOD = re.compile(r"\s*\((?:\d{4}-(?:\d{4})?|IS|International)\)$")


def same_place(occurrence: Occurrence, event: EventMessage) -> bool:
    """Our first location is the gold place: the same name in the gold province (Ez Zahra of
    Tunisia is not al-Zahra of Aleppo), or the very place the gazetteer knows by the gold name
    in the gold province, under another spelling ("Kafranbel" for "Kafr Nabl", Tadmur for
    "Palmyra"), or the town within 25 km of a gold neighbourhood (al-Joura: Deir ez-Zor). A
    neighbouring town (Jaramana for Damascus) or a province is not the place."""
    if occurrence.place is None or not event.locations:
        return False
    ours = event.locations[0]
    gold_admin1 = occurrence.admin1
    if same_region_name(occurrence.place, ours.name):
        return not (gold_admin1 and ours.admin1) or same_first_level(ours.admin1, gold_admin1)
    if ours.precision not in _POINT_PRECISIONS or not gold_admin1:
        return False
    for place in _gold_places(occurrence.place, gold_admin1):
        km = haversine_km(place.latitude, place.longitude, ours.latitude, ours.longitude)
        if km <= _SAME_KM or (place.precision == "neighbourhood" and km <= _NEAR_KM):
            return True
    return False


_POINT_PRECISIONS = frozenset({"point", "neighbourhood", "town"})
_SAME_KM = 2.0  # one place under two spellings: gazetteer points differ by a few hundred metres
_NEAR_KM = 25.0  # a neighbourhood lies within its city


@cache
def _gold_places(name: str, admin1: str) -> tuple[Place, ...]:
    """The settlements the gazetteer knows by ``name`` in the province ``admin1``."""
    return tuple(
        place
        for place in gazetteer().search(name)
        if place.kind not in (Kind.ADMIN1, Kind.COUNTRY)
        and same_first_level(place.region_name, admin1)
    )


# One actor spelled two ways, compared as one (never two actors made one): ACLED's acronym
# prefix or suffix ("SDF: Syrian Democratic Forces", "People's Protection Units (YPG)"),
# transliterations ("Jaysh"/"Jaish", "Fatah"/"Fateh"), the Nusra Front's Arabic and English
# names, and the core Islamic State named by either country it held ("Islamic State (Syria)").
_ACRONYM_PREFIX = re.compile(r"^[A-Z][\w/-]*:\s+")
_ACRONYM_SUFFIX = re.compile(r"\s+\([A-Z]{2,6}\)$")
_SPELLINGS = (
    (re.compile(r"\bjaysh\b"), "jaish"),
    (re.compile(r"\bfatah\b"), "fateh"),
    (re.compile(r"^(?:jabhat al nusra|(?:al )?nusra front)$"), "al nusra front"),
    (re.compile(r"^islamic state \((?:syria|iraq)\)$"), "islamic state"),
    # ACLED's full names beside the common ones
    (re.compile(r"^houthis?$|^houthi movement \(ansar allah\)$"), "houthi movement"),
    (re.compile(r"^boko haram(?: jamaatu .*)?$"), "boko haram"),
    (
        re.compile(r"^islamic state \((?:khorasan province|afghanistan)\)$"),
        "islamic state khorasan",
    ),
    (
        re.compile(
            r"^libyan national army \(lna\)$|^military forces of libya \(\d{4} \) haftar faction$"
        ),
        "libyan national army",
    ),
)


def actor_key(name: str | None) -> str | None:
    """The actor's name as compared: regime period and spelling variants set aside."""
    if not name:
        return None
    name = _ACRONYM_SUFFIX.sub("", _ACRONYM_PREFIX.sub("", _PERIOD.sub("", name).strip()))
    key = re.sub(r"[\s-]+", " ", re.sub(r"['’]", "", name)).lower()
    for variant, canonical in _SPELLINGS:
        key = variant.sub(canonical, key)
    return key
