"""Which place a name is: the article's context and disambiguation for :mod:`.places`.

Disambiguation
    Candidates of one key are ranked by: country named in the article (names, demonyms, big
    unambiguous cities, named actors of one country: "the OSCE SMM", "al-Shabaab"), admin1
    region named in the article (strongest when named beside the place: "Dandume (Funtua LGA,
    Katsina)", "Shchastia, Luhansk", which also lets a village be found without any
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

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from ..document import PlacePrecision
from .gazetteer import (
    PRECISIONS,
    SMALL_PLACE,
    Gazetteer,
    Kind,
    Place,
)
from .keys import (
    ARABIC_NAMES,
    NAME_TOKEN,
    fold,
    light_key,
    loose_of_light,
    name_key,
)
from .surface import Match, Token

BIG_CITY = 500_000  # still this city when glued to other capitalised words
WORLD_CITY = 2_000_000  # alternate names known world-wide ("Bombay")


@dataclass(slots=True)
class Context:
    countries: Counter[str]
    admin1: Counter[tuple[str, str]]  # (country, admin1 key) of the places chosen so far
    dominant: str | None = None
    # (country, admin1 key) of provinces named beside a place in them: "Dandume (Funtua LGA,
    # Katsina)", "Shchastia, Luhansk".
    regions: set[tuple[str, str]] = field(default_factory=set)
    # (country, admin1 key) where the article's named actors operate (actors.tsv "areas").
    areas: set[tuple[str, str]] = field(default_factory=set)
    # ... of those, where a named monitoring mission reports from ("the OSCE SMM")
    monitored: set[tuple[str, str]] = field(default_factory=set)
    # the region of the name being chosen again: its own first choice does not vouch for it
    own_admin1: tuple[str, str] | None = None


def _region_of(place: Place) -> tuple[str, str]:
    """(country, admin1 key) of the region a place lies in, as ``Context`` keeps them."""
    return (place.country_code, name_key(place.admin1))


_QUALIFIER_GAP = re.compile(r"[^.;:!?\n]{0,40}")
_RIGHT_AFTER = re.compile(r"\s*(?:,|\()\s*")


def _qualifies(text: str, tokens: list[Token], match: Match, later: Match) -> bool:
    """Whether ``later`` directly qualifies ``match``: "X, Y" or "X (Y"."""
    return (
        _RIGHT_AFTER.fullmatch(text[tokens[match.last].end : tokens[later.first].start]) is not None
    )


def regions_named_together(
    text: str, tokens: list[Token], matches: list[Match], places: list[Place], context: Context
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
            if place.kind == Kind.ADMIN1:
                regions.add((place.country_code, name_key(place.name)))
            elif (
                place.admin1 and place.kind == Kind.GEONAMES and name_key(place.admin1) == match.key
            ):
                regions.add((place.country_code, match.key))
                cities.add(i)
            elif place.kind == Kind.ADMIN2 and name_key(place.admin1) == match.key:
                cities.add(i)  # a district named like its province does not vouch for itself
        named.append(regions)
    if not any(named):
        return
    naming: dict[tuple[str, str], list[int]] = {}  # region -> the matches that name it
    for m, regions in enumerate(named):
        for region in regions:
            naming.setdefault(region, []).append(m)
    for n, match in enumerate(matches):
        inside = {
            _region_of(places[i])
            for i in match.ids
            if places[i].admin1 and places[i].kind != Kind.ADMIN1 and i not in cities
        }
        # ... but the province right after it is ("Trujillo (Trujillo)", "Colima, Colima").
        capitals = {_region_of(places[i]) for i in match.ids if i in cities}
        namers = {m for region in inside | capitals for m in naming.get(region, ())} - {n}
        for m in sorted(namers):
            regions = named[m]
            qualifies = m == n + 1 and _qualifies(text, tokens, match, matches[m])
            common = (inside | (capitals if qualifies else set())) & regions
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
                and any(places[i].kind == Kind.ADMIN1 for i in later.ids)
            ):
                later.mode = "admin1"
    _unknown_places_of_named_regions(text, tokens, matches, places, named)
    for country, _ in context.regions:
        context.countries[country] += 1


# "X, Province", "X district, Province" (not "X (Province)": notes misfile towns in brackets)
_UNIT_GAP = re.compile(
    r"(?:\s+(?:district|village|town|city|area|county|municipality|subdistrict|LGA|upazila|"
    r"tehsil|locality|sector))?\s*,\s*",
    re.IGNORECASE,
)
_QUALIFIED_END = re.compile(r"\s*(?:[.;)]|,\s*(?!and\b|or\b)[a-z0-9]|$)")  # not ", and": a list
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor)\s*$", re.IGNORECASE)
_BRACKET_OPENING = re.compile(r"(?:\s+[a-z]+){0,2}\s*\(\s*")  # " (", " border post ("
_BRACKET_CLOSING = re.compile(r"\s*\)")


def _unknown_places_of_named_regions(
    text: str,
    tokens: list[Token],
    matches: list[Match],
    places: list[Place],
    named: list[set[tuple[str, str]]],
) -> None:
    """A place qualified by a province none of its namesakes lies in ("near X, Donetsk." when
    only an X of Crimea is known, "(Karaan, Banadir)") is an unknown village of that
    province: its namesakes elsewhere are dropped and the province is read as the admin1
    region, not its homonymous city. Lists ("in Aleppo, Idlib and Hama") are left alone."""
    for n in range(len(matches) - 1):
        match, later, regions = matches[n], matches[n + 1], named[n + 1]
        if not regions or later.mode not in ("plain", "admin1"):
            continue
        gap = text[tokens[match.last].end : tokens[later.first].start]
        start = tokens[match.first].start
        before = text[max(0, start - 8) : start]  # "..., " / " and " / " or " before it
        if not _UNIT_GAP.fullmatch(gap) or not _QUALIFIED_END.match(text, tokens[later.last].end):
            continue
        if _LIST_BEFORE.search(before) or not any(places[i].kind == Kind.ADMIN1 for i in later.ids):
            continue
        kinds = {places[i].kind for i in match.ids}
        if not kinds or not kinds <= {Kind.GEONAMES, Kind.SUPPLEMENT, Kind.ADMIN2, Kind.ADMIN1}:
            continue
        inside = tuple(
            i
            for i in match.ids
            if places[i].kind != Kind.ADMIN1 and _region_of(places[i]) in regions
        )
        if inside:
            # Regions do not nest: in "Guerrero, Coahuila" Guerrero is the town of Coahuila.
            match.ids = inside if Kind.ADMIN1 in kinds else match.ids
            continue
        if Kind.ADMIN1 in kinds:
            continue  # two regions: a list ("in Punjab, Haryana."), even without "and"
        match.ids = ()
        later.mode = "admin1"
    # "X (District, Province)", "X border post (District, Province)": the same, one step out.
    for n in range(len(matches) - 2):
        match, district, later = matches[n], matches[n + 1], matches[n + 2]
        regions = named[n + 2]
        if not regions or later.mode not in ("plain", "admin1"):
            continue
        opening = text[tokens[match.last].end : tokens[district.first].start]
        gap = text[tokens[district.last].end : tokens[later.first].start]
        if not _BRACKET_OPENING.fullmatch(opening) or not _UNIT_GAP.fullmatch(gap):
            continue
        if not _BRACKET_CLOSING.match(text, tokens[later.last].end):
            continue
        if not any(places[i].kind == Kind.ADMIN1 for i in later.ids):
            continue
        kinds = {places[i].kind for i in match.ids}
        if not kinds or not kinds <= {Kind.GEONAMES, Kind.SUPPLEMENT, Kind.ADMIN2}:
            continue
        if any(_region_of(places[i]) in regions for i in match.ids):
            continue
        if not any(_region_of(places[i]) in regions for i in district.ids):
            continue  # the district is not in that province either: the text errs
        match.ids = ()
        later.mode = "admin1"


def _needs_context(place_id: int, match: Match, places: list[Place]) -> bool:
    """Whether a candidate is only plausible in a country the article talks about."""
    place = places[place_id]
    if place_id in match.loose_only and not match.arabic:
        return True  # "Mike" is Makkah only by folding vowels
    if place.kind == Kind.GEONAMES:
        if not _spelling_of(light_key(place.name), match.light):
            # Known by an alternate name only: "Jang" is a name of Anyang, "Sava" of Saveh;
            # only the alternates of the world's largest cities ("Bombay") are known abroad.
            return place.population < WORLD_CITY
        return place.population < SMALL_PLACE
    if place.kind == Kind.ADMIN1 and place.curated and len(match.light) <= 3:
        return True  # "UP", "KP": a province's abbreviation, only in its country's articles
    if place.kind == Kind.ADMIN1 and not place.curated:
        # "Red Sea" is a state of Sudan and one of Egypt; "California" is one big state.
        admin1 = [i for i in match.ids if places[i].kind == Kind.ADMIN1]
        if match.mode in ("admin1", "rural"):
            # Named as a region ("Bolivar state", "Viacha, La Paz"): the largest of that name.
            return place_id != max(admin1, key=lambda i: places[i].population)
        return len(admin1) > 1 or place.population < 1_000_000
    if place.kind == Kind.ADMIN2:
        return True  # a district's name is only read as such where its country is talked of
    return place.kind == Kind.SUPPLEMENT and place.precision in ("town", "neighbourhood", "point")


def _spelling_of(name: str, alternate: str) -> bool:
    """An alternate that only extends, trims or re-spells the name ("Patras" of Patra,
    "Cabanatuan" of Cabanatuan City, "Durango" of Victoria de Durango, "Odessa" of Odesa) is the
    same word, unlike "Jang" of Anyang or "Sava" of Saveh. The name itself is one too."""
    short, long = sorted((name, alternate), key=len)
    if loose_of_light(short) == loose_of_light(long):
        return True  # "Odessa" of Odesa
    return len(short) >= 5 and (long.startswith(short) or long.endswith(short))


def _outside_the_monitored_areas(place: Place, context: Context) -> bool:
    """A village of a monitoring mission's country outside the few regions it reports from, in
    a region the article does not otherwise touch: an unknown namesake in those regions (a
    ceasefire monitor's "shelling near Pervomaiske" is not one of the villages so named far
    from the front). Only for monitors: armed groups raid beyond their usual areas."""
    if (
        place.kind not in (Kind.GEONAMES, Kind.SUPPLEMENT, Kind.ADMIN2)
        or place.population >= SMALL_PLACE
    ):
        return False
    if place.country_code not in {country for country, _ in context.monitored}:
        return False
    region = _region_of(place)
    if region in context.monitored:
        return False
    return context.admin1[region] - (region == context.own_admin1) <= 0


def _effective_population(place: Place) -> int:
    if place.kind == Kind.COUNTRY:
        return max(place.population, 10_000_000)
    if place.kind == Kind.SUPPLEMENT:
        return 10_000
    if place.kind == Kind.ADMIN2:
        return 1_000  # below any town of the name: a town named like its district is its seat
    return place.population


def choose(
    match: Match, ids: tuple[int, ...], surface_fold: str, gaz: Gazetteer, context: Context
) -> int | None:
    places = gaz.places
    candidates = list(ids)
    if match.mode in ("admin1", "rural"):
        admin1 = [i for i in candidates if places[i].kind == Kind.ADMIN1]
        candidates = admin1 or candidates
    elif match.mode in ("settlement", "area"):
        towns = [i for i in candidates if places[i].kind in (Kind.GEONAMES, Kind.SUPPLEMENT)]
        candidates = towns or candidates
    else:
        # A bare name is the city, not the homonymous province around it ("Aleppo", "Dayr az
        # Zawr", "Gomel"); but a region whose small town is called so only by an alternate name
        # is the region ("Akkar", whose town is Halba).
        # A small town does not hide a big homonymous region, though: "California" is the
        # state, not California, Maryland.
        towns = [i for i in candidates if places[i].kind in (Kind.GEONAMES, Kind.SUPPLEMENT)]
        regions = {
            places[i].country_code: places[i].population
            for i in candidates
            if places[i].kind == Kind.ADMIN1
        }
        # A city known by the name only as an alternate settles it when it is a good part of
        # the region ("Dayr az Zawr"), not a district town of a big state ("Bihar" Sharif).
        settled = {
            places[i].country_code
            for i in towns
            if (
                name_key(places[i].name) == match.key
                or (
                    places[i].population >= 100_000
                    and places[i].population * 10 >= regions.get(places[i].country_code, 0)
                )
            )
            and (
                places[i].population >= 100_000
                or places[i].kind == Kind.SUPPLEMENT
                or places[i].population * 100 >= regions.get(places[i].country_code, 0)
            )
        } | {
            places[i].country_code
            for i in candidates
            if places[i].kind == Kind.ADMIN1
            and name_key(places[i].name) != match.key
            and any(places[t].country_code == places[i].country_code for t in towns)
        }
        candidates = [
            i
            for i in candidates
            if places[i].kind != Kind.ADMIN1 or places[i].country_code not in settled
        ]
    candidates = [
        i
        for i in candidates
        if places[i].country_code in context.countries or not _needs_context(i, match, places)
    ]
    told = [country for country, count in context.countries.items() if count]
    if len(told) == 1 and context.countries[told[0]] >= 2:
        # In an article about one country (told twice, no other), a mid-sized town of a
        # country it never names is a misreading ("the Deal shaft near Avdiivka, Donetsk" is
        # no Deal of Kent) unless it is a city.
        candidates = [
            i
            for i in candidates
            if places[i].country_code in context.countries
            or places[i].kind != Kind.GEONAMES
            or places[i].population >= 50_000
        ]
    if context.monitored and not context.regions:
        candidates = [i for i in candidates if not _outside_the_monitored_areas(places[i], context)]
    if match.arabic:
        candidates = [
            i
            for i in candidates
            if places[i].country_code in ARABIC_NAMES or places[i].country_code in context.countries
        ]
    if match.initial:  # capitalised anyway: a common word unless the place is expected or big
        candidates = [
            i
            for i in candidates
            if places[i].country_code in context.countries
            or places[i].population >= BIG_CITY
            or places[i].kind in (Kind.COUNTRY, Kind.ADMIN1)
        ]
    if match.facility:
        candidates = [
            i
            for i in candidates
            if places[i].kind in (Kind.COUNTRY, Kind.ADMIN1)
            or (places[i].population >= 100_000 and places[i].country_code in context.countries)
        ]
    # A town of the name beats a district of its province (the district's seat, a better point).
    settled_regions = {
        (places[i].country_code, places[i].admin1)
        for i in candidates
        if places[i].kind in (Kind.GEONAMES, Kind.SUPPLEMENT)
        and (
            _spelling_of(light_key(places[i].name), match.light) or places[i].population >= 100_000
        )
    }
    candidates = [
        i
        for i in candidates
        if places[i].kind != Kind.ADMIN2
        or (places[i].country_code, places[i].admin1) not in settled_regions
    ]
    named = [
        i
        for i in candidates
        if light_key(places[i].name) == match.light and places[i].kind != Kind.ADMIN2
    ]
    if named:
        # A place of that very name beats one that only has it among its alternates ("Franklin"
        # is a Franklin, not Columbus, seat of a Franklin County), bar world cities ("Bombay").
        candidates = [
            i
            for i in candidates
            if places[i].kind != Kind.GEONAMES
            or places[i].population >= WORLD_CITY
            or _spelling_of(light_key(places[i].name), match.light)
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
        admin1 = place.admin1 or (place.name if place.kind == Kind.ADMIN1 else "")
        region = (place.country_code, name_key(admin1)) if admin1 else None
        if region and context.admin1[region] - (region == context.own_admin1) > 0:
            value += 1.5
        if admin1 and (place.country_code, name_key(admin1)) in context.regions:
            value += 3.0
        if admin1 and (place.country_code, name_key(admin1)) in context.areas:
            value += 1.5
        if place.kind == Kind.SUPPLEMENT:
            value += 0.5
        if place.kind == Kind.COUNTRY and _plain_fold(place.name) == surface_fold:
            value += 3.0  # a country's name is the country, even beside its namesake's region
        if _plain_fold(place.name) == surface_fold:
            value += 1.0
        return value

    return max(candidates, key=score)


def _plain_fold(name: str) -> str:
    """All words folded and joined, articles kept: "El Salvador" is not "Salvador"."""
    return "".join(NAME_TOKEN.findall(fold(name)))


def precision_of(place: Place, mode: str) -> PlacePrecision:
    precision = place.precision
    if mode == "admin1" and place.kind == Kind.ADMIN1:
        precision = "admin1"
    elif (mode in ("area", "desert") and precision in ("town", "neighbourhood", "point")) or (
        mode == "rural" and precision in ("admin1", "town", "neighbourhood", "point")
    ):
        precision = "region"
    if precision not in PRECISIONS:  # a supplement row without one: the type cannot tell
        raise ValueError(f"gazetteer precision {precision!r} for {place.name}")
    return precision
