"""Reading the names found: which the surface form allows, which are demonyms and
supranational names (references), which are glued to other proper nouns or a person's, and
what the words around an accepted name say of it; the countries named counted."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from ...document import PlaceMention
from ..gazetteer import BIG_CITY, WORLD_CITY, Gazetteer, Kind, Place
from ..shared.keys import ARTICLES, light_key, light_of_folds, word_set
from .filters.cut import reject_cut_names
from .filters.glued import glued_to_name
from .filters.runs import listed_runs
from .mention import mention
from .surface import Match, TokenKind, admissible, mode_of, opens_sentence, title_case_lines
from .tokens import Token, Tokens
from .words import FACILITY_NOUNS, PEOPLES


def surface_filters(tokens: Tokens, matches: list[Match], gaz: Gazetteer) -> dict[int, TokenKind]:
    """The candidates the surface form allows ("Of", "IRGC" are none); returns which tokens
    are places, countries and demonyms, for the names glued to them."""
    token_kind: dict[int, TokenKind] = {}
    reject_cut_names(tokens, matches)  # "Kafr Dael": no Dail
    for match in matches:
        match.ids = admissible(tokens, match, gaz)
        if match.rejected or not match.ids:
            match.rejected = True
            continue
        kind: TokenKind = "place"
        if match.demonym:
            kind = "demonym"
        elif any(gaz.places[i].kind == Kind.COUNTRY for i in match.ids):
            kind = "country"
        for index in range(match.first, match.last + 1):
            token_kind[index] = kind
    for index, token in enumerate(tokens):
        if index not in token_kind and _country_possessive(token, gaz):
            token_kind[index] = "country"
    return token_kind


def _country_possessive(token: Token, gaz: Gazetteer) -> bool:
    """ "Syrias Hama province", "Iraqs Anbar": a country's possessive whose apostrophe the
    page lost, which no more carries a person's name on than "Syria's" does."""
    if not token.cap or token.upper or len(token.fold) < 5 or not token.fold.endswith("s"):
        return False
    ids = gaz.lookup(light_of_folds([token.fold[:-1]]))
    return any(gaz.places[i].kind == Kind.COUNTRY for i in ids)


class Names(NamedTuple):
    countries: Counter[str]  # countries named, by names and demonyms, in order of mention
    references: list[PlaceMention]  # demonyms and supranational names


def read_names(
    tokens: Tokens, matches: list[Match], places: Sequence[Place], token_kind: dict[int, TokenKind]
) -> Names:
    """Demonyms and supranational names set aside as references; names glued to other
    proper nouns ("Ammar Saleh", "Quds Force") and compound modifiers ("Iran-backed")
    rejected, and later bare uses of a name read as a person's; countries counted."""
    headlines = title_case_lines(tokens)
    person_keys: set[str] = set()
    names = Names(Counter(), [])
    listed = listed_runs(tokens, matches)
    people: dict[int, str] = {}  # the last token of each demonym read: its country
    # the words of names that may be countries or big cities ("in Aleppo Hama Damascus")
    big_tokens = frozenset(
        index
        for match in matches
        if not match.rejected and is_big(match, places)
        for index in range(match.first, match.last + 1)
    )
    for match in matches:
        if match.rejected:
            continue
        match.listed = (match.first, match.last) in listed
        if match.demonym or match.supranational:
            if match.demonym:
                names.countries[places[match.ids[0]].country_code] += 1
                people[match.last] = places[match.ids[0]].country_code
            names.references.append(mention(tokens, match, places[match.ids[0]], "plain"))
            match.rejected = True
            continue
        country = [i for i in match.ids if places[i].kind == Kind.COUNTRY]
        if country:
            biggest = max(country, key=lambda i: places[i].population)
            names.countries[places[biggest].country_code] += 1
        if _compound_modifier(tokens, match):
            match.rejected = True
            continue
        start = tokens[match.first].start
        headline = any(a <= start < b for a, b in headlines)
        reject, person = glued_to_name(
            tokens, match, token_kind, headline, is_big(match, places), big_tokens
        )
        if reject and not match.listed:
            match.rejected = True
            if person:
                person_keys.add(match.key)
            continue
        _read_surroundings(tokens, match)
        match.home_only = (
            ""
            if _a_quarter(tokens, match) or _names_a_road(tokens, match)
            else _after_a_people(tokens, match, token_kind, people)
        )
    for match in matches:
        if not match.rejected and match.key in person_keys and len(tokens.content(match)) == 1:
            # "Saleh added" after "Ammar Saleh said"; but a name read once as a person's (a
            # heading run into its sentence: "on al-Fouaa Idleb A girl") is a province where
            # its words say so: "the countryside of Idleb", "Idleb province".
            match.rejected = mode_of(tokens, match) not in ("admin1", "rural")
    return names


def _compound_modifier(tokens: Tokens, match: Match) -> bool:
    """ "Iran-backed", "Iran-related": a hyphen and a lowercase word; the same compound written
    with a space ("the London Based monitor", as copy that lost its hyphens prints it); and
    "pro-Damascus fighters", "anti-Kyiv": a side named by its capital or country, no place."""
    end = tokens[match.last].end
    if tokens.text[end : end + 1] == "-" and tokens.text[end + 1 : end + 2].islower():
        return True
    if _SPACED_COMPOUND.match(tokens.text, end) is not None:
        return True
    start = tokens[match.first].start
    return _SIDE_PREFIX.search(tokens.text, max(0, start - 6), start) is not None


_SIDE_PREFIX = re.compile(r"\b(?:pro|anti)-$", re.IGNORECASE)
# the second word of such a compound, its hyphen lost: "the London Based Syrian Observatory"
_SPACED_COMPOUND = re.compile(r" (?:[Bb]ased|BASED)\b")


def is_big(match: Match, places: Sequence[Place]) -> bool:
    """Whether a name may be a country or a big city, which keep their sense beside other
    capitalised words ("Toronto Transit Commission")."""
    return any(
        places[i].kind == Kind.COUNTRY
        or (
            places[i].kind == Kind.GEONAMES
            and places[i].population >= BIG_CITY
            # by its own name: "Colonia Lomas Verdes" is no Cologne
            and (light_key(places[i].name) == match.light or places[i].population >= WORLD_CITY)
        )
        for i in match.ids
    )


# "the Old City", "the old town": the quarter of the story's town, unless "of" names the town.
_QUARTERS = word_set("city town quarter")


def _a_quarter(tokens: Tokens, match: Match) -> bool:
    content = tokens.content(match)
    if len(content) != 2 or content[0].fold != "old" or content[1].fold not in _QUARTERS:
        return False
    before = tokens.word_before(match.first)
    after = tokens.word_after(match.last)
    return (
        before is not None
        and tokens[before].fold == "the"
        and (after is None or tokens[after].fold != "of")
    )


# "the Castello Road" in Aleppo: a road's name, the road where the story is.
_ROADS = word_set("road highway street avenue")


def _names_a_road(tokens: Tokens, match: Match) -> bool:
    after = tokens.word_after(match.last)
    return (
        after is not None
        and tokens.gap(match.last, after) == " "
        and tokens[after].cap
        and tokens[after].fold in _ROADS
    )


def _after_a_people(
    tokens: Tokens, match: Match, token_kind: dict[int, TokenKind], people: dict[int, str]
) -> str | None:
    """The country of a people's name glued before the match ("Turkmen Bari", a Syrian village
    the gazetteer lacks; "the Egyptian Halwan"): "" for a people of no country ("Kurdish"),
    None where no people's name is."""
    before = tokens.word_before(match.first)
    if before is None or not tokens[before].cap:
        return None
    if token_kind.get(before) == "demonym":
        return people.get(before, "")
    return "" if tokens[before].fold in PEOPLES else None


def _read_surroundings(tokens: Tokens, match: Match) -> None:
    """What the words around an accepted name say of it: a facility after it ("al-Nour
    Mosque"), an Arabic article ("al-Raqa"), a sentence it opens ("Reading the news")."""
    nxt = tokens.after(match.last)
    match.facility = nxt is not None and nxt.cap and nxt.fold in FACILITY_NOUNS
    first = tokens[match.first]
    match.arabic = first.fold in ARTICLES and tokens.text[first.end : first.end + 1] == "-"
    match.initial = match.first == match.last and opens_sentence(tokens.text, first.start)
    after = tokens.after(match.last)
    match.arabic_tail = (
        after is not None
        and after.fold in ARTICLES
        and tokens.text[after.end : after.end + 1] == "-"
        and tokens.text[after.end + 1 : after.end + 2].isupper()
    )
