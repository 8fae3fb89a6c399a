"""One gazetteer entry (:class:`Place`) and its kinds; :mod:`..gazetteer` holds all of them."""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple

from ...document import PlacePrecision
from ..shared.keys import name_key

Region = tuple[str, str]  # (country code, admin1 key), as :attr:`Place.region` gives it


class Kind(IntEnum):
    """Kinds of gazetteer entries (an IntEnum: the index file stores them as one byte)."""

    GEONAMES = 0  # a cities500 town
    SUPPLEMENT = 1  # a row of places_supplement.tsv: village, crossing, camp, mountain...
    COUNTRY = 2
    ADMIN1 = 3  # province, governorate, state
    DEMONYM = 4  # "Syrian": a reference to the country, never an event location
    SUPRANATIONAL = 5  # "Middle East", "EU": likewise
    ADMIN2 = 6  # a district of admin_units.tsv.gz


class Place(NamedTuple):
    """One gazetteer entry: a GeoNames town, an admin1 region, a country, a supplement row."""

    name: str
    country_code: str
    admin1: str  # "" when unknown
    latitude: float
    longitude: float
    population: int
    feature: str
    precision: PlacePrecision
    kind: Kind
    geonames_id: int  # 0 when none
    curated: bool = False  # from the hand-made supplement (or a country)

    @property
    def region_name(self) -> str:
        """The admin1 region the place is, or lies in ("" when unknown)."""
        return self.name if self.kind == Kind.ADMIN1 else self.admin1

    @property
    def region(self) -> Region | None:
        """(country, admin1 key) of :attr:`region_name`, as the article's context keeps
        regions; None when unknown."""
        admin1 = self.region_name
        return (self.country_code, name_key(admin1)) if admin1 else None
