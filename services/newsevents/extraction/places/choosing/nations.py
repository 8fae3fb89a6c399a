"""What GeoNames' country table says of a place's country: its capital, and the countries it
borders. A capital speaks for its government ("Juba said"), and a city of a neighbour is near
the story, so neither is read as a misread namesake where nothing else tells its country."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from ..gazetteer import Place
from ..gazetteer.capitals import country_table
from ..shared.keys import light_key


@cache
def _capitals() -> frozenset[tuple[str, str]]:
    return frozenset(
        (code, light_key(info["capital"]))
        for code, info in country_table().items()
        if info["capital"]
    )


def is_capital(place: Place) -> bool:
    """Whether ``place`` is its country's capital."""
    return (place.country_code, light_key(place.name)) in _capitals()


@cache
def neighbours(code: str) -> frozenset[str]:
    """The countries ``code`` borders ("KE": Ethiopia, Tanzania, South Sudan, Somalia, Uganda)."""
    info = country_table().get(code)
    return frozenset(info["neighbours"].split(",")) - {""} if info else frozenset()


def borders_any(code: str, others: Iterable[str]) -> bool:
    """Whether country ``code`` borders one of ``others``."""
    near = neighbours(code)
    return any(other in near for other in others)
