"""Which names of a place the index keeps, and the keys it files them under: Latin-script
proper names only (:func:`keep_alternate`), each under its exact-spelling key and, where names
are transliterated in many ways, its transliteration-folded key (:func:`index_keys`); a supplement
row wins over the same-key GeoNames towns of its country (:func:`supplement_wins`). Shared by
:mod:`.build` for the embedded gazetteer and for a user's GeoNames import alike."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from ..shared.keys import ARABIC_NAMES, NAME_TOKEN, light_key, loose_of_light
from . import LOOSE, MAX_TOKENS, Kind, Place

_ASCII_NAME_TABLE = str.maketrans(
    {"\u2018": "", "\u2019": "'", "\u02bf": "", "\u02be": "", "`": ""}
)


def ascii_name(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.translate(_ASCII_NAME_TABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_latin(name: str) -> bool:
    for char in name:
        if char.isascii():
            continue
        if char.isalpha() and "LATIN" not in unicodedata.name(char, ""):
            return False
    return True


def keep_alternate(name: str) -> bool:
    """Latin-script proper names only: GeoNames also lists lowercase transliterations of
    Arabic script ("alrqt"), airport codes ("DEZ") and names in other scripts."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or not any(c.isupper() for c in letters):
        return False
    if name.isupper() and len(letters) <= 5:
        return False
    return len(NAME_TOKEN.findall(name)) <= MAX_TOKENS + 1 and _is_latin(name)


def supplement_wins(ids: list[int], places: list[Place]) -> list[int]:
    """A supplement entry replaces the same-key GeoNames places of its country (same place,
    or a namesake the supplement knows better)."""
    supplied = {places[i].country_code for i in ids if places[i].kind == Kind.SUPPLEMENT}
    if not supplied:
        return ids
    return [
        i for i in ids if places[i].kind != Kind.GEONAMES or places[i].country_code not in supplied
    ]


def index_keys(place: Place, names: Iterable[str]) -> dict[str, None]:
    """The index keys of a place's names (in order, once each)."""
    important = place.kind not in (Kind.GEONAMES, Kind.ADMIN2)
    loose = place.curated or place.country_code in ARABIC_NAMES
    keys: dict[str, None] = {}
    for light in (light_key(n) for n in names):
        if len(light) < 2 or (len(light) < 4 and not important and place.population < 100_000):
            continue
        keys[light] = None
        if loose:
            keys[LOOSE + loose_of_light(light)] = None
    return keys
