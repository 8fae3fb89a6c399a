"""Towns that name a local body: "the Mandya Municipal Council", "Garissa University", "PTI
Karachi chapter", "the Tinsukia Division Railway Employees' Union".

Such a name is glued to other proper nouns (or names a facility in an article that tells no
country of it), so it is no place mention: "Saleh" in "Ammar Saleh" is no town either. But a
local body meets, protests and is attacked where it stands, and conflict monitors code its act
there when the report names no other place. So the names the surface filters set aside are
kept apart (``Document.body_places``) for an event that no place locates
(:mod:`...events.merge.places.bodies`), when the name:
- opens the body's name: not after a title ("Haj Askar") nor after a capitalised word ("the
  Vidhan Sabha", "Ghatkopar Metro station" end other names); an acronym may come first ("PTI");
- is a town of ``SMALL_PLACE`` or more by its own spelling, every namesake of another country
  a tenth its size or less ("Jade", "Victoria" name none); or a town of any size that no
  place of another country names at all, opening a capitalised name ("Maseno University",
  "Dadaab Refugee Camp": there is nothing to mistake it for; thirty-first round);
- lies in a country the article tells (by names, demonyms, actors or the places it names) or
  one bordering it ("Garissa" in a note on al-Shabaab); where it tells none, a city of
  ``CITY_POPULATION`` or more ("Mandya", not "Holiday" of a "Holiday Inn").
"""

from __future__ import annotations

from collections.abc import Sequence

from ...document import PlaceMention
from ..gazetteer import CITY_POPULATION, SMALL_PLACE, Kind, Place
from ..reading.mention import mention
from ..reading.surface import Match
from ..reading.tokens import Tokens
from ..reading.words import TITLES
from ..shared.keys import light_key
from .context import Context
from .nations import borders_any


def body_places(
    tokens: Tokens, matches: Sequence[Match], places: Sequence[Place], context: Context
) -> list[PlaceMention]:
    """The towns named in local bodies' names among ``matches`` that were read as no place:
    set aside by the surface filters, or a facility's name with no candidate chosen."""
    found: list[PlaceMention] = []
    # the countries the article tells, by their names and actors and by the places it names
    told = {code for code, count in context.countries.items() if count}
    told |= {places[m.choice].country_code for m in matches if m.choice is not None}
    for match in matches:
        if not match.ids or match.demonym or match.supranational:
            continue
        if not match.rejected and not (match.facility and match.choice is None):
            continue
        before = tokens.before(match.first)
        if before is not None and (before.fold in TITLES or (before.cap and not before.upper)):
            # "Haj Askar": a person; "the Vidhan Sabha", "Ghatkopar Metro station": the name
            # ends another one ("PTI Karachi chapter": an acronym names the party)
            continue
        after = tokens.after(match.last)
        town = _unambiguous_town(match, places, told, after is not None and after.cap)
        if town is not None:
            found.append(mention(tokens, match, places[town], "plain"))
    return found


def _unambiguous_town(
    match: Match, places: Sequence[Place], told: set[str], named: bool
) -> int | None:
    """The town the name must be, by the rules of the module's docstring; None when none."""
    towns = [
        i
        for i in match.ids
        if places[i].kind == Kind.GEONAMES
        and light_key(places[i].name) == match.light
        and i not in match.loose_only
    ]
    if (
        named
        and towns
        and all(places[i].country_code == places[towns[0]].country_code for i in match.ids)
    ):
        # the only place of its name anywhere, opening a capitalised name: "Maseno University",
        # "Dadaab Refugee Camp" (not "Jubilee supporters": a party's followers stand nowhere)
        return max(towns, key=lambda i: places[i].population)
    towns = [i for i in towns if places[i].population >= SMALL_PLACE]
    if not towns:
        return None
    best = max(towns, key=lambda i: places[i].population)
    town = places[best]
    if any(
        places[i].country_code != town.country_code
        and places[i].kind in (Kind.GEONAMES, Kind.ADMIN1, Kind.COUNTRY)
        and places[i].population * 10 > town.population
        for i in match.ids
    ):
        return None
    if not told:
        # nothing tells where the article is: only a city is known by its name alone
        return best if town.population >= CITY_POPULATION else None
    if town.country_code not in told and not borders_any(town.country_code, told):
        return None
    return best
