"""Place mentions: a gazetteer-driven geoparser (no statistical NER).

The places and their name keys come from :mod:`.gazetteer` and :mod:`.place_keys`; this module
finds them in the text (:func:`find_places`).

Matching
    The text is tokenised once; from every capitalised token (or an article before one:
    "al-Raqa") the longest run of up to five tokens found in the index, under either key,
    wins.

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

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple, cast

from .actors import default_matcher
from .document import Document, PlaceMention, PlacePrecision, Span
from .gazetteer import (
    ADMIN1,
    COUNTRY,
    DEMONYM,
    GEONAMES,
    LOOSE,
    MAX_TOKENS,
    PRECISIONS,
    SMALL_PLACE,
    SUPPLEMENT,
    SUPRANATIONAL,
    Gazetteer,
    Place,
    gazetteer,
)
from .place_keys import (
    ARABIC_NAMES,
    ARTICLES,
    CONNECTORS,
    NAME_TOKEN,
    fold,
    key_of_folds,
    light_key,
    light_of_folds,
    loose_of_light,
    name_key,
)
from .place_words import (
    ADMIN1_WORDS,
    AREA_WORDS,
    DIRECTIONS,
    FACILITY_NOUNS,
    OF_MODES,
    ROUTE_WORDS,
    RURAL_WORDS,
    STOPWORDS,
    TITLES,
    UNIT_NOUNS,
)

_BIG_CITY = 500_000  # still this city when glued to other capitalised words
_WORLD_CITY = 2_000_000  # alternate names known world-wide ("Bombay")

_JOINERS = frozenset({" ", "-", "\u2010", "\u2011"})
_ABBREVIATED = frozenset({"st", "ste", "mt", "ft"})  # "St. Louis", "Mt. Hermon"
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
    joined = [
        gap in _JOINERS or (gap == ". " and tokens[j].fold in _ABBREVIATED)
        for j, gap in enumerate(gaps)
    ]
    places = gaz.places
    matches: list[_Match] = []
    i = 0
    while i < count:
        token = tokens[i]
        # A name starts with a capital, or with an article before one: "al-Raqa", "as-Sweida"
        # (with a space only "al"/"el": "an Iron" is English).
        if not token.cap and not (
            token.fold in ARTICLES
            and i + 1 < count
            and tokens[i + 1].cap
            and (gaps[i] == "-" or (gaps[i] == " " and token.fold in ("al", "el")))
        ):
            i += 1
            continue
        limit = i
        while limit + 1 < count and limit - i + 1 < MAX_TOKENS and joined[limit]:
            limit += 1
        found: _Match | None = None
        for last in range(limit, i - 1, -1):
            if not tokens[last].cap and tokens[last].fold in CONNECTORS:
                continue  # a name never ends with "al" or "of"
            light = light_of_folds(tokens[j].fold for j in range(i, last + 1))
            if len(light) < 2:
                continue
            key = loose_of_light(light)
            exact = gaz.lookup(light)
            folded = gaz.lookup(LOOSE + key)
            if not exact and not folded:
                continue
            ids = tuple(dict.fromkeys(exact + folded))
            if any(
                not tokens[j].cap and tokens[j].fold not in CONNECTORS for j in range(i, last + 1)
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
    return [t for t in tokens[match.first : match.last + 1] if t.fold not in ARTICLES]


def _admissible(text: str, tokens: list[_Token], match: _Match, gaz: Gazetteer) -> tuple[int, ...]:
    """Candidates allowed by the surface form alone (case, length, stopwords)."""
    places = gaz.places
    content = _content(tokens, match)
    if not content:
        return ()
    if (
        len(content) == 1
        and not content[0].upper  # "US" is not "us"
        and (content[0].fold in STOPWORDS or content[0].fold in TITLES)
    ):
        return ()
    ids = match.ids
    demonyms = tuple(i for i in ids if places[i].kind == DEMONYM)
    if demonyms:
        match.demonym = True
        return demonyms
    if all(t.fold in DIRECTIONS for t in content):
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
        and nxt.fold in ARTICLES
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
        if not word.cap or word.fold in ARTICLES or word.fold in STOPWORDS:
            continue
        kind = token_kind.get(index)
        if kind == "country" or (kind == "place" and _before_route_word(text, tokens, b)):
            continue  # "Syria-Iraq border", "the Raqqa-Aleppo road"
        return True, False  # "Mayo-Sava", "Sud-Kivu": part of a longer name
    if prev is not None and prev.fold in TITLES:
        return True, not big
    if nxt is not None and nxt.cap and nxt.fold in UNIT_NOUNS:
        return True, False
    if headline or token_kind.get(match.first) == "country":
        return False, False
    if (
        prev is not None
        and prev.cap
        and prev.fold not in STOPWORDS
        and prev.fold not in ARTICLES
        and token_kind.get(match.first - 1) not in ("country", "demonym")
    ):
        return True, not big
    if (
        not big
        and nxt is not None
        and nxt.cap
        and not nxt.upper
        and nxt.fold not in STOPWORDS
        and nxt.fold not in TITLES
        and token_kind.get(match.last + 1) not in ("country", "demonym")
    ):
        return True, False
    return False, False


def _before_route_word(text: str, tokens: list[_Token], index: int) -> bool:
    """Whether the hyphenated chain of names around token ``index`` precedes "road"..."""
    while index + 1 < len(tokens) and text[tokens[index].end : tokens[index + 1].start] == "-":
        index += 1
    after = _word_after(text, tokens, index)
    return after is not None and tokens[after].fold in ROUTE_WORDS


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
    while after is not None and tokens[after].fold in DIRECTIONS:  # "X's eastern countryside"
        after = _word_after(text, tokens, after)
    before = _word_before(text, tokens, match.first)
    while before is not None and tokens[before].fold in DIRECTIONS:  # "rural western X"
        before = _word_before(text, tokens, before)
    next_word = tokens[after].fold if after is not None else ""
    prev_word = tokens[before].fold if before is not None else ""
    if prev_word == "of" and before is not None:
        of_word = _word_before(text, tokens, before)
        while of_word is not None and tokens[of_word].fold in DIRECTIONS:
            of_word = _word_before(text, tokens, of_word)
        head = tokens[of_word].fold if of_word is not None else ""
        for words, mode in OF_MODES:
            if head in words:
                return mode
    if next_word in ADMIN1_WORDS:
        return "admin1"
    if prev_word == "rural" or next_word in RURAL_WORDS:
        return "rural"
    if next_word in AREA_WORDS:
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


# "X, Province", "X district, Province" (not "X (Province)": notes misfile towns in brackets)
_UNIT_GAP = re.compile(
    r"(?:\s+(?:district|village|town|city|area|county|municipality|subdistrict|LGA|upazila|"
    r"tehsil|locality|sector))?\s*,\s*",
    re.IGNORECASE,
)
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
        if not _UNIT_GAP.fullmatch(gap) or not _QUALIFIED_END.match(after):
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
        name = light_key(place.name)
        if name != match.light and not _spelling_of(name, match.light):
            # Known by an alternate name only: "Jang" is a name of Anyang, "Sava" of Saveh;
            # only the alternates of the world's largest cities ("Bombay") are known abroad.
            return place.population < _WORLD_CITY
        return place.population < SMALL_PLACE
    if place.kind == ADMIN1 and not place.curated:
        # "Red Sea" is a state of Sudan and one of Egypt; "California" is one big state.
        admin1 = [i for i in match.ids if places[i].kind == ADMIN1]
        if match.mode in ("admin1", "rural"):
            # Named as a region ("Bolivar state", "El Alto, La Paz"): the largest of that name.
            return place_id != max(admin1, key=lambda i: places[i].population)
        return len(admin1) > 1 or place.population < 1_000_000
    return place.kind == SUPPLEMENT and place.precision in ("town", "neighbourhood", "point")


def _spelling_of(name: str, alternate: str) -> bool:
    """An alternate that only extends, trims or re-spells the name ("Patras" of Patra,
    "Cabanatuan" of Cabanatuan City, "Durango" of Victoria de Durango, "Odessa" of Odesa) is the
    same word, unlike "Jang" of Anyang or "Sava" of Saveh."""
    short, long = sorted((name, alternate), key=len)
    if loose_of_light(short) == loose_of_light(long):
        return True  # "Odessa" of Odesa
    return len(short) >= 5 and (long.startswith(short) or long.endswith(short))


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
            if places[i].country_code in ARABIC_NAMES or places[i].country_code in context.countries
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
    named = [i for i in candidates if light_key(places[i].name) == match.light]
    if named:
        # A place of that very name beats one that only has it among its alternates ("Franklin"
        # is Franklin, not Columbus in Franklin County), bar world cities ("Bombay").
        candidates = [
            i
            for i in candidates
            if i in named
            or places[i].kind != GEONAMES
            or places[i].population >= _WORLD_CITY
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
        admin1 = place.admin1 or (place.name if place.kind == ADMIN1 else "")
        if admin1 and (place.country_code, name_key(admin1)) in context.admin1:
            value += 1.5
        if admin1 and (place.country_code, name_key(admin1)) in context.regions:
            value += 3.0
        if place.kind == SUPPLEMENT:
            value += 0.5
        if place.kind == COUNTRY and _plain_fold(place.name) == surface_fold:
            value += 3.0  # a country's name is the country, even beside its namesake's region
        if _plain_fold(place.name) == surface_fold:
            value += 1.0
        return value

    return max(candidates, key=score)


def _plain_fold(name: str) -> str:
    """All words folded and joined, articles kept: "El Salvador" is not "Salvador"."""
    return "".join(NAME_TOKEN.findall(fold(name)))


def _precision(place: Place, mode: str) -> PlacePrecision:
    precision = place.precision
    if mode == "admin1" and place.kind == ADMIN1:
        precision = "admin1"
    elif (mode in ("area", "desert") and precision in ("town", "neighbourhood", "point")) or (
        mode == "rural" and precision in ("admin1", "town", "neighbourhood", "point")
    ):
        precision = "region"
    if precision not in PRECISIONS:
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
            or (
                places[i].kind == GEONAMES
                and places[i].population >= _BIG_CITY
                # by its own name: "Colonia Vistas del Rio" is no Cologne
                and (
                    light_key(places[i].name) == match.light or places[i].population >= _WORLD_CITY
                )
            )
            for i in match.ids
        )
        reject, person = _glued_to_name(text, tokens, match, token_kind, headline, big)
        if reject:
            match.rejected = True
            if person:
                person_keys.add(match.key)
            continue
        nxt = _next_token(text, tokens, match.last)
        match.facility = nxt is not None and nxt.cap and nxt.fold in FACILITY_NOUNS
        first = tokens[match.first]
        match.arabic = first.fold in ARTICLES and text[first.end : first.end + 1] == "-"
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
