"""Distances on the sphere, for the places stage, event merging and evaluation alike."""

from __future__ import annotations

import math
from typing import Protocol

EARTH_RADIUS_KM = 6371.0088  # the mean Earth radius (IUGG)
# A district's seat lies within this of every unit of the district (an upazila, a tehsil, a
# township): read by the unit readers, the unit namesakes and the places' order in an event.
DISTRICT_KM = 60.0


class Located(Protocol):
    """A gazetteer place or a place mention: anything with a point."""

    @property
    def latitude(self) -> float: ...

    @property
    def longitude(self) -> float: ...


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def km_between(a: Located, b: Located) -> float:
    """Great-circle distance between two located things' points, in kilometres."""
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)
