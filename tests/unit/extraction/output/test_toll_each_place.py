"""A count of the dead given to each place of a list (output/tolls/by_place.py): "one civilian
died in each of the towns A and B" gives every listed town's event that count, not the lead's
total nor none; the wounded of each place are no dead."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of, fatalities

_EACH_OF = (
    "Air strikes killed at least seven civilians in Idlib province on Thursday, rescuers said."
    " Three civilians were killed in the town of Saraqib, and one civilian was killed in each of"
    " the towns of Binnish, Sarmin and Taftanaz, rescuers said."
)
_EACH_IN = (
    "Government shelling killed two people each in Binnish and Sarmin on Friday, a monitor said."
)


def _deaths_at(body: str) -> dict[str, int | None]:
    return {
        e.acled.location: fatalities(e)
        for e in events_of(body)
        if e.acled is not None and e.acled.location is not None
    }


@pytest.mark.parametrize(
    ("body", "town", "deaths"),
    [
        (_EACH_OF, "Binnish", 1),
        (_EACH_OF, "Sarmin", 1),
        (_EACH_OF, "Taftanaz", 1),
        (_EACH_IN, "Binnish", 2),
        (_EACH_IN, "Sarmin", 2),
    ],
)
def test_each_place_of_the_list_takes_the_count(body: str, town: str, deaths: int) -> None:
    assert _deaths_at(body).get(town) == deaths


def test_the_wounded_of_each_place_are_no_dead() -> None:
    body = (
        "Shelling hit the towns of Binnish and Sarmin on Friday. Two people were wounded in each"
        " of the towns of Binnish and Sarmin, a monitor said."
    )
    assert _deaths_at(body) == {"Binnish": 0, "Sarmin": 0}


def test_the_list_ends_with_its_clause() -> None:
    # "..., residents of C said": C is no place of the list (twenty-sixth round's review).
    body = (
        "Shelling killed five people in Saraqib on Thursday. On Friday, government shelling "
        "killed two people each in Binnish and Sarmin, residents of Saraqib said."
    )
    assert _deaths_at(body) == {"Saraqib": 5, "Binnish": 2, "Sarmin": 2}
