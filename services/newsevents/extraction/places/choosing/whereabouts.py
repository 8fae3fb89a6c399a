"""Where the article is: the filters of :mod:`.choose` that drop the candidates lying
outside the places the article tells.

- In an article about one country, a mid-sized town of a country it never names is a
  misreading ("the Deal shaft near Avdiivka, Donetsk" is no Deal of Kent), unless a city.
- A town told as a settlement ("the town of X") in a country the article never tells is the
  namesake of one the gazetteer lacks.
- A village told in a province ("Hadar village in the countryside of Y province") is that
  province's namesake, or an unknown village there; a neighbourhood lies in its city.
- A monitoring mission's villages lie in the regions it reports from ("shelling near
  Pervomaiske" is not one of the villages so named far from the front).
- After choosing (:func:`drop_small_abroad`, called by :func:`..find.find_places`): in a note
  whose places tell one country and nothing tells another, a small place abroad is an unknown
  place of that country; with one country told by the article's source
  (:func:`yield_to_the_source`), a small place of a country nothing in the text tells is that
  country's namesake, or an unknown place of it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...document import LOCAL_PRECISIONS, PlaceMention
from ..gazetteer import BIG_CITY, CITY_POPULATION, SMALL_PLACE, Kind, Place
from ..reading.surface import Match
from ..reading.tokens import Tokens
from .context import Context
from .nations import borders_any, is_capital
from .ranking import best_in_country


def one_country_article(
    candidates: list[int], match: Match, places: Sequence[Place], context: Context
) -> list[int]:
    """In an article about one country (told twice, and at least five times as often as any
    other), a mid-sized town of a country it never names is a misreading ("the Deal shaft near
    Avdiivka, Donetsk" is no Deal of Kent; "al-Zahraa neighbourhood in Homs" in a Syrian report
    naming London once is no Ez Zahra of Tunisia) unless it is a city."""
    told = [count for _, count in context.countries.most_common(2) if count]
    if not told or told[0] < 2 or (len(told) > 1 and told[0] < 5 * told[1]):
        return candidates
    return [
        i
        for i in candidates
        if places[i].country_code in context.countries
        or places[i].kind != Kind.GEONAMES
        or places[i].population >= 50_000
    ]


def drop_small_abroad(accepted: list[Match], places: Sequence[Place], context: Context) -> None:
    """A note whose places tell one country (a big city: "from Kathmandu"; a province named
    beside a place) while nothing in it tells another, and which names a small place of
    another country, a village or district the gazetteer knows only abroad, names an unknown
    place of its own country: "CPN(M)-Chand protesters ... from Kathmandu" is no district
    Chand of India, and the name is dropped. Only places count: a people, a country's name or
    a named group tells where people come from ("Somali refugees in Kakuma camp",
    "Lashkar-e-Taiba militants in Pulwama"), not where the note is. A town of 50,000 or more,
    a region or a capital abroad keeps its sense. Run after :func:`.relocate_abroad`, which
    keeps a name told inside a place of the note's country ("Banita (Nakuru)") as a locality
    of that place."""
    by_places = {code for code, count in context.city_votes.items() if count} | {
        code for code, _ in context.regions
    }
    if len(by_places) != 1:
        return
    (home,) = by_places
    if any(count and code != home for code, count in context.countries.items()):
        return
    for match in accepted:
        if match.choice is None:
            continue
        place = places[match.choice]
        if place.country_code != home and _small_abroad(place):
            match.choice = None


def yield_to_the_source(
    tokens: Tokens,
    accepted: list[Match],
    places: Sequence[Place],
    context: Context,
    hints: Sequence[str],
) -> None:
    """With one country told by the article's source (``hints``: a national outlet's or a
    feed's, ``ArticleMessage.countries``), a small place of another country (a village, a town
    under 100,000, a district) that nothing in the text tells (no name or demonym of its
    country, no big city or named actor of it: ``context.countries``) is a namesake of one of
    the told country's: "a police van was vandalised at Simara in Bara" from a Nepali feed is
    Nepal's Simara, not Sudan's Bara. The name is chosen again among the told country's
    namesakes when the gazetteer has any, else dropped (an unknown place of the told country).
    A capital, a city of 100,000 (:data:`CITY_POPULATION`), a province keep their sense."""
    if len(hints) != 1:
        return
    (home,) = hints
    for match in accepted:
        if match.choice is None:
            continue
        place = places[match.choice]
        code = place.country_code
        if code == home or context.countries[code] or not _town_or_smaller(place):
            continue
        # the told country's namesake, else none (an unknown place of the told country)
        match.choice = best_in_country(match.ids, places, home, tokens.fold(match), context)


def _town_or_smaller(place: Place) -> bool:
    """Below a city (:data:`CITY_POPULATION`, a name known beyond its region), no capital: a
    place the source's country outweighs when nothing in the text tells its own."""
    if place.kind == Kind.GEONAMES and not is_capital(place):
        return place.population < CITY_POPULATION
    return _small_abroad(place)


def bodies_of_the_source(
    bodies: list[PlaceMention], context: Context, hints: Sequence[str]
) -> list[PlaceMention]:
    """The towns of local bodies' names (:mod:`.bodies`) that may locate an event, with one
    country told by the article's source: those of that country, or of a country the text tells
    ("Residents of Maili Saba protested" from a Kenyan feed is no body of Maili, Hawaii)."""
    if len(hints) != 1:
        return bodies
    return [b for b in bodies if b.country_code == hints[0] or context.countries[b.country_code]]


def _small_abroad(place: Place) -> bool:
    """A village or town under 50,000, a district, a hand-added local place: too small to be
    told without its country."""
    if is_capital(place):
        return False
    if place.kind == Kind.GEONAMES:
        return place.population < 50_000
    if place.kind == Kind.SUPPLEMENT:
        return place.precision in LOCAL_PRECISIONS
    return place.kind == Kind.ADMIN2


def town_abroad(
    candidates: list[int], match: Match, places: Sequence[Place], context: Context
) -> list[int]:
    """Told as a settlement ("the town of al-Husainiyah" in a report from Syria and Iraq), a
    town under 100,000 of a country the article never tells, while it tells others, is a
    namesake of the article's town the gazetteer lacks (an Egyptian town of 50,000 is no
    town of the Euphrates), unless a capital."""
    if match.mode != "settlement" or context.countries.total() < 2:
        return candidates
    return [i for i in candidates if not _untold_town(places[i], context)]


def _untold_town(place: Place, context: Context) -> bool:
    code = place.country_code
    return (
        place.kind == Kind.GEONAMES
        and place.population < CITY_POPULATION
        and context.countries[code] == context.city_votes[code]
        and context.countries.total() - context.countries[code] >= 2
        and not is_capital(place)
    )


def told_only_by_itself(
    candidates: list[int], match: Match, places: Sequence[Place], context: Context
) -> list[int]:
    """A city abroad whose country nothing in the article tells but the city's own name (a
    big unambiguous city counts its country as told), in an article telling other countries,
    is a namesake of a village the gazetteer lacks ("Taza district, south of Kirkuk" in an
    Iraqi report is no Taza of Morocco), unless a big city, a national capital or a city of a
    country bordering one the article tells."""
    if not context.told_by_cities:
        return candidates
    kept = [i for i in candidates if not _self_told(places[i], match, context)]
    if len(kept) == len(candidates):
        return candidates
    # The city hid its smaller namesakes abroad, misreadings alike: none of their countries
    # is told either.
    return [
        i
        for i in kept
        if places[i].country_code in context.countries
        or places[i].kind != Kind.GEONAMES
        or places[i].population >= BIG_CITY
    ]


def _self_told(place: Place, match: Match, context: Context) -> bool:
    code = place.country_code
    return (
        place.kind == Kind.GEONAMES
        and place.population < BIG_CITY
        and context.told_by_cities.get(code) == {match.light}
        and context.countries[code] == context.city_votes[code]
        and context.countries.total() - context.countries[code] >= 2
        and not is_capital(place)
        # a city of a neighbour is near the story ("Garissa" in a note on Somali raiders)
        and not borders_any(code, (c for c, n in context.countries.items() if n and c != code))
    )


def country_told_beside(
    candidates: list[int], match: Match, places: Sequence[Place], context: Context
) -> list[int]:
    """A name told with its country beside it ("Ras al-Ain in northeast Syria", "the Syrian
    town of X") is that country's place when the gazetteer knows one there, however small:
    the border town's twin across the line (Ceylanpinar of Turkey, also called Ras al-Ain)
    is not meant."""
    if match.country_beside is None:
        return candidates
    kept = [i for i in candidates if places[i].country_code == match.country_beside]
    return kept or candidates


def named_beside(
    candidates: list[int], match: Match, places: Sequence[Place], context: Context
) -> list[int]:
    """A village located in a province ("Hadar village in the countryside of Y province") is
    that province's Hadar if one is known, and else an unknown village there (the
    event lands on the province), not Al Hadar of Iraq nor Dara of another province ("Adra in
    Damascus countryside"). Cities keep their sense."""
    if not match.provinces_beside:
        return candidates
    if match.mode == "locality":
        # "the X neighborhood of the Syrian city of Aleppo": a neighbourhood lies
        # in its city, whatever bigger place abroad bears its name.
        return [i for i in candidates if places[i].region in match.provinces_beside]
    # A town of another country is a namesake ("Kaya in Maradun LGA of Zamfara State" is no
    # Kaya of Burkina Faso), unless a big city.
    countries = {country for country, _ in match.provinces_beside}
    candidates = [
        i
        for i in candidates
        if places[i].country_code in countries
        or places[i].kind != Kind.GEONAMES
        or places[i].population >= BIG_CITY
    ]
    small = [i for i in candidates if _small(places[i])]
    if len(small) < len(candidates):
        return candidates  # a city or a region: known abroad by its name
    return [i for i in small if places[i].region in match.provinces_beside]


def _small(place: Place) -> bool:
    """A village, town under 100,000, neighbourhood or district."""
    if place.kind == Kind.GEONAMES:
        return place.population < CITY_POPULATION
    if place.kind == Kind.SUPPLEMENT:
        return place.precision in LOCAL_PRECISIONS
    return place.kind == Kind.ADMIN2


def in_monitored_areas(
    candidates: list[int], match: Match, places: Sequence[Place], context: Context
) -> list[int]:
    """A monitoring mission's villages lie in the regions it reports from, unless the text
    names a region beside a place (see :func:`_outside_the_monitored_areas`)."""
    if not context.monitored or context.regions:
        return candidates
    return [i for i in candidates if not _outside_the_monitored_areas(places[i], context)]


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
    region = place.region
    if region is None:
        return True  # in no known region, so in none of the monitored ones
    if region in context.monitored:
        return False
    return not context.chosen_in(region)
