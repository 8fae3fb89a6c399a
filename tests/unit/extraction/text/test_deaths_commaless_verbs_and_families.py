"""Tolls of the twenty-fifth round, in wire-style wording: a list of verbs without its commas
("killed 30 people injured 90") and a family told by its size ("a family of six killed")."""

from __future__ import annotations

from newsevents.extraction.text.deaths import find_deaths


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


def test_killed_then_injured_with_a_count_of_its_own() -> None:
    assert _deaths("A car bomb killed 12 people injured 40 on Sunday in Tarvo.") == [12.0]
    # without a count after it the participle tells who were hurt: the headline's list
    assert _deaths("8 persons killed 58 others injured") == [8.0]


def test_a_family_told_by_its_size() -> None:
    assert _deaths("A photo shows a family of six killed in a shelling of Tarvo.") == [6.0]
    assert _deaths("A family of five was killed when a shell hit their home.") == [5.0]
    assert _deaths("A man was killed in Tarvo.") == [1.0]
