"""How the candidates of a name that pass the filters of :mod:`.choose` are ranked: log10 of
the place's effective population (+ 10), plus a bonus for each clue of the article's
:mod:`.context` that holds (its country named, its region named beside it, an actor of its area,
its very name)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..gazetteer import Kind, Place
from ..shared.keys import NAME_TOKEN, fold
from .context import Context


@dataclass(frozen=True, slots=True)
class Weights:
    """The ranking of the candidates that pass the filters: log10 of the place's effective
    population (+ 10), plus a bonus for each of these that holds."""

    country_named: float = 4.5  # its country is named in the article
    dominant_country: float = 0.5  # ... and named most
    region_chosen: float = 1.5  # another name was chosen in its admin1 region
    # ... another name of the same sentence (forty-second round, village62): the places near
    # a name in the text outrank the article's main area ("Bara, a village near Potiskum")
    region_chosen_in_sentence: float = 2.0
    region_named_beside: float = 3.0  # its region named beside a place: "X, Luhansk"
    actor_area: float = 1.5  # a named actor operates in its region ("Boko Haram": Borno)
    supplement: float = 0.5  # a hand-made supplement entry
    # a country's name is the country, even beside its namesake's region ("Kazakhstan" by
    # Almaty, not the village of Almaty region)
    country_by_name: float = 3.0
    own_name: float = 1.0  # its very name, all words and articles ("El Salvador")
    # Effective populations: a country counts as at least this big ...
    country_population: int = 10_000_000
    # ... a supplement entry (villages, crossings, camps) as a town ...
    supplement_population: int = 10_000
    # ... and a district below any town of its name: such a town is its seat.
    district_population: int = 1_000
    # ... and a GeoNames town of unknown population (0: cities500 keeps the seats of
    # administrative units whatever their size) in a country the article tells as a town of
    # this size, as a supplement entry: Syria's subdistrict seats (Ariha, Tall Abyad, Ra's al
    # Ayn) are towns, not hamlets below every village and district (forty-seventh round).
    unknown_population: int = 10_000


WEIGHTS = Weights()


def best_in_country(
    ids: Sequence[int], places: Sequence[Place], code: str, surface_fold: str, context: Context
) -> int | None:
    """The best scored of the namesakes ``ids`` in country ``code``, or None if none is there."""
    there = [i for i in ids if places[i].country_code == code]
    return max(there, key=lambda i: score(places[i], surface_fold, context)) if there else None


def score(place: Place, surface_fold: str, context: Context, weights: Weights = WEIGHTS) -> float:
    told = place.country_code in context.countries
    value = math.log10(_effective_population(place, told, weights) + 10)
    if told:
        value += weights.country_named
        if place.country_code == context.dominant:
            value += weights.dominant_country
    region = place.region
    if region is not None and context.chosen_in(region):
        value += weights.region_chosen
        if region in context.sentence_admin1:
            value += weights.region_chosen_in_sentence
    if region in context.regions:
        value += weights.region_named_beside
    if region in context.areas:
        value += weights.actor_area
    if place.kind == Kind.SUPPLEMENT:
        value += weights.supplement
    own_name = _plain_fold(place.name) == surface_fold
    if place.kind == Kind.COUNTRY and own_name:
        value += weights.country_by_name
    if own_name:
        value += weights.own_name
    return value


def _effective_population(place: Place, told: bool, weights: Weights) -> int:
    if place.kind == Kind.COUNTRY:
        return max(place.population, weights.country_population)
    if place.kind == Kind.SUPPLEMENT:
        return weights.supplement_population
    if place.kind == Kind.ADMIN2:
        return weights.district_population
    if place.population == 0 and told and place.kind == Kind.GEONAMES:
        return weights.unknown_population
    return place.population


def _plain_fold(name: str) -> str:
    """All words folded and joined, articles kept: "El Salvador" is not "Salvador"."""
    return "".join(NAME_TOKEN.findall(fold(name)))
