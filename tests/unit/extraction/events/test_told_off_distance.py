"""How far off a town a name is told to lie (review43b): a decimal comma ("1,5 km") is a
decimal, a comma before three digits ("1,500 km") a thousands' separator."""

from __future__ import annotations

from newsevents.extraction.document import PlaceMention, Span
from newsevents.extraction.events.merge.places.localities.told_off import off_distance


def _off(text: str) -> float | None:
    start = text.index("Damascus")
    town = PlaceMention(
        Span(start, start + 8), "Damascus", "Damascus", "SY", "Damascus", 33.5, 36.3, "town", "city"
    )
    return off_distance(text, text.index(","), town)


def test_a_decimal_comma_is_a_decimal() -> None:
    assert _off("Kisweh, some 45,5 km south of the capital Damascus, was shelled.") == 45.5
    assert _off("Kisweh, 1,500 km south of the capital Damascus, was shelled.") == 1500.0
    assert _off("Kisweh, about 12 km south of the capital Damascus, was shelled.") == 12.0
