"""A place told as what another lies near is a reference point, not where the act happened
(twenty-seventh round).

"Hundreds from the suburbs of eastern Ghouta near Damascus protested" happened in eastern
Ghouta: Damascus, told after "near", says where Ghouta lies, and "Near the capital" in the
same sentence does too. A place told after "near" or "close to" names no place of the act when
the sentence names before it, as where something happened ("in X", "the village of X"),
another place of its country, not so told, that the near place does not lie inside ("in Idlib
province near Saraqeb" happened near Saraqeb, a town of that province; "in Bamba near Koro" at
Bamba); its other tellings go with it. A city named like its province is no such other place
(it may be the province: "the coast of Oaxaca, near San Vicente"), nor a place outside the
province the sentence names while the near place lies in it (a namesake read elsewhere), and a
place that opens a facility's name names the facility ("near Qamishli National Hospital").
A place read farther than ``_NEAR_KM`` from the near place is no
such other place either (review48): "in Pisky near Donetsk" read as a Pisky of another province
is a namesake, and the near place, which tells the province, is kept. Alone, or before the
places told after it ("near Buni Yadi (Gujba LGA, Borno)"), the near place
is where it happened.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...document import PlaceMention
from ...places.shared.geometry import haversine_km
from ...places.shared.keys import name_key
from ..geography.nesting import finer_within
from ..geography.precision import named_like_its_province

_NEAR_BEFORE = re.compile(
    r"\b(?:near|close\s+to)\s+(?:the\s+)?(?:(?:town|city|village|capital)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# "in eastern Ghouta", "the suburbs of eastern Ghouta": a bearing between the locative and the
# name
_BEARING_BEFORE = re.compile(
    r"\b(?:in|at|on|of)\s+(?:the\s+)?(?:north|south|east|west)\w*\s+$", re.IGNORECASE
)
# "near Qamishli National Hospital": the place opens a facility's name, the facility is what
# the act was near
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
_COARSE = frozenset({"country", "supranational"})
# What "near" can span: a place read farther from the near place is a namesake of another
# province, not the place near it.
_NEAR_KM = 150.0


def without_reference_points(
    text: str, places: list[PlaceMention], locative: Callable[[PlaceMention], bool]
) -> list[PlaceMention]:
    """``places`` without those told as what a place named before them as where it happened
    (``locative``: "in X", "the village of X") lies near, and without the other tellings of
    such a place ("Near the capital"). Whose a place is ("Sohan Lal of Nayagaon") tells no
    place that the near one locates."""
    near = [
        p
        for p in places
        if _NEAR_BEFORE.search(text, max(0, p.span.start - 40), p.span.start)
        and _NAME_GOES_ON.match(text, p.span.end) is None
    ]
    # the provinces the sentence names: a place outside them, when the near place lies in one,
    # is a namesake read elsewhere ("in Hamirpur village near Rapar (Kachchh, Gujarat)")
    provinces = {p.province for p in places if p.precision == "admin1"}
    dropped = {
        p.name
        for p in near
        if any(
            o.span.start < p.span.start
            and o not in near
            and (
                locative(o) or _BEARING_BEFORE.search(text, max(0, o.span.start - 30), o.span.start)
            )
            and o.precision not in _COARSE
            and not _named_like_its_province(o)
            and o.country_code == p.country_code
            and not finer_within(p, o)
            and haversine_km(o.latitude, o.longitude, p.latitude, p.longitude) <= _NEAR_KM
            and (o.province in provinces or p.province not in provinces)
            for o in places
        )
    }
    return [p for p in places if p.name not in dropped] if dropped else places


def _named_like_its_province(place: PlaceMention) -> bool:
    """A city named like its province, under the gazetteer's spelling or another ("Al
    Hasakah" of Al-Hasakah, "Hamah" of Hama, "Dara" of Daraa): a roundup's item headed by
    it ("In Hasaka, the army killed six terrorists near al-Hol") tells the province, inside
    which the near place lies (forty-eighth round, place68)."""
    admin1 = place.admin1 or ""
    return named_like_its_province(place) or (
        place.precision == "town" and bool(admin1) and name_key(place.name) == name_key(admin1)
    )
