"""Rows of the GeoNames dumps a user downloads (``allCountries.zip``, ``SY.zip``,
``alternateNames``), read into the places the gazetteer adds beside its embedded ones.

No registry package ships village-level places, so the embedded gazetteer stops at towns of
500 people (cities500); a user who has the dumps imports them with ``newsevents gazetteer
import`` (:mod:`newsevents.cli.gazetteer` opens the files; this module only reads lines).

Formats (https://download.geonames.org/export/dump/readme.txt):

* the ``geoname`` table, 19 tab-separated columns: geonameid, name, asciiname, alternatenames
  (comma-separated), latitude, longitude, feature class, feature code, country code, cc2,
  admin1 code, admin2, admin3, admin4, population, elevation, dem, timezone, modification date;
* ``alternateNames(V2)``, 8 or 10 columns: alternateNameId, geonameid, isolanguage, alternate
  name, isPreferredName, isShortName, isColloquial, isHistoric (V2: from, to).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

GEONAME_COLUMNS = 19
ALTERNATE_COLUMNS = (8, 10)

# Populated places but the historical and abandoned ones ("PPLH", "PPLQ"); destroyed villages
# ("PPLW") stay: reports still name them. Beside them, the sites where conflict events happen
# and that news names like towns: refugee camps, military bases, airports, oil fields, border
# posts. Mountains, wadis and buildings are left out: their names ("Jabal", "Wadi X") collide
# with common words and person names far more than they locate events.
DEFAULT_FEATURES: frozenset[str] = frozenset(
    {"P", "S.CMPRF", "S.INSM", "S.MILB", "S.AIRB", "S.AIRP", "L.OILF", "S.PSTB"}
)
_EXCLUDED_CODES = frozenset({"P.PPLH", "P.PPLQ"})
_FEATURE_NAMES = {
    "S.CMPRF": "camp",
    "S.INSM": "base",
    "S.MILB": "base",
    "S.AIRB": "base",
    "S.AIRP": "airport",
    "L.OILF": "oil field",
    "S.PSTB": "crossing",
}
# Alternate names that are codes or links, not names a text uses.
_CODE_LANGUAGES = frozenset(
    {"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "abbr", "fr_1793"}
)

FileKind = Literal["geoname", "alternate_names"]


@dataclass(frozen=True, slots=True)
class DumpPlace:
    """One place of a dump, as the gazetteer import keeps it."""

    geonames_id: int
    name: str
    names: tuple[str, ...]  # the name, ascii name and alternate names, as written
    country_code: str
    admin1_code: str
    latitude: float
    longitude: float
    population: int
    feature: str  # "village", "camp", "base", ...; "village" for every populated place

    def row(self) -> str:
        """One line of the import's ``places.tsv``."""
        return "\t".join(
            (
                str(self.geonames_id),
                self.name,
                "|".join(self.names),
                self.country_code,
                self.admin1_code,
                f"{self.latitude:.5f}",
                f"{self.longitude:.5f}",
                str(self.population),
                self.feature,
            )
        )

    @classmethod
    def from_row(cls, line: str) -> DumpPlace:
        gid, name, names, country, admin1, lat, lon, population, feature = line.split("\t")
        return cls(
            int(gid),
            name,
            tuple(n for n in names.split("|") if n),
            country,
            admin1,
            float(lat),
            float(lon),
            int(population),
            feature,
        )


class DumpError(ValueError):
    """A line that is not of the GeoNames format the file started with."""


def kind_of(first_line: str) -> FileKind:
    """What a dump holds, from the column count of its first line."""
    columns = first_line.rstrip("\n").count("\t") + 1
    if columns == GEONAME_COLUMNS:
        return "geoname"
    if columns in ALTERNATE_COLUMNS:
        return "alternate_names"
    raise DumpError(
        f"{columns} tab-separated columns: neither a GeoNames table ({GEONAME_COLUMNS}) nor "
        f"alternate names ({' or '.join(map(str, ALTERNATE_COLUMNS))})"
    )


def selected(feature_class: str, feature_code: str, features: Container[str]) -> bool:
    """Whether a feature is imported: its class ("P") or class.code ("S.CMPRF") is listed."""
    code = f"{feature_class}.{feature_code}"
    return code not in _EXCLUDED_CODES and (feature_class in features or code in features)


def read_places(
    lines: Iterable[str],
    *,
    features: Container[str] = DEFAULT_FEATURES,
    countries: Container[str] | None = None,
    min_population: int = 0,
) -> Iterator[DumpPlace]:
    """The selected places of a ``geoname`` table; raises DumpError on a malformed line
    (with its number)."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) != GEONAME_COLUMNS:
            raise DumpError(f"line {number}: {len(fields)} columns, expected {GEONAME_COLUMNS}")
        feature_class, feature_code, country = fields[6], fields[7], fields[8]
        if not selected(feature_class, feature_code, features):
            continue
        if countries is not None and country not in countries:
            continue
        try:
            population = int(fields[14] or 0)
            place = DumpPlace(
                int(fields[0]),
                fields[1],
                tuple(dict.fromkeys(n for n in (fields[1], fields[2], *fields[3].split(",")) if n)),
                country,
                fields[10],
                float(fields[4]),
                float(fields[5]),
                population,
                _FEATURE_NAMES.get(f"{feature_class}.{feature_code}", "village"),
            )
        except ValueError as error:
            raise DumpError(f"line {number}: {error}") from None
        if population >= min_population:
            yield place


def read_alternate_names(lines: Iterable[str], wanted: Container[int]) -> Iterator[tuple[int, str]]:
    """(geonameid, name) of the alternate names of the wanted places: names in any language
    but codes and links ("link", "iata", "post"), historic names left out."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) not in ALTERNATE_COLUMNS:
            raise DumpError(f"line {number}: {len(fields)} columns, expected 8 or 10")
        try:
            geonames_id = int(fields[1])
        except ValueError:
            raise DumpError(f"line {number}: geonameid {fields[1]!r} is not a number") from None
        if geonames_id in wanted and fields[2] not in _CODE_LANGUAGES and fields[7] != "1":
            yield geonames_id, fields[3]
