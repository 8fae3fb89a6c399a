"""Building the gazetteer from its data sources (slow: :func:`.gazetteer.gazetteer` writes it
once as an index file, :mod:`.compact`).

The places are added in a fixed order (their ids index the name keys): GeoNames towns, admin1
regions, countries, supplement rows, districts, the demonyms the supplement lacks, then the
places of a user's GeoNames import (so that the embedded ones keep their ids with or without it).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

from ...document import PlacePrecision
from ..shared.keys import light_key, name_key
from . import SMALL_PLACE, Kind, Place
from .compact import Tables
from .geonames_dump import DumpPlace
from .index_keys import ascii_name, index_keys, keep_alternate, supplement_wins
from .sources import (
    admin1_rows,
    admin_unit_rows,
    continent_points,
    country_points,
    demonym_rows,
    geonames_json,
    province_rows,
    supplement_rows,
)


@dataclass(slots=True)
class _Mean:
    """Mean position on the sphere (correct across the antimeridian)."""

    x: float = 0.0
    y: float = 0.0
    z: float = 0.0
    population: int = 0

    def add(self, latitude: float, longitude: float, population: int) -> None:
        lat, lon = math.radians(latitude), math.radians(longitude)
        self.x += math.cos(lat) * math.cos(lon)
        self.y += math.cos(lat) * math.sin(lon)
        self.z += math.sin(lat)
        self.population += population

    def position(self) -> tuple[float, float]:
        lon = math.degrees(math.atan2(self.y, self.x))
        lat = math.degrees(math.atan2(self.z, math.hypot(self.x, self.y)))
        return round(lat, 4), round(lon, 4)


@dataclass(slots=True)
class _Builder:
    """The places added so far, each with its names (to index), and one copy of each string."""

    places: list[Place] = field(default_factory=list)
    names_of: list[list[str]] = field(default_factory=list)
    strings: dict[str, str] = field(default_factory=dict)

    def intern(self, value: str) -> str:
        return self.strings.setdefault(value, value)

    def add(self, place: Place, names: Iterable[str]) -> None:
        self.places.append(place)
        self.names_of.append(list(dict.fromkeys(names)))


@dataclass(slots=True)
class _Admin1Table:
    """admin1.tsv by GeoNames code: the region's name and its other spellings."""

    names: dict[tuple[str, str], str] = field(default_factory=dict)
    alternates: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    @classmethod
    def read(cls) -> _Admin1Table:
        table = cls()
        for country, code, admin1_name, other_names in admin1_rows():
            table.names[country, code] = admin1_name
            table.alternates[country, code] = other_names
        return table


def build_gazetteer() -> Tables:
    """Build the gazetteer from the JSON and TSV sources (slow: use :func:`.gazetteer`)."""
    admin1 = _Admin1Table.read()
    supplement = list(supplement_rows())
    builder = _Builder()
    admin1_means, country_means = _add_towns(builder, admin1)
    _add_admin1_regions(builder, admin1, admin1_means, supplement)
    countries = _add_countries(builder, country_means, supplement)
    supplied_demonyms = _add_supplement(builder, supplement, countries)
    _add_districts(builder)
    _add_demonyms(builder, countries, supplied_demonyms)
    return Tables(builder.places, _index(builder))


def extend_gazetteer(base: Tables, imported: Iterable[DumpPlace]) -> Tables:
    """A new gazetteer: ``base`` (left as it is) and the places of a GeoNames import but those
    cities500 already gave (same geonameid): villages, camps, bases, with their Latin-script
    names, as GeoNames towns after every embedded place, so that those keep their ids."""
    admin1 = _Admin1Table.read()
    places = list(base.places)
    lists: dict[str, list[int]] = {}
    known = {p.geonames_id for p in places if p.kind == Kind.GEONAMES}
    strings: dict[str, str] = {}

    def intern(value: str) -> str:  # one copy of each repeated string
        return strings.setdefault(value, value)

    for row in imported:
        if row.geonames_id in known:
            continue
        known.add(row.geonames_id)
        feature = row.feature
        if feature == "village" and row.population >= SMALL_PLACE:
            feature = "city"
        place = Place(
            ascii_name(row.name),
            intern(row.country_code),
            intern(admin1.names.get((row.country_code, row.admin1_code), "")),
            row.latitude,
            row.longitude,
            row.population,
            intern(feature),
            "town",
            Kind.GEONAMES,
            row.geonames_id,
        )
        names = [row.name, *(n for n in row.names[1:] if keep_alternate(n))]
        for key in index_keys(place, names):
            lists.setdefault(key, []).append(len(places))
        places.append(place)
    index = dict(base.index)
    for key, ids in lists.items():
        found = base.index.get(key, ())
        before = (found,) if isinstance(found, int) else found
        # "al-Midan" of the supplement, not a village of that name the dump also has.
        merged = supplement_wins([*before, *ids], places)
        if len(merged) > len(before):
            index[intern(key)] = merged[0] if len(merged) == 1 else tuple(merged)
    return Tables(places, index)


def _add_towns(
    builder: _Builder, admin1: _Admin1Table
) -> tuple[dict[tuple[str, str], _Mean], dict[str, _Mean]]:
    """The cities500 towns; returns the mean position and population of each (country,
    admin1 code) and each country, for the regions and countries after them."""
    admin1_means: dict[tuple[str, str], _Mean] = defaultdict(_Mean)
    country_means: dict[str, _Mean] = defaultdict(_Mean)
    for city in geonames_json("cities500.json").values():
        country = city["countrycode"]
        code = city["admin1code"] or ""
        population = int(city["population"] or 0)
        latitude, longitude = float(city["latitude"]), float(city["longitude"])
        admin1_means[country, code].add(latitude, longitude, population)
        country_means[country].add(latitude, longitude, population)
        names = [city["name"], *(n for n in city["alternatenames"] if keep_alternate(n))]
        builder.add(
            Place(
                ascii_name(city["name"]),
                builder.intern(country),
                builder.intern(admin1.names.get((country, code), "")),
                latitude,
                longitude,
                population,
                "city" if population >= SMALL_PLACE else "village",
                "town",
                Kind.GEONAMES,
                int(city["geonameid"]),
            ),
            names,
        )
    return admin1_means, country_means


def _add_admin1_regions(
    builder: _Builder,
    admin1: _Admin1Table,
    means: dict[tuple[str, str], _Mean],
    supplement: list[list[str]],
) -> None:
    """The admin1 regions with towns, at their towns' mean position, bar those the supplement
    gives (with a centroid)."""
    supplied = {(row[3], name_key(row[0])) for row in supplement if row[2] == "admin1"}
    for (country, code), admin1_name in admin1.names.items():
        mean = means.get((country, code))
        if mean is None or (country, name_key(admin1_name)) in supplied:
            continue
        latitude, longitude = mean.position()
        builder.add(
            Place(
                admin1_name,
                country,
                admin1_name,
                latitude,
                longitude,
                mean.population,
                "admin1",
                "admin1",
                Kind.ADMIN1,
                0,
            ),
            [admin1_name, *admin1.alternates.get((country, code), [])],
        )


def _add_countries(
    builder: _Builder, means: dict[str, _Mean], supplement: list[list[str]]
) -> dict[str, Place]:
    """The inhabited GeoNames countries, named as the supplement names them, at their
    country_points.tsv point; returns them by code."""
    rows = {row[3]: row for row in supplement if row[2] == "country"}
    points = country_points()
    countries: dict[str, Place] = {}
    for code, country_data in geonames_json("countries.json").items():
        if code not in means:  # dissolved (CS, AN) or uninhabited
            continue
        row = rows.get(code)
        latitude, longitude = points.get(code) or means[code].position()
        name = str(country_data["name"])
        alternates: list[str] = []
        if row is not None:
            alternates = [name, *row[1].split("|")]
            name = row[0]
            if row[5] and row[6] and code not in points:
                latitude, longitude = float(row[5]), float(row[6])
        countries[code] = Place(
            name,
            code,
            "",
            latitude,
            longitude,
            int(country_data["population"] or 0),
            "country",
            "country",
            Kind.COUNTRY,
            int(country_data["geonameid"]),
            curated=True,
        )
        builder.add(countries[code], [name, *alternates])
    return countries


def _add_demonym(
    builder: _Builder, countries: dict[str, Place], code: str, names: list[str]
) -> None:
    country = countries.get(code)
    if country is not None:  # named after its country, at the country's point
        builder.add(country._replace(feature="demonym", kind=Kind.DEMONYM), names)


def _add_supplement(
    builder: _Builder, supplement: list[list[str]], countries: dict[str, Place]
) -> set[str]:
    """The supplement's rows but its countries; returns the light keys of its demonyms."""
    continents = continent_points()
    supplied_demonyms: set[str] = set()
    for name, spellings, feature, country, admin1, lat, lon, precision in supplement:
        if feature == "country":
            continue
        names = [name, *(a for a in spellings.split("|") if a)]
        if feature == "demonym":
            _add_demonym(builder, countries, country, names)
            supplied_demonyms.update(light_key(n) for n in names)
            continue
        if feature == "supranational":
            latitude, longitude = continents.get(name) or (float(lat), float(lon))
            region = Place(
                name,
                "",
                "",
                latitude,
                longitude,
                0,
                feature,
                "supranational",
                Kind.SUPRANATIONAL,
                0,
            )
            builder.add(region._replace(curated=True), names)
            continue
        kind = Kind.ADMIN1 if feature == "admin1" else Kind.SUPPLEMENT
        population = 1_000_000 if kind == Kind.ADMIN1 else 0
        builder.add(
            Place(
                name,
                country,
                admin1,
                float(lat),
                float(lon),
                population,
                feature,
                cast(PlacePrecision, precision),  # checked by supplement_rows
                kind,
                0,
                curated=True,
            ),
            names,
        )
    return supplied_demonyms


def _add_districts(builder: _Builder) -> None:
    for name, country, admin1, lat, lon in admin_unit_rows():
        unit = Place(
            name, country, admin1, float(lat), float(lon), 0, "district", "region", Kind.ADMIN2, 0
        )
        builder.add(unit, [name])
    for name, country, admin1, lat, lon, *alternates in province_rows():
        province = Place(
            name, country, admin1, float(lat), float(lon), 0, "province", "region", Kind.ADMIN2, 0
        )
        builder.add(province, [name, *alternates])


def _add_demonyms(
    builder: _Builder, countries: dict[str, Place], supplied_demonyms: set[str]
) -> None:
    """demonyms.tsv, but for the demonyms the supplement gave."""
    for code, demonym, forms in demonym_rows():
        names = [demonym, *(f for f in forms.split("|") if f)]
        if light_key(demonym) not in supplied_demonyms:
            _add_demonym(builder, countries, code, names)


def _index(builder: _Builder) -> dict[str, int | tuple[int, ...]]:
    """Name key -> place ids (one id bare: most keys name one place)."""
    places = builder.places
    # Exact spellings (light keys) for every place; transliteration-folded keys ("~" + loose
    # key) only where Arabic-script names are transliterated in many ways, and for the
    # supplement: elsewhere folding vowels would turn "House" into Husi and "Like" into Lekki.
    lists: dict[str, list[int]] = defaultdict(list)
    for place_id, (place, names) in enumerate(zip(places, builder.names_of, strict=True)):
        for key in index_keys(place, names):
            lists[builder.intern(key)].append(place_id)
    index: dict[str, int | tuple[int, ...]] = {}
    for key, ids in lists.items():
        ids = supplement_wins(ids, places)
        index[key] = ids[0] if len(ids) == 1 else tuple(ids)
    return index
