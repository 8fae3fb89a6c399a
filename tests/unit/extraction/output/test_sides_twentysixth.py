"""Who did it to whom on wire-style copy (twenty-sixth round): Syria's "rebels" and
"opposition" are the side as a whole, never a group the article tells acting or claiming
elsewhere (``named_attackers``); a place "held by X" is the ground's holder, neither who
struck it nor who was hit there (``link/sides/hit.holds_place``)."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import extract_events

_ON = dt.datetime(2016, 7, 19, 12, tzinfo=dt.UTC)


def _sides(body: str) -> list[tuple[str, str | None, str | None]]:
    events = extract_events(ArticleMessage(id="t", body=body, published_at=_ON))
    return [
        (e.event_type, e.acled.actor1 if e.acled else None, e.acled.actor2 if e.acled else None)
        for e in events
    ]


def test_rebels_stay_the_opposition_beside_a_group_that_claims_another_attack() -> None:
    body = (
        "Rebels fired a barrage of shells into western Aleppo on Monday, killing nine "
        "civilians, the monitor said. On Sunday, ISIS fighters claimed a suicide attack on a "
        "checkpoint in the town of Dumeir east of Damascus that killed 16 people."
    )
    sides = _sides(body)
    shelling = [s for s in sides if s[0] == "shelling"]
    assert shelling, sides
    assert shelling[0][1] == "Opposition Rebels (Syria)"


def test_rebels_stay_the_opposition_beside_the_one_group_told_acting() -> None:
    body = (
        "On Tuesday the Ahrar al-Sham group launched an attack on a regime military base in "
        "Harasta. In retaliation, rebels fired rockets on Damascus on Friday, killing three "
        "civilians, the monitor said."
    )
    sides = _sides(body)
    shelling = [s for s in sides if s[0] == "shelling"]
    assert shelling, sides
    assert shelling[0][1] == "Opposition Rebels (Syria)"


def test_a_town_held_by_a_group_is_not_the_one_hit_when_its_dead_are_counted() -> None:
    body = (
        "An overnight airstrike carried out by the U.S.-led coalition struck an eastern "
        "Syrian town held by ISIS on Monday, killing at least 10 civilians, activists said."
    )
    sides = _sides(body)
    strike = [s for s in sides if s[0] == "airstrike"]
    assert strike, sides
    assert strike[0][2] == "Civilians (Syria)"


def test_positions_held_by_a_group_still_make_it_the_one_hit() -> None:
    body = (
        "Coalition warplanes struck positions held by ISIS near Manbij on Monday, killing 12 "
        "militants, activists said."
    )
    strike = [s for s in _sides(body) if s[0] == "airstrike"]
    assert strike
    assert strike[0][2] is not None and strike[0][2].startswith("Islamic State")


def test_a_possessive_stripped_of_its_apostrophe_names_the_state() -> None:
    body = (
        "Russias warplanes struck the town of Saraqeb in Idlib province on Monday, killing "
        "seven civilians, activists said."
    )
    strike = [s for s in _sides(body) if s[0] == "airstrike"]
    assert strike
    assert strike[0][1] is not None and strike[0][1].startswith("Military Forces of Russia")


def test_the_unnamed_enemy_of_syrias_forces_is_the_opposition() -> None:
    body = (
        "State media said on Monday that 49 fighters were killed in fighting with the Syrian "
        "army in the neighbourhood of Sheikh Saeed on the southern edge of Aleppo."
    )
    clash = [s for s in _sides(body) if s[0] == "armed_clash"]
    assert clash
    assert clash[0][1] is not None and clash[0][1].startswith("Military Forces of Syria")
    assert clash[0][2] == "Opposition Rebels (Syria)"


def test_the_unnamed_enemy_elsewhere_stays_unidentified() -> None:
    body = (
        "State media said on Monday that 49 fighters were killed in fighting with the Iraqi "
        "army in the district of Tal Afar west of Mosul."
    )
    clash = [s for s in _sides(body) if s[0] == "armed_clash"]
    assert clash
    assert clash[0][2] == "Unidentified Armed Group (Iraq)"


def test_the_agency_that_tells_of_the_strike_is_not_the_side_it_hit() -> None:
    body = (
        "Regime airstrikes killed 58 civilians in eastern Syria on Saturday UNICEF said 25 "
        "casualties were children. Twenty-five children were reportedly killed in the "
        "airstrikes on the town of Quriyah in Deir Ezzor province, UNICEF has said."
    )
    strike = [s for s in _sides(body) if s[0] == "airstrike"]
    assert strike
    assert all(s[2] != "UNICEF" for s in strike), strike
    assert strike[0][2] == "Civilians (Syria)"


def test_daesh_in_capitals_is_the_islamic_state() -> None:
    body = (
        "DAESH said on Monday it was responsible for a suicide bombing on a bus near the Atmeh "
        "border crossing on Sunday which killed 30 fighters."
    )
    bombing = [s for s in _sides(body) if s[0] == "suicide_bombing"]
    assert bombing
    assert bombing[0][1] is not None and bombing[0][1].startswith("Islamic State")
