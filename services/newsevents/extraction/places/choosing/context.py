"""The article's context for :mod:`.choose`: the countries and regions it talks about.

Countries are those named (names, demonyms), those of big unambiguous cities ("Aleppo") and of
named actors of one country ("the OSCE SMM", "al-Shabaab"). Regions are those named beside a
place in them ("Dandume (Funtua LGA, Katsina)", "Shchastia, Luhansk"), those where the named
actors operate ("Boko Haram": Borno, Yobe) and, as the names are resolved, those of the places
chosen so far.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ...actors.find import named_actors
from ...document import Span, SpanIndex
from ..gazetteer import Kind, Place, Region
from ..reading.surface import Match
from ..reading.tokens import Tokens
from ..shared.keys import light_key, name_key


@dataclass(slots=True)
class Context:
    countries: Counter[str]
    admin1: Counter[Region]  # the regions of the places chosen so far
    dominant: str | None = None
    # Provinces named beside a place in them: "Dandume (Funtua LGA, Katsina)", "Shchastia,
    # Luhansk".
    regions: set[Region] = field(default_factory=set)
    # Where the article's named actors operate (actors.tsv "areas").
    areas: set[Region] = field(default_factory=set)
    # ... of those, where a named monitoring mission reports from ("the OSCE SMM")
    monitored: set[Region] = field(default_factory=set)
    # the region of the name being chosen again: its own first choice does not vouch for it
    own_admin1: Region | None = None
    # the regions chosen for the other names of the sentence of the name being chosen ("Bara,
    # a village near Potiskum": Potiskum's Yobe, not the bigger Bara of Gombe)
    sentence_admin1: frozenset[Region] = frozenset()
    # country -> the names of the big unambiguous cities that told it ("Aleppo": Syria), and
    # how many times: a city must not vouch for its own country (see :mod:`.whereabouts`)
    told_by_cities: dict[str, set[str]] = field(default_factory=dict)
    city_votes: Counter[str] = field(default_factory=Counter)

    def chosen_in(self, region: Region) -> bool:
        """Whether another name's choice lies in ``region`` (not the name's own first choice:
        "Sao Goncalo, Rio de Janeiro state" must not vouch for Sao Goncalo do Amarante's)."""
        return self.admin1[region] - (region == self.own_admin1) > 0


def article_context(
    tokens: Tokens,
    accepted: list[Match],
    places: Sequence[Place],
    countries: Counter[str],
    filed: SpanIndex | None = None,
    demonyms: dict[Span, str] | None = None,
) -> Context:
    """The context of an article whose place names ``accepted`` tell ``countries`` (by their
    names and demonyms: ``demonyms``, where each was told and its country): with the countries
    of big cities and named actors (not the agency that ``filed`` it: a dateline's or a
    credit's tag, nor a force named by a demonym already counted), and the regions named
    beside places."""
    told_by_cities: dict[str, set[str]] = {}
    city_votes: Counter[str] = Counter()
    _count_big_cities(accepted, places, city_votes, told_by_cities)
    countries.update(city_votes)
    areas, monitored = _count_named_actors(tokens.text, countries, filed, demonyms or {})
    context = Context(
        countries,
        Counter(),
        countries.most_common(1)[0][0] if countries else None,
        areas=areas,
        monitored=monitored,
        told_by_cities=told_by_cities,
        city_votes=city_votes,
    )
    regions_named_together(tokens, accepted, places, context)
    return context


def _count_big_cities(
    accepted: list[Match],
    places: Sequence[Place],
    votes: Counter[str],
    told_by_cities: dict[str, set[str]],
) -> None:
    """Country context from big, unambiguous cities too: "Aleppo" tells Syria, "Tripoli" not:
    ``votes`` counts them by country, ``told_by_cities`` receives the names that told each."""
    for match in accepted:
        code = _big_city_country(match, places)
        if code is not None:
            votes[code] += 1
            told_by_cities.setdefault(code, set()).add(match.light)


def _big_city_country(match: Match, places: Sequence[Place]) -> str | None:
    """The country a match tells as the plain name of a big unambiguous city, if it does."""
    if any(places[i].kind == Kind.COUNTRY for i in match.ids):
        return None
    ranked = sorted(match.ids, key=lambda i: -places[i].population)
    top = places[ranked[0]]
    if match.facility or match.arabic or light_key(top.name) != match.light:
        return None  # only the plain name of a big city tells the country
    if top.population >= 100_000 and all(
        places[i].population * 10 < top.population
        for i in ranked[1:]
        if places[i].country_code != top.country_code
    ):
        return top.country_code
    return None


def _count_named_actors(
    text: str, countries: Counter[str], filed: SpanIndex | None, demonyms: dict[Span, str]
) -> tuple[set[Region], set[Region]]:
    """Named actors of one country ("the OSCE SMM", "al-Shabaab") tell it too, and actors of a
    few regions their regions ("Boko Haram": Borno, Yobe): (their regions, those of monitors).
    A wire agency in a dateline or a credit ("MANILA, Oct. 26 (Xinhua) --") filed the report
    from anywhere: it tells no country (Xinhua's China made a Chinese village of "Sulu").
    Air power named by its country's demonym ("Russian jets", "Israeli warplanes") told its
    country once, as the demonym: counted twice, one "Russian jets" made an article about the
    Syrian towns they struck an article about Russia, and its small towns misreadings
    (:func:`.whereabouts.one_country_article`; forty-sixth round, list66)."""
    areas: set[Region] = set()
    monitored: set[Region] = set()
    for found, entry in named_actors(text):
        span = Span(found.start(), found.end())
        if filed is not None and filed.overlaps(span):
            continue
        if entry.country_code:
            code = entry.country_code
            if not _air_power_of(found.group(), code, span, demonyms):
                countries[code] += 1
            regions = {(entry.country_code, name_key(area)) for area in entry.areas}
            areas |= regions
            if entry.kind == "monitor":
                monitored |= regions
    return areas, monitored


# Air power, which strikes abroad as often as at home: "Russian jets", "Israeli warplanes",
# "Turkish drones", "Russian air strikes". A ground force named by its demonym ("Afghan security
# forces", "Indian troops") most often acts at home, and keeps its second count.
_AIR_POWER = re.compile(
    r"\b(?:jets?|warplanes?|planes?|aircraft|air\s*strikes?|air\s*raids?|raids|air\s*forces?|"
    r"aviation|drones?|bombers?|helicopters?|gunships?)\b",
    re.IGNORECASE,
)


def _air_power_of(told: str, code: str, span: Span, demonyms: dict[Span, str]) -> bool:
    """Whether a named actor is air power named by its country's demonym, counted already."""
    return _AIR_POWER.search(told) is not None and any(
        c == code and at.overlaps(span) for at, c in demonyms.items()
    )


_QUALIFIER_GAP = re.compile(r"[^.;:!?\n]{0,40}")
_RIGHT_AFTER = re.compile(r"\s*(?:,|\()\s*")


def _qualifies(tokens: Tokens, match: Match, later: Match) -> bool:
    """Whether ``later`` directly qualifies ``match``: "X, Y" or "X (Y"."""
    return _RIGHT_AFTER.fullmatch(tokens.between(match, later)) is not None


def regions_named_together(
    tokens: Tokens, matches: list[Match], places: Sequence[Place], context: Context
) -> None:
    """Provinces named in the text that contain another place named in it.

    A province named beside a village vouches for it (and its country) even when the article
    names no country: ACLED-style notes give "village (district, province)". Only an admin1
    region counts (its own name, or a city named like its province: "Luhansk"), never two
    towns that share a state by chance. A province right after a place in it ("X, Luhansk",
    "X (Y, Katsina)") is a qualifier: the province, not its homonymous city.
    """
    named, cities = _regions_named(matches, places)
    if not any(named):
        return
    naming: dict[Region, list[int]] = {}  # region -> the matches that name it
    for m, regions in enumerate(named):
        for region in regions:
            naming.setdefault(region, []).append(m)
    for n, match in enumerate(matches):
        inside = _regions_of(
            places[i] for i in match.ids if places[i].kind != Kind.ADMIN1 and i not in cities
        )
        # ... but the province right after it is ("Trujillo (Trujillo)", "Colima, Colima").
        capitals = _regions_of(places[i] for i in match.ids if i in cities)
        if not inside and not capitals:
            continue
        # A region another match names vouches; read per region, not per naming match: a text
        # that repeats "Deir Ezzor" a thousand times has a thousand of them.
        context.regions |= {r for r in inside if any(m != n for m in naming.get(r, ()))}
        # A qualifier follows within 40 characters ("X, Luhansk"): only the next matches.
        end = tokens[match.last].end
        for m in range(n + 1, len(matches)):
            later = matches[m]
            if m > n + 1 and tokens[later.first].start - end > 40:
                break
            qualifies = m == n + 1 and _qualifies(tokens, match, later)
            common = (inside | (capitals if qualifies else set())) & named[m]
            if not common:
                continue
            context.regions |= common
            gap = tokens.between(match, later)
            if (
                ("," in gap or "(" in gap)
                and _QUALIFIER_GAP.fullmatch(gap)
                and later.mode == "plain"
                and any(places[i].kind == Kind.ADMIN1 for i in later.ids)
            ):
                later.mode = "admin1"
    _unknown_places_after_a_comma(tokens, matches, places, named)
    _unknown_places_in_brackets(tokens, matches, places, named)
    for country, _ in context.regions:
        context.countries[country] += 1


def _regions_named(
    matches: list[Match], places: Sequence[Place]
) -> tuple[list[set[Region]], set[int]]:
    """The regions each match may name (an admin1 region, or a city named like its province:
    "Luhansk"), and those cities: they stand for their province, it does not vouch for them."""
    named: list[set[Region]] = []
    cities: set[int] = set()
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
    return named, cities


def _regions_of(places: Iterable[Place]) -> set[Region]:
    """The known regions of places."""
    return {region for place in places if (region := place.region) is not None}


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


def _unknown_places_after_a_comma(
    tokens: Tokens,
    matches: list[Match],
    places: Sequence[Place],
    named: list[set[Region]],
) -> None:
    """A place qualified by a province none of its namesakes lies in ("near X, Donetsk." when
    only an X of Crimea is known, "(Karaan, Banadir)") is an unknown village of that
    province: its namesakes elsewhere are dropped and the province is read as the admin1
    region, not its homonymous city. Lists ("in Aleppo, Idlib and Hama") are left alone."""
    for n in range(len(matches) - 1):
        match, later, regions = matches[n], matches[n + 1], named[n + 1]
        if not regions or later.mode not in ("plain", "admin1"):
            continue
        gap = tokens.between(match, later)
        start = tokens[match.first].start
        before = tokens.text[max(0, start - 8) : start]  # "..., " / " and " / " or " before it
        if not _UNIT_GAP.fullmatch(gap) or not _QUALIFIED_END.match(
            tokens.text, tokens[later.last].end
        ):
            continue
        if _LIST_BEFORE.search(before) or not any(places[i].kind == Kind.ADMIN1 for i in later.ids):
            continue
        kinds = {places[i].kind for i in match.ids}
        if not kinds or not kinds <= {Kind.GEONAMES, Kind.SUPPLEMENT, Kind.ADMIN2, Kind.ADMIN1}:
            continue
        inside = tuple(
            i for i in match.ids if places[i].kind != Kind.ADMIN1 and places[i].region in regions
        )
        if inside:
            # Regions do not nest: in "Guerrero, Coahuila" Guerrero is the town of Coahuila.
            match.ids = inside if Kind.ADMIN1 in kinds else match.ids
            continue
        if Kind.ADMIN1 in kinds:
            continue  # two regions: a list ("in Punjab, Haryana."), even without "and"
        match.ids = ()
        later.mode = "admin1"


def _unknown_places_in_brackets(
    tokens: Tokens,
    matches: list[Match],
    places: Sequence[Place],
    named: list[set[Region]],
) -> None:
    """ "X (District, Province)", "X border post (District, Province)": as
    :func:`_unknown_places_after_a_comma`, one step out, when the district lies in the
    province and none of X's namesakes do."""
    for n in range(len(matches) - 2):
        match, district, later = matches[n], matches[n + 1], matches[n + 2]
        regions = named[n + 2]
        if not regions or later.mode not in ("plain", "admin1"):
            continue
        opening = tokens.between(match, district)
        gap = tokens.between(district, later)
        if not _BRACKET_OPENING.fullmatch(opening) or not _UNIT_GAP.fullmatch(gap):
            continue
        if not _BRACKET_CLOSING.match(tokens.text, tokens[later.last].end):
            continue
        if not any(places[i].kind == Kind.ADMIN1 for i in later.ids):
            continue
        kinds = {places[i].kind for i in match.ids}
        if not kinds or not kinds <= {Kind.GEONAMES, Kind.SUPPLEMENT, Kind.ADMIN2}:
            continue
        if any(places[i].region in regions for i in match.ids):
            continue
        if not any(places[i].region in regions for i in district.ids):
            continue  # the district is not in that province either: the text errs
        match.ids = ()
        later.mode = "admin1"
