"""``newsevents gazetteer import FILE... | info``: villages from the GeoNames dumps of a user.

The files are read as GeoNames publishes them (``allCountries.zip``, per-country zips such as
``SY.zip``, ``alternateNamesV2.zip``, or their unzipped ``.txt``, plain or gzipped), streamed
line by line (allCountries is 1.5 GB unzipped; nothing holds a whole file). What kind of table a
file holds is read from its columns, so names do not matter and the order of the files neither:
the place tables are read first, then the alternate names of the places kept.

The import is a directory (``NEWSEVENTS_GAZETTEER_DIR``): ``places.tsv.gz``, ``names.tsv.gz``
and ``manifest.json`` (see :mod:`.extraction.places.gazetteer.sources`), written to temporary
names and renamed, the manifest last, so that a failed import leaves the previous one in place.
The index is then built once and written beside them, so that the service's workers map it at
start.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import io
import json
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar, cast

from ..config import Settings
from ..extraction.places.gazetteer.geonames_dump import (
    DEFAULT_FEATURES,
    DumpError,
    FileKind,
    kind_of,
    read_alternate_names,
    read_places,
)
from ..extraction.places.gazetteer.sources import IMPORTED_NAMES, IMPORTED_PLACES, MANIFEST
from ..failures import BadConfiguration, BadInput

_Row = TypeVar("_Row")
_FORMAT = 1
# Members of GeoNames zips that are no tables.
_NOT_TABLES = ("readme", "iso-languagecodes")


class ImportFailed(Exception):
    """An import that cannot be done; the message says which file and why."""


@dataclass(slots=True)
class _Table:
    """One table inside the files given: a plain or gzipped file, or a zip member."""

    path: Path
    member: str | None
    kind: FileKind = "geoname"  # read from its first line by _tables

    @property
    def label(self) -> str:
        return f"{self.path}:{self.member}" if self.member else str(self.path)


@dataclass(slots=True)
class ImportSummary:
    directory: Path
    places: int = 0
    alternate_names: int = 0
    by_country: Counter[str] = field(default_factory=Counter)
    sources: list[dict[str, Any]] = field(default_factory=list)
    import_seconds: float = 0.0
    index_seconds: float = 0.0
    gazetteer_places: int = 0


def import_dumps(
    files: Sequence[Path],
    directory: Path,
    *,
    features: Collection[str] = DEFAULT_FEATURES,
    countries: Collection[str] | None = None,
    min_population: int = 0,
    build_index: bool = True,
) -> ImportSummary:
    """Import the GeoNames tables in ``files`` into ``directory``; raises ImportFailed."""
    started = time.perf_counter()
    tables = [table for path in files for table in _tables(path)]
    places_tables = [t for t in tables if t.kind == "geoname"]
    if not places_tables:
        raise ImportFailed(
            "no GeoNames place table among the files (allCountries.zip, SY.zip, ...): "
            "alternate names alone locate nothing"
        )
    directory.mkdir(parents=True, exist_ok=True)
    summary = ImportSummary(directory)
    kept: set[int] = set()
    with ExitStack() as stack:
        places_out = stack.enter_context(_gzip_writer(directory / IMPORTED_PLACES))
        for table in places_tables:
            count = 0
            with _lines(table) as lines:
                for place in _guarded(
                    table,
                    read_places(
                        lines,
                        features=frozenset(features),
                        countries=frozenset(countries) if countries is not None else None,
                        min_population=min_population,
                    ),
                ):
                    if place.geonames_id in kept:  # SY.zip and allCountries.zip both given
                        continue
                    kept.add(place.geonames_id)
                    places_out.write(place.row() + "\n")
                    summary.by_country[place.country_code] += 1
                    count += 1
            summary.places += count
            summary.sources.append(_source(table, places=count))
        names_out = stack.enter_context(_gzip_writer(directory / IMPORTED_NAMES))
        for table in (t for t in tables if t.kind == "alternate_names"):
            count = 0
            with _lines(table) as lines:
                for geonames_id, name in _guarded(table, read_alternate_names(lines, kept)):
                    names_out.write(f"{geonames_id}\t{name}\n")
                    count += 1
            summary.alternate_names += count
            summary.sources.append(_source(table, alternate_names=count))
    for name in (IMPORTED_PLACES, IMPORTED_NAMES):
        _partial(directory / name).replace(directory / name)
    manifest = {
        "format": _FORMAT,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "sources": summary.sources,
        "features": sorted(features),
        "countries": sorted(countries) if countries is not None else None,
        "min_population": min_population,
        "places": summary.places,
        "alternate_names": summary.alternate_names,
        "by_country": dict(summary.by_country.most_common()),
    }
    partial = _partial(directory / MANIFEST)
    partial.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    partial.replace(directory / MANIFEST)
    summary.import_seconds = time.perf_counter() - started
    if build_index:
        summary.index_seconds, summary.gazetteer_places = warm_index(directory)
    return summary


def gazetteer_command(args: argparse.Namespace, settings: Settings) -> int:
    """``gazetteer import`` and ``gazetteer info``: a summary on stdout; a file that is no
    GeoNames dump is bad input (exit 65), no folder to import into a configuration error (78)."""
    directory = args.dir or (Path(settings.gazetteer_dir) if settings.gazetteer_dir else None)
    if directory is None:
        raise BadConfiguration(
            "no folder for the gazetteer import",
            "give --dir DIR, or set NEWSEVENTS_GAZETTEER_DIR",
        )
    try:
        if args.action == "info":
            sys.stdout.write(json.dumps(describe(directory), indent=2) + "\n")
            return 0
        summary = import_dumps(
            args.files,
            directory,
            features=_listed(args.features) or DEFAULT_FEATURES,
            countries=_listed(args.countries, upper=True),
            min_population=args.min_population,
        )
    except ImportFailed as error:
        raise BadInput(
            str(error),
            "give GeoNames dumps as published: allCountries.zip, XX.zip, alternateNamesV2.zip "
            "or their .txt",
        ) from None
    top = ", ".join(f"{code} {n:,}" for code, n in summary.by_country.most_common(8))
    sys.stdout.write(
        f"imported {summary.places:,} places ({top}) and {summary.alternate_names:,} alternate "
        f"names into {directory} in {summary.import_seconds:.1f} s; index of "
        f"{summary.gazetteer_places:,} places built in {summary.index_seconds:.1f} s\n"
    )
    if not settings.gazetteer_dir or Path(settings.gazetteer_dir) != directory:
        sys.stdout.write(f"use it: NEWSEVENTS_GAZETTEER_DIR={directory}\n")
    return 0


def _listed(value: str | None, *, upper: bool = False) -> frozenset[str] | None:
    if not value:
        return None
    items = (item.strip() for item in value.split(","))
    return frozenset(item.upper() if upper else item for item in items if item)


def warm_index(directory: Path) -> tuple[float, int]:
    """Build (or load) the gazetteer with the import and cache it; (seconds, places)."""
    from ..extraction.places.gazetteer import gazetteer, import_dir, use_import

    previous = import_dir()
    started = time.perf_counter()
    use_import(directory)
    try:
        size = len(gazetteer())
    finally:
        use_import(previous)
    return time.perf_counter() - started, size


def describe(directory: Path) -> dict[str, Any]:
    """The manifest of the import in ``directory``; raises ImportFailed when there is none."""
    try:
        loaded: dict[str, Any] = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ImportFailed(f"no GeoNames import in {directory}: {error}") from None
    return loaded


def _tables(path: Path) -> Iterator[_Table]:
    if not path.is_file():
        raise ImportFailed(f"{path}: no such file")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members: list[str | None] = [
                m
                for m in archive.namelist()
                if m.endswith(".txt") and not Path(m).name.lower().startswith(_NOT_TABLES)
            ]
        if not members:
            raise ImportFailed(f"{path}: a zip without a GeoNames table (.txt) inside")
    else:
        members = [None]
    for member in members:
        table = _Table(path, member)
        table.kind = _kind(table)
        yield table


def _kind(table: _Table) -> FileKind:
    with _lines(table) as lines:
        first = next((line for line in lines if line.strip()), None)
    if first is None:
        raise ImportFailed(f"{table.label}: empty")
    try:
        return kind_of(first)
    except DumpError as error:
        raise ImportFailed(f"{table.label}: not a GeoNames dump: {error}") from None


@contextmanager
def _lines(table: _Table) -> Iterator[Iterator[str]]:
    """The table's lines, decoded as UTF-8 (GeoNames' encoding)."""
    try:
        with ExitStack() as stack:
            raw: IO[bytes]
            if table.member is not None:
                archive = stack.enter_context(zipfile.ZipFile(table.path))
                raw = stack.enter_context(archive.open(table.member))
            elif _gzipped(table.path):
                raw = cast(IO[bytes], stack.enter_context(gzip.GzipFile(table.path, "rb")))
            else:
                raw = stack.enter_context(table.path.open("rb"))
            yield io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    except UnicodeDecodeError as error:
        raise ImportFailed(f"{table.label}: not UTF-8 text ({error.reason})") from None
    except (OSError, zipfile.BadZipFile, EOFError) as error:
        raise ImportFailed(f"{table.label}: unreadable ({error})") from None


def _gzipped(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(2) == b"\x1f\x8b"


def _guarded(table: _Table, rows: Iterator[_Row]) -> Iterator[_Row]:
    """The rows, a malformed line reported with the file it is in."""
    try:
        yield from rows
    except DumpError as error:
        raise ImportFailed(f"{table.label}: {error}") from None


@contextmanager
def _gzip_writer(path: Path) -> Iterator[IO[str]]:
    with gzip.open(_partial(path), "wt", encoding="utf-8", compresslevel=6) as handle:
        yield handle


def _partial(path: Path) -> Path:
    """Where a file of the import is written before it replaces ``path``."""
    return path.with_name(f"{path.name}.partial")


def _source(table: _Table, **counts: int) -> dict[str, Any]:
    return {
        "file": table.path.name,
        "member": table.member,
        "bytes": table.path.stat().st_size,
        "kind": table.kind,
        **counts,
    }
