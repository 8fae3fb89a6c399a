"""Who the target was, and how it was hit (issue 10 and 11, thirty-seventh round, types57), in
wire and note wordings of our own writing:

- armed men on duty counted among an attack's dead make it an armed clash, told in the list the
  act's own verb takes ("killing three civilians and five police officers") or in a later
  sentence of its occurrence ("Eight of the dead were soldiers", "Among the dead were ...");
- a toll told only as a count of people ("two people were killed when gunmen attacked a police
  post") names no civilians: the post's attack is a battle, as when the toll is told after it;
- an opener told in generic words ("were killed", "a massacre") whose next sentences tell the
  shells, rockets or the fight is that shelling or that battle, not an attack on civilians.
"""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of


def _types(body: str) -> list[str]:
    return [e.event_type for e in events_of(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the dead listed by the act's own verb
        (
            "Al Shabaab fighters attacked a border town in Mandera on Tuesday, killing three civilians and five police officers.",
            ["armed_clash"],
        ),
        (
            "Islamic State militants stormed two villages east of Homs, killing 15 civilians and 27 pro-government fighters.",
            ["armed_clash"],
        ),
        (
            "Jihadists attacked a market town in northern Burkina Faso, killing 12 civilians and four gendarmes, the government said.",
            ["armed_clash"],
        ),
        # near misses: no armed man among the dead, or the attackers' own
        (
            "Gunmen attacked a village in Zamfara on Monday, killing three farmers and two children.",
            ["attack_on_civilians"],
        ),
        (
            "Bandits attacked a village in Zamfara on Monday, killing five villagers and the wife of a soldier.",
            ["attack_on_civilians"],
        ),
        # who the dead were, told in a later sentence
        (
            "Gunmen attacked a town in Borno state on Monday, killing 10 people, officials said. Eight of the dead were soldiers, an army spokesman said.",
            ["armed_clash"],
        ),
        (
            "Militants attacked a village near Ghazni, killing 12 people. Among the dead were five policemen.",
            ["armed_clash"],
        ),
        (
            "Militants attacked a village near Ghazni, killing 12 people. The monitor said the attack killed seven civilians and five militiamen guarding the village.",
            ["armed_clash"],
        ),
        (
            "Militants attacked a village near Ghazni, killing 12 people. Among the dead were five children.",
            ["attack_on_civilians"],
        ),
        (
            "Gunmen attacked a village near Jos, killing 12 people. Among the dead was the wife of a police officer.",
            ["attack_on_civilians"],
        ),
        # a bare count of people killed when a post was attacked
        (
            "Two people were killed when gunmen attacked a police post in Wajir on Monday.",
            ["armed_clash"],
        ),
        (
            "Three people were killed when militants attacked an army checkpoint in North Sinai on Friday.",
            ["armed_clash"],
        ),
        (
            "Two people were killed when gunmen attacked a bus near Wajir on Monday.",
            ["attack_on_civilians"],
        ),
    ],
)
def test_armed_men_among_the_dead(body: str, expected: list[str]) -> None:
    assert _types(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Six civilians were killed and dozens injured on Sunday in the town of Ariha. The victims were killed by artillery shells fired by regime forces.",
            "shelling",
        ),
        (
            "Regime forces committed a massacre in the town of Kafr Nabl on Monday. Artillery shells hit a crowded market, killing 14 civilians.",
            "shelling",
        ),
        (
            "Four children were killed in the town of Talbiseh on Monday. The children died when a mortar shell landed near their school.",
            "shelling",
        ),
        (
            "Regime forces killed 12 civilians in the town of Saraqib on Friday. Local activists said the regime's heavy artillery pounded residential areas of the town.",
            "shelling",
        ),
        (
            "Eight people were killed on Tuesday in the village of Zara. Opposition fighters attacked army positions in the village.",
            "armed_clash",
        ),
        # near misses: the elaboration names no other means, or tells the gunmen's fire
        (
            "Gunmen killed four farmers in the village of Kafr Nabl on Monday. The farmers were working in their fields when the attackers opened fire.",
            "attack_on_civilians",
        ),
        (
            "Nine villagers were killed in Zamfara state on Sunday. The victims were shot dead by bandits who stormed the village on motorcycles.",
            "attack_on_civilians",
        ),
    ],
)
def test_generic_opener_takes_the_means_told_after(body: str, expected: str) -> None:
    events = events_of(body)
    assert [e.event_type for e in events] == [expected]
