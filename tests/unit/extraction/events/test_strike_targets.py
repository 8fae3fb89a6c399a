"""Who a strike or a shelling hit (forty-sixth round, target66): an armed side whose stronghold,
positions or hideouts the strike was aimed at is hit, civilians told among the dead or not; the
populated places told before the strike word ("the districts struck included ...") are its
civilians; and the striker's own state told again as the strike word's subject is no side hit.
Invented reports."""
# ruff: noqa: E501

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def _sides(body: str, kinds: tuple[str, ...]) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (e.acled.actor1, e.acled.actor2, e.locations[0].name if e.locations else None)
        for e in events_of(body)
        if e.event_type in kinds and e.acled is not None
    ]


def test_an_air_strike_on_a_groups_stronghold_hits_the_group() -> None:
    strikes = _sides(
        "Five civilians were among at least 18 people killed in Russian air strikes on the stronghold of the Islamic State group in the city of Raqqa on Monday, a monitor said.",
        ("airstrike",),
    )
    assert strikes
    actor1, actor2, _ = strikes[0]
    assert actor1 is not None and actor1.startswith("Military Forces of Russia")
    assert actor2 is not None and actor2.startswith("Islamic State")


def test_shelling_of_a_groups_positions_hits_the_group() -> None:
    shellings = _sides(
        "Two children were among nine people killed when Iraqi army artillery shelled positions of Daesh in the town of Hawija on Sunday, a local official said.",
        ("shelling",),
    )
    assert shellings
    actor1, actor2, _ = shellings[0]
    assert actor1 is not None and actor1.startswith("Military Forces of Iraq")
    assert actor2 is not None and actor2.startswith("Islamic State")


def test_districts_told_struck_are_the_civilians_hit() -> None:
    strikes = _sides(
        "Government aircraft bombed the eastern part of Aleppo on Wednesday, a monitor said. The districts struck included al-Shaar and al-Sakhour.",
        ("airstrike",),
    )
    at = {place: actor2 for _, actor2, place in strikes}
    assert at.get("al-Shaar") == "Civilians (Syria)"
    assert at.get("al-Sakhour") == "Civilians (Syria)"


def test_the_striker_told_again_as_subject_is_no_side_hit() -> None:
    shellings = _sides(
        "Regime warplanes dropped chlorine bombs on the town of Saraqib in Idlib province on Friday, killing 12 people. After the gas attack the Syrian regime reportedly shelled a hospital in the town.",
        ("shelling",),
    )
    assert shellings
    actor1, actor2, _ = shellings[0]
    assert actor1 is not None and actor1.startswith("Military Forces of Syria")
    assert actor2 == "Civilians (Syria)"
