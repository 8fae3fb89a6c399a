"""Twenty-fourth round (types44): arson by people the report names only as assailants,
miscreants or unidentified persons is a crowd's, whatever burns (mob violence, as Bangladesh's
notes code it); unknown arsonists, an unknown group or armed men burning houses stay property
destruction or an attack."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import main_event


@pytest.mark.parametrize(
    "body",
    [
        "Assailants torched the local party office in Jhenaidah on Thursday, burning down furniture.",
        "On 9 August 2024, unidentified persons set ablaze the shops of two party leaders in Barisal city.",
        "Miscreants set fire to the land office of Bandar union in Narayanganj on Monday.",
    ],
)
def test_arson_by_unnamed_assailants_is_mob_violence(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Mob violence"


@pytest.mark.parametrize(
    "body",
    [
        "Unknown arsonists torched the offices of the county government in Vihiga on Monday.",
        "An unknown group torched houses in Keiyo on Monday.",
    ],
)
def test_arson_by_unknown_arsonists_stays_property_destruction(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Looting/property destruction"
