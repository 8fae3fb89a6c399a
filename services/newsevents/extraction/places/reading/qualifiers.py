"""How the words around each name qualify it: "X province", "rural X", "in X", "X residents",
"X County" in a country whose regions are counties."""

from __future__ import annotations

import re

from ..gazetteer import Gazetteer, Kind
from ..shared.keys import key_of_folds, word_set
from .surface import Match, mode_of
from .tokens import Tokens
from .words import DIRECTIONS, FACILITY_NOUNS, PEOPLE_NOUNS, SITE_NOUNS


def read_qualifiers(tokens: Tokens, accepted: list[Match], gaz: Gazetteer) -> None:
    """How the words around each name qualify it ("X province", "rural X"); a province
    named beside a place (``regions_named_together``) stays one."""
    for n, match in enumerate(accepted):
        qualifier = match.mode == "admin1"
        match.mode = mode_of(tokens, match)
        if (
            match.mode in ("plain", "settlement")
            and n
            and _reference_of(tokens, accepted[n - 1], match)
        ):
            match.mode = "area"
        if n and _city_of_its_suburb(tokens, accepted[n - 1], match, gaz):
            accepted[n - 1].mode = "area"
        if match.mode == "admin1" and _country_of_a_state(tokens, accepted[n + 1 :], match, gaz):
            match.mode = "plain"
        if qualifier and match.mode == "plain":
            match.mode = "admin1"
        if match.mode == "plain" and _county_of_a_county_country(tokens, match, gaz):
            match.mode = "admin1"
        match.people = match.mode == "plain" and _before_people(tokens, match)
        match.village = match.mode == "settlement" and _village_of(tokens, match)
        match.unit = _unit_of(tokens, match) if match.mode == "plain" else None
        before = tokens.word_before(match.first)
        match.assaulted = before is not None and tokens[before].fold in _ASSAULTS
        match.locative = (
            match.mode in ("settlement", "area")
            or _after_locative(tokens, match)
            or match.people
            or match.listed
            or _before_site(tokens, match)
        )
        if match.mode == "rural":
            prev = tokens.before(match.first)
            if prev is not None and prev.fold == "rural":  # "rural Damascus" = "Rural Damascus"
                rural = gaz.lookup(
                    key_of_folds(["rural", *(t.fold for t in tokens.content(match))])
                )
                match.ids = rural or match.ids


# The nouns some countries alone give their units finer than a district: an upazila is
# Bangladesh's, a tehsil Pakistan's or India's, a taluk or a mandal India's ("township",
# "sub-county", "block" are many countries' words).
_UNIT_NOUNS: dict[str, tuple[str, ...]] = {
    "upazila": ("BD",),
    "upazilla": ("BD",),
    "tehsil": ("PK", "IN"),
    "tahsil": ("PK", "IN"),
    "taluk": ("IN",),
    "taluka": ("IN",),
    "mandal": ("IN",),
}


def _unit_of(tokens: Tokens, match: Match) -> tuple[str, ...] | None:
    """The countries of the unit noun right after the name ("Safi Tehsil": Pakistan, India),
    None when none follows."""
    after = tokens.word_after(match.last)
    return None if after is None else _UNIT_NOUNS.get(tokens[after].fold)


# "the area of Eastern Ghouta near Damascus", "Eastern Ghouta, a suburb of Damascus", "Madaya
# outside the capital Damascus": the place told first is where; the one after is a point of
# reference, the area around it.
_REFERENCE_AFTER_A_PLACE = re.compile(
    r"(?:\s+(?:district|area|region))?,?\s+(?:near|outside|(?:in\s+)?(?:an?\s+|the\s+)?suburbs?\s+of"
    r"|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:(?:[\w'-]+\s+)?capital\s+(?:city\s+)?(?:of\s+)?)?",
    re.IGNORECASE,
)


def _reference_of(tokens: Tokens, before: Match, match: Match) -> bool:
    """Whether ``match`` follows the place ``before`` as its point of reference."""
    if before.rejected or before.demonym or before.supranational:
        return False
    between = tokens.text[tokens[before.last].end : tokens[match.first].start]
    if _SUBURB_OF.fullmatch(between):
        return False  # "the Damascus suburb of Jaramana": the city is told first
    return _REFERENCE_AFTER_A_PLACE.fullmatch(between) is not None


# "the Damascus suburb of Jaramana", "the Baghdad suburb of X": a city's name as the modifier of
# its one suburb, the suburb's name after "of"; "the Ghouta suburbs of Damascus" (a plural, an
# area of the city after "of") and "X, a suburb of Y" tell the city last. The same words also
# name the suburb first ("the Douma suburb of Damascus", "the Sadr City suburb of Baghdad"):
# the city is the bigger of the two (review61).
_SUBURB_OF = re.compile(r"\s+suburb\s+of\s+", re.IGNORECASE)


def _city_of_its_suburb(tokens: Tokens, before: Match, match: Match, gaz: Gazetteer) -> bool:
    """Whether ``before`` is the city of the suburb ``match``: "the Damascus suburb of X"."""
    if before.rejected or before.demonym or before.supranational:
        return False
    between = tokens.text[tokens[before.last].end : tokens[match.first].start]
    if before.mode not in ("plain", "locality") or _SUBURB_OF.fullmatch(between) is None:
        return False
    return _population(before, gaz) > _population(match, gaz)


def _population(match: Match, gaz: Gazetteer) -> int:
    return max((gaz.places[i].population for i in match.ids), default=0)


def _country_of_a_state(tokens: Tokens, later: list[Match], match: Match, gaz: Gazetteer) -> bool:
    """ "the western Mexico state of Michoacan": a country's name before "state of" and a
    province of that country names the country, as "the Mexican state of" does, not a province
    (Mexico's own state of Mexico); "Bauchi state of Nigeria" is still the state."""
    unit = tokens.word_after(match.last)
    of = tokens.word_after(unit) if unit is not None else None
    if of is None or tokens[of].fold != "of" or not later:
        return False
    after = tokens.word_after(of)
    if after is None or later[0].first != after:
        return False
    countries = {
        gaz.places[i].country_code for i in match.ids if gaz.places[i].kind == Kind.COUNTRY
    }
    return any(
        gaz.places[i].kind == Kind.ADMIN1 and gaz.places[i].country_code in countries
        for i in later[0].ids
    )


# Prepositions that tell where something happened: "in X", "at X", "near X".
_LOCATIVES = frozenset({"in", "at", "near", "outside", "around", "inside"})


# ... and the words before "of X" that do: the people of a place ("residents of X") and
# "outside of X".
_BEFORE_OF = frozenset({"residents", "villagers", "inhabitants", "people", "outside"})


_VILLAGE_NOUNS = word_set(
    "village villages hamlet hamlets neighbourhood neighbourhoods "
    "neighborhood neighborhoods quarter suburb"
)


def _village_of(tokens: Tokens, match: Match) -> bool:
    """Whether the name follows a village's or a quarter's noun and "of": "the village of X",
    "the villages of X", "the southern neighbourhood of X"."""
    of = tokens.word_before(match.first)
    if of is None or tokens[of].fold != "of":
        return False
    noun = tokens.word_before(of)
    while noun is not None and tokens[noun].fold in DIRECTIONS:
        noun = tokens.word_before(noun)
    return noun is not None and tokens[noun].fold in _VILLAGE_NOUNS


def _after_locative(tokens: Tokens, match: Match) -> bool:
    before = tokens.word_before(match.first)
    if before is not None and tokens[before].fold in DIRECTIONS:
        before = tokens.word_before(before)  # "in central Katmandu", "in northern X"
    if before is None:
        return False
    if tokens[before].fold == "of":
        head = tokens.word_before(before)
        return head is not None and tokens[head].fold in _BEFORE_OF
    return tokens[before].fold in _LOCATIVES


# Verbs of an assault on a place, whose object is where it happened: "gunmen attacked Witu",
# "raiders stormed Kapedo", "militants overran Kunduz" (thirty-first round; a town of that very
# name only: ``choose._only_one_of_its_name``).
_ASSAULTS = word_set(
    "attack attacks attacked raid raids raided storm stormed invade invaded overran overrun "
    "shell shelled bomb bombed besiege besieged"
)


def _before_site(tokens: Tokens, match: Match) -> bool:
    """ "The Dadaab refugee complex", "Lafey police station": a site named after its town
    tells the town as where (twenty-fourth round)."""
    after = tokens.word_after(match.last)
    return after is not None and not tokens[after].cap and tokens[after].fold in SITE_NOUNS


def _before_people(tokens: Tokens, match: Match) -> bool:
    """ "Lodwar residents", "Chuka University students": the name directly before a lowercase
    noun of people, or before the institution named after it and such a noun."""
    after = tokens.word_after(match.last)
    if after is not None and tokens[after].cap and tokens[after].fold in FACILITY_NOUNS:
        after = tokens.word_after(after)
    return after is not None and not tokens[after].cap and tokens[after].fold in PEOPLE_NOUNS


# Countries whose first-level divisions are counties (GeoNames admin1): there "Tana River
# County" is the region, while in the United States or Britain a county lies inside one.
COUNTY_COUNTRIES = frozenset({"KE", "LR", "HR", "HU", "NO", "SE", "EE", "LT", "RO", "AL", "TW"})


def _county_of_a_county_country(tokens: Tokens, match: Match, gaz: Gazetteer) -> bool:
    """ "Mandera county", "Tana River County": the name of a region of a county country."""
    after = tokens.word_after(match.last)
    if after is None or tokens[after].fold != "county":
        return False
    return any(
        gaz.places[i].kind == Kind.ADMIN1 and gaz.places[i].country_code in COUNTY_COUNTRIES
        for i in match.ids
    )


# What may stand between a place and the province that locates it: "X in Damascus
# countryside", "X village in the countryside of Y province", "X village in the western
