"""The attacker told in a relative clause or by an adjective, against the other side named in
the sentence (forty-first round, actor61)."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import sides_of


def test_the_antecedent_of_who_or_that_is_the_attacker() -> None:
    sides = sides_of(
        "The Syrian army struck an ISIL group that attacked a military post near al-Rassafe in "
        "Raqqa province on Monday."
    )
    assert sides == [("armed_clash", "Islamic State (Syria)", "Military Forces of Syria")]


def test_a_name_with_its_generic_noun_before_who_is_that_group() -> None:
    sides = sides_of(
        "Two killed in terrorist attacks in Aleppo and Quneitra. A source told SANA that a "
        "woman was killed by terrorists rocket shells on the neighborhood of al-Midan in Aleppo "
        "city. Later two more people were killed in a similar terrorist rocket attack that hit "
        "al-Jamiliyeh neighborhood in the city. Another woman was killed in a sniper fire of "
        "Jabhat al-Nusra terrorists who targeted civilians with sniper shots and mortar shells "
        "in Quneitra province. A source told SANA that the woman succumbed to her wounds after "
        "she was injured by a terrorists sniper shot in Hadar town. Terrorists also targeted "
        "the town with mortar shells leaving material damage."
    )
    assert sides == [
        ("shelling", "Opposition Rebels (Syria)", "Civilians (Syria)"),
        ("shelling", "Opposition Rebels (Syria)", "Civilians (Syria)"),
        ("attack_on_civilians", "Jabhat al-Nusra", "Civilians (Syria)"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="an attacker adjective before 'assault', 'raid', 'ambush' is held back: it split a "
    "clash's mentions on their days on the blind wire part (docs/rounds/41.md)",
)
def test_a_rebel_assault_repelled_is_the_rebels() -> None:
    sides = sides_of("Troops repelled a rebel assault on the town of Morek in Hama province.")
    assert sides == [("armed_clash", "Opposition Rebels (Syria)", "Military Forces of Syria")]


@pytest.mark.xfail(
    strict=True,
    reason="an attacker adjective before 'assault', 'raid', 'ambush' is held back: it split a "
    "clash's mentions on their days on the blind wire part (docs/rounds/41.md)",
)
def test_a_jihadist_raid_or_ambush_is_the_jihadists() -> None:
    for text in (
        "Government troops repelled a jihadist raid on the village of Morek in Hama province "
        "on Monday.",
        "Two soldiers were killed in a jihadist ambush near the village of Morek in Hama "
        "province on Monday.",
    ):
        assert sides_of(text) == [
            ("armed_clash", "Opposition Rebels (Syria)", "Military Forces of Syria")
        ], text


def test_rebel_leaders_condemning_an_offensive_are_no_attackers() -> None:
    sides = sides_of(
        "Rebel leaders condemned the offensive on the town of Morek in Hama province, where "
        "government troops shelled homes on Monday."
    )
    assert all(side[1] != "Opposition Rebels (Syria)" for side in sides)
