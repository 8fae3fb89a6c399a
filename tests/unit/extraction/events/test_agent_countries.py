"""A country after "by" in a passive act names who struck, not where: the toll update that
says so retells the strike (twenty-fifth round, dups45)."""

from __future__ import annotations

from .articles import events_of

_LEAD = (
    "Russian and Syrian regime airstrikes on Saturday killed 47 civilians across Saraqeb, in "
    "Idlib province, a monitor said on Sunday. UNICEF said 25 of the dead were children. The "
    "agency called on all parties to keep children out of harm. Aid groups said hospitals were "
    "overwhelmed. "
)


def _airstrikes(body: str) -> int:
    return sum(1 for e in events_of(body) if e.event_type == "airstrike")


def test_a_toll_update_naming_the_striking_country_retells_the_strike() -> None:
    body = _LEAD + (
        "At least 82 people were killed during airstrikes launched by Russia on the area, a "
        "monitor said."
    )
    assert _airstrikes(body) == 1


def test_strikes_by_the_country_on_another_town_stay_apart() -> None:
    body = _LEAD + (
        "Separately, airstrikes launched by Russia killed 12 people in the town of Binnish on "
        "Monday, a monitor said."
    )
    assert _airstrikes(body) == 2
