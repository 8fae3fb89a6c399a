"""Towns that name a local body: "the Larkana Press Club", "Garissa University", "PTI Karachi
chapter", "the Tinsukia Municipal Board", "an Aizawl-based watchdog".

Such a name is glued to other proper nouns (or is a compound modifier, or names a facility in
an article that tells no country of it), so it is no place mention: "Saleh" in "Ammar Saleh" is
no town either. But a local body meets, protests and is attacked where it stands, and
conflict monitors code its act there when the report names no other place. So the names the
surface filters set aside are kept apart (``Document.body_places``), for an event that no
place locates (:mod:`...events.merge.places.bodies`), when the name is a town of some size by
its own spelling that nothing abroad of a tenth its size shares: "Karachi", "Mandya",
"Garissa"; not "Saleh", "Jade" or "Hospital".
"""

from __future__ import annotations

from collections.abc import Sequence

from ...document import PlaceMention
from ..gazetteer import SMALL_PLACE, Kind, Place
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
    for match in matches:
        if not match.ids or match.demonym or match.supranational:
            continue
        if not match.rejected and not (match.facility and match.choice is None):
            continue
        before = tokens.before(match.first)
        if before is not None and before.fold in TITLES:
            continue  # "Haj Askar": a person
        town = _unambiguous_town(match, places, context)
        if town is not None:
            found.append(mention(tokens, match, places[town], "plain"))
    return found


def _unambiguous_town(match: Match, places: Sequence[Place], context: Context) -> int | None:
    """The town of ``SMALL_PLACE`` or more named by its own spelling that the name must be:
    every namesake of another country a tenth its size or less, and in a country the article
    tells, or one bordering it, when it tells any."""
    towns = [
        i
        for i in match.ids
        if places[i].kind == Kind.GEONAMES
        and places[i].population >= SMALL_PLACE
        and light_key(places[i].name) == match.light
        and i not in match.loose_only
    ]
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
    told = [code for code, count in context.countries.items() if count]
    if told and town.country_code not in told and not borders_any(town.country_code, told):
        return None
    return best
