"""The point of an event known only to its province or country: the seat, as ACLED codes it.

ACLED codes an event that a report places no finer than a province at the province's capital
(geo precision 3), not at the province's centre: "clashes in Mandera County" lie at the town of
Mandera, "an IED in Wajir county" at Wajir town. Where the province is named like a town of its
own (its seat in most countries' maps: Mandera, Wajir, Idlib, Kandahar, Nairobi), the event's
ACLED point is that town's; the location stays the province (its name, admin1 and precision).
A province named like no town of its own (Rif Dimashq, Punjab) keeps its centre. An event
known only to its country is likewise coded at the country's capital (GeoNames' capitals, as
:mod:`..places.gazetteer.capitals` reads them), not at the country's centre.
"""

from __future__ import annotations

from ..document import PlaceMention
from ..places.gazetteer.capitals import capital_place, province_seat


def acled_point(place: PlaceMention) -> tuple[float, float]:
    """The latitude and longitude of the event's ACLED block for its first place."""
    if place.precision == "country":
        capital = capital_place(place.country_code)
        if capital is None:
            return place.latitude, place.longitude
        return capital.latitude, capital.longitude
    if place.precision != "admin1" or not place.resolved:
        return place.latitude, place.longitude
    seat = province_seat(place.country_code, place.name)
    if seat is None:
        return place.latitude, place.longitude
    return seat.latitude, seat.longitude
