"""The article scorer compares one actor spelled two ways as one, and two actors as two."""

from __future__ import annotations

import pytest

from newsevents.evaluation.article_fields import actor_key


@pytest.mark.parametrize(
    ("gold", "ours"),
    [
        ("Syrian Democratic Forces", "SDF: Syrian Democratic Forces"),
        ("Jaish al-Islam", "Jaysh al-Islam"),
        ("Jaish al-Fateh", "Jaish al-Fatah"),
        ("Al Nusra Front", "Jabhat al-Nusra"),
        ("Islamic State (IS)", "Islamic State (Syria)"),
        ("People's Protection Units (YPG)", "People’s Protection Units"),
        ("Kurdistan Workers' Party (PKK)", "PKK: Kurdistan Workers Party"),
        ("Military Forces of Syria (2000-2024)", "Military Forces of Syria (2024-)"),
        ("Houthi Movement (Ansar Allah)", "Houthis"),
        ("Boko Haram", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
        ("Islamic State (Khorasan Province)", "Islamic State (Afghanistan)"),
        ("Libyan National Army (LNA)", "Military Forces of Libya (2014-) Haftar Faction"),
    ],
)
def test_one_actor_spelled_two_ways(gold: str, ours: str) -> None:
    assert actor_key(gold) == actor_key(ours)


@pytest.mark.parametrize(
    ("gold", "ours"),
    [
        ("Islamic State (IS)", "Islamic State (Egypt)"),
        ("Jabhat Fateh al-Sham", "Jabhat al-Nusra"),
        ("Military Forces of Russia (2000-)", "Russian Aerospace Forces"),
        ("Opposition Rebels (Syria)", "Unidentified Armed Group (Syria)"),
        ("Military Forces of Libya (2014-)", "Military Forces of Libya (2014-) Haftar Faction"),
    ],
)
def test_two_actors_stay_two(gold: str, ours: str) -> None:
    assert actor_key(gold) != actor_key(ours)
